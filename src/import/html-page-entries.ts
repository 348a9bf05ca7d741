import type { HtmlElement } from './html-page-dom.ts';
import { namesOf } from './html-page-dom.ts';
import { type SectionKind, sectionKind } from './section-kinds.ts';

// "May 2022 – Present", "2015 — 2018", "Sept 2018 to April 2022": nothing but a date range.
const DATE_WORD =
  /^(?:\d{1,4}|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|present|now|current|today|to|since|until|[-–—/.,·|]+)$/i;

function isDateLine(block: string): boolean {
  const words = block.replace(/\\/g, '').split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((word) => DATE_WORD.test(word)) && /\d/.test(block);
}

const HEADING = /^#{1,6} /;
// A title that already says where: "Engineer · Acme", "Engineer — Acme", "Engineer at Acme".
const HEADING_SEPARATOR = /\s[·•|—–-]\s|\sat\s|\s@\s/;

/** "Acme Ltd. · Winnipeg": a short line naming where, not a sentence or a list. */
function isEntrySubtitle(line: string): boolean {
  return (
    line !== '' &&
    !HEADING.test(line) &&
    !/^[-*>]\s|\n/.test(line) &&
    !/[.!?:]$/.test(line) &&
    line.split(/\s+/).length <= 12
  );
}

/**
 * The lines of one box of a page (its text, headings and paragraphs), laid out the way
 * markdown entries are: a timeline entry's dates set above its title move below it, and the
 * line naming the employer under a dated title joins the title (`### Title · Acme · City`), so
 * a comma inside the title is not taken for the one between a title and an employer. A
 * greeting set above the name's heading joins it: `# Hi, I'm NAME`.
 */
export function arrangeEntry(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at] ?? '';
    if (!HEADING.test(line)) {
      out.push(line);
      continue;
    }
    const above = isDateLine(out.at(-1) ?? '') ? out.pop() : undefined;
    const below = above === undefined && isDateLine(lines[at + 1] ?? '') ? lines[++at] : undefined;
    const dates = above ?? below;
    const next = lines[at + 1] ?? '';
    const joins = dates !== undefined && isEntrySubtitle(next) && !HEADING_SEPARATOR.test(line);
    if (joins) at++;
    out.push(greeted(out, joins ? `${line} · ${next}` : line));
    if (dates !== undefined) out.push(dates);
  }
  return out;
}

// "👋 Hi, I'm" set small above the name's heading: the greeting the name completes.
const GREETING_LEAD =
  /^(?:\P{L}*\s*)?(?:hi|hey|hello|howdy|hallo|hola|bonjour)\b.{0,20}\b(?:i'm|i’m|i am|my name is|this is)\s*[,:]?$/iu;

function greeted(out: string[], heading: string): string {
  if (!heading.startsWith('# ') || !GREETING_LEAD.test(out.at(-1) ?? '')) return heading;
  return `# ${out.pop()} ${heading.slice(2)}`;
}

// Class names short for a kind of section: `<p class="certs">`, `<div class="edu">`.
const SHORT_NAMES: Record<string, string> = {
  certs: 'certifications',
  edu: 'education',
  exp: 'experience',
  pubs: 'publications',
  langs: 'languages',
};

// "Talks: …", "**Certifications:** …": a paragraph that opens with the name of a section.
const LABELLED = /^(?:\*\*)?([\p{Lu}][\p{L} &/-]{1,30}?)(?::\*\*|\*\*:|:)\s+(.+)$/su;

/**
 * A box inside a section that holds another kind of thing: `<p class="certs">` under
 * "Skills", "Talks: …" under "Projects". It becomes a section of its own at the level of the
 * one it sits in, its " · "-separated items a list; `undefined` when it is part of the section.
 */
export function subsection(
  box: HtmlElement,
  rendered: readonly string[],
  first: string | undefined,
  container: HtmlElement,
): string[] | undefined {
  const heading = /^(#{2,6}) (.+)$/.exec(first ?? '');
  if (!heading || /^h[1-6]$/.test(box.tagName) || rendered.length === 0) return undefined;
  const within = sectionKind(heading[2] ?? '') ?? kindNamed(container)?.kind;
  const named = kindNamed(box);
  const labelled = named
    ? undefined
    : LABELLED.exec(rendered.length === 1 ? (rendered[0] ?? '') : '');
  const title = named?.name ?? labelled?.[1];
  const kind = named?.kind ?? (labelled ? sectionKind(labelled[1] ?? '') : undefined);
  if (!title || !kind || kind === within || kind === 'work') return undefined;
  const body = labelled ? [labelled[2] ?? ''] : rendered;
  return [`${heading[1]} ${title.charAt(0).toUpperCase()}${title.slice(1)}`, ...body.map(asItems)];
}

function kindNamed(element: HtmlElement): { name: string; kind: SectionKind } | undefined {
  for (const word of namesOf(element)) {
    const name = SHORT_NAMES[word] ?? word.replace(/[-_]+/g, ' ').trim();
    const kind = sectionKind(name);
    if (kind) return { name, kind };
  }
  return undefined;
}

/** "A, 2021 · B, 2023" on one line: the items a page set side by side, as a list. */
function asItems(block: string): string {
  const items = block.split(/\s+·\s+/);
  return items.length > 1 && !block.includes('\n')
    ? items.map((item) => `- ${item}`).join('\n')
    : block;
}
