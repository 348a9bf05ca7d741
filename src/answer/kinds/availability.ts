import { bullets, contactLines, contactLinks, reply } from '../pipeline/reply.ts';
import { type AnswerKind, SCORES } from '../pipeline/types.ts';
import { topicAbsence } from './topic-absence.ts';

const PHRASES = [
  'available',
  'availability',
  'freelance',
  'freelancing',
  'contract',
  'contractor',
  'rate',
  'rates',
  'salary',
  'compensation',
  'visa',
  'notice period',
  'full time',
  'part time',
  'open to work',
  'open to',
  'new role',
  'new roles',
  'new job',
  'job change',
  'looking for',
  'job offer',
  'start date',
  'can he start',
  'can she start',
  'can they start',
  'when can',
  'notice',
  'remote',
  'onsite',
  'on site',
  'hybrid',
  'relocation',
  'relocate',
  'move abroad',
  'willing to',
];

/** Words a profile's prose uses to say when and how the owner can be hired. */
const CUES = [
  'open to',
  'available for',
  'available from',
  'available to',
  'available immediately',
  'open to work',
  'open to new',
  'open to remote',
  'open to contract',
  'open to freelance',
  'open to full time',
  'open to relocation',
  'open to opportunities',
  'notice period',
  'can start',
  'freelance',
  'contract work',
  'contract role',
  'willing to relocate',
  'relocation',
  'looking for',
  'not looking',
];

/** "When can she start?", "open to contract work?": the availability, in the owner's words. */
export const availability: AnswerKind = {
  name: 'availability',
  ceiling: SCORES.topic,
  topic: 'contact',
  intent: { phrases: PHRASES, weight: 8 },
  propose(q, k) {
    if (q.intent !== 'availability') return undefined;
    const stated = k.support.availability();
    if (!stated)
      return topicAbsence(k, q, 'availability', {
        topic: 'contact',
        what: 'availability or working terms',
        terms: CUES,
      });
    const line =
      k.index.snippets.find((s) => s.where === 'identity.availability') ??
      k.index.snippets.find((s) => s.text.includes(stated));
    const lines = contactLines(k);
    const text = `${stated.replace(/[.!\s]+$/, '')}.${lines.length ? `\n\nTo talk it through:\n${bullets(lines)}` : ''}`;
    return {
      kind: 'availability',
      score: SCORES.topic,
      why: 'availability from the profile',
      evidence: line ? [line] : [],
      answer: reply('contact', 'Availability', text, { links: contactLinks(k) }),
      state: { techs: [], topic: 'contact' },
    };
  },
};
