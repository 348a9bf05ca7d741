import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reportCommand } from '../../src/commands/report.ts';
import { reportFromTally } from '../../src/service/report.ts';
import { createTally } from '../../src/service/unanswered-tally.ts';
import { fakeIo } from '../support/cli-io.ts';

const dir = mkdtempSync(join(tmpdir(), 'report-flood-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const at = (i: number) => new Date(Date.UTC(2025, 2, 1) + i * 1000).toISOString();
const line = (i: number, question: string, asker: string | null = `a${i}`) =>
  `${JSON.stringify({ at: at(i), surface: 'web', asker, question })}\n`;

async function report(args: string[]) {
  const io = fakeIo();
  const code = await reportCommand(args, io);
  return { code, out: io.out.join('\n'), err: io.err.join('\n') };
}

describe('report on a flood of different questions', () => {
  it('keeps questions that differ only in a number apart', async () => {
    const file = join(dir, 'numbers.jsonl');
    let text = '';
    for (let i = 0; i < 5_000; i++) {
      text += line(i, `What is the meaning of life ${100_000 + i}, in particular?`);
    }
    text +=
      line(5_000, 'Is he available for freelance?') + line(5_001, 'is he available for freelance');
    writeFileSync(file, text);
    const { code, out } = await report(['--log', file, '--top', '3']);
    expect(code).toBe(0);
    expect(out).toContain('5002 unanswered questions');
    expect(out).toContain('5001 distinct');
    expect(out).toMatch(/^2× "[Ii]s he available for freelance/m);
    expect(out).toContain('and 4998 more distinct questions');
  });

  it('reads any number of wordings in bounded memory, keeping the most asked', () => {
    const tally = createTally({ maxWordings: 1_000 });
    for (let i = 0; i < 50_000; i++) {
      tally.add({ at: at(i), surface: 'web', asker: null, question: `random ${i} zq` });
      if (i % 100 === 0) {
        tally.add({
          at: at(i),
          surface: 'slack',
          asker: `p${i}`,
          question: 'Does he do consulting?',
        });
      }
    }
    expect(tally.wordings().length).toBeLessThanOrEqual(1_000);
    const result = reportFromTally(tally, 'log', 5);
    expect(result.total).toBe(50_500);
    expect(result.groups[0]).toMatchObject({ example: 'Does he do consulting?', count: 500 });
    expect(result.leftOut.questions).toBeGreaterThan(45_000);
    expect(result.leftOut.maxCount).toBe(1);
  });

  it('strips bidi overrides and control characters from what it prints', async () => {
    const file = join(dir, 'bidi.jsonl');
    const evil = 'Is he \u202Egnp.exe\u202C available\u200B?\u001b[2J\u0085';
    writeFileSync(file, line(1, evil) + line(2, evil));
    const { out } = await report(['--log', file]);
    expect(out).toContain('Is he gnp.exe available?[2J');
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e]/);
    const json = await report(['--log', file, '--json']);
    expect(json.out).not.toMatch(/[\u007f-\u009f\u200b-\u200f\u202a-\u202e]/);
    const parsed = JSON.parse(json.out);
    // Nothing is lost in JSON: the characters are escaped, not removed.
    expect(parsed.groups[0].example).toBe(evil.trim());
  });

  it('reads the rotated file before the current one', async () => {
    const file = join(dir, 'rotated.jsonl');
    writeFileSync(`${file}.1`, line(1, 'Does he mentor juniors?'));
    writeFileSync(file, line(2, 'Does he mentor juniors?') + line(3, 'Favourite editor?'));
    const { out } = await report(['--log', file]);
    expect(out).toContain('3 unanswered questions');
    expect(out).toMatch(/^2× "Does he mentor juniors\?"/m);
    expect(out).toContain('2025-03-01');
  });

  it('skips a line too long to be an entry without reading it whole', async () => {
    const file = join(dir, 'long-line.jsonl');
    writeFileSync(file, `${'x'.repeat(1024 * 1024)}\n${line(1, 'Rust?')}`);
    const { out } = await report(['--log', file]);
    expect(out).toContain('1 unanswered question in');
    expect(out).toContain('1 line skipped');
  });
});
