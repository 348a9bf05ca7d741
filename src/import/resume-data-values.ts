import { normalisePoint, takeDates } from './entry-dates.ts';
import { splitList } from './entry-text.ts';
import { OPEN_END_WORDS } from './european-words.ts';
import { decodeEntities } from './html-entities.ts';
import { isMapping } from './rendercv-shape.ts';
import { plainText } from './rendercv-text.ts';

/**
 * The values of résumé data as the JSON Resume reader wants them: text, lists of text and
 * dates, whatever YAML or JSON made of them (numbers, `null`, folded strings, nested lists).
 */

/**
 * One text: a number or a string as written; a list of texts joined with commas; a link
 * written as `{label, href}` (as résumé builders export it) its address.
 */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return plainText(withoutTags(value));
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((item) => !isMapping(item) && !Array.isArray(item)))
    return value.map(textOf).filter(Boolean).join(', ');
  const link = isMapping(value) ? (value.href ?? value.url) : undefined;
  return typeof link === 'string' ? textOf(link) : '';
}

const BLOCK_END = /<\/(?:p|li|div|h\d|ul|ol)>|<br\s*\/?>/gi;

/** Résumé builders export rich text as HTML: its paragraphs, without the tags. */
function withoutTags(text: string): string {
  if (!/<\/?[a-z][^>]*>/i.test(text)) return text;
  return decodeEntities(text.replace(BLOCK_END, '\n\n').replace(/<[^>]*>/g, '')).trim();
}

/** A summary keeps its paragraphs: each is tidied alone. */
export function paragraphsOf(value: unknown): string {
  const parts =
    typeof value === 'string'
      ? withoutTags(value).split(/\n\s*\n/)
      : Array.isArray(value)
        ? value
        : [value];
  return parts.map(textOf).filter(Boolean).join('\n\n');
}

/** A list of texts: a list as it is, a string of commas ("Go, Rust") split at them. */
export function textsOf(value: unknown, { split = false } = {}): string[] {
  if (Array.isArray(value))
    return rejoinBrackets(
      value.map((item) => (isMapping(item) ? flatText(item) : textOf(item))).filter(Boolean),
    );
  const text = textOf(value);
  if (!text) return [];
  return split ? splitList(text) : [text];
}

const depth = (text: string) =>
  (text.match(/[([]/g)?.length ?? 0) - (text.match(/[)\]]/g)?.length ?? 0);

/**
 * YAML's flow list `[STM32 (F4, L4, U5), ESP32]` splits inside the bracket the author meant as
 * one item: items are joined back until their brackets close.
 */
function rejoinBrackets(items: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i] ?? '';
    let open = depth(item);
    let end = i;
    // An unclosed bracket the next few items do not close is left as written.
    while (open > 0 && end + 1 < Math.min(items.length, i + 8)) open += depth(items[++end] ?? '');
    if (open === 0 && end > i) {
      out.push(items.slice(i, end + 1).join(', '));
      i = end;
    } else out.push(item);
  }
  return out;
}

/** Any value as one searchable line: `key: value; key: value`, lists joined with commas. */
export function flatText(value: unknown): string {
  if (isMapping(value))
    return Object.entries(value)
      .map(([key, inner]) => [key, flatText(inner)] as const)
      .filter(([, inner]) => inner)
      .map(([key, inner]) => `${key}: ${inner}`)
      .join('; ');
  if (Array.isArray(value)) return value.map(flatText).filter(Boolean).join(', ');
  return textOf(value);
}

const OPEN_END = new RegExp(
  `^(?:present|current|currently|now|today|ongoing|${OPEN_END_WORDS.join('|')})$`,
  'i',
);
const POINT =
  /^(?:\p{L}+\.?\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{1,2}[/.]\d{4}|\d{4}[-/]\d{2}(?:-\d{2})?|\d{4})$/u;

/** `present` for an open end, `YYYY-MM`/`YYYY` for a date, the text itself for anything else. */
export function datePoint(value: unknown): string | undefined {
  const text = textOf(value);
  if (!text) return undefined;
  if (OPEN_END.test(text)) return 'present';
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  return POINT.test(text) ? normalisePoint(text) : text;
}

export interface DataDates {
  startDate?: string;
  endDate?: string;
  /** A date field that is no range and no date ("2 years"): kept as text. */
  other?: string;
}

/**
 * An entry's dates from `start`/`end` fields or one `span` ("2019 – present", "Mar 2017 –
 * Dec 2021", "2020"). An open or empty end leaves `endDate` out: the entry is current.
 */
export function datesOf(start: unknown, end: unknown, span: unknown): DataDates {
  const dates: DataDates = {};
  const spanText = textOf(span);
  const range = spanText ? takeDates(spanText) : undefined;
  const from = datePoint(start) ?? range?.start;
  const to = datePoint(end) ?? range?.end;
  if (from && from !== 'present') dates.startDate = from;
  if (to && to !== 'present') dates.endDate = to;
  if (spanText && !range) {
    const point = datePoint(spanText);
    if (point && POINT.test(spanText) && !dates.startDate) dates.startDate = point;
    else if (point !== 'present') dates.other = spanText;
  } else if (range?.rest) dates.other = range.rest;
  return dates;
}

/** A skill's level as people write it: 80 is a percentage, 4 of 5 a rating, "Expert" a word. */
export function levelOf(value: unknown): string | undefined {
  if (typeof value === 'number') {
    if (value > 5 && value <= 100) return `${value}%`;
    if (value > 0 && value <= 5) return `${value}/5`;
  }
  return textOf(value) || undefined;
}
