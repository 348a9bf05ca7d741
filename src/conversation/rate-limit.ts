/** Defaults for {@link createRateLimiter}: 5 questions in 10 seconds per user. */
export const RATE_LIMIT_DEFAULTS = Object.freeze({ max: 5, windowMs: 10_000, maxKeys: 10_000 });

export interface RateLimiterOptions {
  /** Questions allowed per window. Default 5 (env `RATE_LIMIT_MAX`). */
  max?: number;
  /** Window length in milliseconds. Default 10,000 (env `RATE_LIMIT_WINDOW_MS`). */
  windowMs?: number;
  /** Users tracked at once; the least recently seen are forgotten first. Default 10,000. */
  maxKeys?: number;
  now?: () => number;
}

export interface RateLimiter {
  /** Records a question by `key` and says whether it may be answered. */
  take(key: string): { allowed: boolean; retryAfterMs: number };
}

/** A sliding-window limiter per key, bounded in memory. */
export function createRateLimiter(options: RateLimiterOptions = {}): RateLimiter {
  const { max, windowMs, maxKeys } = { ...RATE_LIMIT_DEFAULTS, ...stripUndefined(options) };
  const now = options.now ?? Date.now;
  const hits = new Map<string, number[]>();
  return {
    take(key) {
      const t = now();
      const recent = (hits.get(key) ?? []).filter((at) => t - at < windowMs);
      hits.delete(key); // re-insert to keep Map order = least recently seen first
      if (recent.length >= max) {
        hits.set(key, recent);
        return { allowed: false, retryAfterMs: windowMs - (t - (recent[0] ?? t)) };
      }
      recent.push(t);
      hits.set(key, recent);
      if (hits.size > maxKeys) {
        const oldest = hits.keys().next().value;
        if (oldest !== undefined) hits.delete(oldest);
      }
      return { allowed: true, retryAfterMs: 0 };
    },
  };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
