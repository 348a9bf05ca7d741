import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from './logger.ts';
import type { Metrics } from './service/metrics.ts';
import type { SurfaceRoute } from './surface.ts';

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

export const HTTP_SERVER_DEFAULTS = Object.freeze({
  /** How long shutdown waits for in-flight requests before cutting connections. */
  closeTimeoutMs: 4000,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 15_000,
});

export interface HttpServerOptions {
  logger: Logger;
  /** Routes of every surface (web chat, Slack events ...). */
  routes: readonly SurfaceRoute[];
  /** The body of `GET /healthz`; answered with 200, or 503 when its `status` is `failed`. */
  health?: () => Record<string, unknown>;
  /** Served as `GET /metrics` in the Prometheus text format. */
  metrics?: Metrics;
  /** Default 4000 ms. */
  closeTimeoutMs?: number;
}

export interface HttpServer {
  readonly server: Server;
  /** Resolves with the bound address (the real port when `port` is 0). */
  listen(port: number, host: string): Promise<AddressInfo>;
  /** Stops accepting connections, lets in-flight requests finish, then closes. */
  close(): Promise<void>;
}

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

/** The process's one HTTP server: surface routes plus `/healthz` and `/metrics`. */
export function createHttpServer(options: HttpServerOptions): HttpServer {
  const { logger } = options;
  const closeTimeoutMs = options.closeTimeoutMs ?? HTTP_SERVER_DEFAULTS.closeTimeoutMs;
  const routes: SurfaceRoute[] = [...options.routes];
  if (options.health) {
    const health = options.health;
    routes.push({
      method: 'GET',
      path: '/healthz',
      handler: (_req, res) => {
        const body = health();
        sendJson(res, body.status === 'failed' ? 503 : 200, body);
      },
    });
  }
  if (options.metrics) {
    const metrics = options.metrics;
    routes.push({
      method: 'GET',
      path: '/metrics',
      handler: async (_req, res) => {
        const body = await metrics.render();
        res.writeHead(200, { 'content-type': metrics.contentType, 'cache-control': 'no-store' });
        res.end(body);
      },
    });
  }

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const started = Date.now();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    // HEAD is GET without a body; Node drops the body itself.
    const method = req.method === 'HEAD' ? 'GET' : req.method;
    const onPath = routes.filter((r) => r.path === path);
    const route = onPath.find((r) => r.method === method);
    try {
      if (route) await route.handler(req, res);
      else if (onPath.length > 0) {
        sendJson(
          res,
          405,
          { error: `${req.method} is not allowed here` },
          {
            allow: [...new Set(onPath.map((r) => r.method))].join(', '),
          },
        );
      } else sendJson(res, 404, { error: 'not found' });
    } catch (error) {
      logger.error({ err: error, method: req.method, path }, 'request failed');
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.destroy();
    } finally {
      logger.debug(
        { method: req.method, path, status: res.statusCode, ms: Date.now() - started },
        'request',
      );
    }
  };

  let closing = false;
  const inFlight = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    if (closing) res.setHeader('connection', 'close');
    inFlight.add(res);
    res.on('close', () => {
      inFlight.delete(res);
      if (closing) server.closeIdleConnections();
    });
    void handle(req, res);
  });
  server.headersTimeout = HTTP_SERVER_DEFAULTS.headersTimeoutMs;
  server.requestTimeout = HTTP_SERVER_DEFAULTS.requestTimeoutMs;
  server.on('clientError', (error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
    logger.debug({ reason: error.message }, 'bad HTTP request');
  });

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
      // Requests already running finish, but their connections are not kept alive for more.
      for (const res of inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
      return new Promise((resolveClose) => {
        const force = setTimeout(() => server.closeAllConnections(), closeTimeoutMs);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          resolveClose();
        });
        // Idle keep-alive sockets would otherwise hold close() open until they time out.
        server.closeIdleConnections();
      });
    },
  };
}
