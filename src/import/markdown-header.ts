import type { RootContent } from 'mdast';
import { escapeRegExp } from '../knowledge/escape-regexp.ts';
import type { Role } from '../knowledge/schema.ts';
import { isSpokenLanguage } from '../knowledge/spoken-languages.ts';
import { addContact, isContactLabel, isContactPart, phoneIn } from './contact-links.ts';
import {
  cleanSegment,
  endsAsJobTitle,
  looksLikeJobNoun,
  looksLikeJobTitle,
  looksLikePlace,
} from './entry-text.ts';
import { ENGLISH_LOCATION_LABELS } from './european-words.ts';
import { readHeaderIcons } from './header-icons.ts';
import { jobAtCompany, pastJobsIn } from './header-job.ts';
import { titleFromHeadline } from './header-titles.ts';
import { isIconList } from './html-blocks.ts';
import { plain, stripTags, tidy, tidyName } from './line-text.ts';
import { type Line, linesOf } from './markdown-lines.ts';
import { type Draft, type Pending, paragraphTexts } from './markdown-sections.ts';
import { isDocumentTitle } from './name-heading.ts';
import { askMeAboutTopics, readTemplateLine, type TemplateLine } from './profile-template.ts';
import { readPronouns } from './pronouns.ts';
import { type CurrentRole, type Introduction, introductionFromProse } from './prose-facts.ts';
import { technologiesInProse } from './technology-mentions.ts';

export const LOCATION_EMOJI = /^[\s]*(?:📍|🌍|🌎|🌏|🏠|🗺️?|🏡|🌐(?=\s*[A-Z][a-z]+,))/u;
const FLAG_AFTER = /,[^,]+\s*[\u{1F1E6}-\u{1F1FF}]{2}\s*$/u;
export const LOCATION_WORDS = new RegExp(
  // "📍 Based in: Amsterdam" (a property table's row): the label may close with a colon.
  `^(?:(?:based in|located in|living in)\\s*:?|(?:${ENGLISH_LOCATION_LABELS.map(escapeRegExp).join('|')})\\s*:)\\s+`,
  'i',
);

export interface Header {
  title?: string;
  headline?: string;
  /** A line that may be the title ("Cartographer"), used only when nothing else names one. */
  fallbackTitle?: string;
  location?: string;
  /** The sentences a place's line says after the place, waiting to join the summary. */
  afterPlace?: string;
  /** What people call the owner, from the page's metadata ("Mira" for Mirela). */
  shortName?: string;
  /** The job a header bullet names: "Engineer on the data team @ Acme". */
  current?: CurrentRole;
  /** Jobs a header line says came before the current one ("· before that …"). */
  past?: Role[];
  /** How many skills a strip of skill icons under the name gave. */
  iconSkills?: number;
}

/** The first paragraph or quote, when it says "I'm Jane Doe": the name of a README with no H1. */
export function openingIntroduction(
  nodes: RootContent[],
): { node: RootContent; introduction: Introduction } | undefined {
  // The first paragraphs: a figure or a badge line may stand before the one that introduces,
  // and a centred `<p>` block of HTML says it as a paragraph does.
  const opening = nodes
    .filter((n) => n.type === 'paragraph' || n.type === 'blockquote' || n.type === 'html')
    .slice(0, 3);
  for (const node of opening) {
    const text =
      node.type === 'html' ? tidy(stripTags(node.value)) : paragraphTexts([node]).join(' ');
    const introduction = introductionFromProse(text);
    if (introduction) return { node, introduction };
  }
  return undefined;
}

interface PreambleState {
  header: Header;
  draft: Draft;
  pending: Pending;
  /** The last summary line, which the next one may carry on. */
  wrapped?: Line;
}

/** The lines between the name and the first section: title, place, links, intro. */
export function readPreamble(
  nodes: RootContent[],
  draft: Draft,
  pending: Pending,
  opening?: RootContent,
): Header {
  const state: PreambleState = { header: {}, draft, pending };
  // "### Senior Application Security Engineer" under the name: a smaller heading is the title.
  const titleHeading = nodes
    .flatMap((n) => (n.type === 'heading' ? [tidyName(plain(n.children))] : []))
    .find(endsAsJobTitle);
  if (titleHeading) state.header.title = titleHeading;
  const iconSkills = readHeaderIcons(nodes, draft);
  if (iconSkills > 0) state.header.iconSkills = iconSkills;
  const lines = nodes
    .filter((n) => n.type !== 'heading' && !isIconList(n))
    .flatMap((node) => linesOf([node]).map((line) => ({ line, opening: node === opening })));
  for (const { line, opening: introduces } of lines) {
    const previous = state.wrapped;
    state.wrapped = undefined;
    if (introduces) {
      // The greeting that gave the name is the owner's opening sentence, not a title line.
      addSummaryLine(state, previous, line);
      addContact(line, draft.contact, true);
    } else if (!readSpecialLine(state, line)) readHeaderLine(state, previous, line);
  }
  return state.header;
}

/** A sentence wrapped onto the next line of its paragraph is one summary text. */
function addSummaryLine(state: PreambleState, previous: Line | undefined, line: Line): void {
  const { summary } = state.draft;
  const last = summary.length - 1;
  if (previous && continuesSentence(previous, line) && last >= 0)
    summary[last] = `${summary[last]} ${line.text}`;
  else if (line.text) summary.push(line.text);
  state.wrapped = line;
}

/** Links, template bullets, "learning" and "reach me" lines; true when the line was used. */
function readSpecialLine(state: PreambleState, line: Line): boolean {
  const { draft, pending } = state;
  if (line.linkOnly) {
    addContact(line, draft.contact);
    return true;
  }
  const template = readTemplateLine(line);
  if (template) {
    if (applyTemplateLine(template, line, draft, pending) === 'summary') {
      draft.summary.push(template.sentence);
      addContact(line, draft.contact, true);
    }
    return true;
  }
  if (line.from === 'item' && /\b(?:currently )?learning\b/i.test(line.text)) {
    draft.exploring.push(
      tidy(line.text.replace(/^.*?\blearning\b\s*(?:about\s*)?:?\s*/i, '')) || line.text,
    );
    return true;
  }
  return (
    line.from === 'item' &&
    /\b(?:reach|contact) me\b/i.test(line.text) &&
    addContact(line, draft.contact) > 0
  );
}

// Europass: "Job applied for / Position", "Desired employment / Occupational field".
const TITLE_LABEL =
  /^(?:role|title|job title|position|current (?:role|title|position)|headline|(?:job|position) applied for(?:\s*\/\s*position)?|desired (?:position|employment|job)|(?:position\s*\/\s*)?preferred (?:job|position|role)|occupation)$/i;
// "Sex Female | Date of birth 14/06/1991 | Nationality Polish": a Europass line of personal
// details, which names no job.
const PERSONAL_DETAILS =
  /^(?:sex|gender|date of birth|born|nationality|citizenship|marital status|place of birth)\b/i;

// The pages a personal site's menu names: "Home · Writing · Talks · **About** · Now".
const SITE_PAGE =
  /^(?:home|about(?: me)?|blog|writing|posts|articles|notes|talks|speaking|now|uses|projects|work|portfolio|contact|cv|resume|résumé|photos|links|newsletter|rss|archive|tags|search)$/i;

/** A personal site's menu over the page: three or more of its page names, and nothing else. */
function isSiteNavigation(line: Line): boolean {
  const parts = line.text.split(/\s*[|·•]\s*/).filter(Boolean);
  return parts.length >= 3 && parts.every((part) => SITE_PAGE.test(part));
}

/** A title line ("Engineer | Security | Rotterdam, Netherlands"), a contact line, or intro. */
function readHeaderLine(state: PreambleState, previous: Line | undefined, line: Line): void {
  const { header, draft } = state;
  // "**Email:** jane@…", "**Mobile:** +44 …": a labelled contact line of a key-value header.
  if (line.label && isContactLabel(line.label) && addContact(line, draft.contact) > 0) return;
  // "+33 6 12 55 48 07" on a line of its own, as a header's column of contacts lists it.
  if (!line.label && phoneIn(line.text) === line.text && addContact(line, draft.contact) > 0)
    return;
  if (isSiteNavigation(line)) return;
  if (PERSONAL_DETAILS.test(line.text)) {
    keepPersonalDetails(draft, line.text);
    return;
  }
  // "Role: Senior Data Engineer", "Title: …": a labelled title.
  if (line.label && line.rest && TITLE_LABEL.test(line.label.trim())) {
    header.title ??= tidyName(line.rest);
    return;
  }
  // "Plovdiv &nbsp;|&nbsp; ✉️ desi@…": the spaces may be written as entities.
  // "Toronto, ON, Canada • (416) 555-0187 •": a separator may end a line that wraps.
  const parts = line.raw
    .replace(/&(?:nbsp|ensp|emsp|thinsp|#160);/g, ' ')
    .replace(/\s+[|·•]\s*$/, '')
    .split(/\s+[|·•—–]\s+/);
  // "**Senior Data Engineer** · Valencia, Spain · email · GitHub": a title, then contact.
  const title = tidyName(parts[0] ?? '');
  const afterTitle =
    !header.title && parts.length >= 3 && looksLikeJobTitle(title)
      ? readContactLine(line, parts.slice(1))
      : undefined;
  if (afterTitle) {
    header.title = title;
    if (afterTitle.location && !header.location) header.location = afterTitle.location;
    addContact(line, draft.contact);
    return;
  }
  const contactLine = readContactLine(line, parts);
  if (contactLine) {
    if (contactLine.location && !header.location) header.location = contactLine.location;
    addContact(line, draft.contact);
    return;
  }
  const raw = takeLocation(header, line.raw, parts);
  // "He/him. ~8 years keeping production boring": the line's sentences after the place tell of
  // the owner; they are never a title.
  if (header.afterPlace) {
    draft.summary.push(header.afterPlace);
    delete header.afterPlace;
  }
  const rest = parts.map(tidyName).filter(Boolean);
  if (rest.length === 0) return;
  const linkTexts = new Set([...line.links.map((l) => l.label), ...line.emails]);
  if (linkTexts.size > 0 && rest.every((part) => linkTexts.has(part))) {
    addContact(line, draft.contact);
    return;
  }
  // "TL;DR — Senior Gameplay Programmer at …": a label before the part that holds the title.
  const labelled = !looksLikeJobTitle(rest[0] ?? '') && /^[\p{L};:'’ ]{2,12}$/u.test(rest[0] ?? '');
  const later = labelled ? rest.slice(1).map(titleFromHeadline).find(Boolean) : undefined;
  const first = later ?? rest[0] ?? '';
  const titleLike = readsAsTitle(first, rest);
  // "Cartographer" alone under the name: the title if nothing else names one.
  if (!header.title && !titleLike && rest.length === 1 && looksLikeJobNoun(first))
    header.fallbackTitle ??= first;
  if (!header.title && titleLike) {
    // "Staff SRE at Quidax": the title is the part before the employer.
    const at = /^(.+?)\s+(?:at|@)\s+\p{Lu}/u.exec(first)?.[1];
    header.title = at && looksLikeJobTitle(at) ? at : first;
    // The employer it names is the current role.
    const job = at ? jobAtCompany(first) : undefined;
    if (job && job.title === header.title) header.current = job;
    const headline = tidyName(raw);
    if (headline && headline !== header.title) header.headline = headline;
    return;
  }
  // "🏢 Staff Engineer on the search team @ Acme (remote)": the job, told as a bullet.
  // "search & relevance engineer at Kupi.hr (ex-Bazaar Adria)": the same, as a header line.
  readHeaderJobs(header, line, rest);
  if (line.text) addSummaryLine(state, previous, line);
  addContact(line, draft.contact, true);
}

/** Kept where a question about them finds it, never among the lines an introduction quotes. */
function keepPersonalDetails(draft: Draft, text: string): void {
  const kept = draft.sections.find((section) => section.id === 'personal-details');
  if (kept) kept.items.push(text);
  else draft.sections.push({ id: 'personal-details', title: 'Personal details', items: [text] });
}

/** Whether a header line's first part may be the title, not a sentence, a list or a deed. */
function readsAsTitle(first: string, rest: readonly string[]): boolean {
  // "Développeuse full-stack PHP / Symfony & Vue.js": a slash or an ampersand is no word.
  return (
    first.split(' ').filter((word) => !/^[/&+]$/.test(word)).length <= 6 &&
    !/[.!?]$/.test(first) &&
    // "Stack: Ruby · Rails": a labelled list, not a title; nor "Spanish (native) · English".
    !/^[^:]{2,30}:\s/.test(first) &&
    !isSpokenLanguage(first.split(/[\s(]/)[0] ?? '') &&
    // "I grew up in Tunis — moved to Lyon …": a sentence about the owner, not a title; nor
    // "Spoke at DevFest Lagos 2023 — …", a deed told in the past.
    !/^(?:I|I['’]m|we|my|our)\b/i.test(first) &&
    !PAST_DEED.test(first) &&
    // "**2023** — Spoke at FOSDEM …": a year opens a line of a timeline, never a title.
    !/^(?:19|20)\d\d\b/.test(first) &&
    // "📜 AWS Certified Developer – Associate (2023)": a certificate held, not the job.
    !/\bCertifi(?:ed|cation|cate)\b/.test(first) &&
    // "8+ years shipping native apps": a count of years is the experience, not the job.
    !/^\d+\+?\s*(?:years?|yrs)\b/i.test(first) &&
    // "Kotlin · Java · Elasticsearch": a stack line, whose first tool is no title.
    !mostlyTechnologies(rest) &&
    // "**Brightwell Talent Partners | Technology Division**": an agency's letterhead.
    !ORGANISATION.test(first) &&
    !isDocumentTitle(first) &&
    !STREET_ADDRESS.test(first) &&
    (looksLikeJobTitle(first) || rest.length > 1)
  );
}

const ORGANISATION =
  /\b(?:partners|group|agency|recruitment|recruiting|consultancy|consulting|associates|holdings|staffing|resourcing|limited|ltd|llc|gmbh|plc)\.?$/i;

// "14 Mill Lane, Leeds LS1 4AB", "Unit 4, Kings Wharf": a street address, a number then its street.
const STREET_ADDRESS =
  /^(?:(?:[Uu]nit|[Ss]uite|[Ff]lat|[Aa]pt\.?)\s+)?\d+[a-z]?,?\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{L}+)*,|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b/u;

const PAST_DEED =
  /^(?:spoke|gave|wrote|built|led|shipped|ran|organi[sz]ed|presented|published|won|founded|co-?founded|mentored|taught|started|created|launched|contributed)\b/i;

/** The job a header line names, when no title is known yet, and the jobs it says came before. */
function readHeaderJobs(header: Header, line: Line, rest: readonly string[]): void {
  const job = !header.title
    ? jobAtCompany(line.from === 'item' ? line.text : (rest[0] ?? ''))
    : undefined;
  if (job) {
    header.title = job.title;
    header.current = job;
  }
  const past = pastJobsIn(line.text);
  if (past.length > 0) header.past = [...(header.past ?? []), ...past];
}

/** Two or more parts, the first and most of them exactly a technology the vocabulary knows. */
function mostlyTechnologies(parts: readonly string[]): boolean {
  if (parts.length < 2) return false;
  const tools = parts.filter((part) => {
    const found = technologiesInProse(part, true);
    return found.length === 1 && found[0]?.name.length === part.length;
  });
  return tools.length >= 2 && tools.length / parts.length >= 0.6 && tools[0] === parts[0];
}

/**
 * "📍 Halifax, Nova Scotia, Canada (Atlantic Time)": a bullet that is a place and its pin, in
 * whatever list of facts about the owner it stands.
 */
export function pinnedPlace(line: Line): string | undefined {
  if (line.from !== 'item' || !LOCATION_EMOJI.test(line.raw)) return undefined;
  const place = tidyName(line.raw.replace(LOCATION_EMOJI, '').replace(LOCATION_WORDS, ''));
  return looksLikePlace(place.replace(/\s*\([^()]*\)$/, '')) ? place : undefined;
}

/**
 * Takes the place out of a header line's parts ("📍 Lisbon", "based in Leeds, UK", a last
 * "City, Country"); returns the line without a marked place, for the headline.
 */
function takeLocation(header: Header, raw: string, parts: string[]): string {
  // "Kestrel AG · Hardturmstrasse 161, 8005 Zürich, Switzerland": one part is a postal address.
  const at = parts.findIndex((part) => placeOfPostalAddress(tidyName(part)) !== undefined);
  const postal = at >= 0 ? placeOfPostalAddress(tidyName(parts[at] ?? '')) : undefined;
  if (postal && !header.location) {
    header.location = postal;
    parts.splice(at, 1);
    return parts.length > 0 ? parts.join(' · ') : '';
  }
  const marked = parts.findIndex(
    (part, _, all) =>
      LOCATION_EMOJI.test(part) ||
      // "Porto, Portugal 🇵🇹": a country's flag after a "City, Country" marks the place.
      (FLAG_AFTER.test(part) && looksLikePlace(tidyName(part))) ||
      LOCATION_WORDS.test(part) ||
      // "Accra, Ghana (GMT, happy to overlap with EU hours)": a place and a remark on it.
      (all.length === 1 && looksLikePlace(tidyName(part).replace(/\s*\([^()]*\)$/, ''))),
  );
  // "Engineer | Offensive Security | Rotterdam, Netherlands": an unmarked last segment
  // written as "City, Country" is the place; the line stays the headline as written.
  const unmarked =
    marked >= 0 ? -1 : isTrailingPlace(parts) ? parts.length - 1 : leadingPlace(header, parts);
  const index = marked >= 0 ? marked : unmarked;
  const part = index >= 0 ? (parts[index] ?? '') : '';
  const written = tidyName(part.replace(LOCATION_EMOJI, '').replace(LOCATION_WORDS, ''));
  const location = placeSentence(unclosedAside(written));
  if (header.location || !location) return raw;
  header.location = location;
  // The sentences after the place's tell more of the owner: "He/him. ~8 years keeping …".
  const after = written.slice(location.length).replace(/^\.\s*/, '');
  parts.splice(index, 1);
  if (after) header.afterPlace = after;
  return unmarked < 0 ? cleanSegment(raw.replace(part, ' ')) : raw;
}

/**
 * "Reading, Berkshire (hybrid – happy to travel …)" cut at its dash: the bracket the cut left
 * open holds a remark on the place, not the place.
 */
function unclosedAside(text: string): string {
  const open = text.lastIndexOf('(');
  return open > 0 && !text.slice(open).includes(')') ? text.slice(0, open).trim() : text;
}

/**
 * "Based in Ljubljana, Slovenia (CET). He/him. ~8 years …": the place ends with its sentence,
 * where the sentence is a place ("ul. Legnicka 48/12, …" goes on past its abbreviation).
 */
function placeSentence(text: string): string {
  const first = text.split(/(?<=\p{Ll}{2}|\))\.\s+(?=\p{Lu}|~|\d)/u)[0] ?? text;
  return first !== text && looksLikePlace(first.replace(/\s*\([^()]*\)$/, '')) ? first : text;
}

// "Margaretenstraße 112/14, 1050 Wien, Austria", "12 Rue X, 75011 Paris, France": a street
// with its number, then a postcode before the city, then the country.
const POSTAL_ADDRESS =
  /^[^,]*\p{L}[^,]*\d[^,]*,\s*(?:[A-Z]{1,2}-?)?(?:\d{3}\s\d{2}|\d{4,5})\s+(\p{Lu}[\p{L} .'-]+),\s*(\p{Lu}[\p{L} .'-]+)$/u;

/** The city and country of a postal address on a line of its own. */
export function placeOfPostalAddress(text: string): string | undefined {
  const match = POSTAL_ADDRESS.exec(text);
  return match?.[1] && match[2] ? `${match[1].trim()}, ${match[2].trim()}` : undefined;
}

/**
 * "Berlin, Germany · jonas@example.org · jonas.dev · GitHub · LinkedIn": every part is a way
 * to reach the owner, or the one place they are in.
 */
function readContactLine(line: Line, parts: string[]): { location?: string } | undefined {
  if (parts.length < 2) return undefined;
  const texts = parts.map((part) =>
    tidyName(part.replace(LOCATION_EMOJI, '').replace(LOCATION_WORDS, '')),
  );
  const contacts = texts.filter((text) => isContactPart(text, line));
  const others = texts.filter((text) => text && !isContactPart(text, line));
  if (contacts.length === 0 || others.length > 1) return undefined;
  const place = others[0];
  if (place === undefined) return {};
  // "Plovdiv, Bulgaria (UTC+2)": a time zone in brackets after the place.
  return looksLikePlace(place.replace(/\s*\([^()]*\)$/, '')) &&
    technologiesInProse(place).length === 0
    ? { location: place }
    : undefined;
}

/**
 * "Lisbon, Portugal · open to relocation" on the line after the title: a first segment
 * written as "City, Country" is the place. Before any title it may be one ("Engineer, Payments").
 */
function leadingPlace(header: Header, parts: string[]): number {
  const first = tidyName(parts[0] ?? '');
  return header.title !== undefined &&
    parts.length > 1 &&
    first.includes(',') &&
    looksLikePlace(first) &&
    !looksLikeJobTitle(first) &&
    technologiesInProse(first).length === 0
    ? 0
    : -1;
}

export function isTrailingPlace(parts: string[]): boolean {
  const last = tidyName(parts.at(-1) ?? '');
  return (
    parts.length > 1 &&
    last.includes(',') &&
    looksLikePlace(last) &&
    // "Go | TypeScript, Rust" lists tools, not a place.
    technologiesInProse(last).length === 0
  );
}

export function continuesSentence(previous: Line, line: Line): boolean {
  return (
    previous.from === 'paragraph' &&
    line.from === 'paragraph' &&
    !/[.!?:;]$/.test(previous.text) &&
    /^\p{Ll}/u.test(line.text)
  );
}

/**
 * Files a template bullet (see `readTemplateLine`) where it belongs and says where; the
 * caller keeps it in the summary when that is `summary`.
 */
export function applyTemplateLine(
  template: TemplateLine,
  line: Line,
  draft: Draft,
  pending: Pending,
): 'summary' | 'exploring' | 'contact' | 'pronouns' {
  switch (template.kind) {
    case 'learning':
      if (template.values.length === 0) return 'summary';
      draft.exploring.push(...template.values);
      return 'exploring';
    case 'reach-me':
      return addContact(line, draft.contact) > 0 ? 'contact' : 'summary';
    case 'pronouns': {
      const pronouns = readPronouns(template.values[0] ?? '');
      if (!pronouns) return 'summary';
      pending.pronouns ??= pronouns;
      return 'pronouns';
    }
    case 'ask-me-about': {
      const topics = askMeAboutTopics(template.values);
      if (topics.length > 0) pending.askMeAbout.push({ sentence: template.sentence, topics });
      return 'summary';
    }
    default:
      // What the owner works on, wants to collaborate on or needs help with, and fun facts
      // have no field of their own: they are about the owner, as the summary is.
      return 'summary';
  }
}
