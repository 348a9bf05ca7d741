import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createHttpServer } from '../../src/http-server.ts';
import { sendJson } from '../../src/surface/http.ts';
import { captureLogger } from '../service/log-capture.ts';

describe('the HTTP server', () => {
  it('lets a request in flight finish on close, then refuses new connections', async () => {
    const { logger } = captureLogger();
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let arrived: () => void = () => {};
    const inside = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    const http = createHttpServer({
      logger,
      routes: [
        {
          method: 'GET',
          path: '/slow',
          handler: async (_req, res) => {
            arrived();
            await gate;
            sendJson(res, 200, { done: true });
          },
        },
      ],
    });
    const { port } = (await http.listen(0, '127.0.0.1')) as AddressInfo;
    const slow = fetch(`http://127.0.0.1:${port}/slow`);
    await inside;

    let closed = false;
    const closing = http.close().then(() => {
      closed = true;
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(closed).toBe(false);
    release();

    const response = await slow;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ done: true });
    await closing;
    await expect(fetch(`http://127.0.0.1:${port}/slow`)).rejects.toThrow();
  });

  it('answers 500 JSON when a route throws, logs it, and keeps serving', async () => {
    const log = captureLogger();
    const http = createHttpServer({
      logger: log.logger,
      routes: [
        {
          method: 'GET',
          path: '/boom',
          handler: () => {
            throw new Error('kaput');
          },
        },
      ],
      health: () => ({ status: 'ok' }),
    });
    const { port } = (await http.listen(0, '127.0.0.1')) as AddressInfo;
    try {
      const failed = await fetch(`http://127.0.0.1:${port}/boom`);
      expect(failed.status).toBe(500);
      expect(await failed.json()).toEqual({ error: 'internal error' });
      expect(log.text()).toContain('kaput');
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    } finally {
      await http.close();
    }
  });
});

describe('the HTTP server refusing bad clients', () => {
  async function rawRequest(port: number, text: string, waitMs = 3000): Promise<string> {
    const { connect } = await import('node:net');
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.write(text));
      let received = '';
      socket.on('data', (chunk) => {
        received += chunk.toString();
      });
      socket.on('close', () => resolve(received));
      socket.on('error', reject);
      setTimeout(() => {
        socket.destroy();
        resolve(received);
      }, waitMs);
    });
  }

  it('answers 408 to a client that stops sending its request', async () => {
    const { logger } = captureLogger();
    const http = createHttpServer({
      logger,
      routes: [],
      headersTimeoutMs: 300,
      requestTimeoutMs: 300,
      timeoutCheckMs: 100,
    });
    const { port } = (await http.listen(0, '127.0.0.1')) as AddressInfo;
    try {
      const reply = await rawRequest(port, 'GET /healthz HTTP/1.1\r\nhost: x\r\n');
      expect(reply).toMatch(/^HTTP\/1\.1 408 /);
    } finally {
      await http.close();
    }
  });

  it('answers 431 to headers over the limit', async () => {
    const { logger } = captureLogger();
    const http = createHttpServer({ logger, routes: [] });
    const { port } = (await http.listen(0, '127.0.0.1')) as AddressInfo;
    try {
      const big = `x-padding: ${'a'.repeat(20 * 1024)}\r\n`;
      const reply = await rawRequest(port, `GET / HTTP/1.1\r\nhost: x\r\n${big}\r\n`);
      expect(reply).toMatch(/^HTTP\/1\.1 431 /);
    } finally {
      await http.close();
    }
  });

  it('keeps /metrics behind the bearer token when one is set', async () => {
    const { logger } = captureLogger();
    const { createMetrics } = await import('../../src/service/metrics.ts');
    const token = 'metrics-token-0123456789';
    const http = createHttpServer({
      logger,
      routes: [],
      metrics: createMetrics({ processMetrics: false }),
      metricsToken: token,
    });
    const { port } = (await http.listen(0, '127.0.0.1')) as AddressInfo;
    try {
      const url = `http://127.0.0.1:${port}/metrics`;
      const refused = await fetch(url);
      expect(refused.status).toBe(401);
      expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect((await fetch(url, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
      const allowed = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
      expect(allowed.status).toBe(200);
      expect(await allowed.text()).toContain('portfolio_bot_questions_total');
    } finally {
      await http.close();
    }
  });
});
