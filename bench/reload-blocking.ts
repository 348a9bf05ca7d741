// How long a knowledge reload holds up answers: the longest stall of the event loop while a
// knowledge file at the size limit reloads, with the file read, parsed and validated on the main
// thread and on a worker thread (as served), and how long the index build (still on the main
// thread) takes at the limit and at the former 1 MiB limit. `npm run bench:reload`.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { createAssistant } from '../src/answer/assistant.ts';
import { loadKnowledge, MAX_KNOWLEDGE_BYTES } from '../src/knowledge/load.ts';
import { ProfileSchema } from '../src/knowledge/schema.ts';
import { createLogger } from '../src/logger.ts';
import { createAnswerService } from '../src/service/answer-service.ts';

const ROUNDS = 5;

/** The shipped profile, padded with FAQ entries to just under `bytes`. */
function bigProfile(bytes: number): string {
  const words = 'kafka postgres latency sharding observability terraform caching queues'.split(' ');
  let text = readFileSync('knowledge/profile.yaml', 'utf8').replace('faq: []', 'faq:');
  for (let i = 1; text.length < bytes - 400; i++) {
    const w = (k: number) => words[(i * k) % words.length];
    text +=
      `  - id: faq-${i}\n    questions: ["What about ${w(1)} topic ${i}?"]\n` +
      `    answer: "He worked on ${w(7)} and ${w(3)} in project ${i}, with care for ${w(5)}."\n`;
  }
  return text;
}

/** The longest gap between ticks of a 1 ms timer while `work` runs. */
async function longestStall(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  }, 1);
  await work();
  // One more tick, so a stall at the very end is counted too.
  await new Promise((r) => setTimeout(r, 5));
  clearInterval(timer);
  return worst;
}

const dir = mkdtempSync(join(tmpdir(), 'reload-bench-'));
const file = join(dir, 'profile.yaml');
writeFileSync(file, bigProfile(MAX_KNOWLEDGE_BYTES));
const logger = createLogger({ level: 'silent' });
const onMainThread = createAnswerService({
  knowledgePath: file,
  logger,
  watch: false,
  loadProfile: async (path) => loadKnowledge(path),
});
const offThread = createAnswerService({ knowledgePath: file, logger, watch: false });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const runs = { before: [] as number[], after: [] as number[], afterTotal: [] as number[] };
for (let round = 0; round < ROUNDS; round++) {
  runs.before.push(
    await longestStall(async () => {
      const result = await onMainThread.reload();
      if (!result.ok) throw result.error;
    }),
  );
  const started = performance.now();
  runs.after.push(await longestStall(() => offThread.reload()));
  runs.afterTotal.push(performance.now() - started);
}
/** Median time of the index build for a knowledge text of about `bytes`. */
function buildTime(bytes: number): number {
  const big = join(dir, `build-${bytes}.yaml`);
  writeFileSync(big, bigProfile(bytes));
  // Parsed without the size check: the former limit is measured, not served.
  const profile = ProfileSchema.parse(parseYaml(readFileSync(big, 'utf8')));
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    createAssistant(profile);
    times.push(performance.now() - started);
  }
  return median(times);
}
const builds = { limit: buildTime(MAX_KNOWLEDGE_BYTES), formerLimit: buildTime(1024 * 1024) };
await Promise.all([onMainThread.close(), offThread.close()]);
rmSync(dir, { recursive: true, force: true });

const ms = (n: number) => `${Math.round(n)} ms`;
console.log(
  `knowledge file: ${(readFileSync('knowledge/profile.yaml').length / 1024).toFixed(0)} KiB shipped, padded to ${(MAX_KNOWLEDGE_BYTES / 1024).toFixed(0)} KiB; ${ROUNDS} reloads each`,
);
console.log(
  `longest stall of answers, read+parse+validate on the main thread (before): median ${ms(median(runs.before))}, max ${ms(Math.max(...runs.before))}`,
);
console.log(
  `longest stall of answers, read+parse+validate on a worker (now):          median ${ms(median(runs.after))}, max ${ms(Math.max(...runs.after))}`,
);
console.log(
  `of which the index build, still on the main thread:                        median ${ms(builds.limit)}`,
);
console.log(
  `the index build of a 1024 KiB file (the former limit), for comparison:      median ${ms(builds.formerLimit)}`,
);
console.log(
  `time for the new knowledge to be served with the worker:                   median ${ms(median(runs.afterTotal))}`,
);
