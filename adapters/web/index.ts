import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { Profile } from '../../src/knowledge/schema.ts';
import { BODY_TOO_LARGE, readBodyThen, sendJson } from '../../src/surface/http.ts';
import type {
  Surface,
  SurfaceAdapter,
  SurfaceDeps,
  SurfaceRoute,
} from '../../src/surface/surface.ts';
import { createFitRoute } from './fit.ts';

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

export interface WebConfig {
  /** Bodies above this are refused with 413 before parsing. Default 16 KiB. */
  maxBodyBytes: number;
}

const CONVERSATION_ID = /^[A-Za-z0-9_-]{1,64}$/;

const AskBodySchema = z.object({
  question: z.string({ error: 'question must be a string' }),
  /** Kept by the page in sessionStorage so follow-ups ("and his projects?") have context. */
  conversation: z
    .string({ error: 'conversation must be a string' })
    .regex(CONVERSATION_ID, 'conversation must be 1 to 64 letters, digits, - or _')
    .optional(),
});

const asset = (name: string) => readFileSync(new URL(`./public/${name}`, import.meta.url), 'utf8');

/** The web chat: a page, its scripts and style, `POST /api/ask` and `POST /api/fit`. */
export function createWebSurface(config: WebConfig, deps: SurfaceDeps): Surface {
  const { conversation, clientAddress } = deps;
  let stopped = false;
  const isStopped = () => stopped;
  const javascript = 'text/javascript; charset=utf-8';
  return {
    name: 'web',
    routes: [
      { method: 'GET', path: '/', handler: pageHandler(asset('index.html'), conversation) },
      { method: 'GET', path: '/assets/app.js', handler: staticFile(asset('app.js'), javascript) },
      {
        method: 'GET',
        path: '/assets/app.css',
        handler: staticFile(asset('app.css'), 'text/css; charset=utf-8'),
      },
      { method: 'POST', path: '/api/ask', handler: askHandler(config, deps, isStopped) },
      { method: 'GET', path: '/assets/fit.js', handler: staticFile(asset('fit.js'), javascript) },
      createFitRoute({ conversation, clientAddress, stopped: isStopped }),
    ],
    async start() {
      stopped = false;
    },
    async stop() {
      stopped = true;
    },
  };
}

/** A file read at start-up, served as it is. */
function staticFile(body: string, type: string): SurfaceRoute['handler'] {
  return (_req, res) => {
    res.writeHead(200, {
      'content-type': type,
      'content-length': Buffer.byteLength(body),
      'cache-control': 'no-cache',
    });
    res.end(body);
  };
}

/** The page, filled from the profile as it is now (it follows knowledge reloads). */
function pageHandler(
  template: string,
  conversation: SurfaceDeps['conversation'],
): SurfaceRoute['handler'] {
  return (_req, res) => {
    const html = renderPage(template, conversation.profile());
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': Buffer.byteLength(html),
      'cache-control': 'no-cache',
      'content-security-policy': PAGE_CSP,
    });
    res.end(html);
  };
}

/** `POST /api/ask`: a JSON question in, the answer (or what went wrong) as JSON out. */
function askHandler(config: WebConfig, deps: SurfaceDeps, stopped: () => boolean) {
  const { conversation, clientAddress, logger } = deps;
  const tooLarge = { error: `the body is over ${config.maxBodyBytes / 1024} KiB` };
  const answer = (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    const parsed = parseAskBody(body);
    if ('error' in parsed) return sendJson(res, 400, { error: parsed.error });
    const reply = conversation.handle({
      surface: 'web',
      conversation: parsed.conversation ?? randomUUID(),
      asker: clientAddress(req),
      text: parsed.question,
      mustReply: true,
    });
    sendReply(res, reply);
  };
  // Answered from the body's callback, not awaited: the busiest route costs no promise.
  return (req: IncomingMessage, res: ServerResponse) => {
    if (stopped()) return sendJson(res, 503, { error: 'the server is shutting down' });
    if (mediaType(req.headers['content-type']) !== 'application/json') {
      req.resume();
      return sendJson(res, 415, {
        error: 'send the question as JSON (Content-Type: application/json)',
      });
    }
    readBodyThen(req, config.maxBodyBytes, (error, body) => {
      try {
        if (error) throw error;
        if (body === BODY_TOO_LARGE) return sendJson(res, 413, tooLarge, { connection: 'close' });
        answer(req, res, body as Buffer);
      } catch (failure) {
        logger.error({ err: failure, method: req.method, path: '/api/ask' }, 'request failed');
        if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
        else res.destroy();
      }
    });
  };
}

/** The conversation's reply as an HTTP response: the answer, or a status that says why not. */
function sendReply(res: ServerResponse, reply: ReturnType<SurfaceDeps['conversation']['handle']>) {
  if (reply.kind === 'answer') return sendJson(res, 200, reply.answer);
  if (reply.kind === 'notice' && reply.reason === 'rate-limited') {
    const retryAfter = String(reply.retryAfterSeconds ?? 1);
    return sendJson(res, 429, { error: reply.text }, { 'retry-after': retryAfter });
  }
  if (reply.kind === 'notice' && reply.reason === 'too-long') {
    return sendJson(res, 413, { error: reply.text });
  }
  sendJson(res, 500, { error: 'internal error' });
}

/** `application/json` of `Application/JSON; charset=utf-8`, without splitting on every request. */
function mediaType(header: string | undefined): string {
  if (!header) return '';
  const semicolon = header.indexOf(';');
  return (semicolon === -1 ? header : header.slice(0, semicolon)).trim().toLowerCase();
}

/** The question and conversation of a `POST /api/ask` body, or what is wrong with it. */
function parseAskBody(
  body: Buffer,
): { question: string; conversation?: string } | { error: string } {
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    return { error: 'the body is not valid JSON' };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { error: 'the body must be a JSON object: {"question": "..."}' };
  }
  const { question, conversation } = json as Record<string, unknown>;
  // The usual body passes these two checks; the schema runs only to word what is wrong.
  const valid =
    typeof question === 'string' &&
    (conversation === undefined ||
      (typeof conversation === 'string' && CONVERSATION_ID.test(conversation)));
  if (!valid) {
    const parsed = AskBodySchema.safeParse(json);
    return { error: (!parsed.success && parsed.error.issues[0]?.message) || 'invalid body' };
  }
  const trimmed = question.trim();
  // An API call without a question is a mistake of the caller, not a hello.
  if (trimmed === '') return { error: 'question must not be empty' };
  return { question: trimmed, conversation: conversation as string | undefined };
}

/** How the process runs the web chat: always on, nothing secret. */
export const adapter: SurfaceAdapter<WebConfig> = {
  name: 'web',
  readConfig: () => ({ maxBodyBytes: WEB_DEFAULTS.maxBodyBytes }),
  secrets: () => [],
  create: createWebSurface,
};

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
