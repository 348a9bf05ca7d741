import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../src/conversation/rate-limit.ts';
import type { TrustProxy } from '../../src/surface/client-address.ts';
import { serveWebChat } from './serve.ts';

/** Asks twice from this test (127.0.0.1), claiming each time another address. */
async function twoAsksClaiming(trustProxy: TrustProxy, first: string, second: string) {
  const chat = await serveWebChat({
    trustProxy,
    rateLimiter: createRateLimiter({ max: 1, windowMs: 60_000 }),
  });
  try {
    const ask = (forwardedFor: string) =>
      fetch(`${chat.url}/api/ask`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
        body: JSON.stringify({ question: 'k8s?' }),
      });
    return [(await ask(first)).status, (await ask(second)).status];
  } finally {
    await chat.close();
  }
}

describe('the client address behind proxies (TRUST_PROXY)', () => {
  it('ignores X-Forwarded-For by default: a client cannot dodge the rate limit by forging it', async () => {
    expect(await twoAsksClaiming({ kind: 'none' }, '203.0.113.1', '203.0.113.2')).toEqual([
      200, 429,
    ]);
  });

  it('believes the nearest proxy with a hop count, and only it', async () => {
    // Two clients behind one proxy are two askers.
    expect(await twoAsksClaiming({ kind: 'hops', hops: 1 }, '203.0.113.1', '203.0.113.2')).toEqual([
      200, 200,
    ]);
    // A forged entry on the left, before what the proxy appended, changes nothing.
    expect(
      await twoAsksClaiming(
        { kind: 'hops', hops: 1 },
        '198.51.100.7, 203.0.113.1',
        '198.51.100.8, 203.0.113.1',
      ),
    ).toEqual([200, 429]);
  });

  it('believes only listed proxies with a CIDR list', async () => {
    expect(
      await twoAsksClaiming(
        { kind: 'list', ranges: ['127.0.0.0/8'] },
        '203.0.113.1',
        '203.0.113.2',
      ),
    ).toEqual([200, 200]);
    // 203.0.113.1 is not a listed proxy, so what it claims about 198.51.100.x is not believed.
    expect(
      await twoAsksClaiming(
        { kind: 'list', ranges: ['127.0.0.0/8'] },
        '198.51.100.7, 203.0.113.1',
        '198.51.100.8, 203.0.113.1',
      ),
    ).toEqual([200, 429]);
    // The peer is not listed at all: the header is not read.
    expect(
      await twoAsksClaiming({ kind: 'list', ranges: ['10.0.0.0/8'] }, '203.0.113.1', '203.0.113.2'),
    ).toEqual([200, 429]);
  });
});
