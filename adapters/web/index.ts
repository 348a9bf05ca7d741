import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { type AnswerSource, MAX_QUESTION_LENGTH } from '../../src/answer/answer.ts';
import { createFitService, type FitSource } from '../../src/fit/fit-service.ts';
import { sendJson } from '../../src/http-server.ts';
import type { Profile } from '../../src/knowledge/schema.ts';
import type { Logger } from '../../src/logger.ts';
import { createRateLimiter, type RateLimiter } from '../../src/rate-limit.ts';
import type { Surface, SurfaceRoute } from '../../src/surface.ts';
import { createFitRoute } from './fit.ts';
import { readBody } from './read-body.ts';

export const WEB_DEFAULTS = Object.freeze({
  /** Bodies above this are refused with 413 before parsing. */
  maxBodyBytes: 16 * 1024,
});

/** The page allows its own script and stylesheet and nothing inline. */
export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export interface WebSurfaceOptions {
  source: AnswerSource;
  logger: Logger;
  /** Limits questions per client address. Default: 5 in 10 s (env `RATE_LIMIT_MAX`, `RATE_LIMIT_WINDOW_MS`). */
  rateLimiter?: RateLimiter;
  /** Default 16 KiB. */
  maxBodyBytes?: number;
  /** Job-description fit for `POST /api/fit`. Default: one over `source`'s profile, unlogged. */
  fit?: FitSource;
}

const AskBodySchema = z.object({
  question: z.string({ error: 'question must be a string' }),
  /** Kept by the page in sessionStorage so follow-ups ("and his projects?") have context. */
  conversation: z
    .string({ error: 'conversation must be a string' })
    .regex(/^[A-Za-z0-9_-]{1,64}$/, 'conversation must be 1 to 64 letters, digits, - or _')
    .optional(),
});

const asset = (name: string) => readFileSync(new URL(`./public/${name}`, import.meta.url), 'utf8');

/** The web chat: a page, its script and style, and `POST /api/ask`. Served on the process's HTTP server. */
export function createWebSurface(options: WebSurfaceOptions): Surface {
  const { source, logger } = options;
  const rateLimiter = options.rateLimiter ?? createRateLimiter();
  const maxBodyBytes = options.maxBodyBytes ?? WEB_DEFAULTS.maxBodyBytes;
  const template = asset('index.html');
  const script = asset('app.js');
  const style = asset('app.css');
  let stopped = false;

  const staticFile =
    (body: string, type: string): SurfaceRoute['handler'] =>
    (_req, res) => {
      res.writeHead(200, {
        'content-type': type,
        'content-length': Buffer.byteLength(body),
        'cache-control': 'no-cache',
      });
      res.end(body);
    };

  const page: SurfaceRoute['handler'] = (_req, res) => {
    const html = renderPage(template, source.profile());
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': Buffer.byteLength(html),
      'cache-control': 'no-cache',
      'content-security-policy': PAGE_CSP,
    });
    res.end(html);
  };

  const ask = async (req: IncomingMessage, res: ServerResponse) => {
    if (stopped) return sendJson(res, 503, { error: 'the server is shutting down' });
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json') {
      req.resume();
      return sendJson(res, 415, {
        error: 'send the question as JSON (Content-Type: application/json)',
      });
    }
    const body = await readBody(req, maxBodyBytes);
    if (body === 'too-large') {
      return sendJson(
        res,
        413,
        { error: `the body is over ${maxBodyBytes / 1024} KiB` },
        { connection: 'close' },
      );
    }
    let json: unknown;
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch {
      return sendJson(res, 400, { error: 'the body is not valid JSON' });
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      return sendJson(res, 400, { error: 'the body must be a JSON object: {"question": "..."}' });
    }
    const parsed = AskBodySchema.safeParse(json);
    if (!parsed.success) {
      return sendJson(res, 400, { error: parsed.error.issues[0]?.message ?? 'invalid body' });
    }
    const question = parsed.data.question.trim();
    if (question === '') return sendJson(res, 400, { error: 'question must not be empty' });
    if (question.length > MAX_QUESTION_LENGTH) {
      return sendJson(res, 413, {
        error: `question is too long: at most ${MAX_QUESTION_LENGTH} characters`,
      });
    }
    const address = req.socket.remoteAddress ?? 'unknown';
    const limit = rateLimiter.take(address);
    if (!limit.allowed) {
      const seconds = Math.max(1, Math.ceil(limit.retryAfterMs / 1000));
      return sendJson(
        res,
        429,
        {
          error: `Too many questions at once: try again in ${seconds} second${seconds === 1 ? '' : 's'}.`,
        },
        { 'retry-after': String(seconds) },
      );
    }
    const answer = source.ask(question, {
      surface: 'web',
      conversationId: parsed.data.conversation ?? randomUUID(),
      userId: address,
    });
    logger.debug({ topic: answer.topic, answered: answer.answered }, 'web question answered');
    sendJson(res, 200, answer);
  };

  return {
    name: 'web',
    routes: [
      { method: 'GET', path: '/', handler: page },
      {
        method: 'GET',
        path: '/assets/app.js',
        handler: staticFile(script, 'text/javascript; charset=utf-8'),
      },
      {
        method: 'GET',
        path: '/assets/app.css',
        handler: staticFile(style, 'text/css; charset=utf-8'),
      },
      { method: 'POST', path: '/api/ask', handler: ask },
      {
        method: 'GET',
        path: '/assets/fit.js',
        handler: staticFile(asset('fit.js'), 'text/javascript; charset=utf-8'),
      },
      createFitRoute({
        fit: options.fit ?? createFitService({ profile: () => source.profile() }),
        logger,
        rateLimiter,
        stopped: () => stopped,
      }),
    ],
    async start() {
      stopped = false;
    },
    async stop() {
      stopped = true;
    },
  };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Questions offered before the first answer; later ones come from each answer's suggestions. */
export function starterQuestions(profile: Profile): string[] {
  const { name, pronouns } = profile.identity;
  return [
    `Who is ${name}?`,
    `What are ${pronouns.possessive} main skills?`,
    `Tell me about ${pronouns.possessive} projects`,
    `How can I contact ${pronouns.object}?`,
  ];
}

/** Fills the page template; every profile value is escaped. */
export function renderPage(template: string, profile: Profile): string {
  const chips = starterQuestions(profile)
    .map((q) => `<button type="button" class="chip">${escapeHtml(q)}</button>`)
    .join('\n        ');
  const values: Record<string, string> = {
    name: escapeHtml(profile.identity.name),
    title: escapeHtml(profile.identity.headline ?? profile.identity.title),
    chips,
  };
  return template.replace(/\{\{(\w+)\}\}/g, (match, key: string) => values[key] ?? match);
}
