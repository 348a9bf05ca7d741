import { createReadStream } from 'node:fs';
import { z } from 'zod';
import { boundedLines } from '../bounded-lines.ts';
import { groupWordings } from './question-groups.ts';
import { rotatedPath, type UnansweredEntry } from './unanswered-log.ts';
import {
  createTally,
  type LeftOut,
  TALLY_DEFAULTS,
  type Tally,
  type WordingTally,
} from './unanswered-tally.ts';

export { questionSimilarity } from './question-groups.ts';
export { normalizeQuestion } from './unanswered-tally.ts';

/** How much of the report is printed, and the longest log line read. */
export const REPORT_DEFAULTS = Object.freeze({
  /** Groups printed; `--top 0` prints every group kept. */
  top: 50,
  /** Log lines are a few hundred bytes; a longer one is not an entry and is skipped unread. */
  maxLineBytes: 16 * 1024,
});

const EntrySchema = z.object({
  at: z.iso.datetime({ offset: true }),
  surface: z.string(),
  asker: z.string().nullable().default(null),
  question: z.string().min(1),
});

export interface QuestionGroup {
  /** The wording asked most often in the group. */
  example: string;
  count: number;
  askers: number;
  /** True when there were more askers than were counted. */
  askersCapped: boolean;
  /** Every distinct wording, most asked first. */
  wordings: string[];
  surfaces: string[];
  first: string;
  last: string;
}

export interface UnansweredReport {
  log: string;
  total: number;
  /** Lines that were not valid entries and were left out. */
  skipped: number;
  from: string | null;
  to: string | null;
  /** Groups found; `groups` may list only the first of them. */
  distinct: number;
  groups: QuestionGroup[];
  /** Rarely asked questions set aside to keep memory bounded. */
  leftOut: LeftOut;
}

/**
 * Reads the rotated log, then the current one, a line at a time into `tally`; a missing file
 * is an empty log. Memory stays bounded whatever the files' size.
 */
export async function tallyUnansweredLog(
  file: string,
  tally: Tally = createTally(),
): Promise<{ tally: Tally; skipped: number; missing: boolean }> {
  let skipped = 0;
  let found = 0;
  for (const path of [rotatedPath(file), file]) {
    const stream = createReadStream(path);
    try {
      for await (const line of boundedLines(stream, REPORT_DEFAULTS.maxLineBytes)) {
        if ('text' in line && line.text.trim() === '') continue;
        const entry = 'text' in line ? parseEntry(line.text) : undefined;
        if (entry) tally.add(entry);
        else skipped++;
      }
      found++;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    } finally {
      stream.destroy();
    }
  }
  return { tally, skipped, missing: found === 0 };
}

function parseEntry(text: string): UnansweredEntry | undefined {
  try {
    const parsed = EntrySchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Groups a tally's wordings into the report, most asked first. */
export function reportFromTally(tally: Tally, log = '', top = 0): UnansweredReport {
  const groups = groupWordings(tally.wordings()).map(toGroup);
  groups.sort((a, b) => b.count - a.count || b.last.localeCompare(a.last));
  return {
    log,
    total: tally.total,
    skipped: 0,
    from: tally.from,
    to: tally.to,
    distinct: groups.length,
    groups: top > 0 ? groups.slice(0, top) : groups,
    leftOut: tally.leftOut(),
  };
}

/** Groups near-duplicate questions, most asked first. */
export function groupUnanswered(entries: readonly UnansweredEntry[], log = ''): UnansweredReport {
  const tally = createTally();
  for (const entry of entries) tally.add(entry);
  return reportFromTally(tally, log);
}

function toGroup(members: WordingTally[]): QuestionGroup {
  const askers = new Set(members.flatMap((m) => [...m.askers]));
  const firsts = members.map((m) => m.first).sort();
  const lasts = members.map((m) => m.last).sort();
  return {
    example: mostCommonSpelling(members[0]),
    count: members.reduce((n, m) => n + m.count, 0),
    askers: askers.size,
    askersCapped: members.some((m) => m.askers.size >= TALLY_DEFAULTS.maxAskers),
    wordings: members.map(mostCommonSpelling),
    surfaces: [...new Set(members.flatMap((m) => [...m.surfaces]))].sort(),
    first: firsts[0] ?? '',
    last: lasts[lasts.length - 1] ?? '',
  };
}

/** The spelling people used most for one normalised wording. */
function mostCommonSpelling(wording: WordingTally | undefined): string {
  let best = '';
  let bestCount = 0;
  for (const [spelling, count] of wording?.spellings ?? []) {
    if (count > bestCount) {
      best = spelling;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Text safe to print in a terminal: control, format (bidi overrides, zero-width) and line
 * separator characters removed, so a question cannot rewrite or reorder what is shown.
 */
export function printable(text: string): string {
  return text.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '');
}

/** JSON with every character a terminal could act on escaped, so no data is lost. */
export function terminalSafeJson(value: unknown): string {
  // JSON.stringify already escapes C0 controls inside strings; the raw ones left are layout.
  return JSON.stringify(value, null, 2).replace(
    /[\u007f-\u009f\p{Cf}\p{Zl}\p{Zp}]/gu,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

const day = (iso: string) => iso.slice(0, 10);

/** The report as a person reads it in a terminal. */
export function formatReport(report: UnansweredReport): string {
  if (report.total === 0) return `No unanswered questions in ${printable(report.log)}.`;
  const range =
    report.from && report.to && day(report.from) !== day(report.to)
      ? `${day(report.from)} to ${day(report.to)}`
      : day(report.from ?? '');
  const lines = [
    `${report.total} unanswered question${report.total === 1 ? '' : 's'} in ${printable(report.log)}, ` +
      `${report.leftOut.questions > 0 ? 'at least ' : ''}${report.distinct} distinct, ${range}`,
    '',
  ];
  const width = String(report.groups[0]?.count ?? 1).length;
  for (const group of report.groups) {
    const dates =
      day(group.first) === day(group.last)
        ? day(group.first)
        : `${day(group.first)} to ${day(group.last)}`;
    const askers = `${group.askers}${group.askersCapped ? '+' : ''} asker${group.askers === 1 ? '' : 's'}`;
    const surfaces = group.surfaces.map(printable).join(', ');
    lines.push(
      `${String(group.count).padStart(width)}× ${JSON.stringify(printable(group.example))}`,
    );
    lines.push(`${' '.repeat(width + 2)}${askers}, ${surfaces}, ${dates}`);
    for (const other of group.wordings.slice(1, 4)) {
      lines.push(`${' '.repeat(width + 2)}also: ${JSON.stringify(printable(other))}`);
    }
    if (group.wordings.length > 4) {
      lines.push(`${' '.repeat(width + 2)}and ${group.wordings.length - 4} more wordings`);
    }
  }
  const unlisted = report.distinct - report.groups.length;
  if (unlisted > 0) {
    lines.push('', `and ${unlisted} more distinct questions (--top 0 lists them all)`);
  }
  const { leftOut } = report;
  if (leftOut.questions > 0) {
    lines.push(
      '',
      `${leftOut.questions} more questions in ${leftOut.wordings} wordings, none asked over ` +
        `${leftOut.maxCount} time${leftOut.maxCount === 1 ? '' : 's'}, were not kept: the report reads any log in bounded memory`,
    );
  }
  if (report.skipped > 0) {
    lines.push(
      '',
      `${report.skipped} line${report.skipped === 1 ? '' : 's'} skipped: not valid entries`,
    );
  }
  return lines.join('\n');
}
