import { claimAbsence } from '../pipeline/absence.ts';
import { specificStems } from '../pipeline/generic-words.ts';
import { bullets, contactLines, contactLinks, evidenceLines, reply } from '../pipeline/reply.ts';
import { type AnswerKind, SCORES } from '../pipeline/types.ts';
import { contentStems } from '../text.ts';

const PHRASES = [
  'ok with',
  'okay with',
  'fine with',
  'alright with',
  'happy with',
  'would he mind',
  'would she mind',
  'would they mind',
  'does he mind',
  'does she mind',
  'do they mind',
  'up for',
  'be interested in',
  'interested in joining',
];

// "Would he be ok with being on-call?": what the owner is asked to accept.
const ACCEPTING =
  /\b(?:ok|okay|fine|alright|happy|mind|up for|interested in)\s+(?:with\s+)?(?:being\s+|doing\s+)?(.+?)\s*(?:[?.!]|$)/i;

/**
 * "Would he be ok with being on-call? our team has a weekly rotation", "would she be interested
 * in joining our startup?": how the owner feels about a job or a way of working is theirs to
 * say. The answer quotes what the profile says of it, or says (after searching the whole text
 * for the words asked) that it does not say, and gives the way to ask — never a skill's "no".
 */
export const willingness: AnswerKind = {
  name: 'willingness',
  ceiling: SCORES.skill + 1,
  topic: 'contact',
  intent: { phrases: PHRASES, weight: 7 },
  applies: (q) => q.intent === 'willingness',
  propose(q, k) {
    if (q.intent !== 'willingness') return undefined;
    const asked = ACCEPTING.exec(q.text)?.[1]?.split(/[?.!]/)[0]?.trim();
    if (!asked || specificStems(q.stems).length === 0) return undefined;
    const what = `whether ${k.subject} would be ${/interested/i.test(q.text) ? 'interested in' : 'OK with'} ${asked}`;
    // The words of what is asked, technologies too: "an Android dev role" finds "I'm not
    // looking for pure app, Android or web roles".
    const words = specificStems(contentStems(asked));
    const terms = q.techs.map((t) => t.name);
    const found = claimAbsence(k, { topic: 'contact', what, terms, words }, 'willingness', 0);
    // Above a skill's verdict: the question asks a preference, not a skill.
    if (found.evidence.length === 0) return { ...found, score: SCORES.skill + 1 };
    const near = found.evidence.slice(0, 3);
    const contact = contactLines(k);
    const text = `Here's what ${k.possessive} profile says that bears on it:\n${bullets(evidenceLines(near, 3))}${contact.length > 0 ? `\n\nFor the rest, you could ask ${k.object} directly:\n${bullets(contact)}` : ''}`;
    return {
      ...found,
      score: SCORES.skill + 1,
      evidence: near,
      answer: reply('contact', `From ${k.firstName}'s profile`, text, {
        links: contactLinks(k),
        confidence: 0.7,
      }),
    };
  },
};
