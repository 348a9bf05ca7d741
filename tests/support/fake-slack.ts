import { createHmac } from 'node:crypto';
import { EventEmitter, once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

/**
 * A local Slack for tests, on 127.0.0.1: the Web API methods the bot calls (`auth.test`,
 * `chat.postMessage`, `chat.postEphemeral`, `views.open`, `apps.connections.open`), `response_url` endpoints, and the Socket Mode
 * WebSocket. It records what the bot sent and signs requests the way Slack does.
 */

export interface ApiCall {
  method: string;
  /** The bearer token the call carried. */
  token: string | undefined;
  /** Arguments, with JSON-valued ones (`blocks`) decoded. */
  args: Record<string, unknown>;
}

export interface ResponseUrlPost {
  id: string;
  body: Record<string, unknown>;
}

export interface SocketModeAck {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

export interface FakeSlackOptions {
  botUserId?: string;
  botId?: string;
  teamId?: string;
  appId?: string;
  /** Secret used by {@link FakeSlack.deliver} to sign requests. */
  signingSecret?: string;
}

export interface DeliverOptions {
  /** Form fields (slash commands, `payload=` for interactivity) or a JSON object (events). */
  form?: Record<string, string>;
  json?: unknown;
  /** Unix seconds to sign with. Default now. */
  timestamp?: number;
  /** Sign with another secret. */
  secret?: string;
  /** Leave the signature headers out. */
  unsigned?: boolean;
  headers?: Record<string, string>;
}

export interface Delivered {
  status: number;
  contentType: string | null;
  text: string;
  json(): Record<string, unknown>;
}

export interface FakeSlack {
  readonly baseUrl: string;
  /** While `api` is true, Web API connections are cut without an answer, as in an outage;
   * while `refuseToken` is, every token is answered `invalid_auth`. */
  readonly outage: { api: boolean; refuseToken: boolean };
  /** Web API requests cut during an outage. */
  readonly refusedApiCalls: number;
  /** What `slackApiUrl` / `SLACK_API_URL` should be. */
  readonly apiUrl: string;
  readonly calls: ApiCall[];
  readonly responses: ResponseUrlPost[];
  readonly acks: SocketModeAck[];
  /** `apps.connections.open` calls, i.e. Socket Mode (re)connections attempted. */
  readonly connectionsOpened: number;
  readonly openSockets: number;
  readonly botUserId: string;
  readonly teamId: string;
  callsTo(method: string): ApiCall[];
  /** A `response_url` the bot can POST to; what it posts lands in `responses`. */
  responseUrl(id: string): string;
  /** Resolves once `count` calls to `method` are recorded. */
  waitForCalls(method: string, count?: number, timeoutMs?: number): Promise<ApiCall[]>;
  waitForResponses(count?: number, timeoutMs?: number): Promise<ResponseUrlPost[]>;
  /** Resolves once a Socket Mode client is connected and greeted. */
  waitForSocket(timeoutMs?: number): Promise<void>;
  /** Pushes an envelope to the connected client and resolves with its acknowledgement. */
  sendEnvelope(envelope: Record<string, unknown>, timeoutMs?: number): Promise<SocketModeAck>;
  /** POSTs a request to the bot as Slack would, signed unless told otherwise. */
  deliver(url: string, options: DeliverOptions): Promise<Delivered>;
  reset(): void;
  close(): Promise<void>;
}

/** `v0=` HMAC-SHA256 of `v0:<timestamp>:<body>`, Slack's request signature. */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export async function startFakeSlack(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  const botUserId = options.botUserId ?? 'U0BOT';
  const botId = options.botId ?? 'B0BOT';
  const teamId = options.teamId ?? 'T0TEAM';
  const appId = options.appId ?? 'A0APP';
  const calls: ApiCall[] = [];
  const responses: ResponseUrlPost[] = [];
  const acks: SocketModeAck[] = [];
  const events = new EventEmitter();
  const sockets = new Set<WebSocket>();
  let connectionsOpened = 0;
  const outage = { api: false, refuseToken: false };
  let apiAttempts = 0;
  let messageSeq = 0;
  let baseUrl = '';

  const server = createServer((req, res) => {
    if (outage.api && req.url?.startsWith('/api/')) {
      apiAttempts += 1;
      req.socket.destroy();
      return;
    }
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', baseUrl);
    const text = await readText(req);
    if (req.method === 'POST' && url.pathname.startsWith('/respond/')) {
      responses.push({ id: url.pathname.slice('/respond/'.length), body: JSON.parse(text) });
      events.emit('change');
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('ok');
      return;
    }
    if (req.method === 'POST' && url.pathname.startsWith('/api/')) {
      const method = url.pathname.slice('/api/'.length);
      const args = decodeArgs(text, req.headers['content-type']);
      const auth = req.headers.authorization;
      const token = auth?.startsWith('Bearer ') ? auth.slice('Bearer '.length) : undefined;
      calls.push({ method, token: token ?? stringArg(args.token), args });
      events.emit('change');
      sendJson(res, answerApi(method, token ?? stringArg(args.token), args));
      return;
    }
    res.writeHead(404);
    res.end();
  }

  function answerApi(method: string, token: string | undefined, args: Record<string, unknown>) {
    if (outage.refuseToken) return { ok: false, error: 'invalid_auth' };
    switch (method) {
      case 'auth.test':
        if (!token?.startsWith('xoxb-')) return { ok: false, error: 'invalid_auth' };
        return {
          ok: true,
          url: 'https://example.slack.com/',
          team: 'Example',
          user: 'portfolio-bot',
          team_id: teamId,
          user_id: botUserId,
          bot_id: botId,
          is_enterprise_install: false,
        };
      case 'chat.postMessage': {
        if (!token?.startsWith('xoxb-')) return { ok: false, error: 'invalid_auth' };
        messageSeq += 1;
        const ts = `${1_700_000_000 + messageSeq}.000100`;
        return { ok: true, channel: args.channel, ts, message: { ...args, ts, bot_id: botId } };
      }
      case 'views.open':
        if (!token?.startsWith('xoxb-')) return { ok: false, error: 'invalid_auth' };
        return { ok: true, view: { id: 'V0VIEW', ...(args.view as object) } };
      case 'chat.postEphemeral':
        if (!token?.startsWith('xoxb-')) return { ok: false, error: 'invalid_auth' };
        messageSeq += 1;
        return { ok: true, message_ts: `${1_700_000_000 + messageSeq}.000100` };
      case 'apps.connections.open':
        if (!token?.startsWith('xapp-')) return { ok: false, error: 'invalid_auth' };
        connectionsOpened += 1;
        return { ok: true, url: `${baseUrl.replace(/^http/, 'ws')}/link` };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    if (!req.url?.startsWith('/link')) {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.add(ws);
      ws.on('close', () => {
        sockets.delete(ws);
        events.emit('change');
      });
      ws.on('message', (data) => {
        const frame = JSON.parse(String(data)) as SocketModeAck;
        if (typeof frame.envelope_id === 'string') {
          acks.push(frame);
          events.emit('change');
        }
      });
      ws.send(
        JSON.stringify({
          type: 'hello',
          num_connections: 1,
          debug_info: { host: 'fake-slack' },
          connection_info: { app_id: appId },
        }),
      );
      events.emit('change');
    });
  });

  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function until<T>(read: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    const found = read();
    if (found !== undefined) return found;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        events.off('change', check);
        reject(new Error(`fake Slack: timed out waiting for ${what}`));
      }, timeoutMs);
      function check() {
        const value = read();
        if (value === undefined) return;
        clearTimeout(timer);
        events.off('change', check);
        resolve(value);
      }
      events.on('change', check);
    });
  }

  const callsTo = (method: string) => calls.filter((call) => call.method === method);

  return {
    baseUrl,
    outage,
    get refusedApiCalls() {
      return apiAttempts;
    },
    apiUrl: `${baseUrl}/api/`,
    calls,
    responses,
    acks,
    get connectionsOpened() {
      return connectionsOpened;
    },
    get openSockets() {
      return sockets.size;
    },
    botUserId,
    teamId,
    callsTo,
    responseUrl: (id) => `${baseUrl}/respond/${id}`,
    waitForCalls(method, count = 1, timeoutMs = 2000) {
      return until(
        () => (callsTo(method).length >= count ? callsTo(method) : undefined),
        timeoutMs,
        `${count} ${method} call(s)`,
      );
    },
    waitForResponses(count = 1, timeoutMs = 2000) {
      return until(
        () => (responses.length >= count ? responses : undefined),
        timeoutMs,
        `${count} response_url post(s)`,
      );
    },
    async waitForSocket(timeoutMs = 2000) {
      await until(() => (sockets.size > 0 ? true : undefined), timeoutMs, 'a Socket Mode client');
    },
    async sendEnvelope(envelope, timeoutMs = 2000) {
      const [socket] = sockets;
      if (!socket) throw new Error('fake Slack: no Socket Mode client connected');
      socket.send(JSON.stringify(envelope));
      return until(
        () => acks.find((ack) => ack.envelope_id === envelope.envelope_id),
        timeoutMs,
        `the ack of envelope ${String(envelope.envelope_id)}`,
      );
    },
    async deliver(url, deliverOptions) {
      const body = deliverOptions.form
        ? new URLSearchParams(deliverOptions.form).toString()
        : JSON.stringify(deliverOptions.json);
      const contentType = deliverOptions.form
        ? 'application/x-www-form-urlencoded'
        : 'application/json';
      const timestamp = deliverOptions.timestamp ?? Math.floor(Date.now() / 1000);
      const secret = deliverOptions.secret ?? options.signingSecret ?? '';
      const headers: Record<string, string> = {
        'content-type': contentType,
        ...(deliverOptions.unsigned
          ? {}
          : {
              'x-slack-request-timestamp': String(timestamp),
              'x-slack-signature': slackSignature(secret, timestamp, body),
            }),
        ...deliverOptions.headers,
      };
      const response = await fetch(url, { method: 'POST', headers, body });
      const text = await response.text();
      return {
        status: response.status,
        contentType: response.headers.get('content-type'),
        text,
        json: () => JSON.parse(text) as Record<string, unknown>,
      };
    },
    reset() {
      calls.length = 0;
      responses.length = 0;
      acks.length = 0;
    },
    async close() {
      for (const socket of sockets) socket.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function decodeArgs(text: string, contentType: string | undefined): Record<string, unknown> {
  if (text === '') return {};
  if (contentType?.startsWith('application/json')) return JSON.parse(text);
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    args[key] = /^[[{]/.test(value) ? parseJsonOr(value) : value;
  }
  return args;
}

function parseJsonOr(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function stringArg(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(res: ServerResponse, body: unknown): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
