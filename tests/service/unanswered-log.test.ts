import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createMetrics } from '../../src/service/metrics.ts';
import { createUnansweredLog, rotatedPath } from '../../src/service/unanswered-log.ts';
import { captureLogger } from './log-capture.ts';

const dir = mkdtempSync(join(tmpdir(), 'unanswered-log-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const lines = (file: string) =>
  readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { question: string });

describe('the unanswered log under a flood', () => {
  it('rotates at its size cap, so the disk holds at most two files of it', async () => {
    const path = join(dir, 'capped.jsonl');
    const log = createUnansweredLog({ path, logger: captureLogger().logger, maxBytes: 4096 });
    for (let i = 0; i < 300; i++) {
      log.record({ surface: 'web', userId: `u${i}`, question: `question number ${i}` });
      if (i % 10 === 9) await log.flush();
    }
    await log.flush();
    expect(statSync(path).size).toBeLessThanOrEqual(4096);
    expect(statSync(rotatedPath(path)).size).toBeLessThanOrEqual(4096);
    // The newest questions are kept, in order, across the two files.
    const kept = [...lines(rotatedPath(path)), ...lines(path)].map((l) => l.question);
    expect(kept.at(-1)).toBe('question number 299');
    const numbers = kept.map((q) => Number(q.split(' ').at(-1)));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });

  it('drops and counts what arrives while the writer is behind, and warns once', async () => {
    const path = join(dir, 'behind.jsonl');
    const captured = captureLogger();
    const log = createUnansweredLog({ path, logger: captured.logger, maxQueued: 100 });
    // 10,000 questions within one tick: the writer has not had a turn yet.
    for (let i = 0; i < 10_000; i++) log.record({ surface: 'web', question: `flood ${i}` });
    await log.flush();
    // At most the queue's worth (plus the one batch already handed to the writer) was kept.
    const written = lines(path).length;
    expect(written).toBeGreaterThanOrEqual(100);
    expect(written).toBeLessThanOrEqual(101);
    expect(log.dropped() + written).toBe(10_000);
    // Operators see the loss on /metrics, not only in the log.
    const metrics = createMetrics({ processMetrics: false, unansweredDropped: log.dropped });
    expect(await metrics.render()).toContain(
      `portfolio_bot_unanswered_dropped_total ${log.dropped()}`,
    );
    const warnings = captured.records().filter((r) => r.level === 40);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ dropped: 1 });
    expect(String(warnings[0]?.msg)).toMatch(/behind/);
    // Once caught up, questions are recorded again.
    log.record({ surface: 'web', question: 'after the flood' });
    await log.flush();
    expect(lines(path).at(-1)?.question).toBe('after the flood');
  });

  it('writes a batch of questions in one append, not one write each', async () => {
    const path = join(dir, 'batched.jsonl');
    const log = createUnansweredLog({ path, logger: captureLogger().logger });
    for (let i = 0; i < 1000; i++) log.record({ surface: 'web', question: `q ${i}` });
    await log.flush();
    expect(lines(path)).toHaveLength(1000);
    expect(existsSync(rotatedPath(path))).toBe(false);
  });
});
