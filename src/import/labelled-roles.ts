import type { RootContent } from 'mdast';
import type { Role } from '../knowledge/schema.ts';
import { takeDates } from './entry-text.ts';
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
    const field = fieldOf(line);
    const current = blocks.at(-1);
    if (field === 'title' || field === 'company') {
      // A second title or company, or one after the bullets, begins the next job.
      if (!current || current.fields[field] !== undefined || current.body.length > 0)
        blocks.push({ fields: {}, other: [], body: [] });
    }
    const block = blocks.at(-1);
    if (!block) return undefined;
    if (field && field !== 'other' && block.body.length === 0) block.fields[field] = line.rest;
    else if (field === 'other' && block.body.length === 0) block.other.push(line.text);
    else block.body.push(line);
  }
  if (blocks.length === 0 || !blocks.every((b) => b.fields.title && b.fields.company))
    return undefined;
  return blocks.map(toRole);
}

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

/** "Example Ltd, placed at a government department" → "Example Ltd". */
function companyName(text: string): string {
  return text.split(/,\s+(?=\p{Ll})/u)[0]?.trim() || text;
}
