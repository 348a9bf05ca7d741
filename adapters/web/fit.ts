import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { Conversation } from '../../src/conversation/handler.ts';
import { FIT_DEFAULTS } from '../../src/fit/defaults.ts';
import { BODY_TOO_LARGE, readBody, sendJson } from '../../src/surface/http.ts';
import type { SurfaceRoute } from '../../src/surface/surface.ts';

export const WEB_FIT_DEFAULTS = Object.freeze({
  /** 20,000 characters of JSON-escaped text fit well within this. */
  maxBodyBytes: 160 * 1024,
});

export interface WebFitOptions {
  conversation: Conversation;
  /** The asker's address for the rate limit, as TRUST_PROXY decides it. */
  clientAddress: (req: IncomingMessage) => string;
  /** True once the surface is stopping: new work is refused with 503. */
  stopped: () => boolean;
}

const FitBodySchema = z.object({ text: z.string({ error: 'text must be a string' }) });

/** HTTP status of each notice the conversation handler may give instead of a report. */
const NOTICE_STATUS = Object.freeze({
  empty: 400,
  'not-text': 400,
  'too-long': 413,
  'rate-limited': 429,
  failed: 500,
});

/** `POST /api/fit`: `{ "text": "<job description>" }` in, a FitReport out. */
export function createFitRoute(options: WebFitOptions): SurfaceRoute {
  const { conversation, clientAddress } = options;
  const handler = async (req: IncomingMessage, res: ServerResponse) => {
    if (options.stopped()) return sendJson(res, 503, { error: 'the server is shutting down' });
    const body = await readJson(req, res);
    if (body === undefined) return;
    const parsed = FitBodySchema.safeParse(body);
    if (!parsed.success) {
      return sendJson(res, 400, { error: parsed.error.issues[0]?.message ?? 'invalid body' });
    }
    const address = clientAddress(req);
    const reply = conversation.fit({
      surface: 'web',
      conversation: 'fit',
      asker: address,
      text: parsed.data.text,
    });
    if (reply.kind === 'report') return sendJson(res, 200, reply.report);
    const headers: Record<string, string> =
      reply.reason === 'rate-limited'
        ? { 'retry-after': String(reply.retryAfterSeconds ?? 1) }
        : {};
    sendJson(res, NOTICE_STATUS[reply.reason], { error: reply.text }, headers);
  };
  return { method: 'POST', path: '/api/fit', handler };
}

/** The JSON object in the body, or undefined once an error response was sent. */
async function readJson(req: IncomingMessage, res: ServerResponse): Promise<unknown> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    req.resume();
    sendJson(res, 415, {
      error: 'send the job description as JSON (Content-Type: application/json)',
    });
    return undefined;
  }
  const body = await readBody(req, WEB_FIT_DEFAULTS.maxBodyBytes);
  if (body === BODY_TOO_LARGE) {
    sendJson(
      res,
      413,
      {
        error: `the job description is too long: at most ${FIT_DEFAULTS.maxTextLength.toLocaleString('en-US')} characters`,
      },
      { connection: 'close' },
    );
    return undefined;
  }
  try {
    const json: unknown = JSON.parse(body.toString('utf8'));
    if (typeof json === 'object' && json !== null && !Array.isArray(json)) return json;
  } catch {
    // answered below
  }
  sendJson(res, 400, { error: 'the body must be a JSON object: {"text": "..."}' });
  return undefined;
}
