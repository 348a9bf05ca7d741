import type { RootContent } from 'mdast';
import type { Role } from '../knowledge/schema.ts';
import { takeDates } from './entry-dates.ts';
import { LEGAL_FORM, looksLikePlace } from './entry-text.ts';
import { flatten, type Line, linesOf } from './markdown-lines.ts';

/**
 * Experience written as labelled lines, one block a job:
 *
 *     **Role:** Platform Engineer
 *     **Company:** Example Ltd
 *     **Location:** Leeds
 *     **Period:** 04/2023 – Present
 *
 *     - what the job was, as bullets
 *
 * A block starts again at a title or company label the current block already has.
 */

type Field = 'title' | 'company' | 'location' | 'dates' | 'other';

const LABELS: [RegExp, Field][] = [
  [/^(?:role|title|job\s+title|position|job)$/i, 'title'],
  [/^(?:company|employer|organi[sz]ation|client|firm)$/i, 'company'],
  [/^(?:location|place|based|city|where)$/i, 'location'],
  [/^(?:period|dates?|when|duration|tenure|from\s*[–-]\s*to)$/i, 'dates'],
];

function fieldOf(line: Line): Field | undefined {
  if (line.from === 'item' || !line.label || !line.rest) return undefined;
  return LABELS.find(([pattern]) => pattern.test(line.label?.trim() ?? ''))?.[1] ?? 'other';
}

interface Block {
  fields: Partial<Record<Field, string>>;
  other: string[];
  body: Line[];
}

/** The roles of an experience section in that shape, or `undefined` for another shape. */
export function readLabelledRoles(body: readonly RootContent[]): Role[] | undefined {
  const blocks: Block[] = [];
  for (const line of flatten(linesOf(body))) {
    if (!line.text) continue;
    const bareDates = isDateLine(line);
    const field = bareDates ? 'dates' : fieldOf(line);
    const current = blocks.at(-1);
    if (!current || startsBlock(current, field, bareDates))
      blocks.push({ fields: {}, other: [], body: [] });
    const block = blocks.at(-1);
    if (!block) return undefined;
    if (bareDates && !block.fields.dates) block.fields.dates = line.text;
    else if (field && field !== 'other' && block.body.length === 0) block.fields[field] = line.rest;
    else if (field === 'other' && block.body.length === 0) block.other.push(line.text);
    else if (!field && block.body.length === 0 && line.from !== 'item') headerLine(block, line);
    else block.body.push(line);
  }
  if (blocks.length === 0 || !blocks.every((b) => b.fields.title && b.fields.company))
    return undefined;
  return blocks.map(toRole);
}

/**
 * A second title or company, or one after the bullets, begins the next job; so does a date
 * line alone ("01/03/2022–Present") once the job before it has its dates or its bullets.
 */
function startsBlock(current: Block, field: Field | undefined, bareDates: boolean): boolean {
  if (bareDates) return current.body.length > 0 || current.fields.dates !== undefined;
  if (field !== 'title' && field !== 'company') return false;
  return current.fields[field] !== undefined || current.body.length > 0;
}

/** "01/09/2018–28/02/2022", "2016 – 2018": a line that is a date range and nothing else. */
function isDateLine(line: Line): boolean {
  return line.from !== 'item' && takeDates(line.text)?.rest === '';
}

// A short line that names a company or a place, not a sentence about the work.
const MAX_NAME_WORDS = 8;

/**
 * Under "Job title: **QA Tester**", the unlabelled lines before the bullets are the employer,
 * then its town ("Braga (Portugal)"), then its web address.
 */
function headerLine(block: Block, line: Line): void {
  const short = line.text.split(/\s+/).length <= MAX_NAME_WORDS;
  if (block.fields.title && !block.fields.company && short && !line.linkOnly)
    block.fields.company = line.text;
  else if (block.fields.company && !block.fields.location && isTown(line.text))
    block.fields.location = line.text;
  else if (block.fields.company && (line.linkOnly || WEB_ADDRESS.test(line.text)))
    block.other.push(line.text);
  else block.body.push(line);
}

// "Braga (Portugal)": a town with its country in brackets, as Europass writes places.
const TOWN_AND_COUNTRY = /^\p{Lu}[\p{L}.'’ -]{1,40} \(\p{Lu}[\p{L}.'’ -]{1,40}\)$/u;

function isTown(text: string): boolean {
  return looksLikePlace(text) || TOWN_AND_COUNTRY.test(text);
}

const WEB_ADDRESS = /^(?:https?:\/\/|www\.)\S+$/i;

function toRole({ fields, other, body }: Block): Role {
  const role: Role = {
    company: companyName(fields.company ?? ''),
    title: fields.title ?? '',
    highlights: body.filter((l) => l.from === 'item').map((l) => l.text),
    technologies: [],
  };
  const dates = fields.dates ? takeDates(fields.dates) : undefined;
  if (dates?.start) role.start = dates.start;
  if (dates?.end) role.end = dates.end;
  if (fields.location) role.location = fields.location;
  // "Type: Contract", the company's full line: kept with the job's own paragraphs.
  const full = fields.company && fields.company !== role.company ? [fields.company] : [];
  const summary = [...full, ...other, ...body.filter((l) => l.from !== 'item').map((l) => l.text)];
  if (summary.length > 0) role.summary = summary.join(' · ');
  return role;
}

/**
 * "Example Ltd, placed at a government department" → "Example Ltd"; "Morava Energie, a.s."
 * keeps its legal form.
 */
function companyName(text: string): string {
  const [name = text, tail] = text.split(/,\s+(?=\p{Ll})/u);
  return tail !== undefined && LEGAL_FORM.test(tail.trim()) ? text : name.trim() || text;
}
