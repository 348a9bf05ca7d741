import type { Root, RootContent } from 'mdast';
import { escapeRegExp } from '../knowledge/escape-regexp.ts';
import { nameFromFrontMatter } from './front-matter.ts';
import { brokenLines, plain, tidyName } from './line-text.ts';
import { sectionKind } from './section-kinds.ts';

/** The owner's name made whole from what a page gives, and a greeting heading's header tail. */

const isSectionTitle = (text: string) => sectionKind(text) !== undefined;

/**
 * The name the page gives, made whole: a first name alone ("Hi, I'm Lindiwe.") takes the
 * surname written after it elsewhere ("Lindiwe Mahlangu — accessibility engineer" in the front
 * matter); with no name in the page, the front matter's is taken.
 */
export function fullName(found: string, frontMatter: Record<string, string>, text: string): string {
  const fromFrontMatter = nameFromFrontMatter(frontMatter, isSectionTitle);
  if (!found) return fromFrontMatter ?? '';
  if (/\s/.test(found)) return found;
  if (fromFrontMatter?.startsWith(`${found} `)) return fromFrontMatter;
  return (
    introducedAs(found, text) ??
    surnameAfter(found, text) ??
    surnameInProfileLink(found, text) ??
    found
  );
}

// Words a handle adds after a name that are no surname: "mateus-dev", "ana-codes".
const HANDLE_WORDS =
  /^(?:dev|devs|developer|eng|engineer|engineering|code|codes|coder|coding|tech|official|io|js|ts|py|hq|app|apps|web|data|cloud|ops|online|me|the|real|here|blog|pt|br|uk|de|fr|es|it|nl|us|ca|in)$/i;

/**
 * "Mateus" greets, and his LinkedIn address is `/in/mateus-albuquerque-dev`: the word after the
 * first name in a profile link's handle is the surname, unless it is a handle's filler word.
 */
function surnameInProfileLink(first: string, text: string): string | undefined {
  const link = new RegExp(
    `\\b(?:linkedin\\.com/in|github\\.com|gitlab\\.com|x\\.com|twitter\\.com)/${escapeRegExp(first)}[-_.](\\p{L}{3,})(?![\\p{L}])`,
    'iu',
  ).exec(text);
  const word = link?.[1];
  if (!word || HANDLE_WORDS.test(word) || isSectionTitle(word)) return undefined;
  return `${first} ${word.charAt(0).toUpperCase()}${word.slice(1).toLowerCase()}`;
}

/**
 * "Hola! I'm Rafa" in the heading, "I'm **Rafael Quispe Mamani** (everyone calls me Rafa)" in
 * the prose: the whole name whose first word the short one begins.
 */
export function introducedAs(short: string, text: string): string | undefined {
  if (/\s/.test(short) || !short) return undefined;
  const whole = new RegExp(
    `\\bI(?:['’]m| am)\\s+\\**(${escapeRegExp(short)}\\p{L}*(?:\\s+\\p{Lu}[\\p{L}'’-]*){1,3})\\**`,
    'u',
  ).exec(text)?.[1];
  // "I'm **Otaviano Reis Batista** (friends say Tavi)": the short name in the bracket after.
  const called = new RegExp(
    `\\bI(?:['’]m| am)\\s+\\**(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){1,3})\\**\\s*\\([^()]*\\b${escapeRegExp(short)}\\b[^()]*\\)`,
    'u',
  ).exec(text)?.[1];
  const found = whole ?? called;
  return found && !isSectionTitle(found) ? found : undefined;
}

function surnameAfter(first: string, text: string): string | undefined {
  const escaped = escapeRegExp(first);
  const after = new RegExp(
    `(?<!\\p{L})${escaped} (\\p{Lu}\\p{Ll}[\\p{L}'’-]*)(?![\\p{L}])`,
    'u',
  ).exec(text);
  const surname = after?.[1];
  return surname && !isSectionTitle(surname) ? `${first} ${surname}` : undefined;
}

// A word of the name may be a nickname in quotes or brackets: 'Chidera "Dera" Nwosu'.
// "Hi, I'm Renata 👋 I build apps": the "I" that starts the tail is no surname.
const GREETING_WITH_TAIL =
  /^(.*?\b[Ii](?:['’]m| am)\s+\p{Lu}[\p{L}'’-]*(?:\s+(?:["“(]\p{Lu}[\p{L}'’-]*["”)]|(?!I\b)\p{Lu}[\p{L}'’-]*)){0,3})(?![\p{L}'’-]|\s+["“(]?(?!I\b)\p{Lu})(?:[\s\p{P}\p{S}\p{Emoji_Presentation}]|\u200d|\ufe0f)*(\p{L}.{2,})$/u;

/** "hi, i'm Luka Horvat 👋 search engineer at Kupi · Zagreb" → the greeting and its tail. */
export function greetingTail(heading: string): { greeting: string; tail: string } | undefined {
  const match = GREETING_WITH_TAIL.exec(heading);
  if (!match?.[1] || !match[2]) return undefined;
  return { greeting: match[1], tail: match[2].trim() };
}

export function textParagraph(text: string): RootContent {
  return { type: 'paragraph', children: [{ type: 'text', value: text }] };
}

// "| Name | Andrei-Mihai Popescu |", "Name: …", "Candidate: …" (an agency's profile): the label a
// CV's personal details give the name.
const NAME_LABEL =
  /^(?:(?:full |candidate )?name|candidate|first name\(?s?\)? ?\/? ?surname\(?s?\)?|surname\(?s?\)? ?\/? ?first name\(?s?\)?|surname,? first name|nom(?: complet)?|nombre(?: completo)?|vor- und nachname|nome(?: e cognome| completo)?|cognome e nome|(?:volledige )?naam)$/i;

// "| **Rolle** | Senior Java Backend Entwicklerin |", "Title: Data Engineer": the job title a CV's
// personal details give.
const TITLE_LABEL =
  /^(?:(?:job |current |professional )?(?:title|role|position)|profession|occupation|rolle|position|funktion|beruf|berufsbezeichnung|titre|poste|intitulé du poste|puesto|cargo|ruolo|qualifica|functie|rol|functietitel|befattning|titel|stilling|tjänst)$/i;

/** The job title a labelled row or line of personal details gives, if any. */
export function labelledTitle(tree: Root): string | undefined {
  return labelledValue(tree, TITLE_LABEL);
}

/**
 * A Europass-style CV titles the document and gives the name as a row of its personal
 * details: "| Name | Andrei-Mihai Popescu |" or "Name: Andrei-Mihai Popescu".
 */
export function labelledName(tree: Root): string | undefined {
  const found = labelled(tree, NAME_LABEL);
  if (!found) return undefined;
  // "Surname(s) / First name(s): Moreira, Rui Carvalho", as Europass writes it: said the
  // other way round, first names first.
  const parts = found.value.split(/\s*,\s*/);
  return SURNAME_FIRST.test(found.label) && parts.length === 2
    ? `${parts[1]} ${parts[0]}`
    : found.value;
}

const SURNAME_FIRST = /^(?:surname|cognome)/i;

/** The value of the first table row or "Label: value" line whose label `label` matches. */
function labelledValue(tree: Root, label: RegExp): string | undefined {
  return labelled(tree, label)?.value;
}

function labelled(tree: Root, label: RegExp): { label: string; value: string } | undefined {
  for (const node of tree.children) {
    if (node.type === 'table') {
      for (const row of node.children) {
        const [name, value] = row.children.map((cell) => tidyName(plain(cell.children)));
        if (name && value && label.test(name)) return { label: name, value };
      }
    }
    if (node.type === 'paragraph') {
      const m = /^\**([^:*]{2,40}?)\**\s*:\s*\**([^\n*]{3,60})\**$/m.exec(
        brokenLines(node.children).join('\n'),
      );
      if (m?.[1] && m[2] && label.test(m[1].trim()))
        return { label: m[1].trim(), value: m[2].trim() };
    }
  }
  return undefined;
}

/** "# PERSONAL INFORMATION", "## Persönliche Daten": the heading a Europass CV puts the name under. */
const PERSONAL_HEADING =
  /^(?:personal (?:information|details|data|info)|persönliche (?:daten|angaben)|informations personnelles|datos personales|dados pessoais|informazioni personali|dane osobowe)$/i;
/** "Radu Mihăilescu": two to four capitalised words, no digits. */
const PERSON = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u;

/**
 * "# PERSONAL INFORMATION" then "**Radu Mihăilescu**": a Europass CV converted to markdown
 * names its owner in bold right under its first heading.
 */
export function personalSectionName(tree: Root): string | undefined {
  const at = tree.children.findIndex(
    (n) => n.type === 'heading' && PERSONAL_HEADING.test(tidyName(plain(n.children))),
  );
  const next = at >= 0 ? tree.children[at + 1] : undefined;
  if (!next || (next.type !== 'paragraph' && next.type !== 'heading')) return undefined;
  const text = tidyName(plain(next.children));
  return PERSON.test(text) ? text : undefined;
}
