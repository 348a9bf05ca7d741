import type { IncomingMessage, ServerResponse } from 'node:http';

/** Writes a JSON response; the one way handlers in this process answer with data. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(text);
}

/** A body over the limit; the rest of it was drained, not kept. */
export const BODY_TOO_LARGE = 'too-large';

/**
 * Reads a request body, giving up as soon as it passes `limit` bytes (or declares more). A body
 * a server already read before routing (`rawBody`, as body parsers leave it) is used as is.
 */
export function readBody(
  req: IncomingMessage,
  limit: number,
): Promise<Buffer | typeof BODY_TOO_LARGE> {
  const buffered = (req as IncomingMessage & { rawBody?: unknown }).rawBody;
  if (Buffer.isBuffer(buffered)) {
    return Promise.resolve(buffered.length > limit ? BODY_TOO_LARGE : buffered);
  }
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return Promise.resolve(BODY_TOO_LARGE);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.resume(); // drain the rest without keeping it
        resolve(BODY_TOO_LARGE);
      } else chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () =>
      resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)),
    );
    req.on('error', reject);
  });
}
