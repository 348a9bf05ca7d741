import { reply } from '../pipeline/reply.ts';
import { type AnswerKind, SCORES } from '../pipeline/types.ts';
import { yearsText } from './identity.ts';
import { topicAbsence } from './topic-absence.ts';

const PHRASES = [
  'experience',
  'experienced',
  'how many year',
  'year of experience',
  'how long',
  'year',
  'seniority level',
  'how senior',
  'career length',
];

/** "How many years of experience?": the years, from the field or the text. */
export const experience: AnswerKind = {
  name: 'experience',
  ceiling: SCORES.topic,
  topic: 'experience',
  intent: { phrases: PHRASES, weight: 5 },
  propose(q, k) {
    if (q.intent !== 'experience') return undefined;
    const years = yearsText(k);
    if (!years)
      return topicAbsence(k, q, 'experience', {
        topic: 'experience',
        what: 'years of experience',
        terms: ['years of experience'],
      });
    const source = k.index.snippets.find(
      (s) => s.topic === 'identity' && /\byears?\b/i.test(s.text),
    );
    const roles = k.profile.roles.length;
    return {
      kind: 'experience',
      score: SCORES.topic,
      why: 'asks for years of experience',
      evidence: source ? [source] : [],
      answer: reply(
        'experience',
        `${years} years of experience`,
        `${k.firstName} has **${years} years** of professional experience as a ${k.profile.identity.title}.${source ? `\n\n> ${source.text}` : ''}`,
        { fields: roles > 0 ? [{ name: 'Roles', value: String(roles), inline: true }] : [] },
      ),
      state: { techs: [], topic: 'experience' },
    };
  },
  suggestion: (k) =>
    yearsText(k) ? `How many years of experience does ${k.firstName} have?` : undefined,
};
