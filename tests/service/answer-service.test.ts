import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AnswerSource } from '../../src/answer/answer.ts';
import { createConversation } from '../../src/conversation/handler.ts';
import { createScrubber } from '../../src/scrub.ts';
import { type AnswerService, createAnswerService } from '../../src/service/answer-service.ts';
import { createMetrics } from '../../src/service/metrics.ts';
import {
  createUnansweredLog,
  hashAsker,
  type UnansweredLog,
} from '../../src/service/unanswered-log.ts';
import { fakeAssistant } from './fake-assistant.ts';
import { captureLogger } from './log-capture.ts';

const SHIPPED = 'knowledge/profile.yaml';
const open: AnswerService[] = [];
const dirs: string[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'answer-service-'));
  dirs.push(dir);
  return dir;
}

function service(options: Partial<Parameters<typeof createAnswerService>[0]> = {}) {
  const log = captureLogger();
  const metrics = createMetrics({ processMetrics: false });
  const s = createAnswerService({
    knowledgePath: SHIPPED,
    logger: log.logger,
    metrics,
    watch: false,
    createAssistant: fakeAssistant,
    ...options,
  });
  open.push(s);
  return { service: s, metrics, log };
}

/** The service behind a conversation handler that keeps unanswered questions, as the process wires it. */
function conversationOver(source: AnswerSource, unanswered: UnansweredLog) {
  const conversation = createConversation({
    source,
    logger: captureLogger().logger,
    scrub: createScrubber([]),
    unanswered,
  });
  return {
    ask(text: string, surface: string, asker: string): string {
      const reply = conversation.handle({ surface, conversation: 'x', asker, text });
      return reply.kind === 'answer' ? reply.answer.text : reply.kind;
    },
  };
}

async function eventually(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('answer service', () => {
  it('answers with the real engine built from the shipped knowledge', () => {
    const { service: s } = service({ createAssistant: undefined });
    const answer = s.ask('Does he know Kubernetes?', { surface: 'web', conversationId: 'c1' });
    expect(answer.text.length).toBeGreaterThan(0);
    expect(s.profile().identity.name).toBe('Fahad Khan');
  });

  it('counts nothing itself: questions are counted once, by the conversation handler', async () => {
    const { service: s, metrics } = service();
    const conversation = createConversation({
      source: s,
      logger: captureLogger().logger,
      scrub: createScrubber([]),
      metrics,
    });
    const turn = (surface: string, text: string) =>
      conversation.handle({ surface, conversation: 'a', asker: 'u', text });
    turn('web', 'Does he know Kubernetes?');
    turn('discord', 'k8s?');
    turn('web', 'What is his favourite food?');
    conversation.handle({
      surface: 'slack',
      conversation: 'c',
      asker: 'u',
      text: '',
      command: { kind: 'contact' },
    });
    s.ask('Does he know Kubernetes?', { surface: 'web', conversationId: 'direct' });

    const text = await metrics.render();
    expect(text).toContain('portfolio_bot_questions_total{surface="web",topic="skill"} 1');
    expect(text).toContain('portfolio_bot_questions_total{surface="discord",topic="skill"} 1');
    expect(text).toContain('portfolio_bot_questions_total{surface="web",topic="unknown"} 1');
    expect(text).toContain('portfolio_bot_questions_total{surface="slack",topic="contact"} 1');
    expect(text).toContain('portfolio_bot_unanswered_total{surface="web"} 1');
    expect(text).not.toContain('portfolio_bot_unanswered_total{surface="discord"}');
    expect(text).toContain('portfolio_bot_answer_duration_seconds_count{surface="web"} 2');
    expect(text).toContain(
      'portfolio_bot_answer_duration_seconds_bucket{le="0.0001",surface="web"}',
    );
  });

  it('keeps conversations of different surfaces apart', () => {
    const seen: (string | undefined)[] = [];
    const { service: s } = service({
      createAssistant: (profile) => {
        const inner = fakeAssistant(profile);
        return {
          ...inner,
          ask: (q, id) => {
            seen.push(id);
            return inner.ask(q, id);
          },
        };
      },
    });
    s.ask('hi', { surface: 'web', conversationId: '42' });
    s.ask('hi', { surface: 'slack', conversationId: '42' });
    expect(seen).toEqual(['web:42', 'slack:42']);
  });

  it('logs unanswered questions (through the handler) with a hashed asker, never the id, and skips answered, empty and limit ones', async () => {
    const dir = tempDir();
    const path = join(dir, 'data', 'unanswered.jsonl');
    const { logger } = captureLogger();
    const unanswered = createUnansweredLog({ path, logger, salt: 'pepper' });
    const s = conversationOver(service().service, unanswered);
    s.ask('Is he available for freelance work?', 'discord', '123456789012345678');
    s.ask('Does he know Kubernetes?', 'web', 'u1');
    s.ask('this is too much text', 'web', 'u1');
    s.ask('   ', 'web', 'u1');
    await unanswered.flush();

    const text = readFileSync(path, 'utf8');
    expect(text).not.toContain('123456789012345678');
    const lines = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      surface: 'discord',
      question: 'Is he available for freelance work?',
      asker: hashAsker('pepper', 'discord', '123456789012345678'),
    });
    expect(lines[0].asker).toMatch(/^[0-9a-f]{64}$/);
    expect(Date.parse(lines[0].at)).not.toBeNaN();
  });

  it('keeps answering when the unanswered log cannot be written, and warns once', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'not-a-dir'), '');
    const log = captureLogger();
    const unanswered = createUnansweredLog({
      path: join(dir, 'not-a-dir', 'unanswered.jsonl'),
      logger: log.logger,
    });
    const s = conversationOver(service().service, unanswered);
    for (const q of ['Favourite food?', 'Favourite film?', 'Favourite band?']) {
      expect(s.ask(q, 'web', 'u')).toContain('professional profile');
    }
    await unanswered.flush();
    const warnings = log.records().filter((r) => r.level === 40);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.msg).toContain('unanswered');
  });

  it('reloads edited knowledge within seconds and keeps the last good one after a bad edit', async () => {
    const dir = tempDir();
    const file = join(dir, 'profile.yaml');
    const original = readFileSync(SHIPPED, 'utf8');
    writeFileSync(file, original);
    const {
      service: s,
      metrics,
      log,
    } = service({
      knowledgePath: file,
      watch: true,
      debounceMs: 50,
    });
    expect(s.profile().identity.name).toBe('Fahad Khan');
    const firstLoad = s.loadedAt();

    // Saved the way many editors do: a new file renamed over the old one.
    writeFileSync(
      join(dir, 'profile.yaml.tmp'),
      original.replace('name: Fahad Khan', 'name: Fahad A. Khan'),
    );
    renameSync(join(dir, 'profile.yaml.tmp'), file);
    await eventually(() => s.profile().identity.name === 'Fahad A. Khan');
    expect(s.loadedAt().getTime()).toBeGreaterThanOrEqual(firstLoad.getTime());

    // A bad edit in place: an empty title.
    const bad = original
      .replace('name: Fahad Khan', 'name: Fahad A. Khan')
      .replace('title: Senior Backend Engineer', "title: ''");
    writeFileSync(file, bad);
    await eventually(() => log.records().some((r) => r.level === 50));
    const titleLine = bad.split('\n').findIndex((l) => l.includes("title: ''")) + 1;
    const error = log.records().find((r) => r.level === 50);
    expect(error?.msg).toContain(`${file}:${titleLine}:`);
    expect(error?.msg).toMatch(/identity\.title: must not be empty/);
    expect(s.profile().identity.name).toBe('Fahad A. Khan');
    expect(s.profile().identity.title).toBe('Senior Backend Engineer');
    expect(
      s.ask('Does he know Kubernetes?', { surface: 'web', conversationId: 'r' }).answered,
    ).toBe(true);

    const text = await metrics.render();
    expect(text).toMatch(/portfolio_bot_knowledge_reloads_total\{result="success"\} [1-9]/);
    expect(text).toMatch(/portfolio_bot_knowledge_reloads_total\{result="failure"\} [1-9]/);
  });

  it('refuses to start on invalid knowledge, naming the file and line', () => {
    const dir = tempDir();
    const file = join(dir, 'profile.yaml');
    writeFileSync(file, 'identity:\n  name: X\n');
    expect(() => service({ knowledgePath: file })).toThrow(/profile\.yaml:\d+:\d+ identity\.title/);
  });
});
