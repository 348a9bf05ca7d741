import { Worker } from 'node:worker_threads';
import { KnowledgeError } from '../errors.ts';
import type { Profile } from '../knowledge/schema.ts';
import type { KnowledgeWorkerReply } from './knowledge-worker-entry.ts';

/** Bounds on one off-thread load of the knowledge file. */
export const KNOWLEDGE_WORKER_DEFAULTS = Object.freeze({
  /** A load still running after this is stopped and counted as failed. */
  timeoutMs: 15_000,
  /** Heap the worker may use; a file built to exhaust memory kills the worker, not the process. */
  maxHeapMb: 256,
});

// Set by scripts/build.mjs; absent when running the sources.
declare const PORTFOLIO_BOT_BUILD: string | undefined;

/**
 * The worker's module: the compiled one beside the bundle (an installed image has neither the
 * sources nor tsx), else the TypeScript source.
 */
const ENTRY =
  typeof PORTFOLIO_BOT_BUILD === 'string'
    ? new URL('../../dist/knowledge-worker.js', import.meta.url)
    : new URL('./knowledge-worker-entry.ts', import.meta.url);

/**
 * Reads, parses and validates a knowledge file on a worker thread, so the seconds a large file
 * can take never hold up answers. Rejects with {@link KnowledgeError}, whatever went wrong.
 */
export function loadKnowledgeOffThread(
  file: string,
  options: Partial<typeof KNOWLEDGE_WORKER_DEFAULTS> = {},
): Promise<Profile> {
  const { timeoutMs, maxHeapMb } = { ...KNOWLEDGE_WORKER_DEFAULTS, ...options };
  const failed = (message: string) =>
    new KnowledgeError([{ file, line: 1, col: 1, path: '', message }], 'knowledge_unreadable');
  return new Promise((resolve, reject) => {
    const worker = new Worker(bootstrap(), {
      workerData: file,
      resourceLimits: { maxOldGenerationSizeMb: maxHeapMb },
    });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
      void worker.terminate();
    };
    const timer = setTimeout(
      () => settle(() => reject(failed(`loading took over ${timeoutMs / 1000} s; stopped`))),
      timeoutMs,
    );
    worker.on('message', (message: KnowledgeWorkerReply) =>
      settle(() => {
        if (message.ok) resolve(message.profile as Profile);
        else if ('problems' in message) reject(new KnowledgeError(message.problems));
        else reject(failed(`cannot load: ${message.message}`));
      }),
    );
    worker.on('error', (error) =>
      settle(() => reject(failed(`cannot load: ${error.message.split('\n')[0]}`))),
    );
    worker.on('exit', (code) =>
      settle(() => reject(failed(`the loader stopped (exit ${code}) before finishing`))),
    );
  });
}

/**
 * The worker's first module. Sources run as TypeScript through tsx, whose loader a worker does
 * not inherit, so it is registered inside the worker before the entry is imported.
 */
function bootstrap(): URL {
  if (!ENTRY.pathname.endsWith('.ts')) return ENTRY;
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `const { register } = await import(${JSON.stringify(tsx)}); register(); await import(${JSON.stringify(ENTRY.href)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}
