/**
 * `npm run bench:startup`: how fast the compiled program starts, beside `node -e ''` measured
 * in the same run on the same machine.
 *
 *   cli     CPU time of one `portfolio-bot ask "…"` through bin/ (target: at most 2x node -e '')
 *   server  wall time from spawning `node dist/main.js` to the first answer of POST /api/ask
 *           (target: at most 4x node -e '', median of 5)
 *
 * CPU time of a child is read from /proc (Linux): the children's user+system ticks, summed
 * over several runs because a tick is 10 ms.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = 5;
const CPU_RUNS = 20;
const QUESTION = 'Does he know Kubernetes?';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** User+system CPU of this process's waited-for children so far, in ms; NaN off Linux. */
function childrenCpuMs(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
    // After ") ": state is field 3 of stat, so cutime (16) and cstime (17) are at 13 and 14.
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
  } catch {
    return Number.NaN;
  }
}

function cpuPerRun(args: string[]): number {
  const before = childrenCpuMs();
  for (let i = 0; i < CPU_RUNS; i++) {
    const run = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
    if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}`);
  }
  return (childrenCpuMs() - before) / CPU_RUNS;
}

function wallMs(args: string[]): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
  return new Promise((resolve) => child.on('exit', () => resolve(performance.now() - started)));
}

/** Spawns the server and asks until the first answer comes back. */
async function serverToFirstAnswerMs(dataDir: string): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, ['dist/main.js'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      PORT: '0',
      LOG_LEVEL: 'info',
      LOG_PRETTY: 'false',
      RELOAD_KNOWLEDGE: 'false',
      UNANSWERED_LOG: join(dataDir, 'unanswered.jsonl'),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    let out = '';
    const port = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = out.match(/localhost:(\d+)/);
        if (match?.[1]) resolve(match[1]);
      });
      child.on('exit', () => reject(new Error(`the server exited:\n${out}`)));
    });
    const response = await fetch(`http://127.0.0.1:${port}/api/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: QUESTION }),
    });
    if (!response.ok) throw new Error(`/api/ask answered ${response.status}`);
    await response.json();
    return performance.now() - started;
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.on('exit', resolve));
  }
}

const dataDir = mkdtempSync(join(tmpdir(), 'portfolio-bot-startup-'));
try {
  // One run each first: builds dist/ if needed and fills the knowledge and compiled-code caches,
  // as any second use.
  spawnSync(process.execPath, ['bin/portfolio-bot.js', 'ask', QUESTION], { cwd: ROOT });
  const nodeCpu = cpuPerRun(['-e', '']);
  const askCpu = cpuPerRun(['bin/portfolio-bot.js', 'ask', QUESTION]);
  const nodeWall: number[] = [];
  const serverWall: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    nodeWall.push(await wallMs(['-e', '']));
    serverWall.push(await serverToFirstAnswerMs(dataDir));
  }
  const row = (name: string, value: number, base: number, target: number) =>
    `${name.padEnd(44)} ${value.toFixed(0).padStart(6)} ms  ${(value / base).toFixed(2)}x  (target <= ${target}x)`;
  console.log(`node ${process.version}, ${CPU_RUNS} CPU runs, median of ${RUNS} wall runs`);
  console.log(row("node -e '' CPU", nodeCpu, nodeCpu, 1));
  console.log(row(`portfolio-bot ask CPU`, askCpu, nodeCpu, 2));
  console.log(row("node -e '' wall (median)", median(nodeWall), median(nodeWall), 1));
  console.log(
    row('server start to first /api/ask answer (median)', median(serverWall), median(nodeWall), 4),
  );
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
