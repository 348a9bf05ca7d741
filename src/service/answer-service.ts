import { watch } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { AnswerSource } from '../answer/answer.ts';
import { type Assistant, createAssistant } from '../answer/assistant.ts';
import { formatProblem, KnowledgeError } from '../errors.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import type { Profile } from '../knowledge/schema.ts';
import type { Logger } from '../logger.ts';
import { loadKnowledgeOffThread } from './knowledge-worker.ts';
import type { Metrics } from './metrics.ts';

export const ANSWER_SERVICE_DEFAULTS = Object.freeze({ watch: true, debounceMs: 200 });

export interface AnswerServiceOptions {
  /** The knowledge file. Default knowledge/profile.yaml (env `KNOWLEDGE_PATH`). */
  knowledgePath: string;
  logger: Logger;
  /** Counts reloads; questions are counted by the conversation handler. */
  metrics?: Pick<Metrics, 'knowledgeReload'>;
  /** Reload the knowledge when its file changes. Default true (env `RELOAD_KNOWLEDGE`). */
  watch?: boolean;
  /** Quiet time after the last change before reloading; editors write in bursts. Default 200 ms. */
  debounceMs?: number;
  /** Builds the answering core from a profile. Default {@link createAssistant}. */
  createAssistant?: (profile: Profile) => Assistant;
  /**
   * Reads, parses and validates the file for a reload. Default {@link loadKnowledgeOffThread}:
   * a worker thread, so a large file never holds up answers meanwhile.
   */
  loadProfile?: (file: string) => Promise<Profile>;
}

export type ReloadResult = { ok: true; profile: Profile } | { ok: false; error: KnowledgeError };

/** What the process's surfaces talk to: answers, plus the knowledge's life cycle. */
export interface AnswerService extends AnswerSource {
  /**
   * Reads the knowledge file again. Never rejects: whatever step fails (read, parse, validate,
   * index build, swap), the last good knowledge keeps serving.
   */
  reload(): Promise<ReloadResult>;
  /** When the knowledge now served was loaded. */
  loadedAt(): Date;
  /** Stops watching the file and waits for a reload under way. */
  close(): Promise<void>;
}

/**
 * Loads the knowledge (throwing {@link KnowledgeError} if the first load fails), answers through
 * the assistant and follows file edits.
 */
export function createAnswerService(options: AnswerServiceOptions): AnswerService {
  const { knowledgePath, logger, metrics } = options;
  const build = options.createAssistant ?? createAssistant;
  const { watch: shouldWatch, debounceMs } = {
    ...ANSWER_SERVICE_DEFAULTS,
    ...(options.watch !== undefined && { watch: options.watch }),
    ...(options.debounceMs !== undefined && { debounceMs: options.debounceMs }),
  };

  const loadProfile = options.loadProfile ?? ((file: string) => loadKnowledgeOffThread(file));

  let assistant = build(loadKnowledge(knowledgePath));
  let loadedAt = new Date();

  const reloadOnce = async (): Promise<ReloadResult> => {
    try {
      const profile = await loadProfile(knowledgePath);
      const next = build(profile);
      // The swap is two assignments with nothing between them that can throw.
      assistant = next;
      loadedAt = new Date();
      guarded(() => metrics?.knowledgeReload('success'));
      guarded(() =>
        logger.info({ file: knowledgePath, name: profile.identity.name }, 'knowledge reloaded'),
      );
      return { ok: true, profile };
    } catch (error) {
      return refuseReload(options, error);
    }
  };

  const reloads = oneAtATime(reloadOnce);
  const watcher = shouldWatch
    ? watchKnowledgeFile(knowledgePath, debounceMs, logger, () => void reloads.run())
    : undefined;

  return {
    ask: (question, context) =>
      assistant.ask(question, `${context.surface}:${context.conversationId}`),
    command: (command) => assistant.command(command),
    complete: (partial, limit) => assistant.complete(partial, limit),
    profile: () => assistant.profile,
    reload: reloads.run,
    loadedAt: () => loadedAt,
    async close() {
      watcher?.close();
      await reloads.settled();
    },
  };
}

/** A failed reload, counted and logged; the last good knowledge keeps serving. */
function refuseReload(options: AnswerServiceOptions, error: unknown): ReloadResult {
  const { knowledgePath, logger, metrics } = options;
  const known =
    error instanceof KnowledgeError
      ? error
      : new KnowledgeError([
          {
            file: knowledgePath,
            line: 1,
            col: 1,
            path: '',
            message: `reload failed: ${error instanceof Error ? error.message : String(error)}`,
          },
        ]);
  guarded(() => metrics?.knowledgeReload('failure'));
  guarded(() =>
    logger.error(
      { file: knowledgePath, problems: known.problems.map(formatProblem) },
      `knowledge not reloaded; still serving the last good version:\n${known.message}`,
    ),
  );
  return { ok: false, error: known };
}

/**
 * One reload at a time; calls arriving meanwhile are folded into one more run after it.
 * `settled` waits for the run under way and the one queued.
 */
function oneAtATime<T>(task: () => Promise<T>) {
  let running: Promise<T> | undefined;
  let queued: Promise<T> | undefined;
  const run = (): Promise<T> => {
    if (!running) {
      running = task().finally(() => {
        running = undefined;
      });
      return running;
    }
    queued ??= running.then(() => {
      queued = undefined;
      return run();
    });
    return queued;
  };
  return { run, settled: () => Promise.allSettled([running, queued]) };
}

/**
 * Calls `onChange` once edits to the file have been quiet for `debounceMs`; undefined when
 * the file cannot be watched (edits then take effect after a restart).
 */
function watchKnowledgeFile(
  knowledgePath: string,
  debounceMs: number,
  logger: Logger,
  onChange: () => void,
): { close(): void } | undefined {
  const file = resolve(knowledgePath);
  const name = basename(file);
  let timer: NodeJS.Timeout | undefined;
  try {
    // The directory, not the file: editors that save by writing a new file and renaming it
    // over the old one would leave a file watcher attached to the deleted inode.
    const w = watch(dirname(file), { persistent: false }, (_event, changed) => {
      if (changed && changed.toString() !== name) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        onChange();
      }, debounceMs);
      timer.unref();
    });
    w.on('error', (error) => {
      logger.warn({ file, reason: error.message }, 'stopped watching the knowledge file');
    });
    return {
      close() {
        clearTimeout(timer);
        w.close();
      },
    };
  } catch (error) {
    logger.warn(
      { file, reason: (error as Error).message },
      'cannot watch the knowledge file; edits take effect after a restart',
    );
    return undefined;
  }
}

/** Runs a side effect (a metric, a log line) whose failure must not undo what was done. */
function guarded(effect: () => void): void {
  try {
    effect();
  } catch {
    // A broken metric or log destination is not a reason to stop serving.
  }
}
