/** A function that removes every secret from a piece of text before it is logged. */
export type Scrub = (text: string) => string;

const REDACTED = '[redacted]';

/** Secrets shorter than this are not scrubbed: replacing "abc" everywhere would garble logs. */
const MIN_SECRET_LENGTH = 6;

// Token shapes worth removing even when nobody configured them: Slack tokens, the legacy
// verification `token` field of Slack payloads, and the interaction and webhook tokens in the
// path of Discord REST URLs (valid 15 minutes, enough to answer as the bot).
const TOKEN_PATTERNS: readonly [RegExp, string][] = [
  [/\bx(?:ox[a-z]|app)-[A-Za-z0-9-]+/g, REDACTED],
  [/("token"\s*:\s*")[^"]*"/g, `$1${REDACTED}"`],
  [/(\/interactions\/\d+\/)[^/?\s]+/g, `$1${REDACTED}`],
  [/(\/webhooks\/\d+\/)[^/?\s]+/g, `$1${REDACTED}`],
];

/**
 * The process's one secret scrubber: the configured secrets (tokens, signing secrets) and any
 * token-shaped text are replaced by `[redacted]`.
 */
export function createScrubber(secrets: readonly (string | undefined)[]): Scrub {
  const known = secrets.filter(
    (s): s is string => typeof s === 'string' && s.length >= MIN_SECRET_LENGTH,
  );
  return (text) => {
    let out = text;
    for (const secret of known) out = out.split(secret).join(REDACTED);
    for (const [pattern, replacement] of TOKEN_PATTERNS) out = out.replace(pattern, replacement);
    return out;
  };
}

/**
 * What is logged of an error: its kind and scrubbed message, stack and request URL. HTTP client
 * errors carry request URLs and headers; only the fields named here are kept.
 */
export function describeError(error: unknown, scrub: Scrub): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: scrub(String(error)) };
  const e = error as Error & { code?: unknown; status?: unknown; method?: unknown; url?: unknown };
  return {
    type: e.name,
    message: scrub(e.message),
    ...(e.code !== undefined ? { code: e.code } : {}),
    ...(typeof e.status === 'number' ? { status: e.status } : {}),
    ...(typeof e.method === 'string' ? { method: e.method } : {}),
    ...(typeof e.url === 'string' ? { url: scrub(e.url) } : {}),
    ...(e.stack ? { stack: scrub(e.stack) } : {}),
  };
}
