import { type AnswerKind, SCORES } from '../pipeline/types.ts';
import { topicAbsence } from './topic-absence.ts';

const PHRASES = [
  'reference',
  'references',
  'referee',
  'referees',
  'recommendation letter',
  'letter of recommendation',
  'testimonial',
  'testimonials',
  'someone he worked with',
  'someone she worked with',
  'someone they worked with',
  'former colleague',
  'former colleagues',
  'former manager',
  'previous manager',
  'vouch for',
];

/** "the reference architecture", "a reference implementation": the word names a thing built. */
const THING_BUILT =
  /\breferences?\s+(?:architectures?|implementations?|designs?|manuals?|guides?|docs?|documentation|models?|apps?|clients?|librar(?:y|ies)|points?|data|counting|types?)\b/i;

/**
 * "Can you share a reference from someone he worked with?": referees are the owner's to give.
 * A profile that quotes testimonials or says "references on request" is quoted; otherwise the
 * answer says the profile has none and how to ask the owner.
 */
export const references: AnswerKind = {
  name: 'references',
  ceiling: SCORES.topic,
  topic: 'contact',
  intent: { phrases: PHRASES, weight: 7 },
  applies: (q) => q.intent === 'references',
  propose(q, k) {
    if (q.intent !== 'references' || THING_BUILT.test(q.text)) return undefined;
    return topicAbsence(k, q, 'references', {
      topic: 'contact',
      what: 'references or testimonials',
      terms: ['references', 'referees', 'testimonial', 'testimonials', 'recommendation', 'vouch'],
    });
  },
};
