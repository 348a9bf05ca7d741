import { type Link, UrlSchema } from '../knowledge/schema.ts';
import { takeDates } from './entry-dates.ts';
import { hostLabel, tidy } from './line-text.ts';

/**
 * RenderCV fields are written in inline markdown: `**bold**`, `*italic*`, `[text](url)`.
 * The knowledge keeps the words; links are kept apart where a field can hold them.
 */
const LINK = /\[([^\]]*)\]\(([^()\s]+)\)/g;

export function plainText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return tidy(
    String(value)
      .replace(LINK, (_, text: string, url: string) => text || url)
      .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
      .replace(/(?<![\w*])\*(?=\S)([^*]*?\S)\*(?![\w*])/g, '$1')
      .replace(/(?<!\w)_(?=\S)([^_]*?\S)_(?!\w)/g, '$1')
      .replace(/\\([*_[\]#$%&])/g, '$1'),
  );
}

/** The http(s) links a field's markdown holds, labelled with their text. */
export function linksOf(value: unknown): Link[] {
  if (typeof value !== 'string') return [];
  return [...value.matchAll(LINK)].flatMap((match) => {
    const url = match[2] ?? '';
    return isUrl(url) ? [{ label: plainText(match[1]) || hostLabel(url), url }] : [];
  });
}

export function isUrl(text: string): boolean {
  return UrlSchema.safeParse(text).success;
}

export function optional<K extends string>(key: K, value: unknown): Partial<Record<K, string>> {
  const text = plainText(value);
  return text ? ({ [key]: text } as Record<K, string>) : {};
}

export function textList(values: readonly unknown[] | null | undefined): string[] {
  return (values ?? []).map(plainText).filter(Boolean);
}

export interface EntryDates {
  start?: string;
  end?: string;
  /** A `date` that is no range ("Fall 2019", "2020"): kept as written. */
  date?: string;
}

/**
 * `start_date`/`end_date` (`present` for now), or one free `date`: "Jan 2015 – Aug. 2017" is
 * a range, "2020" a point. As in RenderCV, a `date` wins over the other two.
 */
export function datesOf(entry: {
  date?: string | null;
  start_date?: string | null;
  end_date?: string | null;
}): EntryDates {
  const date = plainText(entry.date);
  if (date) {
    const range = takeDates(date);
    if (range && !range.rest) return withValues({ start: range.start, end: range.end });
    return { date };
  }
  const start = plainText(entry.start_date);
  const end = plainText(entry.end_date);
  if (!start && end) return { date: end };
  return withValues({ start, end: start && !end ? 'present' : end });
}

function withValues(dates: EntryDates): EntryDates {
  return Object.fromEntries(Object.entries(dates).filter(([, v]) => v)) as EntryDates;
}

/** "2021-03 – present", "2020", or nothing: the dates as one phrase. */
export function dateSpan(dates: EntryDates): string {
  if (dates.date) return dates.date;
  if (!dates.start && !dates.end) return '';
  return `${dates.start ?? '?'} – ${dates.end ?? 'present'}`;
}

/** The owner's own keys on an entry (`supervisor`, `grade`, …) as "Key: value" lines; links apart. */
export function extraLines(extra: readonly [string, unknown][]): string[] {
  return extra.flatMap(([key, value]) => {
    if (typeof value === 'string' && isUrl(value.trim())) return [];
    const text = Array.isArray(value) ? textList(value).join(', ') : plainText(value);
    return text && (typeof value !== 'object' || Array.isArray(value))
      ? [`${labelOf(key)}: ${text}`]
      : [];
  });
}

/** The links among the owner's own keys (`url: https://…`, `repo: https://…`). */
export function extraLinks(extra: readonly [string, unknown][]): Link[] {
  return extra.flatMap(([key, value]) =>
    typeof value === 'string' && isUrl(value.trim())
      ? [{ label: labelOf(key), url: value.trim() }]
      : linksOf(value),
  );
}

/** `education_and_training` → "Education and training"; a title with capitals stays. */
export function labelOf(key: string): string {
  if (/[\sA-Z]/.test(key)) return key.trim();
  const words = key.replace(/_/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
