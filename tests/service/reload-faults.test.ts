import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { KnowledgeError } from '../../src/errors.ts';
import type { Profile } from '../../src/knowledge/schema.ts';
import { type AnswerService, createAnswerService } from '../../src/service/answer-service.ts';
import { createMetrics, type Metrics } from '../../src/service/metrics.ts';
import { fakeAssistant } from './fake-assistant.ts';
import { captureLogger } from './log-capture.ts';

const SHIPPED = readFileSync('knowledge/profile.yaml', 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'reload-faults-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const open: AnswerService[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

let n = 0;
function serving(options: Partial<Parameters<typeof createAnswerService>[0]> = {}) {
  const file = join(dir, `profile-${++n}.yaml`);
  writeFileSync(file, SHIPPED);
  const log = captureLogger();
  const s = createAnswerService({
    knowledgePath: file,
    logger: log.logger,
    metrics: createMetrics({ processMetrics: false }),
    watch: false,
    createAssistant: fakeAssistant,
    ...options,
  });
  open.push(s);
  return { s, file, log };
}

/** The last good version still answers, by name, after a reload that failed. */
async function expectStillServing(s: AnswerService, failure: Promise<unknown>) {
  const result = (await failure) as Awaited<ReturnType<AnswerService['reload']>>;
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.error).toBeInstanceOf(KnowledgeError);
  expect(s.profile().identity.name).toBe('Fahad Khan');
  const answer = s.ask('Does he know Kubernetes?', { surface: 'web', conversationId: 'x' });
  expect(answer.text).toContain('Fahad Khan');
}

describe('a reload that fails at any step', () => {
  it('read: the file was deleted, or replaced by a directory', async () => {
    const { s, file } = serving();
    unlinkSync(file);
    await expectStillServing(s, s.reload());
    mkdirSync(file);
    await expectStillServing(s, s.reload());
  });

  it('parse: an alias bomb, brackets nested 10,000 deep, broken syntax', async () => {
    const { s, file, log } = serving();
    const bomb = `${SHIPPED.replace('name: Fahad Khan', 'name: &x Fahad Khan').replace('faq: []', 'faq:')}${Array.from(
      { length: 100 },
      (_, i) => `  - { id: q${i}, questions: [*x], answer: *x }\n`,
    ).join('')}`;
    for (const text of [
      bomb,
      `${SHIPPED}extra: ${'['.repeat(10_000)}\n`,
      `${SHIPPED}\n  : : [\n`,
    ]) {
      writeFileSync(file, text);
      await expectStillServing(s, s.reload());
    }
    const errors = log.records().filter((r) => r.level === 50);
    expect(errors).toHaveLength(3);
    expect(String(errors[0]?.msg)).toMatch(/aliases expand too far/);
  });

  it('parse: the loader itself throws something unexpected', async () => {
    const { s } = serving({
      loadProfile: async () => {
        throw new TypeError('Cannot read properties of undefined');
      },
    });
    await expectStillServing(s, s.reload());
  });

  it('validate: the schema refuses the new file', async () => {
    const { s, file, log } = serving();
    writeFileSync(file, SHIPPED.replace(/title: .+/, "title: ''"));
    await expectStillServing(s, s.reload());
    expect(String(log.records().find((r) => r.level === 50)?.msg)).toMatch(/identity\.title/);
  });

  it('index build: building the assistant throws', async () => {
    let builds = 0;
    const { s } = serving({
      createAssistant: (profile: Profile) => {
        if (++builds > 1) throw new RangeError('Maximum call stack size exceeded');
        return fakeAssistant(profile);
      },
    });
    await expectStillServing(s, s.reload());
  });

  it('swap: the metric counted after the swap throws', async () => {
    const metrics = createMetrics({ processMetrics: false });
    const broken: Metrics = {
      ...metrics,
      knowledgeReload: () => {
        throw new Error('registry closed');
      },
    };
    const { s, file } = serving({ metrics: broken });
    writeFileSync(file, SHIPPED.replace('name: Fahad Khan', 'name: Fahad A. Khan'));
    const result = await s.reload();
    // The new version was swapped in whole, and the broken metric did not undo it.
    expect(result.ok).toBe(true);
    expect(s.profile().identity.name).toBe('Fahad A. Khan');
    writeFileSync(file, 'identity: [');
    const failed = await s.reload();
    expect(failed.ok).toBe(false);
    expect(s.profile().identity.name).toBe('Fahad A. Khan');
  });

  it('runs reloads one at a time and folds a burst of edits into one more', async () => {
    let loads = 0;
    const { s } = serving({
      loadProfile: async (file) => {
        loads++;
        await new Promise((r) => setTimeout(r, 30));
        const { loadKnowledge } = await import('../../src/knowledge/load.ts');
        return loadKnowledge(file);
      },
    });
    const results = await Promise.all([s.reload(), s.reload(), s.reload(), s.reload()]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(loads).toBe(2);
  });
});
