// Soak: load on the real server over 127.0.0.1, beside a bare node:http JSON endpoint answering a
// same-size JSON body, measured in the same run. `npm run soak` runs the full version; the test
// suite runs `runSoak(SHORT_SOAK)` with a loose floor.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface SoakOptions {
  /** Concurrent connections of each steady phase. */
  concurrency: readonly number[];
  /** Seconds each steady phase runs. */
  phaseSeconds: number;
  /** Seconds of the flood phase (a new conversation and an unanswerable question each request). */
  floodSeconds: number;
  /** Seconds of the flood counted as warm-up before memory growth is measured. */
  warmupSeconds: number;
  floodConcurrency: number;
}

export const FULL_SOAK: SoakOptions = Object.freeze({
  concurrency: [1, 10, 50],
  phaseSeconds: 10,
  floodSeconds: 70,
  warmupSeconds: 10,
  floodConcurrency: 50,
});

export const SHORT_SOAK: SoakOptions = Object.freeze({
  concurrency: [1, 10],
  phaseSeconds: 1,
  floodSeconds: 3,
  warmupSeconds: 1,
  floodConcurrency: 10,
});

export interface PhaseResult {
  target: 'bot' | 'bare';
  name: string;
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  /** Connection errors, timeouts and non-2xx answers together. */
  errors: number;
  rssStartMb: number;
  rssEndMb: number;
}

export interface SoakResult {
  phases: PhaseResult[];
  /** RSS of the bot through the flood, after warm-up and at the end. */
  flood: { afterWarmupMb: number; endMb: number; growthPercent: number };
  bodyBytes: number;
  alive: boolean;
  /** The unanswered log and its rotated file on disk at the end, in MiB. */
  unansweredLogMb: number;
}

interface Running {
  child: ChildProcess;
  port: number;
  stop(): Promise<void>;
}

/** Starts a node process and waits for it to print its port. */
async function startNode(args: string[], env: Record<string, string>, ready: RegExp) {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const port = await new Promise<number>((resolvePort, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start-up line:\n${out}`)), 30_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = ready.exec(out);
      if (match) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        child.stdout?.resume();
        resolvePort(Number(match[1]));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code}:\n${out}`)));
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
  return { child, port, stop } satisfies Running;
}

/** Resident memory of a process in MiB, from /proc (Linux). */
function rssMb(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
    return Math.round((kb / 1024) * 10) / 10;
  } catch {
    return Number.NaN;
  }
}

function sizeMb(file: string): number {
  try {
    return statSync(file).size / 1024 / 1024;
  } catch {
    return 0;
  }
}

// The least a JSON endpoint does: read the body, parse it, answer a JSON object of as many bytes
// as the bot's answer. No routing, no validation, no security headers: those are the bot's own.
const BARE_SERVER = `
const http = require('node:http');
const reply = { text: 'x'.repeat(Number(process.env.BODY_BYTES) - '{"text":""}'.length) };
http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    const question = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    if (typeof question.question !== 'string') res.statusCode = 400;
    const text = JSON.stringify(reply);
    res.writeHead(res.statusCode, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(text),
    });
    res.end(text);
  });
}).listen(0, '127.0.0.1', function () { console.log('listening on ' + this.address().port); });
`;

async function load(
  port: number,
  connections: number,
  seconds: number,
  request: autocannon.Request,
): Promise<autocannon.Result> {
  return autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: seconds,
    timeout: 10,
    requests: [request],
  });
}

function phase(
  target: PhaseResult['target'],
  name: string,
  result: autocannon.Result,
  rss: [number, number],
): PhaseResult {
  return {
    target,
    name,
    connections: result.connections,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
    rssStartMb: rss[0],
    rssEndMb: rss[1],
  };
}

const ASK = {
  method: 'POST' as const,
  path: '/api/ask',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ question: 'Does he know Kubernetes?', conversation: 'soak' }),
};

/** Runs every phase against the bot and the bare server; both are stopped at the end. */
export async function runSoak(options: SoakOptions): Promise<SoakResult> {
  const dir = mkdtempSync(join(tmpdir(), 'soak-'));
  // The server as `npm start` runs it: the compiled bundle (bin/server.js rebuilds it when a
  // source changed), not the sources through a loader.
  const bot = await startNode(
    [resolve(ROOT, 'bin/server.js')],
    {
      PORT: '0',
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      LOG_PRETTY: 'false',
      KNOWLEDGE_PATH: resolve(ROOT, 'knowledge/profile.yaml'),
      UNANSWERED_LOG: join(dir, 'unanswered.jsonl'),
      // Every request comes from 127.0.0.1: the per-address limit would measure only itself.
      RATE_LIMIT_MAX: '1000000',
      RATE_LIMIT_WINDOW_MS: '1000',
    },
    /"url":"http:\/\/localhost:(\d+)"/,
  );
  let bare: Running | undefined;
  try {
    const sample = await fetch(`http://127.0.0.1:${bot.port}/api/ask`, {
      method: 'POST',
      headers: ASK.headers,
      body: ASK.body,
    });
    const bodyBytes = (await sample.arrayBuffer()).byteLength;
    bare = await startNode(
      ['-e', BARE_SERVER],
      { BODY_BYTES: String(bodyBytes) },
      /listening on (\d+)/,
    );
    const phases: PhaseResult[] = [];
    for (const connections of options.concurrency) {
      for (const [target, server] of [
        ['bot', bot],
        ['bare', bare],
      ] as const) {
        const before = rssMb(server.child.pid);
        const result = await load(server.port, connections, options.phaseSeconds, ASK);
        phases.push(phase(target, 'same question', result, [before, rssMb(server.child.pid)]));
      }
    }
    const flood = await floodPhase(bot, options, phases);
    const alive = (await fetch(`http://127.0.0.1:${bot.port}/healthz`)).ok;
    const log = join(dir, 'unanswered.jsonl');
    const unansweredLogMb = [log, `${log}.1`].reduce((mb, file) => mb + sizeMb(file), 0);
    return {
      phases,
      flood,
      bodyBytes,
      alive,
      unansweredLogMb: Math.round(unansweredLogMb * 10) / 10,
    };
  } finally {
    await bare?.stop();
    await bot.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A new conversation id and an unanswerable question on every request; RSS sampled throughout. */
async function floodPhase(bot: Running, options: SoakOptions, phases: PhaseResult[]) {
  let n = 0;
  const samples: { at: number; mb: number }[] = [];
  const started = Date.now();
  const timer = setInterval(() => {
    samples.push({ at: (Date.now() - started) / 1000, mb: rssMb(bot.child.pid) });
  }, 500);
  const before = rssMb(bot.child.pid);
  const result = await load(bot.port, options.floodConcurrency, options.floodSeconds, {
    ...ASK,
    setupRequest: (req) => {
      n++;
      return {
        ...req,
        body: JSON.stringify({
          question: `What is his favourite colour, question ${n}?`,
          conversation: `flood-${n}`,
        }),
      };
    },
  });
  clearInterval(timer);
  const end = rssMb(bot.child.pid);
  phases.push(phase('bot', 'flood: new conversation, unanswerable', result, [before, end]));
  // The heap swings by ±10% between major collections, one cycle every 20-30 s under this
  // load: compare the medians of the two halves after warm-up, each spanning whole cycles, so
  // that where one sample lands in a cycle does not decide, while a leak still shows as growth.
  const warm = samples.filter((s) => s.at >= options.warmupSeconds).map((s) => s.mb);
  const half = Math.max(1, Math.floor(warm.length / 2));
  const afterWarmup = middle(warm.slice(0, half)) ?? before;
  const last = middle(warm.slice(-half)) ?? end;
  const growthPercent = Math.round(((last - afterWarmup) / afterWarmup) * 1000) / 10;
  return { afterWarmupMb: afterWarmup, endMb: last, growthPercent };
}

function middle(values: number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The bot's requests/s as a percentage of the bare server's, per connection count. */
export function throughputShare(result: SoakResult): Map<number, number> {
  const share = new Map<number, number>();
  for (const bot of result.phases) {
    const bare = result.phases.find(
      (p) => p.target === 'bare' && p.name === bot.name && p.connections === bot.connections,
    );
    if (bot.target === 'bot' && bare && bare.requestsPerSecond > 0) {
      share.set(
        bot.connections,
        Math.round((bot.requestsPerSecond / bare.requestsPerSecond) * 100),
      );
    }
  }
  return share;
}

function report(result: SoakResult): string {
  const rows = result.phases.map((p) =>
    [
      p.target.padEnd(5),
      p.name.padEnd(38),
      String(p.connections).padStart(4),
      String(p.requestsPerSecond).padStart(8),
      `${p.p50}`.padStart(6),
      `${p.p99}`.padStart(6),
      String(p.requests).padStart(8),
      String(p.errors).padStart(6),
      `${p.rssStartMb} -> ${p.rssEndMb}`.padStart(16),
    ].join(' '),
  );
  return [
    `Response body: ${result.bodyBytes} bytes (the bare server returns as many)`,
    `${'serv'.padEnd(5)} ${'phase'.padEnd(38)} conn    req/s  p50ms  p99ms requests errors      RSS MiB`,
    ...rows,
    `bot throughput as a share of the bare server's: ${[...throughputShare(result)]
      .map(([connections, percent]) => `${percent}% at ${connections}`)
      .join(', ')}`,
    `flood memory (median RSS of each half after warm-up): ${result.flood.afterWarmupMb} MiB in the first -> ${result.flood.endMb} MiB in the second (${result.flood.growthPercent}%)`,
    `unanswered log on disk at the end: ${result.unansweredLogMb} MiB (two files of at most 16 MiB)`,
    `server alive at the end: ${result.alive ? 'yes' : 'NO'}`,
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const short = process.argv.includes('--short');
  const result = await runSoak(short ? SHORT_SOAK : FULL_SOAK);
  console.log(report(result));
  const errors = result.phases.reduce((sum, p) => sum + p.errors, 0);
  const flat = result.flood.growthPercent <= 10;
  if (errors > 0 || !flat || !result.alive) {
    console.log(`FAILED: ${errors} errors, memory ${flat ? 'flat' : 'growing'}`);
    process.exitCode = 1;
  }
}
