import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../src/conversation/rate-limit.ts';
import { FitReportSchema } from '../../src/fit/report.ts';
import { serveWebChat } from './serve.ts';

let chat: Awaited<ReturnType<typeof serveWebChat>>;
beforeAll(async () => {
  chat = await serveWebChat();
});
afterAll(() => chat.close());

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/api/fit`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

const JD = '## Requirements\n- Go or Python\n- Kubernetes\n- Rust\n\n## Perks\n- Learning budget';

describe('POST /api/fit', () => {
  it('answers a job description with the FitReport as JSON', async () => {
    const response = await post(chat.url, { text: JD });
    expect(response.status).toBe(200);
    const report = FitReportSchema.parse(await response.json());
    expect(report.requirements.map((r) => [r.requirement, r.status])).toEqual([
      ['Go or Python', 'met'],
      ['Kubernetes', 'met'],
      ['Rust', 'missing'],
    ]);
  });

  it('takes a job description of 20,000 characters, far over the question limit', async () => {
    const long = `${JD}\n\n${'We build things for people. '.repeat(700)}`.slice(0, 20_000);
    const response = await post(chat.url, { text: long });
    expect(response.status).toBe(200);
  });

  it.each([
    ['not JSON', '{"text": ', 400, /JSON object/],
    ['no text', { question: 'Go?' }, 400, /text must be a string/],
    ['empty text', { text: '  ' }, 400, /empty/],
    ['binary text', { text: 'PK\u0000\u0003\u0004' }, 400, /not text/],
    ['text over 20,000 characters', { text: 'x'.repeat(20_001) }, 413, /at most 20,000/],
  ])('refuses %s with %i and a message', async (_what, body, status, message) => {
    const response = await post(chat.url, body);
    expect(response.status).toBe(status);
    expect((await response.json()).error).toMatch(message);
  });

  it('refuses a body that is not JSON with 415', async () => {
    const response = await post(chat.url, JD, { 'content-type': 'text/plain' });
    expect(response.status).toBe(415);
  });

  it('refuses a huge body with 413 before reading it all', async () => {
    const response = await post(chat.url, { text: 'x'.repeat(400_000) });
    expect(response.status).toBe(413);
  });

  it('shares the rate limit with questions and says when to try again', async () => {
    const limited = await serveWebChat({
      rateLimiter: createRateLimiter({ max: 1, windowMs: 60_000 }),
    });
    try {
      expect((await post(limited.url, { text: JD })).status).toBe(200);
      const second = await post(limited.url, { text: JD });
      expect(second.status).toBe(429);
      expect(second.headers.get('retry-after')).toMatch(/^\d+$/);
    } finally {
      await limited.close();
    }
  });
});
