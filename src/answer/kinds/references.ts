import { bullets, evidenceLines, reply } from '../pipeline/reply.ts';
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
  // "what do past clients say about working with her?": what others say of the owner.
  'clients say',
  'customers say',
  'colleagues say',
  'people say about',
  'others say about',
  'say about working with',
  'recommendations from',
  'reviews from',
];

/** "the reference architecture", "a reference implementation": the word names a thing built. */
const THING_BUILT =
  /\breferences?\s+(?:architectures?|implementations?|designs?|manuals?|guides?|docs?|documentation|models?|apps?|clients?|librar(?:y|ies)|points?|data|counting|types?)\b/i;

const TESTIMONIALS =
  /\b(?:testimonials?|references|recommendations|endorsements|kudos|what (?:people|clients|colleagues|others) say)\b/i;

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
    // A section of testimonials is what the owner's clients and colleagues say: quoted first.
    const quoted = k.index.snippets.filter(
      (s) => s.topic === 'section' && TESTIMONIALS.test(s.source),
    );
    if (quoted.length > 0) {
      const title = quoted[0]?.source ?? '';
      const text = `What others say of ${k.firstName}, from ${k.possessive} profile (${title}):\n${bullets(evidenceLines(quoted, k.config.maxEvidence))}`;
      return {
        kind: 'references',
        score: SCORES.topic,
        why: 'a section of testimonials',
        evidence: quoted,
        answer: reply('contact', title, text, { confidence: 0.8 }),
      };
    }
    return topicAbsence(k, q, 'references', {
      topic: 'contact',
      what: 'references or testimonials',
      terms: ['references', 'referees', 'testimonial', 'testimonials', 'recommendation', 'vouch'],
    });
  },
};
