import { bullets, evidenceLines, reply } from '../pipeline/reply.ts';
import { type AnswerKind, type Knowledge, SCORES } from '../pipeline/types.ts';
import { expertise } from './expertise.ts';
import { topicAbsence } from './topic-absence.ts';

const PHRASES = [
  'hobby',
  'hobbies',
  'interests',
  'free time',
  'spare time',
  'outside work',
  'outside of work',
  'for fun',
  'weekends',
  'passions',
  'pastimes',
];

// Sections where owners tell what they do away from work.
const AWAY =
  /interest|hobb|outside|free time|spare time|off the clock|beyond (?:work|code)|personal|for fun|life|passions?/i;

/**
 * Pastimes told in a line of prose ("Otherwise: bouldering, running and far too much
 * sourdough"): words that name nothing at work. Not "running", "reading" or "gaming", which do.
 */
const PASTIME =
  /\b(?:boulder(?:ing)?|rock climbing|climbing|hiking|hikes|cycling|chess|photography|sourdough|baking|knitting|gardening|surfing|skiing|snowboarding|yoga|swimming|marathons?|triathlons?|football|basketball|tennis|guitar|piano|drums|woodworking|pottery|birdwatching|fishing|camping|when I'?m not (?:coding|working|at (?:my|the) desk)|away from (?:the )?keyboard|off the clock)\b/i;

/**
 * The interests field first, then the lines of a section about life away from work, fun facts,
 * and lines of prose that name pastimes.
 */
function interestLines(k: Knowledge) {
  return k.index.snippets.filter(
    (s) =>
      s.where.startsWith('interests') ||
      (s.topic === 'section' && AWAY.test(s.source)) ||
      // A README template's "⚡ Fun fact …", kept in the about.
      /^fun fact\b/i.test(s.text) ||
      (!s.where.startsWith('skills') && PASTIME.test(s.text)),
  );
}

/** "What are her hobbies?", "what does he do outside work?": interests as the profile says. */
export const interests: AnswerKind = {
  name: 'interests',
  ceiling: SCORES.topic + 1,
  topic: 'section',
  intent: { phrases: PHRASES, weight: 7 },
  applies: (q) => q.intent === 'interests',
  propose(q, k) {
    if (q.intent !== 'interests') return undefined;
    // "What are his research interests?": the areas of the work, not the hobbies.
    if (/\b(?:research|professional|technical|academic)\s+interests?\b/i.test(q.text))
      return expertise.propose({ ...q, intent: 'expertise' }, k);
    const lines = interestLines(k);
    if (lines.length === 0) {
      return topicAbsence(k, q, 'interests', {
        topic: 'section',
        what: 'hobbies or interests',
        terms: ['hobby', 'hobbies', 'interests', 'free time', 'spare time', 'outside work'],
      });
    }
    const shown = lines.slice(0, 6);
    return {
      kind: 'interests',
      score: SCORES.topic + 1,
      why: 'interests in the profile',
      evidence: shown,
      answer: reply(
        'section',
        'Interests',
        `Outside work, ${k.firstName}'s profile says:\n${bullets(evidenceLines(shown, 6))}`,
      ),
      state: { techs: [], topic: 'section', ...(shown[0] ? { subject: shown[0] } : {}) },
    };
  },
  suggestion: (k) =>
    k.profile.interests.length > 0 ? `What does ${k.firstName} do outside work?` : undefined,
};
