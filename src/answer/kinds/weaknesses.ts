import { bullets, evidenceLines, reply } from '../pipeline/reply.ts';
import { type AnswerKind, SCORES } from '../pipeline/types.ts';
import { topicAbsence } from './topic-absence.ts';

const PHRASES = [
  'weakness',
  'weaknesses',
  'weak spot',
  'weak spots',
  'bad at',
  'not good at',
  'worst at',
  'struggle with',
  'struggles with',
  'areas to improve',
  'areas for improvement',
  'growth areas',
  'blind spots',
];

// Where an owner writes what they are not good at: "What I'm not good at", "Growth areas".
const WEAK_SECTION =
  /\b(?:not (?:so |very )?good at|weakness(?:es)?|bad at|growth areas?|areas? (?:to|for|of) (?:improve|improvement|growth)|blind spots?|what i(?:'m| am) working on|don['’]t ask me)\b/i;

/**
 * "What is he bad at?", "any weaknesses?": what the owner says of it, in a section of its own;
 * otherwise the answer says the profile does not say (after searching for it) and how to ask.
 */
export const weaknesses: AnswerKind = {
  name: 'weaknesses',
  ceiling: SCORES.topic + 1,
  topic: 'section',
  intent: { phrases: PHRASES, weight: 7 },
  applies: (q) => q.intent === 'weaknesses',
  propose(q, k) {
    if (q.intent !== 'weaknesses') return undefined;
    const lines = k.index.snippets.filter((s) => WEAK_SECTION.test(s.source));
    if (lines.length === 0)
      return topicAbsence(k, q, 'weaknesses', {
        topic: 'section',
        what: 'weaknesses or what to improve',
        terms: ['weakness', 'weaknesses', 'not good at', 'bad at', 'growth areas'],
      });
    const shown = lines.slice(0, 5);
    return {
      kind: 'weaknesses',
      score: SCORES.topic + 1,
      why: 'a section on what the owner is not good at',
      evidence: shown,
      answer: reply(
        'section',
        shown[0]?.source ?? 'Weaknesses',
        `In ${k.possessive} own words:\n${bullets(evidenceLines(shown, 5))}`,
      ),
      state: { techs: [], topic: 'section', ...(shown[0] ? { subject: shown[0] } : {}) },
    };
  },
};
