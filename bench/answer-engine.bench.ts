/**
 * `npm run bench`: the answer engine against two baselines measured in the same run, on the
 * shipped profile and on a synthetic knowledge of 5,000 entries. Each contender runs in its own
 * child process so that its peak memory is its own. The first timed pass follows a warm-up of
 * 200 questions only; on the shipped profile a second pass, the questions worded afresh, gives
 * each contender's time once the process has warmed (the "warm p50").
 *
 *   fuse-lines   fuse.js over the profile's lines, answering with the best line (the usual bot)
 *   minisearch   MiniSearch (BM25, fuzzy, prefix) over the same lines
 *   engine            this project's createAssistant
 *   engine-uncached   the same with its caches of understood questions and finished answers
 *                     off, so that every question is read and answered afresh (the figure that
 *                     compares fairly with the others)
 */
import { execFileSync, fork, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { createAssistant } from '../src/answer/assistant.ts';
import { parseEvalSet } from '../src/answer/evaluate.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { type Profile, ProfileSchema } from '../src/knowledge/schema.ts';

const QUESTIONS = 10_000;
const TIME_BUDGET_MS = 20_000;
const CONTENDERS = ['fuse-lines', 'minisearch', 'engine', 'engine-uncached'] as const;
type Contender = (typeof CONTENDERS)[number];
type Knowledge = 'shipped' | 'synthetic-5000';

interface Result {
  contender: Contender;
  knowledge: Knowledge;
  buildMs: number;
  answered: number;
  p50Us: number;
  p99Us: number;
  /**
   * p50 of a second pass over the questions worded afresh, the process warmed by the first:
   * the time a long-running bot spends per question. Shipped knowledge only.
   */
  warmP50Us: number | null;
  perSecond: number;
  peakRssMiB: number;
}

function profileLines(profile: Profile): string[] {
  return [
    profile.identity.title,
    profile.identity.location ?? '',
    ...profile.summary,
    ...profile.expertise,
    ...profile.impact,
    ...profile.industries,
    ...profile.skills.map((c) => `${c.name}: ${c.skills.map((s) => s.name).join(', ')}`),
    ...profile.projects.map((p) => `${p.name}: ${p.summary}`),
    ...profile.principles,
    ...profile.exploring,
    ...Object.values(profile.contact).flat().map(String),
  ].filter((l) => l.trim() !== '');
}

/** A knowledge of `entries` skills, projects and impact lines, named like real ones. */
function syntheticProfile(entries: number): Profile {
  const words = [
    'stream',
    'ledger',
    'cache',
    'queue',
    'graph',
    'vector',
    'billing',
    'search',
    'audit',
    'sync',
  ];
  const perCategory = 50;
  const skills = Math.floor(entries * 0.6);
  const projects = Math.floor(entries * 0.2);
  const impact = entries - skills - projects;
  return ProfileSchema.parse({
    identity: {
      name: 'Sam Synthetic',
      title: 'Principal Engineer',
      location: 'Nowhere',
      yearsOfExperience: 12,
    },
    skills: Array.from({ length: Math.ceil(skills / perCategory) }, (_, c) => ({
      id: `category-${c}`,
      name: `Category ${c}`,
      skills: Array.from({ length: Math.min(perCategory, skills - c * perCategory) }, (_, s) => ({
        name: `${words[(c + s) % words.length]}kit${c * perCategory + s}`,
      })),
    })),
    projects: Array.from({ length: projects }, (_, i) => ({
      id: `project-${i}`,
      name: `Project ${words[i % words.length]} ${i}`,
      summary: `A ${words[(i + 3) % words.length]} service with ${words[(i + 5) % words.length]} workflows and retries.`,
    })),
    impact: Array.from(
      { length: impact },
      (_, i) => `Improved ${words[i % words.length]} latency by ${i % 90}% across ${i} services.`,
    ),
    contact: { email: 'sam@example.com' },
  });
}

function questionsFor(knowledge: Knowledge, profile: Profile, wording = 0): string[] {
  const base =
    knowledge === 'shipped'
      ? parseEvalSet(
          readFileSync(new URL('../tests/eval/shipped-profile.jsonl', import.meta.url), 'utf8'),
        ).flatMap((c) => c.turns ?? [c.q ?? ''])
      : [
          ...profile.skills
            .slice(0, 20)
            .flatMap((c) => c.skills.slice(0, 5).map((s) => `Does Sam know ${s.name}?`)),
          ...profile.projects.slice(0, 50).map((p) => `tell me about ${p.name}`),
          'Does Sam know Kubernetes?',
          'where is Sam based',
          'years of experience',
          'billing latency improvements',
          'What is the capital of France?',
        ];
  // Vary the wording so memoisation of whole questions cannot flatter anyone: case, typos, noise.
  const typo = (q: string, i: number) =>
    q.length > 6 && i % 7 === 0 ? q.slice(0, 4) + q.slice(5) : q;
  // `wording` shifts which questions get capitals, typos and numbers, so a second pass asks
  // each question in other words than the first did.
  return Array.from({ length: QUESTIONS }, (_, i) => {
    const q = base[i % base.length] ?? '';
    const w = i + wording;
    return `${w % 3 === 0 ? q.toUpperCase() : typo(q, w)}${w % 5 === 0 ? ` ${w + wording * 7}` : ''}`;
  });
}

function measure(contender: Contender, knowledge: Knowledge): Result {
  const profile =
    knowledge === 'shipped'
      ? loadKnowledge(fileURLToPath(new URL('../knowledge/profile.yaml', import.meta.url)))
      : syntheticProfile(5000);
  const questions = questionsFor(knowledge, profile);
  const lines = profileLines(profile);

  const started = performance.now();
  let answer: (q: string, i: number) => unknown;
  if (contender === 'fuse-lines') {
    const fuse = new Fuse(lines, { includeScore: true, threshold: 0.4, ignoreLocation: true });
    answer = (q) => fuse.search(q, { limit: 1 })[0]?.item;
  } else if (contender === 'minisearch') {
    const mini = new MiniSearch<{ id: number; text: string }>({
      fields: ['text'],
      storeFields: ['text'],
      searchOptions: { fuzzy: 0.2, prefix: true },
    });
    mini.addAll(lines.map((text, id) => ({ id, text })));
    answer = (q) => mini.search(q)[0]?.text;
  } else {
    const assistant = createAssistant(
      profile,
      contender === 'engine-uncached' ? { understoodQuestions: 0, rememberedAnswers: 0 } : {},
    );
    answer = (q, i) => assistant.ask(q, `c${i % 200}`);
  }
  const buildMs = performance.now() - started;

  for (let i = 0; i < 200; i++) answer(questions[i] ?? '', i); // warm-up, not timed
  const cold = timedPass(questions, answer);
  // Peak memory over the build and the first pass, as before the warm pass was added.
  const peakRssMiB = process.resourceUsage().maxRSS / 1024;
  // The second pass: the same questions in other words, after the first pass warmed the process.
  const warm =
    knowledge === 'shipped' ? timedPass(questionsFor(knowledge, profile, 1), answer) : undefined;
  return {
    contender,
    knowledge,
    buildMs,
    p50Us: cold.at(0.5),
    p99Us: cold.at(0.99),
    warmP50Us: warm ? warm.at(0.5) : null,
    answered: cold.answered,
    perSecond: cold.answered / (cold.totalMs / 1000),
    peakRssMiB,
  };
}

/**
 * One timed pass over the questions. A slow baseline on the large knowledge would take many
 * minutes: each pass stops after TIME_BUDGET_MS and the table says how many it answered.
 */
function timedPass(questions: readonly string[], answer: (q: string, i: number) => unknown) {
  const measured = new Float64Array(questions.length);
  const all = performance.now();
  let answered = 0;
  for (; answered < questions.length; answered++) {
    if (answered % 100 === 0 && performance.now() - all > TIME_BUDGET_MS) break;
    const t = performance.now();
    answer(questions[answered] ?? '', answered);
    measured[answered] = performance.now() - t;
  }
  const totalMs = performance.now() - all;
  const times = measured.subarray(0, answered).sort();
  const at = (p: number) =>
    (times[Math.min(times.length - 1, Math.floor(times.length * p))] ?? 0) * 1000;
  return { at, answered, totalMs };
}

function runChild(contender: Contender, knowledge: Knowledge): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--child', contender, knowledge], {
      execArgv: ['--import', 'tsx'],
    });
    child.once('message', (m) => resolve(m as Result));
    child.once('error', reject);
    child.once(
      'exit',
      (code) => code !== 0 && reject(new Error(`${contender} exited with ${code}`)),
    );
  });
}

/** The peak resident memory of one process, in MiB, read by the preloaded peak-rss.cjs. */
function peakRssMiB(args: string[]): number {
  const preload = fileURLToPath(new URL('./peak-rss.cjs', import.meta.url));
  const out = spawnSync('node', ['-r', preload, ...args], { encoding: 'utf8' });
  const kib = /PEAK_RSS_KIB (\d+)/.exec(out.stderr ?? '')?.[1];
  return kib ? Number(kib) / 1024 : Number.NaN;
}

function wallTimes(command: string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    execFileSync(command[0] ?? 'node', command.slice(1), { stdio: 'ignore' });
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? 0;
}

async function main() {
  if (process.argv[2] === '--child') {
    const result = measure(process.argv[3] as Contender, process.argv[4] as Knowledge);
    process.send?.(result);
    return;
  }
  console.log(
    `Answer engine benchmark: ${QUESTIONS.toLocaleString('en')} questions per contender, each in its own process.\n`,
  );
  const header = [
    'knowledge',
    'contender',
    'answered',
    'build ms',
    'p50 µs',
    'p99 µs',
    'warm p50 µs',
    'questions/s',
    'peak RSS MiB',
  ];
  const rows: string[][] = [];
  const ratios: string[] = [];
  for (const knowledge of ['shipped', 'synthetic-5000'] as const) {
    const p50 = new Map<Contender, number>();
    const warm = new Map<Contender, number>();
    for (const contender of CONTENDERS) {
      const r = await runChild(contender, knowledge);
      p50.set(contender, r.p50Us);
      if (r.warmP50Us !== null) warm.set(contender, r.warmP50Us);
      rows.push([
        knowledge,
        contender,
        r.answered.toLocaleString('en'),
        r.buildMs.toFixed(1),
        r.p50Us.toFixed(1),
        r.p99Us.toFixed(1),
        r.warmP50Us === null ? '–' : r.warmP50Us.toFixed(1),
        Math.round(r.perSecond).toLocaleString('en'),
        r.peakRssMiB.toFixed(0),
      ]);
    }
    const mini = p50.get('minisearch') ?? Number.NaN;
    ratios.push(
      `${knowledge}: engine p50 ${((p50.get('engine') ?? Number.NaN) / mini).toFixed(2)}x minisearch's, engine-uncached ${((p50.get('engine-uncached') ?? Number.NaN) / mini).toFixed(2)}x`,
    );
    const warmMini = warm.get('minisearch') ?? Number.NaN;
    if (!Number.isNaN(warmMini))
      ratios.push(
        `${knowledge}, warm (second pass, questions worded afresh): engine-uncached p50 ${((warm.get('engine-uncached') ?? Number.NaN) / warmMini).toFixed(2)}x minisearch's`,
      );
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  console.log(`\n${ratios.join('\n')}`);

  // The installed command runs the bundle `npm install` built; rebuild it so edits count.
  execFileSync('node', [fileURLToPath(new URL('../scripts/build.mjs', import.meta.url))]);
  const bin = fileURLToPath(new URL('../bin/portfolio-bot.js', import.meta.url));
  const nodeOnly = wallTimes(['node', '-e', ''], 7);
  const ask = wallTimes(['node', bin, 'ask', 'Does he know Kubernetes?'], 7);
  console.log(
    `\nOne \`portfolio-bot ask\` process, median of 7: ${ask.toFixed(0)} ms wall (bare \`node -e ''\`: ${nodeOnly.toFixed(0)} ms)`,
  );
  // The bot as installed, without the harness: the built command answering the reference set.
  // Every project question set, asked of the shipped profile in one process.
  const sets = fileURLToPath(new URL('../tests/eval/', import.meta.url));
  const all = readdirSync(sets).filter((f) => f.endsWith('.jsonl'));
  const questions = join(tmpdir(), `portfolio-bot-bench-${process.pid}.jsonl`);
  writeFileSync(questions, all.map((f) => readFileSync(join(sets, f), 'utf8')).join('\n'));
  const evalRss = peakRssMiB([bin, 'eval', questions]);
  rmSync(questions, { force: true });
  const bareRss = peakRssMiB(['-e', '']);
  console.log(
    `Peak RSS of the built bot answering every tests/eval set (${all.length} files) in one process: ${evalRss.toFixed(0)} MiB (bare node: ${bareRss.toFixed(0)} MiB)`,
  );
  console.log(
    'Targets: engine p99 < 1,000 µs (shipped) and < 10,000 µs (5,000 entries); engine-uncached p50 at most 0.5x minisearch; ask < 500 ms; peak memory < 150 MiB.',
  );
}

await main();
