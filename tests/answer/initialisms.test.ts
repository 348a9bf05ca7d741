import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

const assistant = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Ilse Brandt',
      pronouns: { subject: 'she', object: 'her', possessive: 'her' },
      title: 'Search engineer',
    },
    roles: [
      {
        company: 'Kestrel Retail',
        title: 'Search Engineer',
        highlights: [
          'Raised mean reciprocal rank on product search from 0.41 to 0.58 with a learned reranker.',
          'Moved the catalogue to OpenSearch.',
        ],
      },
    ],
  }),
);
const ask = (q: string) => answerToPlainText(assistant.ask(q));

describe('an initialism the profile only spells out', () => {
  it('finds the line that spells it out', () => {
    expect(ask('how much did she improve MRR?')).toContain('0.41 to 0.58');
  });

  it('matches no line when no run of words spells it', () => {
    expect(ask('how much did she improve the QPS?')).not.toContain('0.41 to 0.58');
  });
});
