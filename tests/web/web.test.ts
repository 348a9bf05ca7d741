import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../src/conversation/rate-limit.ts';
import { serveWebChat } from './serve.ts';

let chat: Awaited<ReturnType<typeof serveWebChat>>;
beforeAll(async () => {
  chat = await serveWebChat();
});
afterAll(() => chat.close());

function ask(body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${chat.url}/api/ask`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('POST /api/ask', () => {
  it('answers a question with the Answer as JSON', async () => {
    const response = await ask({ question: 'Does he know Kubernetes?', conversation: 'abc-123' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const answer = await response.json();
    expect(answer).toMatchObject({ answered: true, topic: 'skill', title: 'Kubernetes' });
    expect(answer.text).toContain('[Jaeger](https://www.jaegertracing.io)');
    expect(answer.suggestions).toContain('Which projects used Kubernetes?');
  });

  it.each([
    ['not JSON', '{"question": ', /not valid JSON/],
    ['an array', '[1,2]', /JSON object/],
    ['no question', { conversation: 'c' }, /question must be a string/],
    ['an empty question', { question: '   ' }, /must not be empty/],
    ['a bad conversation id', { question: 'hi', conversation: '../etc' }, /conversation must be/],
  ])('refuses %s with 400 and a message', async (_what, body, message) => {
    const response = await ask(body);
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(message);
  });

  it('refuses a question over 500 characters with 413', async () => {
    const response = await ask({ question: 'a'.repeat(501) });
    expect(response.status).toBe(413);
    expect((await response.json()).error).toMatch(/at most 500 characters/);
  });

  it('refuses a body over 16 KiB with 413', async () => {
    const response = await ask({ question: 'hi', padding: 'x'.repeat(17 * 1024) });
    expect(response.status).toBe(413);
  });

  it('refuses another content type with 415', async () => {
    const response = await fetch(`${chat.url}/api/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'question=hi',
    });
    expect(response.status).toBe(415);
  });

  it('answers 500 JSON when answering fails, and keeps serving', async () => {
    const failed = await ask({ question: 'explode please' });
    expect(failed.status).toBe(500);
    expect(await failed.json()).toEqual({ error: 'internal error' });
    expect(chat.log.text()).toContain('engine failure');
    expect((await ask({ question: 'k8s?' })).status).toBe(200);
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After once a client asks too fast', async () => {
    const limited = await serveWebChat({
      rateLimiter: createRateLimiter({ max: 2, windowMs: 60_000 }),
    });
    try {
      const post = () =>
        fetch(`${limited.url}/api/ask`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ question: 'k8s?' }),
        });
      expect((await post()).status).toBe(200);
      expect((await post()).status).toBe(200);
      const refused = await post();
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await refused.json()).error).toMatch(/wait \d+ s and ask again/);
    } finally {
      await limited.close();
    }
  });
});

describe('operations', () => {
  it('GET /healthz says ok and which knowledge is served', async () => {
    const response = await fetch(`${chat.url}/healthz`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ status: 'ok', knowledge: { name: 'Fahad Khan' } });
    expect(Date.parse(body.knowledge.loadedAt)).not.toBeNaN();
  });

  it('GET /metrics counts what was asked, in the Prometheus format', async () => {
    await ask({ question: 'What is his favourite colour?' });
    const response = await fetch(`${chat.url}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/portfolio_bot_questions_total\{surface="web",topic="skill"\} [1-9]/);
    expect(text).toMatch(/portfolio_bot_unanswered_total\{surface="web"\} [1-9]/);
  });

  it('answers 404 for unknown paths and 405 for a wrong method', async () => {
    expect((await fetch(`${chat.url}/nope`)).status).toBe(404);
    const wrong = await fetch(`${chat.url}/api/ask`);
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST');
  });
});

describe('security headers', () => {
  it('come with every response, however it was written; the page keeps its own policy', async () => {
    const responses = {
      answer: await ask({ question: 'Does he know Kubernetes?' }),
      refusal: await ask('{"question": '),
      unknown: await fetch(`${chat.url}/nowhere`),
      wrongMethod: await fetch(`${chat.url}/api/ask`),
      script: await fetch(`${chat.url}/assets/app.js`),
      page: await fetch(`${chat.url}/`),
    };
    for (const [what, response] of Object.entries(responses)) {
      await response.arrayBuffer();
      const header = (name: string) => [what, response.headers.get(name)];
      expect(header('x-content-type-options')).toEqual([what, 'nosniff']);
      expect(header('x-frame-options')).toEqual([what, 'DENY']);
      expect(header('referrer-policy')).toEqual([what, 'no-referrer']);
      expect(header('cross-origin-resource-policy')).toEqual([what, 'same-origin']);
      const csp = response.headers.get('content-security-policy');
      if (what === 'page') expect(csp).toContain("script-src 'self'");
      else expect(csp).toBe("default-src 'none'; frame-ancestors 'none'");
    }
  });
});

describe('GET /', () => {
  it('serves an accessible, phone-friendly page with a strict security policy', async () => {
    const response = await fetch(`${chat.url}/`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toMatch(/<meta name="viewport" content="width=device-width, initial-scale=1">/);
    expect(html).toMatch(/<title>Ask about Fahad Khan<\/title>/);
    expect(html).toMatch(/<form id="ask"/);
    expect(html).toMatch(/<label for="question"[^>]*>Your question<\/label>/);
    expect(html).toMatch(/<input id="question"/);
    expect(html).toMatch(/role="log" aria-live="polite"/);
    expect(html).toMatch(/role="group" aria-label="Suggested questions"/);
    expect(html).toMatch(/<button type="button" class="chip">How can I contact him\?<\/button>/);
    expect(html).not.toMatch(/<script>|<script [^>]*>[^<]/); // no inline script

    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');

    const script = await fetch(`${chat.url}/assets/app.js`);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await script.text()).not.toContain('innerHTML');
    const css = await fetch(`${chat.url}/assets/app.css`);
    expect(await css.text()).toContain(':focus-visible');
  });
});
