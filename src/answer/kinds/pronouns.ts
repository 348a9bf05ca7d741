import { reply } from '../pipeline/reply.ts';
import { type AnswerKind, SCORES } from '../pipeline/types.ts';

const PHRASES = [
  'pronouns',
  'pronoun',
  'preferred pronouns',
  'how should i refer to',
  'how do i refer to',
];

/** "she/her" written anywhere in the knowledge: the owner's own statement of pronouns. */
const WRITTEN = /\b(?:she\/her|he\/him|they\/them|she\/they|he\/they|ze\/zir|xe\/xem)\b/i;

/**
 * "pronouns?": the pronouns the knowledge gives. They/them is also what the knowledge says
 * when it says nothing, so it is reported as how the profile refers to the owner, not as a
 * statement the owner made, unless a line of the knowledge writes it out.
 */
export const pronouns: AnswerKind = {
  name: 'pronouns',
  ceiling: SCORES.topic,
  topic: 'identity',
  intent: { phrases: PHRASES, weight: 4 },
  applies: (q) => q.intent === 'pronouns',
  propose(q, k) {
    if (q.intent !== 'pronouns') return undefined;
    const { subject, object } = k.profile.identity.pronouns;
    const pair = `${subject.toLowerCase()}/${object.toLowerCase()}`;
    const written = k.index.snippets.filter((s) => WRITTEN.test(s.text));
    const stated = written.length > 0 || pair !== 'they/them';
    const text = stated
      ? `${k.firstName}'s pronouns are **${pair}**.`
      : `${k.firstName}'s profile doesn't state pronouns; I refer to ${k.firstName} as **${pair}**.`;
    return {
      kind: 'pronouns',
      score: SCORES.topic,
      why: stated ? 'asks for the pronouns: given' : 'asks for the pronouns: none stated',
      evidence: written,
      answer: reply('identity', 'Pronouns', text, stated ? {} : { confidence: 0.6 }),
      state: { techs: [], topic: 'identity' },
    };
  },
};
