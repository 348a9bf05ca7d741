import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { type Command, EXIT, parseOptions } from '../commands/command.ts';
import { CONFIG_DEFAULTS } from '../config.ts';
import type { UnansweredEntry } from './unanswered-log.ts';

/** Tuning for grouping near-duplicate questions. */
export const REPORT_DEFAULTS = Object.freeze({
  /** Dice similarity of content words at or above which two questions are one. */
  threshold: 0.75,
  /** Words this long or longer may differ by one edit (typos, plurals) and still match. */
  fuzzyWordLength: 5,
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
  groups: QuestionGroup[];
}

/** Reads a JSON-lines unanswered log; a missing file is an empty log. */
export async function readUnansweredLog(
  file: string,
): Promise<{ entries: UnansweredEntry[]; skipped: number; missing: boolean }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return { entries: [], skipped: 0, missing: true };
    }
    throw error;
  }
  const entries: UnansweredEntry[] = [];
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const parsed = EntrySchema.safeParse(JSON.parse(line));
      if (parsed.success) entries.push(parsed.data);
      else skipped++;
    } catch {
      skipped++;
    }
  }
  return { entries, skipped, missing: false };
}

/** Lower case, punctuation and extra spaces removed: "Is he  available?" → "is he available". */
export function normalizeQuestion(question: string): string {
  return question
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim();
}

// Words that carry no topic: "is he available" and "does he have availability" differ only here.
const STOPWORDS = new Set(
  (
    'a an the is are was were be been being am do does did doing have has had having he she they ' +
    'him her them his hers their theirs i me my you your we our it its this that these those of ' +
    'to in on at for with about as by from or and but if so any some can could would should will ' +
    'shall may might must what which who whom whose when where why how there here up out into ' +
    'just also ever yet not no please tell know'
  ).split(' '),
);

function contentWords(normalized: string): string[] {
  const words = normalized.split(' ').filter((w) => w !== '');
  const content = words.filter((w) => !STOPWORDS.has(w));
  // A question made only of small words ("who is he") is compared on all its words.
  return [...new Set(content.length > 0 ? content : words)];
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

function wordsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const long = REPORT_DEFAULTS.fuzzyWordLength;
  return a.length >= long && b.length >= long && withinOneEdit(a, b);
}

/** Dice coefficient over content words, a word matching its near spelling. */
export function questionSimilarity(a: string, b: string): number {
  const wa = contentWords(normalizeQuestion(a));
  const wb = contentWords(normalizeQuestion(b));
  if (wa.length === 0 || wb.length === 0) return 0;
  const unused = [...wb];
  let shared = 0;
  for (const word of wa) {
    const k = unused.findIndex((other) => wordsMatch(word, other));
    if (k >= 0) {
      shared++;
      unused.splice(k, 1);
    }
  }
  return (2 * shared) / (wa.length + wb.length);
}

/** Groups near-duplicate questions, most asked first. */
export function groupUnanswered(entries: readonly UnansweredEntry[], log = ''): UnansweredReport {
  // Exact duplicates (after normalising) first, so grouping compares each wording once.
  const byWording = new Map<string, UnansweredEntry[]>();
  for (const entry of entries) {
    const key = normalizeQuestion(entry.question);
    if (key === '') continue;
    const list = byWording.get(key);
    if (list) list.push(entry);
    else byWording.set(key, [entry]);
  }
  const wordings = [...byWording.entries()].sort((a, b) => b[1].length - a[1].length);

  const clusters: { representative: string; members: UnansweredEntry[][] }[] = [];
  for (const [key, list] of wordings) {
    let best: (typeof clusters)[number] | undefined;
    let bestScore = 0;
    for (const cluster of clusters) {
      const score = questionSimilarity(key, cluster.representative);
      if (score > bestScore) {
        best = cluster;
        bestScore = score;
      }
    }
    if (best && bestScore >= REPORT_DEFAULTS.threshold) best.members.push(list);
    else clusters.push({ representative: key, members: [list] });
  }

  const groups = clusters.map(({ members }): QuestionGroup => {
    const all = members.flat();
    const times = all.map((e) => e.at).sort();
    return {
      example: mostCommonWording(members[0] ?? []),
      count: all.length,
      askers: new Set(all.map((e) => e.asker).filter((a) => a !== null)).size,
      wordings: members.map(mostCommonWording),
      surfaces: [...new Set(all.map((e) => e.surface))].sort(),
      first: times[0] ?? '',
      last: times[times.length - 1] ?? '',
    };
  });
  groups.sort((a, b) => b.count - a.count || b.last.localeCompare(a.last));

  const times = entries.map((e) => e.at).sort();
  return {
    log,
    total: entries.length,
    skipped: 0,
    from: times[0] ?? null,
    to: times[times.length - 1] ?? null,
    groups,
  };
}

/** The wording people used most for one normalised question, trimmed. */
function mostCommonWording(list: readonly UnansweredEntry[]): string {
  const counts = new Map<string, number>();
  for (const e of list) counts.set(e.question.trim(), (counts.get(e.question.trim()) ?? 0) + 1);
  let best = '';
  let bestCount = 0;
  for (const [wording, count] of counts) {
    if (count > bestCount) {
      best = wording;
      bestCount = count;
    }
  }
  return best;
}

const day = (iso: string) => iso.slice(0, 10);

/** The report as a person reads it in a terminal. */
export function formatReport(report: UnansweredReport): string {
  if (report.total === 0) return `No unanswered questions in ${report.log}.`;
  const range =
    report.from && report.to && day(report.from) !== day(report.to)
      ? `${day(report.from)} to ${day(report.to)}`
      : day(report.from ?? '');
  const lines = [
    `${report.total} unanswered question${report.total === 1 ? '' : 's'} in ${report.log}, ` +
      `${report.groups.length} distinct, ${range}`,
    '',
  ];
  const width = String(report.groups[0]?.count ?? 1).length;
  for (const group of report.groups) {
    const dates =
      day(group.first) === day(group.last)
        ? day(group.first)
        : `${day(group.first)} to ${day(group.last)}`;
    const askers = `${group.askers} asker${group.askers === 1 ? '' : 's'}`;
    lines.push(`${String(group.count).padStart(width)}× ${JSON.stringify(group.example)}`);
    lines.push(`${' '.repeat(width + 2)}${askers}, ${group.surfaces.join(', ')}, ${dates}`);
    for (const other of group.wordings.slice(1, 4)) {
      lines.push(`${' '.repeat(width + 2)}also: ${JSON.stringify(other)}`);
    }
    if (group.wordings.length > 4) {
      lines.push(`${' '.repeat(width + 2)}and ${group.wordings.length - 4} more wordings`);
    }
  }
  if (report.skipped > 0) {
    lines.push(
      '',
      `${report.skipped} line${report.skipped === 1 ? '' : 's'} skipped: not valid entries`,
    );
  }
  return lines.join('\n');
}

/** `portfolio-bot report [--log FILE] [--json]`: what people asked that the profile does not answer. */
export const reportCommand: Command = async (args, io) => {
  const { values, positionals } = parseOptions(args, {
    log: { type: 'string' },
    json: { type: 'boolean' },
  });
  const file =
    (values.log as string | undefined) ??
    positionals[0] ??
    (io.env.UNANSWERED_LOG?.trim() || CONFIG_DEFAULTS.unansweredLog);
  let read: Awaited<ReturnType<typeof readUnansweredLog>>;
  try {
    read = await readUnansweredLog(file);
  } catch (error) {
    io.stderr(`cannot read ${file}: ${(error as Error).message}`);
    return EXIT.invalid;
  }
  const report = { ...groupUnanswered(read.entries, file), skipped: read.skipped };
  if (values.json) io.stdout(JSON.stringify(report, null, 2));
  else if (read.missing) io.stdout(`No unanswered questions yet: ${file} does not exist.`);
  else io.stdout(formatReport(report));
  return EXIT.ok;
};
