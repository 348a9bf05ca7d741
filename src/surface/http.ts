import type { IncomingMessage, ServerResponse } from 'node:http';

/** Headers on every response; pages add their own Content-Security-Policy. */
export const SECURITY_HEADERS = Object.freeze({
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
  // API and operational responses are data, never documents to render.
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
});

/**
 * {@link SECURITY_HEADERS} as `writeHead` takes them (name, value, …). A flat header list that
 * starts with these is taken as it is; any other head gets them added (see http-server.ts).
 */
export const SECURITY_HEAD: readonly string[] = Object.freeze(
  Object.entries(SECURITY_HEADERS).flat(),
);

/** The headers every JSON response carries, security headers first, in `writeHead`'s flat form. */
const JSON_HEADERS = Object.freeze([
  ...SECURITY_HEAD,
  'content-type',
  'application/json; charset=utf-8',
  'cache-control',
  'no-store',
]);

const written = new WeakMap<object, string>();

/**
 * The JSON of a body. A body frozen all the way down (an answer the engine hands out again)
 * cannot change, so its text is kept with it and not built again for every response.
 */
function jsonOf(body: unknown): string {
  if (typeof body !== 'object' || body === null || !Object.isFrozen(body)) {
    return JSON.stringify(body);
  }
  let text = written.get(body);
  if (text !== undefined) return text;
  text = JSON.stringify(body);
  // Frozen all the way down stays so: checked once, when the text is first kept.
  if (deeplyFrozen(body, 0)) written.set(body, text);
  return text;
}

function deeplyFrozen(value: unknown, depth: number): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (!Object.isFrozen(value) || depth > 8) return false;
  for (const child of Object.values(value)) if (!deeplyFrozen(child, depth + 1)) return false;
  return true;
}

/** Writes a JSON response; the one way handlers in this process answer with data. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers?: Record<string, string>,
): void {
  // A string body: Node joins it to the head and sends both in one write, where a Buffer body
  // goes out as a second chunk of a `writev`, the costliest call on the busiest route.
  const text = jsonOf(body);
  // One flat header list: no header object to merge, no spread of the fixed part.
  const head = JSON_HEADERS.concat('content-length', String(Buffer.byteLength(text)));
  if (headers) for (const name of Object.keys(headers)) head.push(name, headers[name] as string);
  res.writeHead(status, head);
  res.end(text);
}

/** A body over the limit; the rest of it was drained, not kept. */
export const BODY_TOO_LARGE = 'too-large';

export type BodyResult = Buffer | typeof BODY_TOO_LARGE;

/**
 * Reads a request body, giving up as soon as it passes `limit` bytes (or declares more). A body
 * a server already read before routing (`rawBody`, as body parsers leave it) is used as is.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  return new Promise((resolve, reject) => {
    readBodyThen(req, limit, (error, body) =>
      error ? reject(error) : resolve(body as BodyResult),
    );
  });
}

/**
 * {@link readBody} for the busiest routes: the same rules, the result handed to `done` rather
 * than through a promise, so a request costs no promise and no extra microtask turns.
 */
export function readBodyThen(
  req: IncomingMessage,
  limit: number,
  done: (error: Error | undefined, body?: BodyResult) => void,
): void {
  const buffered = (req as IncomingMessage & { rawBody?: unknown }).rawBody;
  if (Buffer.isBuffer(buffered)) {
    done(undefined, buffered.length > limit ? BODY_TOO_LARGE : buffered);
  } else if (Number(req.headers['content-length']) > limit) {
    req.resume();
    done(undefined, BODY_TOO_LARGE);
  } else collect(req, limit, done);
}

function collect(
  req: IncomingMessage,
  limit: number,
  done: (error: Error | undefined, body?: BodyResult) => void,
): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let settled = false;
  const settle = (error: Error | undefined, body?: BodyResult) => {
    if (settled) return;
    settled = true;
    done(error, body);
  };
  const onData = (chunk: Buffer) => {
    size += chunk.length;
    if (size > limit) {
      req.off('data', onData);
      req.resume(); // drain the rest without keeping it
      settle(undefined, BODY_TOO_LARGE);
    } else chunks.push(chunk);
  };
  req.on('data', onData);
  req.on('end', () =>
    settle(undefined, chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size)),
  );
  req.on('error', (error) => settle(error));
}
