import type { LogFn } from 'pino';

/** How repeated log lines are thinned out. */
export const LOG_SAMPLING_DEFAULTS = Object.freeze({
  /** Lines with the same level and message written in full per interval. */
  first: 20,
  /** After which one summary line per interval gives the count of the rest. */
  intervalMs: 10_000,
  /** Distinct messages tracked per interval; past this, lines pass unsampled. */
  maxKeys: 1_000,
});

export interface LogSampling {
  first?: number;
  intervalMs?: number;
}

type Suppressed = { count: number; emit: (count: number) => void };

/**
 * A pino `logMethod` hook: the first lines of each (level, message) pair in an interval are
 * written, the rest counted, and one summary line per pair written when the interval ends.
 * A flood of identical warnings (unsigned requests, say) costs one line per interval.
 */
export function createLogSampler(options: LogSampling = {}) {
  const { first, intervalMs, maxKeys } = { ...LOG_SAMPLING_DEFAULTS, ...options };
  let seen = new Map<string, number>();
  let suppressed = new Map<string, Suppressed>();
  let intervalRunning = false;

  const endInterval = () => {
    intervalRunning = false;
    const ended = suppressed;
    seen = new Map();
    suppressed = new Map();
    for (const { count, emit } of ended.values()) emit(count);
  };

  function logMethod(this: unknown, args: Parameters<LogFn>, method: LogFn, level: number) {
    const message = args.find((a): a is string => typeof a === 'string');
    if (message === undefined || (seen.size >= maxKeys && !seen.has(`${level}:${message}`))) {
      return method.apply(this, args);
    }
    const key = `${level}:${message}`;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (!intervalRunning) {
      intervalRunning = true;
      setTimeout(endInterval, intervalMs).unref();
    }
    if (count <= first) return method.apply(this, args);
    const held = suppressed.get(key);
    if (held) held.count++;
    else {
      suppressed.set(key, {
        count: 1,
        emit: (n) =>
          method.call(
            this,
            { suppressed: n, intervalMs },
            `${n} more like this in the last ${intervalMs / 1000} s: ${message}`,
          ),
      });
    }
  }

  return { logMethod, flush: endInterval };
}
