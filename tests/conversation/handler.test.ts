import { describe, expect, it } from 'vitest';
import type { Answer, AnswerSource, AskContext, DirectCommand } from '../../src/answer/answer.ts';
import { createConversation, type Turn } from '../../src/conversation/handler.ts';
import { createRateLimiter } from '../../src/conversation/rate-limit.ts';
import { createScrubber } from '../../src/scrub.ts';
import { createMetrics } from '../../src/service/metrics.ts';
import { recordingFit } from '../fit/sample-report.ts';
import { captureLogger } from '../service/log-capture.ts';

const answer = (topic: Answer['topic'], answered = true): Answer => ({
  answered,
  confidence: answered ? 0.9 : 0,
  topic,
  title: topic,
  text: `about ${topic}`,
  fields: [],
  links: [],
  suggestions: [],
});

/** A source that records what reached it and fails on request. */
function recordingSource() {
  const asked: { question: string; context: AskContext }[] = [];
  const commands: DirectCommand[] = [];
  const source: AnswerSource = {
    ask(question, context) {
      asked.push({ question, context });
      if (question.includes('explode')) throw new Error('engine failure with secret-token-123');
      return question.includes('colour') ? answer('unknown', false) : answer('skill');
    },
    command(command) {
      commands.push(command);
      return answer('identity');
    },
    complete: () => [],
    profile: () => {
      throw new Error('not needed');
    },
  };
  return { source, asked, commands };
}

function setup(options: { max?: number; fit?: ReturnType<typeof recordingFit> } = {}) {
  const log = captureLogger();
  const recorded: { question: string; surface: string }[] = [];
  const metrics = createMetrics({ processMetrics: false });
  const { source, asked, commands } = recordingSource();
  const conversation = createConversation({
    source,
    logger: log.logger,
    scrub: createScrubber(['secret-token-123']),
    rateLimiter: createRateLimiter({ max: options.max ?? 100, windowMs: 10_000 }),
    metrics,
    fit: options.fit,
    unanswered: {
      path: '-',
      record: (q) => recorded.push(q),
      flush: async () => {},
      dropped: () => 0,
    },
  });
  return { conversation, asked, commands, log, recorded, metrics };
}

const turn = (text: string, more: Partial<Turn> = {}): Turn => ({
  surface: 'chat',
  conversation: 'c1',
  asker: 'u1',
  text,
  ...more,
});

describe('the conversation handler', () => {
  it('answers a question through the knowledge, keeping the conversation', () => {
    const { conversation, asked } = setup();
    const reply = conversation.handle(turn('  Does he know Go?  '));
    expect(reply).toMatchObject({ kind: 'answer', answer: { topic: 'skill' } });
    expect(asked).toEqual([
      {
        question: 'Does he know Go?',
        context: { surface: 'chat', conversationId: 'c1', userId: 'u1' },
      },
    ]);
  });

  it('introduces the profile for an empty message', () => {
    const { conversation, asked, commands } = setup();
    expect(conversation.handle(turn('   '))).toMatchObject({
      kind: 'answer',
      answer: { topic: 'identity' },
    });
    expect(commands).toEqual([{ kind: 'about' }]);
    expect(asked).toHaveLength(0);
  });

  it('counts length in characters as a person sees them: 300 emoji are not too long', () => {
    const { conversation, asked } = setup();
    const emoji = '🙂'.repeat(300); // 600 UTF-16 units
    expect(conversation.handle(turn(emoji)).kind).toBe('answer');
    expect(asked[0]?.question).toBe(emoji);
    const reply = conversation.handle(turn('a'.repeat(501)));
    expect(reply).toMatchObject({ kind: 'notice', reason: 'too-long' });
    expect(reply.kind === 'notice' && reply.text).toMatch(/at most 500 characters/);
    expect(asked).toHaveLength(1);
  });

  it('tells a fast asker to wait once per window where silence is allowed, every time where not', () => {
    const { conversation, asked } = setup({ max: 2 });
    expect(conversation.handle(turn('one')).kind).toBe('answer');
    expect(conversation.handle(turn('two')).kind).toBe('answer');
    const third = conversation.handle(turn('three'));
    expect(third).toMatchObject({ kind: 'notice', reason: 'rate-limited' });
    expect(third.kind === 'notice' && third.text).toMatch(/Please wait \d+ s and ask again/);
    expect(conversation.handle(turn('four', { conversation: 'c2' }))).toEqual({ kind: 'silent' });
    expect(conversation.handle(turn('five', { mustReply: true })).kind).toBe('notice');
    // Someone else is not slowed down, nor is the same id on another surface.
    expect(conversation.handle(turn('six', { asker: 'u2' })).kind).toBe('answer');
    expect(conversation.handle(turn('seven', { surface: 'other' })).kind).toBe('answer');
    expect(asked.map((a) => a.question)).toEqual(['one', 'two', 'six', 'seven']);
  });

  it('apologises when answering fails, logging the error without secrets', () => {
    const { conversation, log } = setup();
    const reply = conversation.handle(turn('please explode'));
    expect(reply).toMatchObject({ kind: 'notice', reason: 'failed' });
    expect(reply.kind === 'notice' && reply.text).toMatch(/sorry/i);
    expect(log.text()).toContain('engine failure');
    expect(log.text()).not.toContain('secret-token-123');
    expect(conversation.handle(turn('still there?')).kind).toBe('answer');
  });

  it('keeps unanswered questions and counts every question by surface and topic', async () => {
    const { conversation, recorded, metrics } = setup();
    conversation.handle(turn('What is his favourite colour?'));
    conversation.handle(turn('Go?'));
    conversation.handle(turn('', {}));
    expect(recorded).toEqual([
      { surface: 'chat', userId: 'u1', question: 'What is his favourite colour?' },
    ]);
    const text = await metrics.render();
    expect(text).toMatch(/portfolio_bot_questions_total\{surface="chat",topic="skill"\} 1/);
    expect(text).toMatch(/portfolio_bot_unanswered_total\{surface="chat"\} 1/);
  });
});

describe('a job description in the conversation handler', () => {
  const jd = (text: string | Uint8Array, more: Partial<Turn> = {}) => ({
    surface: 'chat',
    conversation: 'c1',
    asker: 'u1',
    text,
    ...more,
  });

  it('gives the report, logging unclassified lines as unanswered and counting it', async () => {
    const fit = recordingFit();
    const { conversation, recorded, metrics } = setup({ fit });
    const reply = conversation.fit(jd('Requirements:\n- Go'));
    expect(reply).toMatchObject({ kind: 'report', report: { coverage: 0.6 } });
    expect(fit.contexts).toEqual([{ surface: 'chat', conversationId: 'c1', userId: 'u1' }]);
    expect(recorded).toEqual([
      { surface: 'chat', userId: 'u1', question: 'Job requirement: A great sense of humour' },
    ]);
    expect(await metrics.render()).toMatch(
      /portfolio_bot_questions_total\{surface="chat",topic="fit"\} 1/,
    );
  });

  it('refuses empty, binary and over-long text without running the fit or using the limit', () => {
    const fit = recordingFit();
    const { conversation } = setup({ fit, max: 1 });
    expect(conversation.fit(jd('   '))).toMatchObject({ kind: 'notice', reason: 'empty' });
    expect(conversation.fit(jd(new Uint8Array([0x50, 0x4b, 0, 3, 4])))).toMatchObject({
      kind: 'notice',
      reason: 'not-text',
    });
    expect(conversation.fit(jd('x'.repeat(20_001)))).toMatchObject({
      kind: 'notice',
      reason: 'too-long',
    });
    expect(fit.texts).toEqual([]);
    expect(conversation.fit(jd('Go')).kind).toBe('report');
  });

  it('shares the rate limit with questions and always says when to try again', () => {
    const fit = recordingFit();
    const { conversation } = setup({ fit, max: 2 });
    expect(conversation.handle(turn('Go?')).kind).toBe('answer');
    expect(conversation.fit(jd('Go')).kind).toBe('report');
    for (const _ of [1, 2]) {
      const refused = conversation.fit(jd('Go'));
      expect(refused).toMatchObject({ kind: 'notice', reason: 'rate-limited' });
      expect(refused.kind === 'notice' && refused.retryAfterSeconds).toBeGreaterThan(0);
    }
    expect(fit.texts).toHaveLength(1);
  });

  it('apologises when the fit fails and keeps working', () => {
    const { conversation, log } = setup({ fit: recordingFit() });
    const reply = conversation.fit(jd('please explode'));
    expect(reply).toMatchObject({ kind: 'notice', reason: 'failed' });
    expect(reply.kind === 'notice' && reply.text).toMatch(/sorry/i);
    expect(log.text()).toContain('the fit exploded');
    expect(conversation.fit(jd('Go')).kind).toBe('report');
  });
});

describe('the rate limit', () => {
  it('allows a burst of max, then one more per window/max, per key', () => {
    let now = 0;
    const limiter = createRateLimiter({ max: 5, windowMs: 10_000, now: () => now });
    for (let i = 0; i < 5; i++) expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterMs: 2000 });
    expect(limiter.take('b').allowed).toBe(true);
    now = 2000;
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
    now = 12_000;
    for (let i = 0; i < 5; i++) expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
  });

  it('forgets the least recently seen askers beyond maxKeys', () => {
    const limiter = createRateLimiter({ max: 1, windowMs: 60_000, maxKeys: 2, now: () => 0 });
    limiter.take('a');
    limiter.take('b');
    limiter.take('c'); // 'a' is forgotten
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('c').allowed).toBe(false);
  });
});
