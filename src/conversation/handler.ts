import { performance } from 'node:perf_hooks';
import { LRUCache } from 'lru-cache';
import {
  type Answer,
  type AnswerSource,
  type AskContext,
  type DirectCommand,
  MAX_QUESTION_LENGTH,
} from '../answer/answer.ts';
import { createFitService, type FitSource } from '../fit/fit-service.ts';
import { checkJobText } from '../fit/input.ts';
import type { FitReport } from '../fit/report.ts';
import type { Profile } from '../knowledge/schema.ts';
import type { Logger } from '../logger.ts';
import { describeError, type Scrub } from '../scrub.ts';
import type { Metrics } from '../service/metrics.ts';
import type { UnansweredLog } from '../service/unanswered-log.ts';
import { createRateLimiter, RATE_LIMIT_DEFAULTS, type RateLimiter } from './rate-limit.ts';

/** What every surface tells the asker instead of an answer. */
export const CONVERSATION_TEXTS = Object.freeze({
  rateLimited: (seconds: number) =>
    `You are asking faster than I can answer. Please wait ${seconds} s and ask again.`,
  tooLong: (max: number) =>
    `That question is too long: at most ${max} characters. Could you ask it in fewer words?`,
  apology: 'Sorry, something went wrong on my side while answering. Please try again in a moment.',
});

/** One message from a person, as any surface sees it. */
export interface Turn {
  /** `discord`, `slack`, `web` … */
  surface: string;
  /** Follow-ups keep their context within one conversation and never across. */
  conversation: string;
  /** Who asks, unique on the surface: the rate limit counts per asker. */
  asker: string;
  /** What the person typed; empty (a bare mention, a hello) introduces the profile. */
  text: string;
  /** A direct command (a slash command, a button) instead of text. */
  command?: DirectCommand;
  /**
   * The platform needs a reply to this one (an interaction, a slash command, an HTTP request),
   * so a rate-limit notice is sent every time rather than once per window.
   */
  mustReply?: boolean;
}

export type NoticeReason = 'rate-limited' | 'too-long' | 'failed' | 'empty' | 'not-text';

/** What a surface sends back: an answer, a short notice, or nothing at all. */
export type Reply =
  | { kind: 'answer'; answer: Answer }
  | { kind: 'notice'; reason: NoticeReason; text: string; retryAfterSeconds?: number }
  | { kind: 'silent' };

export type Notice = Extract<Reply, { kind: 'notice' }>;

/** A job description someone asks to be matched against the profile. */
export type FitTurn = Pick<Turn, 'surface' | 'conversation' | 'asker'> & {
  /** As pasted, or the bytes of an uploaded file. */
  text: string | Uint8Array;
};

/** What a surface sends back for a job description: the report, or a short notice. */
export type FitReply = { kind: 'report'; report: FitReport } | Notice;

export interface ConversationOptions {
  source: AnswerSource;
  logger: Logger;
  /** Removes secrets from logged errors. */
  scrub: Scrub;
  /** Default: {@link RATE_LIMIT_DEFAULTS} per asker per surface. */
  rateLimiter?: RateLimiter;
  /** How long one asker is told only once about the limit. Default 10 s (env `RATE_LIMIT_WINDOW_MS`). */
  noticeWindowMs?: number;
  metrics?: Metrics;
  unanswered?: UnansweredLog;
  /** In Unicode code points, so 300 emoji are 300. Default 500. */
  maxQuestionLength?: number;
  /** Job-description fit. Default: one over `source`'s current profile, following reloads. */
  fit?: FitSource;
}

export interface Conversation {
  /** Answers a turn; never throws. */
  handle(turn: Turn): Reply;
  /**
   * Matches a job description against the profile under the same rules as a question: the
   * input checks, the rate limit and its notice, the apology, the metrics, and the unanswered
   * log for requirements that could not be classified. Never throws.
   */
  fit(turn: FitTurn): FitReply;
  /**
   * Logs a failure a surface met outside {@link handle} (sending a reply, a platform event)
   * without secrets, and gives the apology to send the asker.
   */
  failed(surface: string, error: unknown, event?: string): Notice;
  /** What to log of an error: scrubbed of every secret. */
  describe(error: unknown): Record<string, unknown>;
  /** Questions the knowledge can answer that start like `partial` (autocomplete). */
  complete(partial: string, limit?: number): string[];
  /** The knowledge served now (it may be reloaded). */
  profile(): Profile;
}

/**
 * The conversation rules every surface shares, in one place: the rate limit and its notice
 * (told once per window when the platform allows silence), empty input, the length limit, the
 * apology on failure, the unanswered log and the metrics. Surfaces only translate.
 */
export function createConversation(options: ConversationOptions): Conversation {
  const { source, logger, scrub } = options;
  const fitSource = options.fit ?? createFitService({ profile: () => source.profile() });
  const maxLength = options.maxQuestionLength ?? MAX_QUESTION_LENGTH;
  const limited = createRateGate(options);

  const describe = (error: unknown) => describeError(error, scrub);
  const failed = (surface: string, error: unknown, event?: string): Notice => {
    logger.error({ err: describe(error), surface, event }, 'answering failed');
    return { kind: 'notice', reason: 'failed', text: CONVERSATION_TEXTS.apology };
  };

  return {
    fit(turn) {
      const checked = checkJobText(turn.text);
      if (!checked.ok) {
        const reason = checked.reason === 'binary' ? 'not-text' : checked.reason;
        return { kind: 'notice', reason, text: checked.message };
      }
      // A job description always comes in a way that needs a reply, so the refusal is a notice.
      const refusal = limited({ ...turn, mustReply: true });
      if (refusal) return refusal as Notice;
      try {
        return { kind: 'report', report: fitReport(fitSource, options, turn, checked.text) };
      } catch (error) {
        return failed(turn.surface, error);
      }
    },
    handle(turn) {
      const text = turn.text.trim();
      if (!turn.command && codePoints(text) > maxLength) {
        return { kind: 'notice', reason: 'too-long', text: CONVERSATION_TEXTS.tooLong(maxLength) };
      }
      const refusal = limited(turn);
      if (refusal) return refusal;
      try {
        return { kind: 'answer', answer: answer(source, options, turn, text) };
      } catch (error) {
        return failed(turn.surface, error);
      }
    },
    failed,
    describe,
    complete: (partial, limit) => source.complete(partial, limit),
    profile: () => source.profile(),
  };
}

/** Where a turn is counted and, when it could not be answered, written down. */
type Records = Pick<ConversationOptions, 'metrics' | 'unanswered'>;

/**
 * The rate limit: nothing when the asker may go on, else the notice (or, when the platform
 * allows silence and the asker was told within the window, nothing to send).
 */
function createRateGate(
  options: ConversationOptions,
): (turn: Pick<Turn, 'surface' | 'asker' | 'mustReply'>) => Reply | undefined {
  const { logger } = options;
  const limiter = options.rateLimiter ?? createRateLimiter();
  const told = new LRUCache<string, true>({
    max: 10_000,
    ttl: options.noticeWindowMs ?? RATE_LIMIT_DEFAULTS.windowMs,
  });
  return (turn) => {
    const key = `${turn.surface}:${turn.asker}`;
    const { allowed, retryAfterMs } = limiter.take(key);
    if (allowed) return undefined;
    // Told once per window wherever they ask: a busy asker is not spammed in every channel.
    if (!turn.mustReply && told.has(key)) return { kind: 'silent' };
    told.set(key, true);
    const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
    logger.info({ surface: turn.surface }, 'question refused by the rate limit');
    return {
      kind: 'notice',
      reason: 'rate-limited',
      text: CONVERSATION_TEXTS.rateLimited(seconds),
      retryAfterSeconds: seconds,
    };
  };
}

/** The answer to a question or command, timed, and logged when it was not answered. */
function answer(source: AnswerSource, records: Records, turn: Turn, text: string): Answer {
  const { metrics, unanswered } = records;
  const context: AskContext = {
    surface: turn.surface,
    conversationId: turn.conversation,
    userId: turn.asker,
  };
  const started = performance.now();
  const result = turn.command
    ? source.command(turn.command, context)
    : text === ''
      ? source.command({ kind: 'about' }, context)
      : source.ask(text, context);
  metrics?.question(turn.surface, result.topic, (performance.now() - started) / 1000);
  if (!result.answered && !turn.command && text !== '' && result.topic !== 'limit') {
    metrics?.unanswered(turn.surface);
    unanswered?.record({ surface: turn.surface, userId: turn.asker, question: text });
  }
  return result;
}

/** The fit report, timed, with each requirement it could not classify logged as unanswered. */
function fitReport(fitSource: FitSource, records: Records, turn: FitTurn, text: string): FitReport {
  const { metrics, unanswered } = records;
  const started = performance.now();
  const report = fitSource.fit(text, {
    surface: turn.surface,
    conversationId: turn.conversation,
    userId: turn.asker,
  });
  metrics?.question(turn.surface, 'fit', (performance.now() - started) / 1000);
  for (const line of report.unclassified) {
    metrics?.unanswered(turn.surface);
    unanswered?.record({
      surface: turn.surface,
      userId: turn.asker,
      question: `Job requirement: ${line}`,
    });
  }
  return report;
}

/** Length in code points: an emoji is one, as a person counts it. */
function codePoints(text: string): number {
  // Only strings with surrogate pairs need the slow count.
  if (text.length <= 1) return text.length;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) i++;
    n++;
  }
  return n;
}
