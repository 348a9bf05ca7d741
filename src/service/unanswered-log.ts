import { createHash, randomBytes } from 'node:crypto';
import { appendFile, mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { MAX_QUESTION_LENGTH } from '../answer/answer.ts';
import type { Logger } from '../logger.ts';

/** One line of the unanswered log. */
export interface UnansweredEntry {
  /** ISO 8601 time the question was asked. */
  at: string;
  surface: string;
  /** Salted SHA-256 of surface and user id: counts distinct askers without storing who they are. */
  asker: string | null;
  question: string;
}

export interface UnansweredQuestion {
  surface: string;
  userId?: string;
  question: string;
}

/** Bounds on the unanswered log, on disk and in memory. */
export const UNANSWERED_LOG_DEFAULTS = Object.freeze({
  /**
   * Past this size the file is renamed to `<path>.1` (replacing the previous one) and a new one
   * begins, so the log never takes more than twice this on disk.
   */
  maxBytes: 16 * 1024 * 1024,
  /** Questions waiting to be written; more arriving while the disk is behind are counted and dropped. */
  maxQueued: 2_000,
  /** Asker hashes remembered, so a busy asker costs one SHA-256, not one per question. */
  maxHashedAskers: 1_000,
  /** At most one warning about dropped questions per this many milliseconds. */
  dropWarningIntervalMs: 60_000,
});

export interface UnansweredLogOptions {
  /** The JSON-lines file. Default data/unanswered.jsonl (env `UNANSWERED_LOG`). */
  path: string;
  logger: Logger;
  /**
   * Salt for the asker hash. Default: a random salt kept beside the log in `<path>.salt`,
   * so the same person hashes the same across restarts but the hash cannot be reversed by
   * hashing known ids.
   */
  salt?: string;
  now?: () => Date;
  /** Default 16 MiB; see {@link UNANSWERED_LOG_DEFAULTS}. */
  maxBytes?: number;
  /** Default 2,000 questions. */
  maxQueued?: number;
}

export interface UnansweredLog {
  readonly path: string;
  /** Queues one question; never throws, never blocks the answer, never queues without bound. */
  record(question: UnansweredQuestion): void;
  /** Resolves once every queued line has been written (or has failed). */
  flush(): Promise<void>;
  /** Questions dropped so far because the writer was behind. */
  dropped(): number;
}

/** The file the log was rotated into: `report` reads it before the current one. */
export const rotatedPath = (path: string) => `${path}.1`;

/**
 * Appends each question the bot could not answer, so the owner can see what to add. Lines are
 * written in batches; the file rotates at a size cap; a backlog past `maxQueued` is dropped
 * and counted rather than kept in memory.
 */
export function createUnansweredLog(options: UnansweredLogOptions): UnansweredLog {
  const { path, logger } = options;
  const now = options.now ?? (() => new Date());
  const limits = { ...UNANSWERED_LOG_DEFAULTS, ...definedOnly(options) };
  const getSalt = saltSource(options);
  const drops = createDropCounter(path, logger, limits.dropWarningIntervalMs);
  const hashOf = askerHashes(limits.maxHashedAskers);
  let queue: Pending[] = [];
  let writing: Promise<void> | undefined;
  let size: number | undefined;
  let warned = false;

  const writeBatch = async (batch: Pending[]) => {
    try {
      await mkdir(dirname(path), { recursive: true });
      const secret = batch.some((item) => item.userId) ? await getSalt() : '';
      const text = jsonLines(batch, (surface, userId) => hashOf(secret, surface, userId));
      size ??= await stat(path).then(
        (s) => s.size,
        () => 0,
      );
      if (size > 0 && size + Buffer.byteLength(text) > limits.maxBytes) {
        await rename(path, rotatedPath(path));
        size = 0;
      }
      await appendFile(path, text, { mode: 0o600 });
      size += Buffer.byteLength(text);
      warned = false;
    } catch (error) {
      size = undefined; // unknown again: read it from the disk next time
      // Losing a log line is acceptable; failing the person who asked is not.
      if (!warned) {
        warned = true;
        logger.warn(
          { path, reason: (error as Error).message },
          'cannot write the unanswered-questions log; questions are still answered but not recorded',
        );
      }
    }
  };

  const drain = async () => {
    while (queue.length > 0) {
      const batch = queue;
      queue = [];
      await writeBatch(batch);
    }
    writing = undefined;
  };

  return {
    path,
    record({ surface, userId, question }) {
      if (queue.length >= limits.maxQueued) return drops.drop();
      const entry = {
        at: now().toISOString(),
        surface,
        question: question.trim().slice(0, MAX_QUESTION_LENGTH),
      };
      queue.push({ entry, userId });
      writing ??= drain();
    },
    flush: () => writing ?? Promise.resolve(),
    dropped: drops.total,
  };
}

/** A question waiting to be written; the asker is hashed only when the batch is written. */
type Pending = { entry: Omit<UnansweredEntry, 'asker'>; userId: string | undefined };

/** The batch as JSON lines, each asker hashed with the salt. */
function jsonLines(
  batch: readonly Pending[],
  hash: (surface: string, userId: string) => string,
): string {
  return batch
    .map(({ entry, userId }) => {
      const asker = userId ? hash(entry.surface, userId) : null;
      const line: UnansweredEntry = {
        at: entry.at,
        surface: entry.surface,
        asker,
        question: entry.question,
      };
      return `${JSON.stringify(line)}\n`;
    })
    .join('');
}

/** The salt for hashing askers: the option, else one file beside the log, read once. */
function saltSource(options: UnansweredLogOptions): () => Promise<string> {
  let salt: Promise<string> | undefined;
  return () => {
    salt ??=
      options.salt !== undefined
        ? Promise.resolve(options.salt)
        : loadSalt(`${options.path}.salt`).catch((error: unknown) => {
            salt = undefined; // try again next time: the directory may become writable
            throw error;
          });
    return salt;
  };
}

/** Counts questions dropped from a full queue, warning at most once per interval. */
function createDropCounter(path: string, logger: Logger, intervalMs: number) {
  let dropped = 0;
  let droppedSinceWarning = 0;
  let lastDropWarning = 0;
  return {
    drop() {
      dropped++;
      droppedSinceWarning++;
      const at = Date.now();
      if (at - lastDropWarning < intervalMs) return;
      lastDropWarning = at;
      logger.warn(
        { path, dropped: droppedSinceWarning, droppedTotal: dropped },
        'unanswered-questions log is behind; questions were answered but not recorded',
      );
      droppedSinceWarning = 0;
    },
    total: () => dropped,
  };
}

function definedOnly(options: UnansweredLogOptions): { maxBytes?: number; maxQueued?: number } {
  return {
    ...(options.maxBytes !== undefined && { maxBytes: options.maxBytes }),
    ...(options.maxQueued !== undefined && { maxQueued: options.maxQueued }),
  };
}

/**
 * {@link hashAsker}, remembered per salt, surface and user id; the memory is emptied when it
 * holds `max` askers, so it stays bounded however many people ask.
 */
function askerHashes(max: number) {
  const known = new Map<string, string>();
  return (salt: string, surface: string, userId: string): string => {
    const key = `${salt}\0${surface}\0${userId}`;
    let hash = known.get(key);
    if (hash === undefined) {
      if (known.size >= max) known.clear();
      hash = hashAsker(salt, surface, userId);
      known.set(key, hash);
    }
    return hash;
  };
}

/** Hex SHA-256 of salt, surface and user id: one person on one surface, unrecognisable. */
export function hashAsker(salt: string, surface: string, userId: string): string {
  return createHash('sha256').update(`${salt}\0${surface}\0${userId}`).digest('hex');
}

async function loadSalt(file: string): Promise<string> {
  try {
    const existing = (await readFile(file, 'utf8')).trim();
    if (existing) return existing;
  } catch {
    // Not there yet: create it below.
  }
  const fresh = randomBytes(32).toString('hex');
  try {
    await writeFile(file, `${fresh}\n`, { mode: 0o600, flag: 'wx' });
    return fresh;
  } catch (error) {
    // Another process won the race: use its salt.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      return (await readFile(file, 'utf8')).trim();
    }
    throw error;
  }
}
