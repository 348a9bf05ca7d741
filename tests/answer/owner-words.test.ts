import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

const shipped = createAssistant(loadKnowledge('knowledge/profile.yaml'));
const say = (q: string, conversation?: string) => answerToPlainText(shipped.ask(q, conversation));

describe('questions in the words people use, on the shipped profile', () => {
  it('answers "what\'s he proudest of" with the impact lines', () => {
    expect(say("what's he proudest of")).toMatch(/impact/i);
    expect(say("what's he proudest of")).toContain('Migrated a legacy C-based controller');
  });

  it("does not take a code migration or a scheduler's time zones for relocating", () => {
    const out = say('is he open to relocating? notice period?');
    expect(out).not.toContain('Migrated');
    expect(out).not.toContain('timezone awareness');
    expect(out).toMatch(/doesn't mention/);
  });

  it('follows "does it handle failures?" to the other lines about the same thing', () => {
    say('tell me about the stripe work', 'stripe-thread');
    expect(say('does it handle failures?', 'stripe-thread')).toContain(
      'retry logic and failure recovery',
    );
  });
});

describe('leadership shown by the lines that count people first', () => {
  const manager = createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'Kojo Asante',
        pronouns: { subject: 'he', object: 'him', possessive: 'his' },
        title: 'Engineering Manager',
      },
      summary: [
        "I've hired around forty engineers over my career and I try to give feedback early.",
        'Right now I run the payouts engineering group, two teams and fourteen people in total.',
      ],
    }),
  );

  it('answers "how many reports" with the line that counts them', () => {
    const out = answerToPlainText(manager.ask('how many reports'));
    expect(out.split('\n').find((l) => l.startsWith('•'))).toContain('fourteen people');
  });
});
