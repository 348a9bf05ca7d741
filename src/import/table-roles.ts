import { looksLikePlace } from './entry-text.ts';
import type { Cell } from './table-cells.ts';
import { unbold } from './table-cells.ts';

// The row labels of a job in a label/value CV table ("Dates | 03/2019 – present").
const DATES_LABEL = /^(?:dates?|period|duration|from\s*[-–]\s*to|time\s*frame)$/i;
const TITLE_LABEL =
  /^(?:occupation|position|job\s*title|title|role|designation|function)\b|\bposition held$/i;
const DUTIES_LABEL = /\b(?:activities|responsibilities|duties|tasks|achievements)\b/i;
const EMPLOYER_LABEL =
  /^(?:(?:name and address of )?employer|company|organi[sz]ation|client|firm)\b/i;

/** A label/value row: the first cell names what the others hold. */
export interface LabelRow {
  label: Cell;
  value: Cell;
}

/** True when the rows hold a job: its dates and its title or employer, each on a labelled row. */
export function holdsRoles(rows: LabelRow[]): boolean {
  const labels = rows.map((row) => unbold(row.label.text));
  return (
    labels.some((label) => DATES_LABEL.test(label)) &&
    labels.some((label) => TITLE_LABEL.test(label) || EMPLOYER_LABEL.test(label))
  );
}

/** Cuts the rows into one group per job: each "Dates" row, or a label seen again, starts one. */
export function roleGroups(rows: LabelRow[]): LabelRow[][] {
  const groups: LabelRow[][] = [];
  let group: LabelRow[] = [];
  for (const row of rows) {
    const label = unbold(row.label.text).toLowerCase();
    const seen = group.some((r) => unbold(r.label.text).toLowerCase() === label);
    if (group.length > 0 && label && (DATES_LABEL.test(label) || seen)) {
      groups.push(group);
      group = [];
    }
    group.push(row);
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

/**
 * One job as the markdown blocks the experience reader takes: "### Company — Place", then
 * "**Title** · dates", then the duties as items and any other row as "Label: value".
 */
export function roleBlocks(group: LabelRow[]): string[] {
  const find = (pattern: RegExp) => group.find((row) => pattern.test(unbold(row.label.text)));
  const dates = find(DATES_LABEL)?.value.text;
  const title = find(TITLE_LABEL)?.value.text;
  const employerRow = find(EMPLOYER_LABEL);
  const employer = employerRow ? readEmployer(employerRow.value.text) : undefined;
  const blocks: string[] = [];
  if (employer) blocks.push(`### ${[employer.name, employer.place].filter(Boolean).join(' — ')}`);
  else if (title) blocks.push(`### ${unbold(title)}`);
  const titleLine = employer && title ? `**${unbold(title)}**` : undefined;
  const dateLine = [titleLine, dates].filter(Boolean).join(' · ');
  if (dateLine) blocks.push(dateLine);
  if (employer?.rest) blocks.push(employer.rest);
  const used = new Set([find(DATES_LABEL), find(TITLE_LABEL), employerRow]);
  for (const row of group.filter((r) => !used.has(r))) blocks.push(...rowBlocks(row));
  return blocks;
}

/** Duties as items; a one-line row keeps its label: "Business or sector: Healthcare". */
function rowBlocks(row: LabelRow): string[] {
  const label = unbold(row.label.text);
  const lines = row.value.lines;
  if (lines.length > 1 || lines.some((line) => line.item) || DUTIES_LABEL.test(label))
    return lines.map((line) => `- ${line.text}`);
  const text = row.value.text;
  if (!text) return [];
  return [label ? `${label}: ${text}` : text];
}

interface Employer {
  name: string;
  place?: string;
  /** The address and website the employer cell gives besides the name and place. */
  rest?: string;
}

// "Acme SRL, Str. Lungă 28, 400114 Cluj-Napoca (Romania) – www.acme.ro": the name, the street,
// the postcode and place, then the website.
const WEBSITE_TAIL = /\s*[–—-]\s*(?:https?:\/\/|www\.)\S+$|\s+(?:https?:\/\/|www\.)\S+$/i;
const POSTCODE = /^(?:[A-Z]{1,2}-?)?(?:\d{2}-\d{3}|\d{3,6})(?:[- ]\d{3,4})?\s+/;

/** The employer's name and the place the cell ends on, when it ends on one. */
function readEmployer(text: string): Employer {
  const plain = unbold(text);
  const parts = plain.replace(WEBSITE_TAIL, '').split(/,\s*/);
  const place = trailingPlace(parts);
  const name = parts[0] ?? plain;
  if (!place) return { name: plain };
  const said = `${name}, ${place}`;
  return { name, place, ...(said === plain ? {} : { rest: plain }) };
}

/** "Santiago, Chile" or "400114 Cluj-Napoca (Romania)": the last parts when they name a place. */
function trailingPlace(parts: string[]): string | undefined {
  for (const count of [2, 1]) {
    if (parts.length <= count) continue;
    const place = parts.slice(-count).join(', ').replace(POSTCODE, '').trim();
    if (isPlace(place)) return place;
  }
  return undefined;
}

/** "Lyon, France", and "Cluj-Napoca (Romania)" as Europass writes a town and its country. */
export function isPlace(text: string): boolean {
  return looksLikePlace(text.replace(/\s*\(([^()]+)\)$/, ', $1'));
}

/**
 * "Babeş-Bolyai University, Faculty of Letters, Cluj-Napoca (Romania)": the name, then the
 * place on a line of its own, so the place is not read as part of the name.
 */
export function placeApart(text: string): string[] {
  const parts = text.split(/,\s*/);
  const place = trailingPlace(parts);
  if (!place) return [text];
  const count = place.split(', ').length;
  return [parts.slice(0, -count).join(', '), place];
}
