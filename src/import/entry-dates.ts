import { cleanSegment } from './entry-text.ts';
import { MONTH_WORDS, OPEN_END_WORDS, RANGE_WORDS, SINCE_WORDS } from './european-words.ts';

/**
 * Reading the dates inside entries: "Jan 2020 – Present", "2019–2021", "since 2018", a lone
 * year. Each returns only what the text says, and the text with the dates taken out.
 */

const MONTHS: Record<string, string> = {
  jan: '01',
  feb: '02',
  mar: '03',
  apr: '04',
  may: '05',
  jun: '06',
  jul: '07',
  aug: '08',
  sep: '09',
  oct: '10',
  nov: '11',
  dec: '12',
};
const byLength = (words: Iterable<string>) =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/['’]/g, "['’]"));
const MONTH = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|${byLength(Object.keys(MONTH_WORDS)).join('|')})\\.?`;
const POINT = `(?:${MONTH}\\s+\\d{4}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{4}|\\d{1,2}[/.]\\d{4}|\\d{4}[-/]\\d{2}|\\d{4}\\.(?:1[0-2]|0?[1-9])(?!\\d)|(?:(?:early|mid|late)[-\\s]?)?\\d{4})`;
const OPEN_END = `(?:present|current|now|today|ongoing|${byLength(OPEN_END_WORDS).join('|')})`;
const RANGE = new RegExp(
  `\\b(${POINT})\\s*(?:[–—-]+>?|→|⟶|~|\\bto\\b|\\buntill?\\b|\\btill?\\b|\\bthrough\\b|\\b(?:${RANGE_WORDS.join('|')})(?!\\p{L}))\\s*(${POINT}|${OPEN_END})(?![\\p{L}\\p{N}])`,
  'iu',
);
// "Winnipeg, MB (remote from 2020)": since when the place was worked from afar, not the job's
// dates.
const SINCE = new RegExp(
  `(?<!\\p{L})(?<!\\(\\s*(?:fully\\s+)?(?:remote|hybrid|on-?site)\\s+)(?:since|from|${SINCE_WORDS.join('|')})\\s+(${POINT})(?![\\p{L}\\p{N}])`,
  'iu',
);
// "Feb – Jul 2015": two months of one year, the year written once.
const MONTHS_OF_YEAR = new RegExp(
  `(?<![\\p{L}\\p{N}])(${MONTH})\\s*(?:[–—-]|\\bto\\b)\\s*(${MONTH})\\s+(\\d{4})(?![\\p{L}\\p{N}])`,
  'iu',
);
const YEAR = /\b(19[5-9]\d|20\d\d)\b/;
const MONTH_YEAR = new RegExp(`(?<![\\p{L}])${MONTH}\\s+(19[5-9]\\d|20\\d\\d)\\b`, 'iu');
const ACADEMIC_YEAR = /(?<![\d/.-])((?:19|20)\d\d)\/(\d\d)(?![\d/.-])/;

export interface DateRange {
  start?: string;
  end?: string;
  /** The text with the dates (and brackets left empty) removed. */
  rest: string;
}

/** `Jan 2020 – Present` → start `2020-01`, end `present`; `2019–2021` → `2019`, `2021`. */
export function takeDates(text: string): DateRange | undefined {
  // "2013/14": an academic year, two calendar years ("2021/09" is a month, read below).
  const academic = ACADEMIC_YEAR.exec(text);
  if (academic?.[1] && academic[2] && (Number(academic[1]) + 1) % 100 === Number(academic[2])) {
    return {
      start: academic[1],
      end: `${academic[1].slice(0, 2)}${academic[2]}`,
      rest: withoutDuration(removeSpan(text, academic.index, academic[0].length)),
    };
  }
  const range = RANGE.exec(text);
  if (range?.[1] && range[2]) {
    return {
      start: normalisePoint(range[1]),
      end: new RegExp(`^${OPEN_END}$`, 'i').test(range[2]) ? 'present' : normalisePoint(range[2]),
      rest: withoutDuration(removeSpan(text, range.index, range[0].length)),
    };
  }
  const months = MONTHS_OF_YEAR.exec(text);
  if (months?.[1] && months[2] && months[3]) {
    return {
      start: normalisePoint(`${months[1]} ${months[3]}`),
      end: normalisePoint(`${months[2]} ${months[3]}`),
      rest: withoutDuration(removeSpan(text, months.index, months[0].length)),
    };
  }
  const since = SINCE.exec(text);
  if (since?.[1]) {
    return {
      start: normalisePoint(since[1]),
      end: 'present',
      rest: withoutDuration(removeSpan(text, since.index, since[0].length)),
    };
  }
  return undefined;
}

// "(3 years 9 months)", "· 2 yrs 1 mo": the length of a stint, which its dates already say.
const DURATION =
  /^\(?\s*(?:\d+\s*(?:years?|yrs?)(?:\s*,?\s*\d+\s*(?:months?|mos?))?|\d+\s*(?:months?|mos?)|less than a year)\s*\)?/i;

/** "— Jun 2019 – Sep 2019 (3 months)": a bracketed length after the dates, wherever it stands. */
const BRACKETED_DURATION =
  /\(\s*(?:\d+\s*(?:years?|yrs?)(?:\s*,?\s*\d+\s*(?:months?|mos?))?|\d+\s*(?:months?|mos?)|less than a year)\s*\)/gi;

function withoutDuration(rest: string): string {
  return cleanSegment(rest.replace(DURATION, ' ').replace(BRACKETED_DURATION, ' '));
}

/** A lone year, as certifications and degrees give them. */
export function takeYear(text: string): { year: string; rest: string } | undefined {
  // "… — May 2015": the month goes with its year, not into the rest ("May" is no school).
  const match = MONTH_YEAR.exec(text) ?? YEAR.exec(text);
  if (!match?.[1]) return undefined;
  return { year: match[1], rest: removeSpan(text, match.index, match[0].length) };
}

/** One date as `YYYY-MM` or `YYYY`: "Mar 2019" and "03/2019" are both `2019-03`. */
export function normalisePoint(point: string): string {
  // "mid-2018", "early 2019": the year is what a date says of it.
  const text = point
    .trim()
    .toLowerCase()
    .replace(/^(?:early|mid|late)[-\s]?(?=\d{4}$)/, '');
  const named = /^(\p{L}+)\.?\s+(\d{4})$/u.exec(text);
  if (named?.[1] && named[2])
    return `${named[2]}-${MONTH_WORDS[named[1]] ?? MONTHS[named[1].slice(0, 3)] ?? '01'}`;
  // "01/03/2022": the day first, as Europe writes it, unless the middle number cannot be a month.
  const dated = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  if (dated?.[1] && dated[2] && dated[3]) {
    const month = Number(dated[2]) > 12 ? dated[1] : dated[2];
    return `${dated[3]}-${month.padStart(2, '0')}`;
  }
  const slashed = /^(\d{1,2})[/.](\d{4})$/.exec(text);
  if (slashed?.[1] && slashed[2]) return `${slashed[2]}-${slashed[1].padStart(2, '0')}`;
  // "2021/09", and "2021.09" as Chinese résumés write it.
  const yearFirst = /^(\d{4})[/.](\d{1,2})$/.exec(text);
  if (yearFirst?.[1] && yearFirst[2]) return `${yearFirst[1]}-${yearFirst[2].padStart(2, '0')}`;
  return text;
}

function removeSpan(text: string, index: number, length: number): string {
  return cleanSegment(`${text.slice(0, index)} ${text.slice(index + length)}`);
}
