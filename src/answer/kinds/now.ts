import { bullets, reply } from '../pipeline/reply.ts';
import { type AnswerKind, SCORES } from '../pipeline/types.ts';
import { NOW_PAGE } from '../retrieve/snippets.ts';

/** Words that ask about the present: "right now", "at the moment", "these days", "lately". */
const PRESENT = new Set([
  'now',
  'currently',
  'moment',
  'nowadays',
  'lately',
  'days',
  'day',
  'recently',
]);
/** Questions this answer may take over: what the owner works on, or nothing more specific. */
const OPEN_INTENTS = new Set([undefined, 'projects', 'exploring']);
/** "What is she learning now?" is for what the owner explores, not the whole "Now" page. */
const LEARNING = new Set(['learn', 'learning', 'studying', 'explore', 'exploring', 'curious']);

/**
 * "What's she working on right now?", "what is he up to these days?": the profile's "Now"
 * section, the owner's own words for the present, before the list of every project.
 */
export const now: AnswerKind = {
  name: 'now',
  ceiling: SCORES.topic + 2,
  topic: 'section',
  propose(q, k) {
    if (!OPEN_INTENTS.has(q.intent) || !q.tokens.some((t) => PRESENT.has(t))) return undefined;
    if (q.tokens.some((t) => LEARNING.has(t))) return undefined;
    const section = k.profile.sections.find((s) => NOW_PAGE.test(s.title));
    if (!section || section.items.length === 0) return undefined;
    const evidence = k.index.snippets.filter((s) => s.source === section.title);
    return {
      kind: 'now',
      score: SCORES.topic + 2,
      why: `the "${section.title}" section`,
      evidence,
      answer: reply(
        'section',
        section.title,
        `What ${k.firstName} is doing now (from "${section.title}"):\n${bullets(section.items)}`,
      ),
      state: { techs: [], topic: 'section' },
    };
  },
};
