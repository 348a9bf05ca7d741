import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/commands/command.ts';
import { reportCommand } from '../../src/commands/report.ts';
import { groupUnanswered, questionSimilarity } from '../../src/service/report.ts';
import type { UnansweredEntry } from '../../src/service/unanswered-log.ts';

const dir = mkdtempSync(join(tmpdir(), 'report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const entry = (
  at: string,
  asker: string | null,
  question: string,
  surface = 'web',
): UnansweredEntry => ({
  at,
  surface,
  asker,
  question,
});

const ENTRIES: UnansweredEntry[] = [
  entry('2025-03-01T10:00:00.000Z', 'a1', 'is he available for freelance?'),
  entry('2025-03-02T10:00:00.000Z', 'a2', 'Is he available for freelance work', 'discord'),
  entry('2025-03-05T09:00:00.000Z', 'a2', 'Is he  AVAILABLE for freelance?!'),
  entry('2025-03-06T09:00:00.000Z', 'a3', 'Is he availble for freelance work?', 'slack'),
  entry('2025-03-03T08:00:00.000Z', 'a1', 'What is his salary expectation?'),
  entry('2025-03-04T08:00:00.000Z', 'a4', "What's his salary expectation"),
  entry('2025-03-04T12:00:00.000Z', 'a4', 'Does he know Rust?'),
  entry('2025-03-07T12:00:00.000Z', null, 'Does he know Haskell?'),
];

function capture(env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    stdin: process.stdin,
    isTTY: false,
    env,
  };
  return { io, out: () => out.join('\n'), err: () => err.join('\n') };
}

describe('unanswered report', () => {
  it('merges near-duplicate wordings and keeps different topics apart', () => {
    expect(
      questionSimilarity('is he available for freelance?', 'Is he available for freelance work'),
    ).toBeGreaterThanOrEqual(0.75);
    expect(questionSimilarity('Does he know Rust?', 'Does he know Haskell?')).toBe(0);
  });

  it('groups the log, most asked first, with counts, askers, an example and dates', () => {
    const report = groupUnanswered(ENTRIES, 'log.jsonl');
    expect(report.total).toBe(8);
    expect(report.from).toBe('2025-03-01T10:00:00.000Z');
    expect(report.to).toBe('2025-03-07T12:00:00.000Z');
    expect(report.groups.map((g) => g.count)).toEqual([4, 2, 1, 1]);

    const [freelance, salary] = report.groups;
    expect(freelance).toMatchObject({
      count: 4,
      askers: 3,
      first: '2025-03-01T10:00:00.000Z',
      last: '2025-03-06T09:00:00.000Z',
      surfaces: ['discord', 'slack', 'web'],
    });
    expect(freelance?.example).toMatch(/available for freelance/i);
    expect(salary).toMatchObject({ count: 2, askers: 2 });
    expect(
      report.groups
        .slice(2)
        .map((g) => g.example)
        .sort(),
    ).toEqual(['Does he know Haskell?', 'Does he know Rust?']);
  });

  it('prints the report from a log file, skipping broken lines', async () => {
    const file = join(dir, 'unanswered.jsonl');
    writeFileSync(
      file,
      `${ENTRIES.map((e) => JSON.stringify(e)).join('\n')}\nnot json\n{"at":"yesterday"}\n`,
    );
    const { io, out } = capture();
    expect(await reportCommand(['--log', file], io)).toBe(0);
    const text = out();
    expect(text).toContain(
      `8 unanswered questions in ${file}, 4 distinct, 2025-03-01 to 2025-03-07`,
    );
    expect(text).toMatch(/4× "(is|Is) he .*freelance/);
    expect(text).toContain('3 askers, discord, slack, web, 2025-03-01 to 2025-03-06');
    expect(text).toContain('2 lines skipped');
    // Most asked first.
    expect(text.indexOf('freelance')).toBeLessThan(text.indexOf('salary'));
  });

  it('prints JSON with --json and reads UNANSWERED_LOG when no --log is given', async () => {
    const file = join(dir, 'from-env.jsonl');
    writeFileSync(
      file,
      `${ENTRIES.slice(4, 6)
        .map((e) => JSON.stringify(e))
        .join('\n')}\n`,
    );
    const { io, out } = capture({ UNANSWERED_LOG: file });
    expect(await reportCommand(['--json'], io)).toBe(0);
    const report = JSON.parse(out());
    expect(report).toMatchObject({ log: file, total: 2, skipped: 0 });
    expect(report.groups).toHaveLength(1);
    expect(report.groups[0]).toMatchObject({ count: 2, askers: 2 });
  });

  it('says so when nothing has been logged yet', async () => {
    const { io, out } = capture();
    expect(await reportCommand(['--log', join(dir, 'none.jsonl')], io)).toBe(0);
    expect(out()).toContain('No unanswered questions yet');
  });
});
