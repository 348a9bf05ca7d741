import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { FIT_DEFAULTS } from '../../src/fit/defaults.ts';
import type { FitSource } from '../../src/fit/fit-service.ts';
import { checkJobText } from '../../src/fit/input.ts';
import { sendJson } from '../../src/http-server.ts';
import type { Logger } from '../../src/logger.ts';
import type { RateLimiter } from '../../src/rate-limit.ts';
import type { SurfaceRoute } from '../../src/surface.ts';
import { readBody } from './read-body.ts';

export const WEB_FIT_DEFAULTS = Object.freeze({
  /** 20,000 characters of JSON-escaped text fit well within this. */
  maxBodyBytes: 160 * 1024,
});

export interface WebFitOptions {
  fit: FitSource;
  logger: Logger;
  rateLimiter: RateLimiter;
  /** True once the surface is stopping: new work is refused with 503. */
  stopped: () => boolean;
}

const FitBodySchema = z.object({ text: z.string({ error: 'text must be a string' }) });

/** `POST /api/fit`: `{ "text": "<job description>" }` in, a FitReport out. */
export function createFitRoute(options: WebFitOptions): SurfaceRoute {
  const { fit, logger, rateLimiter } = options;
  const handler = async (req: IncomingMessage, res: ServerResponse) => {
    if (options.stopped()) return sendJson(res, 503, { error: 'the server is shutting down' });
    const body = await readJson(req, res);
    if (body === undefined) return;
    const parsed = FitBodySchema.safeParse(body);
    if (!parsed.success) {
      return sendJson(res, 400, { error: parsed.error.issues[0]?.message ?? 'invalid body' });
    }
    const checked = checkJobText(parsed.data.text);
    if (!checked.ok)
      return sendJson(res, checked.reason === 'too-long' ? 413 : 400, { error: checked.message });
    const address = req.socket.remoteAddress ?? 'unknown';
    const limit = rateLimiter.take(address);
    if (!limit.allowed) {
      const seconds = Math.max(1, Math.ceil(limit.retryAfterMs / 1000));
      return sendJson(
        res,
        429,
        {
          error: `Too many requests at once: try again in ${seconds} second${seconds === 1 ? '' : 's'}.`,
        },
        { 'retry-after': String(seconds) },
      );
    }
    const report = fit.fit(checked.text, {
      surface: 'web',
      conversationId: 'fit',
      userId: address,
    });
    logger.debug({ requirements: report.requirements.length }, 'web job description fitted');
    sendJson(res, 200, report);
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
  const max = WEB_FIT_DEFAULTS.maxBodyBytes;
  const body = await readBody(req, max);
  if (body === 'too-large') {
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
