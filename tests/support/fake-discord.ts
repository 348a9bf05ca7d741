import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

/**
 * A local Discord for tests: the REST routes the bot uses and a JSON gateway (hello, identify,
 * ready, resume, heartbeat ack) on 127.0.0.1. Every REST request is recorded for assertions.
 */

export interface RecordedRequest {
  method: string;
  /** Path after `/api/v10`, e.g. `/channels/1/messages`. */
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
  /** Parsed JSON; tests assert on it field by field. */
  // biome-ignore lint/suspicious/noExplicitAny: any request shape; each test reads the fields it checks
  body: any;
}

export type FakeUser = ReturnType<typeof user>;
export const user = (id: string, username: string, bot = false) => ({
  id,
  username,
  discriminator: '0',
  global_name: username,
  avatar: null,
  ...(bot ? { bot: true } : {}),
});

export const FAKE = Object.freeze({
  appId: '900000000000000001',
  guildId: '900000000000000002',
  channelId: '900000000000000003',
  dmChannelId: '900000000000000004',
  token: 'fake-bot-token-abcdef',
  bot: user('900000000000000001', 'portfolio-bot', true),
});

type GatewayFrame = { op: number; d?: unknown; s?: number | null; t?: string | null };

let ids = 1_300_000_000_000_000_000n;
const nextId = () => String(++ids);

/** A message object as Discord returns and dispatches it. */
export const messagePayload = (channelId: string, author: FakeUser, fields: object = {}) => ({
  id: nextId(),
  channel_id: channelId,
  author,
  content: '',
  timestamp: new Date().toISOString(),
  edited_timestamp: null,
  tts: false,
  mention_everyone: false,
  mentions: [],
  mention_roles: [],
  attachments: [],
  embeds: [],
  components: [],
  pinned: false,
  type: 0,
  ...fields,
});

export async function startFakeDiscord() {
  const requests: RecordedRequest[] = [];
  const gatewayFrames: GatewayFrame[] = [];
  const listeners = new Set<() => void>(); // re-check pending waits on each request or frame
  let socket: WebSocket | undefined;
  let seq = 0;
  /** Parts of Discord that are down (their connections are cut), or a token it refuses. */
  const outage = { rest: false, gateway: false, refuseToken: false };
  /** When each gateway connection was attempted (ms since the epoch), refused or not. */
  const gatewayAttempts: number[] = [];

  const server = createServer((req, res) => {
    if (outage.rest) return void req.socket.destroy();
    void handleRest(req, res);
  });
  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, sock, head) => {
    if (req.url?.startsWith('/gateway')) gatewayAttempts.push(Date.now());
    if (!req.url?.startsWith('/gateway') || outage.gateway) return sock.destroy();
    wss.handleUpgrade(req, sock, head, onGateway);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const gatewayUrl = `ws://127.0.0.1:${port}/gateway`;

  async function handleRest(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname.replace(/^\/api\/v10/, '');
    const method = req.method ?? 'GET';
    const body = raw ? JSON.parse(raw) : undefined;
    const json = (status: number, payload?: unknown) => {
      res.writeHead(status, payload === undefined ? {} : { 'content-type': 'application/json' });
      res.end(payload === undefined ? undefined : JSON.stringify(payload));
    };
    const channel = path.match(/^\/channels\/(\d+)\/messages$/)?.[1];
    if (outage.refuseToken) {
      json(401, { message: '401: Unauthorized', code: 0 });
    } else if (method === 'GET' && path === '/gateway/bot') {
      const limit = { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 };
      json(200, { url: gatewayUrl, shards: 1, session_start_limit: limit });
    } else if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) {
      json(204);
    } else if (method === 'POST' && channel) {
      json(200, messagePayload(channel, FAKE.bot, { content: body.content ?? '', type: 19 }));
    } else if (method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(path)) {
      json(200, messagePayload(FAKE.channelId, FAKE.bot, { content: body.content ?? '' }));
    } else if (method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      json(
        200,
        (body as object[]).map((c) => ({ ...c, id: nextId(), version: '1' })),
      );
    } else {
      json(404, { message: '404: Not Found', code: 0 });
    }
    requests.push({
      method,
      path,
      query: url.searchParams,
      authorization: req.headers.authorization,
      body,
    });
    for (const listener of listeners) listener();
  }

  const send = (ws: WebSocket, frame: GatewayFrame) => ws.send(JSON.stringify(frame));
  const dispatchTo = (ws: WebSocket, t: string, d: unknown) => send(ws, { op: 0, t, s: ++seq, d });

  function onGateway(ws: WebSocket) {
    socket = ws;
    send(ws, { op: 10, d: { heartbeat_interval: 45_000 } });
    ws.on('message', (data) => {
      const frame = JSON.parse(String(data)) as GatewayFrame;
      gatewayFrames.push(frame);
      for (const listener of listeners) listener();
      if (frame.op === 1) send(ws, { op: 11 });
      if (frame.op === 6) dispatchTo(ws, 'RESUMED', {});
      if (frame.op !== 2) return;
      seq = 0;
      dispatchTo(ws, 'READY', {
        v: 10,
        user: FAKE.bot,
        guilds: [{ id: FAKE.guildId, unavailable: true }],
        session_id: 'fake-session',
        resume_gateway_url: gatewayUrl,
        shard: [0, 1],
        application: { id: FAKE.appId, flags: 0 },
      });
      // Only what discord.js reads to cache the guild, its channel and the bot as a member.
      dispatchTo(ws, 'GUILD_CREATE', {
        id: FAKE.guildId,
        name: 'Test Guild',
        unavailable: false,
        member_count: 2,
        features: [],
        roles: [{ id: FAKE.guildId, name: '@everyone', permissions: '68608', position: 0 }],
        members: [{ user: FAKE.bot, roles: [], joined_at: new Date(0).toISOString() }],
        channels: [{ id: FAKE.channelId, type: 0, name: 'general', position: 0 }],
      });
    });
  }

  /** Resolves with the first value `find` returns, now or after a later request or frame. */
  function waitFor<T>(find: () => T | undefined, what: string, timeoutMs = 3000): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = find();
        if (found === undefined) return;
        listeners.delete(check);
        clearTimeout(timer);
        resolve(found);
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`fake Discord: no ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      listeners.add(check);
      check();
    });
  }

  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    outage,
    gatewayAttempts,
    requests,
    /** Gateway payloads the client sent: identify, resume, heartbeats. */
    gatewayFrames,
    dispatch(t: string, d: unknown) {
      if (!socket) throw new Error('fake Discord: no gateway connection');
      dispatchTo(socket, t, d);
    },
    waitForRequest: (match: (r: RecordedRequest) => boolean) =>
      waitFor(() => requests.find(match), 'matching request'),
    /** Sends an interaction and returns what the bot posted to its callback. */
    interact(payload: { id: string; token: string }): Promise<RecordedRequest> {
      this.dispatch('INTERACTION_CREATE', payload);
      return this.waitForRequest(
        (r) => r.path === `/interactions/${payload.id}/${payload.token}/callback`,
      );
    },
    /** Sends a message and returns the bot's reply to it. */
    sendMessage(payload: { id: string; channel_id: string }): Promise<RecordedRequest> {
      this.dispatch('MESSAGE_CREATE', payload);
      return this.waitForRequest(
        (r) =>
          r.path === `/channels/${payload.channel_id}/messages` &&
          r.body?.message_reference?.message_id === payload.id,
      );
    },
    /** The first frame with `op` the client sent after the first `after` frames. */
    waitForGatewayOp: (op: number, after = 0) =>
      waitFor(() => gatewayFrames.slice(after).find((f) => f.op === op), `op ${op}`),
    /** Closes the client's socket with `code`, as Discord does when it drops a session. */
    dropConnection: (code: number) => socket?.close(code, 'dropped by the fake'),
    async close() {
      for (const client of wss.clients) client.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type FakeDiscord = Awaited<ReturnType<typeof startFakeDiscord>>;

type Option = { name: string; type: number; value: string | boolean; focused?: boolean };
const member = (u: FakeUser) => ({ user: u, roles: [], joined_at: new Date(0).toISOString() });

/** An INTERACTION_CREATE payload from `u` in the guild channel. */
function interaction(u: FakeUser, type: number, data: unknown, extra: object = {}) {
  const id = nextId();
  return {
    id,
    token: `interaction-token-${id}`,
    application_id: FAKE.appId,
    type,
    version: 1,
    data,
    guild_id: FAKE.guildId,
    channel_id: FAKE.channelId,
    channel: { id: FAKE.channelId, type: 0, guild_id: FAKE.guildId, name: 'general' },
    member: { ...member(u), permissions: '2248473465835073' },
    app_permissions: '2248473465835073',
    locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': FAKE.guildId },
    context: 0,
    ...extra,
  };
}

/** Gateway payloads for what a user does. */
export const userEvents = {
  slash: (u: FakeUser, name: string, options: Option[] = []) =>
    interaction(u, 2, { id: nextId(), name, type: 1, options }),
  autocomplete: (u: FakeUser, name: string, options: Option[]) =>
    interaction(u, 4, { id: nextId(), name, type: 1, options }),
  /** A press on a button of one of the bot's messages, which had `flags`. */
  button: (u: FakeUser, customId: string, flags = 0) =>
    interaction(
      u,
      3,
      { custom_id: customId, component_type: 2 },
      { message: messagePayload(FAKE.channelId, FAKE.bot, { flags }) },
    ),
  /** A submitted modal (type 5): each text input's custom_id and value, one action row each. */
  modalSubmit: (u: FakeUser, customId: string, values: Record<string, string>) =>
    interaction(u, 5, {
      custom_id: customId,
      components: Object.entries(values).map(([id, value]) => ({
        type: 1,
        components: [{ type: 4, custom_id: id, value }],
      })),
    }),
  /** A message command (type 2, command type 3) run on a message in the guild channel. */
  messageCommand: (u: FakeUser, name: string, target: { id: string }) =>
    interaction(u, 2, {
      id: nextId(),
      name,
      type: 3,
      target_id: target.id,
      resolved: { messages: { [target.id]: target } },
    }),
  message: (u: FakeUser, content: string, where: 'guild' | 'dm', mentions: FakeUser[] = []) =>
    messagePayload(where === 'guild' ? FAKE.channelId : FAKE.dmChannelId, u, {
      content,
      mentions,
      channel_type: where === 'guild' ? 0 : 1,
      ...(where === 'guild' ? { guild_id: FAKE.guildId, member: member(u) } : {}),
    }),
};
