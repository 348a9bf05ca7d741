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
