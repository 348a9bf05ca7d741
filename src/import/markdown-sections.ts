import type { Heading, RootContent } from 'mdast';
import type { Pronouns, Section } from '../knowledge/schema.ts';
import { takeDates } from './entry-dates.ts';
import { looksLikePlace } from './entry-text.ts';
import { plain, tidy, tidyName } from './line-text.ts';
import { flatten, type Line, linesOf, makeLine } from './markdown-lines.ts';
import type { ProfileDraft } from './profile-draft.ts';
import { type SectionKind, sectionKind } from './section-kinds.ts';
import { uniqueId } from './unique-id.ts';

export interface RawSection {
  title: string;
  heading: Heading;
  body: RootContent[];
}

/** Subsections: the text before the first sub-heading, then one group per sub-heading. */
export interface Entry {
  heading?: Line;
  body: RootContent[];
}

export type Draft = ProfileDraft;

/** What the README says that is settled only once every section is read. */
export interface Pending {
  pronouns?: Pronouns;
  /** "Ask me about" lines: topics that become expertise when no section lists any. */
  askMeAbout: { sentence: string; topics: string[] }[];
  /** What an "Availability" section or line says. */
  availability?: string;
  /** Where a "Wohnort:" or "Domicile :" line of personal details says the owner lives. */
  location?: string;
}

// Sections whose sub-headings are their own entries (a project, a role, a skill group).
export const ENTRY_KINDS = new Set<SectionKind>([
  'skills',
  'projects',
  'experience',
  'work',
  'education',
  'certifications',
  'faq',
  'publications',
]);

/** Kinds whose heading under another section of entries is a section of its own. */
const OWN_SECTION_KINDS: ReadonlySet<string> = new Set([
  'education',
  'certifications',
  'publications',
]);

export function splitSections(
  nodes: RootContent[],
  isBoundary: (n: RootContent) => boolean,
): RawSection[] {
  const sections: RawSection[] = [];
  for (const node of nodes) {
    if (isBoundary(node) && node.type === 'heading') {
      sections.push({ title: tidyName(plain(node.children)), heading: node, body: [] });
    } else sections.at(-1)?.body.push(node);
  }
  const footer = footerOf(sections.at(-1));
  if (footer) sections.push(footer);
  // A known section written as a sub-heading of a section that has no entries of its own
  // ("### Education" under "## More about me") becomes a section in its own right.
  // Under a section of entries, only a heading of another kind of entries opens one
  // ("#### Certifications" under "### Talks", a slip of heading level).
  return sections.flatMap((section) => {
    const kind = sectionKind(section.title);
    const ofEntries = kind !== undefined && ENTRY_KINDS.has(kind);
    const out: RawSection[] = [{ ...section, body: [] }];
    for (const node of section.body) {
      const title = node.type === 'heading' ? tidyName(plain(node.children)) : '';
      const sub = node.type === 'heading' ? sectionKind(title) : undefined;
      const opens = ofEntries ? OWN_SECTION_KINDS.has(sub ?? '') && sub !== kind : sub;
      if (node.type === 'heading' && opens) out.push({ title, heading: node, body: [] });
      else out.at(-1)?.body.push(node);
    }
    return out.filter((s, i) => i > 0 || s.body.length > 0 || out.length === 1);
  });
}

/**
 * "---" then "📫 Reach me: [email] · [LinkedIn]" at the end of the page: a footer with links
 * is the owner's contact line, not part of the last section ("GitHub stats").
 */
function footerOf(last: RawSection | undefined): RawSection | undefined {
  if (!last) return undefined;
  const rule = last.body.findLastIndex((node) => node.type === 'thematicBreak');
  if (rule < 0) return undefined;
  const after = last.body.slice(rule + 1);
  const linked = after.some((node) => JSON.stringify(node).includes('"type":"link"'));
  if (!linked || after.some((node) => node.type === 'heading')) return undefined;
  last.body.splice(rule);
  const heading: Heading = {
    type: 'heading',
    depth: last.heading.depth,
    children: [{ type: 'text', value: 'Contact' }],
  };
  return { title: 'Contact', heading, body: after };
}

export function entriesOf(body: RootContent[]): Entry[] {
  const depth = Math.min(...body.flatMap((n) => (n.type === 'heading' ? [n.depth] : [])), 7);
  const entries: Entry[] = [{ body: [] }];
  for (const node of body) {
    if (node.type === 'heading' && node.depth === depth) {
      entries.push({ heading: makeLine(node.children, 'heading'), body: [] });
    } else entries.at(-1)?.body.push(node);
  }
  return entries.filter((e) => e.heading || e.body.length > 0);
}

export function keepSection(section: RawSection, sections: Section[]): string {
  const id = uniqueId(
    section.title || 'section',
    sections.map((s) => s.id),
  );
  const items = flatten(linesOf(section.body))
    .map((line) => line.text || line.links.map((l) => `${l.label}: ${l.url}`).join(', '))
    .filter(Boolean);
  sections.push({ id, title: section.title || 'Untitled section', items });
  return id;
}

/** Whole paragraphs (split only before a line that opens with an emoji) and list items, as text. */
export function paragraphTexts(nodes: RootContent[]): string[] {
  return nodes.flatMap((node) =>
    node.type === 'paragraph'
      ? // "🎤 Last talk: …⏎🗣️ English, Igbo …": a line opening with an emoji is one of its own.
        plain(node.children)
          .split(/\n(?=[ \t]*\p{Extended_Pictographic})/u)
          .map(tidy)
          .filter(Boolean)
      : flatten(linesOf([node]))
          .map((line) => line.text)
          .filter(Boolean),
  );
}

export interface Unit {
  head: Line;
  lines: Line[];
}

const DATED_BY_YEAR = /^\S.{0,60}\s[—–-]\s(?:19|20)\d\d$/;

/** Bullets, or a rule ("---"): what closes the entry above it. */
const endsEntry = (node: RootContent | undefined): boolean =>
  node?.type === 'list' || node?.type === 'thematicBreak';

/**
 * The entries of a section: one per sub-heading, or else one per top-level bullet or line,
 * with what follows it (nested bullets, the paragraphs under a heading) as its lines. A line
 * ending in a colon ("Some things I have built:") introduces the entries and is not one.
 */
export function entryUnits(body: RootContent[]): { units: Unit[]; intro: string[] } {
  const entries = entriesOf(body);
  const intro: string[] = [];
  const units: Unit[] = [];
  if (entries.some((e) => e.heading)) {
    for (const entry of entries) {
      if (entry.heading) units.push({ head: entry.heading, lines: linesOf(entry.body) });
      else
        intro.push(
          ...flatten(linesOf(entry.body))
            .map((l) => l.text)
            .filter(Boolean),
        );
    }
    return { units, intro };
  }
  let previous: RootContent | undefined;
  for (const node of body) {
    const owner = units.at(-1);
    const ownsList =
      node.type === 'list' &&
      previous?.type === 'paragraph' &&
      owner !== undefined &&
      owner.head.from === 'paragraph' &&
      (owner.head.lead !== undefined ||
        [owner.head, ...owner.lines].some(hasDates) ||
        // "airflow-cost-guard (open source) — 2022": a name dated by its year alone.
        DATED_BY_YEAR.test(owner.head.text));
    if (ownsList && owner) {
      owner.lines.push(...linesOf([node]));
    } else {
      const lines = linesOf([node]);
      const stacked = isStackedEntry(lines);
      lines.forEach((line, index) => {
        // "Platform Engineer⏎Lumera Payments | Wrocław⏎03/2022 – Present": one entry's lines.
        const owner = units.at(-1);
        if (stacked && index > 0 && owner) owner.lines.push(line);
        else placeLine(line, index, previous, units, intro);
      });
    }
    previous = node;
  }
  return { units, intro };
}

/**
 * A paragraph of short lines, an undated first one and a line of dates alone after it: a title,
 * an employer (or the other way round) and the dates, stacked as two-column CVs print an entry.
 */
function isStackedEntry(lines: readonly Line[]): boolean {
  if (lines.length < 3 || lines.length > 5 || hasDates(lines[0] as Line)) return false;
  const short = lines.every(
    (line) => line.text.split(' ').length <= 8 && !/[.!?]$/.test(line.text),
  );
  // "03/2022 – Present": a line the dates reader takes whole.
  return short && lines.slice(1).some((line) => takeDates(line.text)?.rest.trim() === '');
}

/** Where one line of a section without sub-headings goes: under the last entry, or its own. */
function placeLine(
  line: Line,
  index: number,
  previous: RootContent | undefined,
  units: Unit[],
  intro: string[],
): void {
  const last = units.at(-1);
  // After an entry's bullets (or a rule, "---"), a bold line opens the next entry.
  const afterList = index === 0 && endsEntry(previous);
  // A line of dates or a place right under an entry belongs to that entry; a second
  // date range ("**Mobile Developer**, MediTrack — 2019 – 2022") starts the next one.
  const datesOfItsOwn =
    hasDates(line) &&
    [last?.head, ...(last?.lines ?? [])].some((l) => l !== undefined && hasDates(l));
  // "Vienna, Austria (hybrid)" on the line under "Company | Title | 04/2021 – present";
  // "Thesis: …" or "Stack: …" right under a dated entry line is a detail of that entry.
  const underEntry =
    index > 0 &&
    (looksLikePlace(line.text.replace(/\s*\([^()]*\)$/, '')) ||
      (line.label !== undefined && last !== undefined && hasDates(last.head)));
  // "*Senior Developer* · Cebu City" under "**Tambuli Cloud** · Mar 2022 – Present": the
  // italic title line of that entry, not an entry of its own.
  // "**Helmwise, Piraeus:** 06/2021 – present⏎Senior Engineer": the line after a dated
  // head in the same paragraph is that entry's title (or degree).
  const titleUnder =
    (line.opensItalic === true ||
      (index > 0 && line.lead === undefined && !/\b(?:19|20)\d\d\b/.test(line.text))) &&
    last !== undefined &&
    hasDates(last.head) &&
    last.lines.length === 0;
  // "**Quokka DB** — Developer Advocate (2019–2021)⏎Managed Postgres startup … 100+
  // episodes.": sentences in the same paragraph as a dated head tell of that entry.
  // "**Senior Developer** · Koral⏎2019/06 – 2020/12⏎Shopify agency; led …": the dates may
  // stand on the line under the head.
  const toldUnder =
    index > 0 &&
    line.lead === undefined &&
    /[.!?)]$/.test(line.text) &&
    line.text.split(' ').length >= 3 &&
    last !== undefined &&
    (hasDates(last.head) || last.lines.some(hasDates));
  // "**Data Engineer | DHL | 2018 – 2021**", then "Designed the warehouse." as paragraphs
  // of their own (a Word CV's bullets, lost in conversion): each tells of that entry.
  const toldAfter =
    index === 0 &&
    previous?.type === 'paragraph' &&
    isSentence(line) &&
    last !== undefined &&
    hasDates(last.head);
  if (
    last &&
    line.from === 'paragraph' &&
    (toldUnder || toldAfter || describesName(line, index, last)) &&
    !datesOfItsOwn
  ) {
    last.lines.push(line);
  } else if (
    last &&
    line.from === 'paragraph' &&
    (hasDates(line) || line.emphasised || underEntry || titleUnder) &&
    !datesOfItsOwn &&
    !afterList &&
    // A dated header line under a sentence opens an entry; a sentence heads none.
    !(hasDates(line) && isSentence(last.head)) &&
    // "Advisor: Prof. … · Examiners: …": a labelled detail, however long.
    (line.text.split(' ').length <= 12 || underEntry)
  ) {
    last.lines.push(line);
  } else if (line.from === 'paragraph' && !line.lead && /:$/.test(line.text) && !toldJob(line)) {
    intro.push(line.text);
  } else units.push({ head: line, lines: line.children });
}

/**
 * "flakeradar (github.com/…)⏎Open-source Python CLI that reads JUnit reports …": a long line
 * in the same paragraph as a short name tells of what it names (a plain-text CV's entry).
 */
function describesName(line: Line, index: number, last: Unit): boolean {
  return (
    index > 0 &&
    line.lead === undefined &&
    line.text.split(' ').length >= 8 &&
    last.lines.length === 0 &&
    last.head.from === 'paragraph' &&
    last.head.text.split(' ').length <= 6 &&
    !isSentence(last.head) &&
    !hasDates(line)
  );
}

/**
 * "In 2021 I joined Quayside … as a Senior Backend Engineer. … Highlights:": a dated paragraph
 * telling of a job, its colon leading into that job's bullets, not into the section's.
 */
function toldJob(line: Line): boolean {
  return hasDates(line) && line.text.split(/\s+/).length > 12 && /[.!?]\s+\p{Lu}/u.test(line.text);
}

/** A line of prose: a sentence of three words or more, with no lead, label or dates. */
function isSentence(line: Line): boolean {
  return (
    line.from === 'paragraph' &&
    line.lead === undefined &&
    line.label === undefined &&
    /[.!?]$/.test(line.text) &&
    line.text.split(' ').length >= 3 &&
    !hasDates(line)
  );
}

export function isBareSentence(line: Line): boolean {
  return (
    line.from !== 'heading' &&
    line.lead === undefined &&
    line.label === undefined &&
    line.links.length === 0 &&
    line.text.split(' ').length >= 6
  );
}

export function hasDates(line: Line): boolean {
  return takeDates(line.text) !== undefined;
}
