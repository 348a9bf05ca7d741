/** Defaults for {@link createRateLimiter}: bursts of 5 questions, 5 more every 10 seconds. */
export const RATE_LIMIT_DEFAULTS = Object.freeze({ max: 5, windowMs: 10_000, maxKeys: 10_000 });

export interface RateLimiterOptions {
  /** Questions allowed at once, and per window on average. Default 5 (env `RATE_LIMIT_MAX`). */
  max?: number;
  /** Window length in milliseconds. Default 10,000 (env `RATE_LIMIT_WINDOW_MS`). */
  windowMs?: number;
  /** Askers tracked at once; the least recently seen are forgotten first. Default 10,000. */
  maxKeys?: number;
  now?: () => number;
}

export interface RateLimiter {
  /** Records a question by `key` and says whether it may be answered. */
  take(key: string): { allowed: boolean; retryAfterMs: number };
}

/** The answer to every allowed question: one shared object, nothing allocated per question. */
const ALLOWED = Object.freeze({ allowed: true, retryAfterMs: 0 });

/**
 * A token bucket per key (GCRA: one number per key, O(1) per question): up to `max` questions
 * at once, then one more every `windowMs / max`. Memory is bounded by `maxKeys`.
 */
export function createRateLimiter(options: RateLimiterOptions = {}): RateLimiter {
  const max = options.max ?? RATE_LIMIT_DEFAULTS.max;
  const windowMs = options.windowMs ?? RATE_LIMIT_DEFAULTS.windowMs;
  const maxKeys = options.maxKeys ?? RATE_LIMIT_DEFAULTS.maxKeys;
  const now = options.now ?? Date.now;
  const interval = windowMs / max;
  // When each key's bucket is full again; Map order = least recently seen first.
  const fullAt = new Map<string, number>();
  // The key seen last is already the most recent in the Map: it needs no move to the end.
  let last: string | undefined;
  return {
    take(key) {
      const t = now();
      const next = Math.max(fullAt.get(key) ?? t, t) + interval;
      if (next - t > windowMs) {
        return { allowed: false, retryAfterMs: Math.ceil(next - t - windowMs) };
      }
      if (key !== last) fullAt.delete(key);
      fullAt.set(key, next);
      last = key;
      if (fullAt.size > maxKeys) {
        const oldest = fullAt.keys().next().value;
        if (oldest !== undefined) fullAt.delete(oldest);
      }
      return ALLOWED;
    },
  };
}
