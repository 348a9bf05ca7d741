import { createHash, randomBytes } from 'node:crypto';
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
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
}

export interface UnansweredLog {
  readonly path: string;
  /** Queues one question; never throws, never blocks the answer. */
  record(question: UnansweredQuestion): void;
  /** Resolves once every queued line has been written (or has failed). */
  flush(): Promise<void>;
}

/** Appends each question the bot could not answer, so the owner can see what to add. */
export function createUnansweredLog(options: UnansweredLogOptions): UnansweredLog {
  const { path, logger } = options;
  const now = options.now ?? (() => new Date());
  let salt: Promise<string> | undefined;
  let pending: Promise<void> = Promise.resolve();
  let warned = false;

  const getSalt = () => {
    salt ??=
      options.salt !== undefined
        ? Promise.resolve(options.salt)
        : loadSalt(`${path}.salt`).catch((error: unknown) => {
            salt = undefined; // try again next time: the directory may become writable
            throw error;
          });
    return salt;
  };

  const write = async (entry: Omit<UnansweredEntry, 'asker'>, userId: string | undefined) => {
    try {
      await mkdir(dirname(path), { recursive: true });
      const asker = userId ? hashAsker(await getSalt(), entry.surface, userId) : null;
      const line: UnansweredEntry = {
        at: entry.at,
        surface: entry.surface,
        asker,
        question: entry.question,
      };
      await appendFile(path, `${JSON.stringify(line)}\n`, { mode: 0o600 });
      warned = false;
    } catch (error) {
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

  return {
    path,
    record({ surface, userId, question }) {
      const entry = {
        at: now().toISOString(),
        surface,
        question: question.trim().slice(0, MAX_QUESTION_LENGTH),
      };
      pending = pending.then(() => write(entry, userId));
    },
    flush: () => pending,
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
