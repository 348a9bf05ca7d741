import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The tsx loader by absolute URL, so the process can run from any working directory. */
const TSX_LOADER = import.meta.resolve('tsx');

export interface RunningProcess {
  readonly child: ChildProcess;
  /** Everything written so far. */
  stdout(): string;
  stderr(): string;
  /** Resolves with the first match of `pattern` in stdout, or rejects after `timeoutMs`. */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Resolves with the exit status (or the signal's name if killed by one). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Kills it if still running; safe to call twice. */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Settings for the process; nothing else from the test's environment is passed. */
  env?: Record<string, string>;
  /** Working directory; default a fresh temporary one, so no `.env` of the repo is read. */
  cwd?: string;
}

/** Starts `node --import tsx <script>` with only the given settings in its environment. */
export function startProcess(script: string, options: StartOptions = {}): RunningProcess {
  const child = spawn(process.execPath, ['--import', TSX_LOADER, join(REPO_ROOT, script)], {
    cwd: options.cwd ?? REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const waiters = new Set<() => void>();
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    for (const check of waiters) check();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('exit', (code, signal) => {
      for (const check of waiters) check();
      resolve({ code, signal });
    });
  });
  let done = false;
  void exited.then(() => {
    done = true;
  });

  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitForOutput(pattern, timeoutMs = 20_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(`no ${pattern} within ${timeoutMs} ms\nstdout:\n${out}\nstderr:\n${err}`),
          );
        }, timeoutMs);
        const check = () => {
          const match = out.match(pattern);
          if (match) {
            clearTimeout(timer);
            waiters.delete(check);
            resolve(match);
          } else if (done || child.exitCode !== null || child.signalCode !== null) {
            clearTimeout(timer);
            waiters.delete(check);
            reject(new Error(`exited before ${pattern}\nstdout:\n${out}\nstderr:\n${err}`));
          }
        };
        waiters.add(check);
        check();
      });
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

/** A temporary directory holding a copy of the shipped profile; remove it with `cleanup()`. */
export function tempWorkspace(): { dir: string; knowledge: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'portfolio-bot-'));
  const knowledge = join(dir, 'profile.yaml');
  copyFileSync(join(REPO_ROOT, 'knowledge/profile.yaml'), knowledge);
  return { dir, knowledge, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Every setting `.env.example` documents, set to `values` or else to empty. dotenv fills only
 * variables that are absent, so a developer's `.env` in the working directory changes nothing in
 * a process started with these. Empty counts as unset for chat-platform settings only: a core
 * setting left empty (`PORT=`) is refused, so give each core setting a value.
 */
export function everySetting(values: Record<string, string>): Record<string, string> {
  const example = readFileSync(join(REPO_ROOT, '.env.example'), 'utf8');
  const names = [...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1] as string);
  return { ...Object.fromEntries(names.map((name) => [name, ''])), ...values };
}
