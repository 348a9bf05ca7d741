import type { RootContent } from 'mdast';
import type { Education, Link, Project } from '../knowledge/schema.ts';
import { englishLanguageName, isSpokenLanguage } from '../knowledge/spoken-languages.ts';
import { looksLikeDegree, readDegreeLine } from './degree-line.ts';
import { takeDates, takeYear } from './entry-dates.ts';
import { cleanSegment, splitList, splitQualifier } from './entry-text.ts';
import { MOTHER_TONGUE_LABEL } from './language-names.ts';
import { tidy, tidyName } from './line-text.ts';
import { flatten, type Line, linesOf } from './markdown-lines.ts';
import { newProject } from './new-project.ts';
import { TECH_LABEL } from './role-entry.ts';
import { languagesInSentences } from './sentence-languages.ts';

export function readProject(head: Line, lines: Line[], taken: Project[]): Project | undefined {
  let name = head.lead ?? '';
  let summary = head.lead ? (head.rest ?? '') : '';
  if (!name) {
    const [first, ...rest] = head.text.split(/\s+[—–]\s+|:\s+|\s+-\s+/);
    name = first ?? '';
    summary = rest.join(' — ');
  }
  name = tidyName(name);
  // "### Project 1: Smart Warehouse Dispatch Platform (2022.03 - Present)": the number
  // counts the projects; the name follows it, its dates in brackets after.
  if (NUMBERED.test(name) && summary) {
    name = tidyName(summary.replace(/\s*\([^()]*\d{4}[^()]*\)\s*$/, ''));
    summary = '';
  }
  // "**2025** — Led the move to …": the year dates the work; the text names it.
  if (YEARS_ONLY.test(name) && summary) {
    const named = nameInText(summary, head.links);
    if (!named) return undefined;
    summary = `${name} — ${summary}`;
    name = named;
  }
  if (!name) return undefined;
  const technologies: string[] = [];
  const { name: bare, inner } = splitQualifier(name);
  if (
    inner &&
    inner.length > 0 &&
    inner.every(
      (t) =>
        BARE_ADDRESS.test(t) ||
        (t.split(' ').length <= 3 &&
          !/^\d{4}$/.test(t) &&
          !/^(?:wip|archived|beta|alpha|ongoing|in progress)$/i.test(t) &&
          // "Habitu (side project)", "arrow-rs (contributor)": what kind of work, not its tools.
          !PROJECT_ASIDE.test(t)),
    )
  ) {
    name = bare;
    // "flakeradar (github.com/nc/flakeradar)": where it lives, read as a link below.
    technologies.push(...inner.filter((t) => !BARE_ADDRESS.test(t)));
  }
  // "— what it is (2140 stars) — Tech: rust, ratatui": the stack said at the end of the line.
  const stack = TRAILING_STACK.exec(summary);
  if (stack?.[1]) {
    summary = summary.slice(0, stack.index).trim();
    technologies.push(...splitList(stack[1]));
  }
  const links: Link[] = [...head.links, ...bareAddresses(inner ?? [], head.links)];
  const details: string[] = [];
  const read = readProjectLines(lines, links, technologies, summary);
  summary = read.summary;
  // "Open-source Python CLI … Tech: Python, pytest, SQLite. ~350 stars.": the stack said at the
  // end of the description line under the name.
  const stars = STARS_AFTER.exec(summary);
  const body = stars ? summary.slice(0, stars.index) : summary;
  const told = stack ? null : TRAILING_STACK.exec(body);
  if (told?.[1]) {
    summary = `${body.slice(0, told.index).trim()}${stars ? ` ${stars[0].trim()}` : ''}`;
    technologies.push(...splitList(told[1]));
  }
  details.push(...read.details);
  // "kolam (side project) — 2021 – 2023": dates alone say when, not what; the first line does.
  const when = DATES_ALONE.test(summary) ? summary : '';
  if (when) summary = '';
  if (!summary && details.length > 0) summary = details.shift() ?? '';
  if (when) summary = summary ? `${summary} (${when})` : when;
  return newProject({ name, summary, details, technologies, links }, taken);
}

const PROJECT_ASIDE =
  /^(?:(?:side|pet|hobby|weekend|personal|client|freelance|university|school|student|thesis|team|solo|open[\s-]source)\s+(?:project|work|app)|contributor|maintainer|co-?maintainer|author|co-?author|creator|client work|freelance|personal|hobby|open[\s-]source)$/i;

/** "… — Tech: rust, ratatui", "…. Stack: Go, Redis": a labelled stack closing a one-line entry. */
const TRAILING_STACK =
  /(?:\s+[—–|-]\s+|(?<=[.)])\s+)(?:tech(?:\s+stack)?|stack|technologies|built with)\s*:\s*([^:]+?)\.?$/i;
/** "… GitHub Actions. ~350 stars.": the count of stars after a stack, no tool of it. */
const STARS_AFTER = /(?<=\.)\s+[~≈]?[\d.,]+k?\+?\s+(?:GitHub\s+)?stars?\b\.?$/i;
/** "github.com/nc/flakeradar", "gitlab.com/x/y": an address written without its scheme. */
const BARE_ADDRESS = /^(?:https?:\/\/)?(?:www\.)?[\w-]+(?:\.[\w-]+)+\/\S+$/i;

/** The addresses a name's bracket gives, as links, unless the head links them already. */
function bareAddresses(inner: readonly string[], linked: readonly Link[]): Link[] {
  return inner
    .filter((t) => BARE_ADDRESS.test(t))
    .map((t) => (/^https?:/i.test(t) ? t : `https://${t}`))
    .filter((url) => !linked.some((l) => l.url === url))
    .map((url) => ({ label: url.replace(/^https?:\/\/(?:www\.)?/i, ''), url }));
}

const DATES_ALONE =
  /^(?:(?:\d{1,2}[/.])?(?:19|20)\d\d|\p{L}{3,9}\.? (?:19|20)\d\d)(?:\s*[–—-]\s*(?:(?:\d{1,2}[/.])?(?:19|20)\d\d|\p{L}{3,9}\.? (?:19|20)\d\d|present|now|current|ongoing))?$/iu;

const NUMBERED = /^(?:project|projekt|proyecto|projet|progetto|projeto)\s*(?:no\.?\s*)?#?\d{1,2}$/i;

const YEARS_ONLY = /^(?:19|20)\d\d(?:\s*[–—-]\s*(?:(?:19|20)\d\d|present|now))?$/i;

/**
 * The name of work a sentence describes: the linked name it opens with ("[tiny-lib](…), a
 * library for …"), else its first clause, asides in brackets left out.
 */
function nameInText(text: string, links: readonly Link[]): string | undefined {
  const linked = links.find((link) => text.startsWith(link.label));
  if (linked) return linked.label;
  const clause = text.replace(/\s*\([^()]*\)/g, '').split(/[;:]\s|,\s|\s[—–]\s|\.(?:\s|$)/)[0];
  const name = clause?.trim() ?? '';
  return name.split(/\s+/).length >= 2 && name.split(/\s+/).length <= 14 ? name : undefined;
}

/** A project's lines: its links, "Tech:" list, summary and details. */
function readProjectLines(
  lines: Line[],
  links: Link[],
  technologies: string[],
  summaryFromHead: string,
): { summary: string; details: string[] } {
  let summary = summaryFromHead;
  const details: string[] = [];
  for (const line of lines) {
    for (const link of line.links) {
      // "Demo: https://…" names its link better than the URL does.
      const label = line.label && line.links.length === 1 ? line.label : link.label;
      if (!links.some((l) => l.url === link.url)) links.push({ label, url: link.url });
    }
    if (line.label && TECH_LABEL.test(line.label) && line.rest) {
      technologies.push(...splitList(line.rest));
    } else if (line.linkOnly) {
      // Its links are kept above.
    } else if (
      line.label &&
      /^(?:links?|demo|repo|source|code|website|live)$/i.test(line.label) &&
      line.links.length > 0
    ) {
      // "Demo: url" lines: the link is the content.
    } else if (!summary && line.from !== 'item') {
      summary = line.text;
    } else {
      details.push(
        ...flatten([line])
          .map((l) => l.text)
          .filter(Boolean),
      );
    }
  }
  return { summary, details };
}

/**
 * "MSc in Robotics — KAIST, Daejeon, South Korea": the one other part beside a degree is its
 * school, though no word says "university".
 */
function withLoneSchool(
  found: ReturnType<typeof readDegreeLine>,
): ReturnType<typeof readDegreeLine> {
  const [only, ...more] = found.other ?? [];
  // "Minor in Statistics", "Major: Physics": what was studied beside the degree, no school.
  const studied = /^(?:minor|major|concentration|speciali[sz]ation|emphasis|track)\b/i;
  if (
    !found.institution &&
    found.degree &&
    only &&
    more.length === 0 &&
    /^\p{Lu}\D*$/u.test(only) &&
    !studied.test(only)
  )
    return { ...found, institution: only, other: [] };
  return found;
}

export function readEducation(head: Line, lines: Line[]): Education | undefined {
  // "MSc … — FEUP, 2012. Thesis: *…*": the sentences after the dated one are details.
  const told = /^(.*?\b(?:19|20)\d{2})\.\s+(\p{Lu}.*)$/u.exec(head.text);
  // "B.Sc. (Computer Science), Monash University, 2015.": the full stop ends the sentence.
  const headText = (told?.[1] ?? head.text).replace(/(\b(?:19|20)\d{2})\.$/, '$1');
  const dates = takeDates(headText);
  const year = dates ? undefined : takeYear(headText);
  const found = withLoneSchool(readDegreeLine(dates?.rest ?? year?.rest ?? headText));
  const education: Partial<Education> & { details: string[] } = {
    details: told?.[2] ? [tidy(told[2])] : [],
  };
  if (dates?.start) education.start = dates.start;
  if (dates?.end) education.end = dates.end;
  if (year) education.end = year.year;
  for (const line of lines) {
    const lineDates = takeDates(line.text);
    const lineYear = lineDates ? undefined : takeYear(line.text);
    const rest = lineDates?.rest ?? lineYear?.rest ?? line.text;
    // "**2014 – 2018 – Bachelor Informatik**⏎TU Graz": a short line under a degree with no
    // school names the school.
    // "Thesis: …", "Advisor: …": a labelled line is never the school.
    const school =
      !found.institution &&
      !line.label &&
      line.text.split(' ').length <= 8 &&
      !/[.!?]$/.test(line.text);
    const meta =
      line.from !== 'item' &&
      line.text.split(' ').length <= 14 &&
      (lineDates || lineYear || looksLikeDegree(line.text) || school);
    if (meta) {
      if (lineDates && !education.end) {
        if (lineDates.start) education.start = lineDates.start;
        if (lineDates.end) education.end = lineDates.end;
      } else if (lineYear && !education.end) education.end = lineYear.year;
      const more = readDegreeLine(rest);
      // A line of dates whose words name no degree or school is still said: kept as a detail.
      const used = more.degree || more.field || (more.institution && !found.institution);
      if (!used && /\p{L}{3}/u.test(rest)) education.details.push(tidy(rest));
      // "Baccalauréat en génie logiciel (B. Ing.), Software Engineering": what the degree's
      // line says beyond degree and field is a detail, not lost.
      else if (used) education.details.push(...(more.other ?? []));
      if (!found.degree && more.degree)
        Object.assign(found, { degree: more.degree, field: more.field ?? found.field });
      if (!found.institution && more.institution) found.institution = more.institution;
      if (!found.field && more.field) found.field = more.field;
      continue;
    }
    education.details.push(
      ...flatten([line])
        .map((l) => l.text)
        .filter(Boolean),
    );
  }
  if (!found.institution) return undefined;
  // "Carrow Institute of Technology (2017, en route to Ph.D.)": with the year taken out, the
  // bracket's rest is a detail of the degree, never left as "( , en route …)" in the name.
  const opened = /^(.*?)\s*\(\s*[,;]\s*([^()]+)\)$/.exec(found.institution);
  if (opened?.[1] && opened[2]) {
    found.institution = opened[1];
    education.details.unshift(tidy(opened[2]));
  }
  // "University of Lagos, 2009 – 2013 (First Class Honours)": with the dates taken out, the
  // bracket is a detail of the degree, not part of the institution's name.
  const aside = /^(.*?)\s*,\s*\(([^()]+)\)$/.exec(found.institution);
  if (aside?.[1] && aside[2]) {
    found.institution = aside[1];
    education.details.unshift(tidy(aside[2]));
  }
  // "MSc …, Vrije Universiteit Amsterdam (2016) - thesis on …": the tail is a detail.
  education.details.unshift(...(found.other ?? []));
  const out: Education = { institution: found.institution, details: education.details };
  if (found.degree) out.degree = found.degree;
  if (found.field) out.field = found.field;
  if (education.start && education.start !== 'present') out.start = education.start;
  if (education.end) out.end = education.end;
  return out;
}

/** "French (A2)", "Dutch — Professional working proficiency (B2)", "English: native". */
export function readLanguage(text: string): { name: string; proficiency?: string } {
  // "Irish (fluent — Gaeilge)": a bracket holds the level whatever separators it contains.
  // "… francés (un B1 de cuando hice el Erasmus)." ends its sentence after the bracket.
  const whole = /^([^()—–:|·]+?)\s*\(([^()]+)\)\s*\.?\s*$/.exec(text);
  const [head = text, ...levels] = whole?.[1]
    ? [whole[1], whole[2] ?? '']
    : text.split(/\s*[—–:|·]\s*|\s+-\s+/);
  let name = head;
  const bracket = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(head);
  if (bracket?.[1] && bracket[2]) {
    name = bracket[1];
    levels.unshift(bracket[2]);
  }
  // "un poquito de Português", "a bit of German": the level is said before the name.
  const said = /^((?:\p{Ll}+\s+){1,4})(\p{Lu}\p{L}+)$/u.exec(tidyName(name));
  if (said?.[1] && said[2]) {
    name = said[2];
    levels.unshift(said[1].trim());
  }
  const language: { name: string; proficiency?: string } = { name: tidyName(name) };
  const level = cleanSegment(levels.map(cleanSegment).filter(Boolean).join(', '));
  if (level) language.proficiency = level;
  return language;
}

export function isSpokenLanguageList(body: RootContent[]): boolean {
  // Europass: "Mother tongue(s): Romanian" opens a list of spoken languages.
  if (flatten(linesOf(body)).some((line) => MOTHER_TONGUE_LABEL.test(line.label ?? '')))
    return true;
  const entries = flatten(linesOf(body)).flatMap(entriesOfLine);
  const spoken = entries.filter(isSpokenEntry);
  // "English — fluent / Filipino — native", then lines a converter pulled in from the next
  // column: two or more languages leading the section make it a list of languages.
  const leading = flatten(linesOf(body)).findIndex(
    (line) => !entriesOfLine(line).every(isSpokenEntry),
  );
  return (
    (entries.length > 0 && spoken.length * 2 >= entries.length) ||
    leading >= 2 ||
    // "Portuguese is my native language and I'm fluent in English.": languages told in prose.
    flatten(linesOf(body)).some(
      (line) => languagesInSentences(line.text).length > 0 || languageWords(line.text).length >= 2,
    )
  );
}

/**
 * "Parlo italiano (madrelingua), English every day, and un po' de español": the spoken
 * languages a line names as words, in its own tongue or in English, each once.
 */
export function languageWords(text: string): string[] {
  const words = text.match(/\p{L}+/gu) ?? [];
  const names = words
    .filter((w) => w.length >= 4 && /^\p{Lu}|^\p{Ll}/u.test(w) && isSpokenLanguage(w))
    .map((w) => englishLanguageName(w) ?? w.charAt(0).toUpperCase() + w.slice(1));
  return [...new Set(names)];
}

function entriesOfLine(line: Line): string[] {
  return line.label ? [line.label] : splitList(line.text);
}

/** "Deutsch (A2)", "Türkçe (native)": a level says a spoken language, whatever its name. */
export function isSpokenEntry(text: string): boolean {
  // "🇧🇬 Bulgarian — native": a flag or an emoji before the name.
  const bare = tidy(text);
  return isLanguageWord(bare.split(/[\s(—–:-]/)[0] ?? '') || SPOKEN_LEVEL.test(bare);
}

/**
 * "Tamil (native), English (fluent), German (A2)": a line that is only spoken languages, two
 * or more, each a known language or with its level in brackets.
 */
export function isSpokenLanguageLine(text: string): boolean {
  const entries = splitList(text);
  return (
    entries.length >= 2 &&
    entries.every(
      (entry) =>
        entry.split(/\s+/).length <= 8 &&
        (isLanguageWord(entry.split(/[\s(—–:-]/)[0] ?? '') || SPOKEN_LEVEL.test(entry)),
    ) &&
    entries.some((entry) => SPOKEN_LEVEL.test(entry))
  );
}

/** "Deutsch", "Anglais": a language's name in English or as German, French, Spanish CVs give it. */
function isLanguageWord(word: string): boolean {
  return isSpokenLanguage(word) || englishLanguageName(word) !== undefined;
}

const SPOKEN_LEVEL =
  /\((?:[^()]*[\s,])?(?:[ABC][12]|native|fluent|bilingual|mother tongue|conversational|intermediate|beginner|basic|muttersprache|verhandlungssicher|fließend|grundkenntnisse|langue maternelle|courant|bilingue|notions|lengua materna|nativo|nativa|avanzado|básico)(?!\p{L})[^()]*\)/iu;
