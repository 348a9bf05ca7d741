import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';
import { imported } from '../support/import-fixture.ts';

const about = [
  "# Hi, I'm Lotte de Vries",
  '',
  'I am a platform engineer in Utrecht.',
  '',
  "When I'm not at a keyboard I'm probably rowing on the Vecht, restoring old bicycles that nobody asked for, or reading Dutch crime novels.",
].join('\n');

describe('pastimes named in passing in an about page', () => {
  const { profile } = imported(about);

  it('reads each as an interest, without what the sentence says of it', () => {
    expect(profile.interests.map((i) => i.name)).toEqual([
      'rowing on the Vecht',
      'restoring old bicycles',
      'reading Dutch crime novels',
    ]);
  });

  it('answers "what does she do for fun" with them', () => {
    const text = answerToPlainText(
      createAssistant(ProfileSchema.parse(profile)).ask('what does she do for fun?'),
    );
    expect(text).toMatch(/rowing on the Vecht/);
  });
});

describe('a pastime named by the class it is done in', () => {
  const { profile } = imported(
    [
      '# Inês Lobo',
      '',
      'Backend Engineer',
      '',
      '## Outside of work',
      '',
      "When I'm not at a keyboard I'm surfing at Costa da Caparica or making lopsided mugs in a pottery class in Arroios.",
    ].join('\n'),
  );

  it('reads "making mugs in a pottery class" as pottery, and the other pastime as written', () => {
    expect(profile.interests.map((i) => i.name)).toEqual([
      'surfing at Costa da Caparica',
      'pottery',
    ]);
  });
});
