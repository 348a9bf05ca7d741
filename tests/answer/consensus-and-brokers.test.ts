import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** An invented storage engineer whose consensus work is told in a project, not a skills list. */
const assistant = createAssistant(
  ProfileSchema.parse({
    identity: { name: 'Oskar Lind', title: 'Storage Engineer' },
    skills: [{ id: 'mq', name: 'Messaging', skills: [{ name: 'Kafka' }, { name: 'RocketMQ' }] }],
    projects: [
      { id: 'logkv', name: 'logkv', summary: 'A key-value store replicated with Raft, in Go.' },
    ],
  }),
);
const ask = (q: string) => answerToPlainText(assistant.ask(q, q));

describe('message brokers and consensus algorithms asked as groups', () => {
  it('lists RocketMQ among the message brokers', () => {
    expect(ask('which message brokers has he used?')).toContain('RocketMQ');
  });

  it('finds Raft when consensus algorithms are asked for, and says it is no listed skill', () => {
    const text = ask('any experience with consensus algorithms?');
    expect(text).toContain('Raft');
    expect(text).not.toMatch(/^Yes\b/);
  });
});
