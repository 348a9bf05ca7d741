import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { Duplex } from 'node:stream';
import type { Logger } from './logger.ts';
import type { Metrics } from './service/metrics.ts';
import { SECURITY_HEAD, sendJson } from './surface/http.ts';
import type { SurfaceRoute } from './surface/surface.ts';

/**
 * The response class of one server: it carries the security headers however its handler writes
 * its head, and once the server is closing it ends its connection after itself. A flat header
 * list that starts with {@link SECURITY_HEAD} (every `sendJson`) already has them and is written
 * as it is, which spares the busiest responses seven `setHeader` calls and the merge; any other
 * head (an object, `res.end()` alone, a platform library) gets the missing ones set.
 */
function securedResponse(closing: () => boolean) {
  return class SecuredResponse<
    Request extends IncomingMessage = IncomingMessage,
  > extends ServerResponse<Request> {
    // biome-ignore lint/suspicious/noExplicitAny: forwards writeHead's overloads unchanged
    override writeHead(statusCode: number, ...rest: any[]): this {
      const given = typeof rest[0] === 'string' ? rest[1] : rest[0];
      if (!(Array.isArray(given) && given[0] === SECURITY_HEAD[0])) {
        for (let i = 0; i < SECURITY_HEAD.length; i += 2) {
          const name = SECURITY_HEAD[i] as string;
          if (!this.hasHeader(name)) this.setHeader(name, SECURITY_HEAD[i + 1] as string);
        }
      }
      // Node then sends `Connection: close` and ends the connection once this response is out.
      if (closing()) this.shouldKeepAlive = false;
      return super.writeHead(statusCode, ...rest);
    }
  };
}

export const HTTP_SERVER_DEFAULTS = Object.freeze({
  /** How long shutdown waits for in-flight requests before cutting connections. */
  closeTimeoutMs: 4000,
  /** A client that has not sent its headers by then gets 408. */
  headersTimeoutMs: 10_000,
  /** A client that has not sent its whole request by then gets 408. */
  requestTimeoutMs: 15_000,
  /** How often the two timeouts above are checked (Node's default is 30 s). */
  timeoutCheckMs: 1000,
  /** Request headers larger than this get 431. */
  maxHeaderBytes: 16 * 1024,
});

/** Answers for requests Node's parser refused, by its error code. */
const CLIENT_ERROR_RESPONSES: Record<string, string> = {
  ERR_HTTP_REQUEST_TIMEOUT: '408 Request Timeout',
  HPE_HEADER_OVERFLOW: '431 Request Header Fields Too Large',
};

export interface HttpServerOptions {
  logger: Logger;
  /** Routes of every surface (web chat, Slack events ...). */
  routes: readonly SurfaceRoute[];
  /** The body of `GET /healthz`; answered with 200, or 503 when its `status` is `failed`. */
  health?: () => Record<string, unknown>;
  /** Served as `GET /metrics` in the Prometheus text format. */
  metrics?: Metrics;
  /** When set, `GET /metrics` needs `Authorization: Bearer <token>` (env `METRICS_TOKEN`). */
  metricsToken?: string;
  /** Who sent a request, for the request log. Default: the socket's peer address. */
  clientAddress?: (req: IncomingMessage) => string;
  /** Default 4000 ms. */
  closeTimeoutMs?: number;
  /** Defaults in {@link HTTP_SERVER_DEFAULTS}. */
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
  timeoutCheckMs?: number;
}

export interface HttpServer {
  readonly server: Server;
  /** Resolves with the bound address (the real port when `port` is 0). */
  listen(port: number, host: string): Promise<AddressInfo>;
  /** Stops accepting connections, lets in-flight requests finish, then closes. */
  close(): Promise<void>;
}

/** The process's one HTTP server: surface routes plus `/healthz` and `/metrics`. */
export function createHttpServer(options: HttpServerOptions): HttpServer {
  const { logger } = options;
  const settings = { ...HTTP_SERVER_DEFAULTS, ...definedOnly(options) };
  const handle = createRequestHandler(options);

  // Responses in flight are not tracked one by one: each asks, as it writes its head, whether
  // the server is closing, and then closes its connection behind itself.
  let closing = false;
  const server = createServer(
    {
      headersTimeout: settings.headersTimeoutMs,
      requestTimeout: settings.requestTimeoutMs,
      connectionsCheckingInterval: settings.timeoutCheckMs,
      maxHeaderSize: settings.maxHeaderBytes,
      ServerResponse: securedResponse(() => closing),
    },
    handle,
  );
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) =>
    answerClientError(logger, error, socket),
  );

  return {
    server,
    listen(port, host) {
      return new Promise((resolveListen, reject) => {
        const onError = (error: Error) => reject(error);
        server.once('error', onError);
        server.listen(port, host, () => {
          server.off('error', onError);
          resolveListen(server.address() as AddressInfo);
        });
      });
    },
    close() {
      if (!server.listening) return Promise.resolve();
      closing = true;
      return new Promise((resolveClose) => {
        const force = setTimeout(() => server.closeAllConnections(), settings.closeTimeoutMs);
        force.unref();
        // A response whose head was already out when closing began keeps its connection alive:
        // it is closed as soon as that response is over and the connection idle.
        const sweep = setInterval(() => server.closeIdleConnections(), 50);
        sweep.unref();
        server.close(() => {
          clearTimeout(force);
          clearInterval(sweep);
          resolveClose();
        });
        // Idle keep-alive sockets would otherwise hold close() open until they time out.
        server.closeIdleConnections();
      });
    },
  };
}

/**
 * Routes a request to its handler (405 for a known path, 404 otherwise), a failed handler answered 500, and, at debug level, one access-log line.
 */
function createRequestHandler(options: HttpServerOptions) {
  const { logger } = options;
  const routes: SurfaceRoute[] = [...options.routes, ...operationalRoutes(options)];
  // Method, then path, to its handler: two map lookups and no key string built per request.
  const byMethod = new Map<string, Map<string, SurfaceRoute['handler']>>();
  const allowed = new Map<string, string[]>();
  for (const r of routes) {
    const paths = byMethod.get(r.method) ?? new Map<string, SurfaceRoute['handler']>();
    byMethod.set(r.method, paths.set(r.path, r.handler));
    allowed.set(r.path, [...(allowed.get(r.path) ?? []), r.method]);
  }
  const addressOf = options.clientAddress ?? ((req) => req.socket.remoteAddress ?? 'unknown');

  const failed = (req: IncomingMessage, res: ServerResponse, path: string, error: unknown) => {
    logger.error({ err: error, method: req.method, path }, 'request failed');
    if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
    else res.destroy();
  };
  const accessLine = (req: IncomingMessage, res: ServerResponse, path: string, started: number) => {
    const ms = Math.round((performance.now() - started) * 1000) / 1000;
    const ip = addressOf(req);
    logger.debug({ method: req.method, path, status: res.statusCode, ms, ip }, 'request');
  };

  // Not async: a handler that answers without a promise (the busiest one) costs none here.
  return (req: IncomingMessage, res: ServerResponse) => {
    // The access log is for debugging: at the usual levels a request costs no log work.
    const accessLog = logger.isLevelEnabled('debug');
    const started = accessLog ? performance.now() : 0;
    const url = req.url ?? '/';
    const query = url.indexOf('?');
    const path = query === -1 ? url : url.slice(0, query);
    // HEAD is GET without a body; Node drops the body itself.
    const handler = byMethod.get(req.method === 'HEAD' ? 'GET' : (req.method ?? ''))?.get(path);
    // Logged once the response is over, however the handler answered (now, later, or not).
    if (accessLog) res.once('close', () => accessLine(req, res, path, started));
    let running: void | Promise<void> | undefined;
    try {
      if (handler) running = handler(req, res);
      else if (allowed.has(path)) {
        const allow = (allowed.get(path) ?? []).join(', ');
        sendJson(res, 405, { error: `${req.method} is not allowed here` }, { allow });
      } else sendJson(res, 404, { error: 'not found' });
    } catch (error) {
      failed(req, res, path, error);
    }
    running?.catch((error: unknown) => failed(req, res, path, error));
  };
}

/** A request Node's parser refused: a bare status line when the socket can still take one. */
function answerClientError(logger: Logger, error: NodeJS.ErrnoException, socket: Duplex) {
  const status = CLIENT_ERROR_RESPONSES[error.code ?? ''] ?? '400 Bad Request';
  if (socket.writable && !(socket as { _httpMessage?: unknown })._httpMessage) {
    socket.end(`HTTP/1.1 ${status}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
  } else socket.destroy();
  logger.debug({ reason: error.message, code: error.code }, 'bad HTTP request');
}

/** `GET /healthz` and `GET /metrics`, when the process offers them. */
function operationalRoutes(options: HttpServerOptions): SurfaceRoute[] {
  const routes: SurfaceRoute[] = [];
  const { health, metrics, metricsToken } = options;
  if (health) {
    routes.push({
      method: 'GET',
      path: '/healthz',
      handler: (_req, res) => {
        const body = health();
        sendJson(res, body.status === 'failed' ? 503 : 200, body);
      },
    });
  }
  if (metrics) {
    const expected = metricsToken ? Buffer.from(`Bearer ${metricsToken}`) : undefined;
    routes.push({
      method: 'GET',
      path: '/metrics',
      handler: async (req, res) => {
        if (expected && !sameSecret(req.headers.authorization, expected)) {
          return sendJson(
            res,
            401,
            { error: 'send the metrics token: Authorization: Bearer <METRICS_TOKEN>' },
            { 'www-authenticate': 'Bearer realm="metrics"' },
          );
        }
        const body = await metrics.render();
        res.writeHead(200, { 'content-type': metrics.contentType, 'cache-control': 'no-store' });
        res.end(body);
      },
    });
  }
  return routes;
}

/** Compares in constant time, so response times say nothing about the token. */
function sameSecret(given: string | undefined, expected: Buffer): boolean {
  const bytes = Buffer.from(given ?? '');
  return bytes.length === expected.length && timingSafeEqual(bytes, expected);
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
