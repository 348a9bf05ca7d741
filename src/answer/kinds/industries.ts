import { specificStems } from '../pipeline/generic-words.ts';
import { bullets, capitalise, reply } from '../pipeline/reply.ts';
import { type AnswerKind, SCORES } from '../pipeline/types.ts';
import { topicAbsence } from './topic-absence.ts';

const PHRASES = [
  'domain',
  'domains',
  'industry',
  'industries',
  'sector',
  'sectors',
  'vertical',
  'verticals',
  'field',
  'business area',
  'worked in',
];

/** "Which industries?", "has he worked in healthcare?": the domains, and whether one is there. */
export const industries: AnswerKind = {
  name: 'industries',
  ceiling: SCORES.topic,
  topic: 'industries',
  intent: { phrases: PHRASES, weight: 6 },
  propose(q, k) {
    if (q.intent !== 'industries') return undefined;
    const list = k.profile.industries;
    if (list.length === 0)
      return topicAbsence(k, q, 'industries', {
        topic: 'industries',
        what: 'industries',
        terms: ['industry', 'domain', 'sector'],
      });
    const specific = specificStems(q.restStems);
    const hits = specific.length ? k.index.search(specific).filter((h) => h.coverage >= 0.5) : [];
    // A domain asked about that the industries lack may still be in the text: the search kind
    // quotes it; only when nothing anywhere holds it is the answer a no.
    if (specific.length > 0 && hits.length === 0) {
      const no = `**No** — that domain isn't in ${k.firstName}'s profile. ${capitalise(k.possessive)} work spans:\n${bullets(list)}`;
      const claim = topicAbsence(k, q, 'industries', {
        topic: 'industries',
        what: 'that domain',
        terms: [],
        no,
      });
      return { ...claim, answer: { ...claim.answer, title: 'Industries' } };
    }
    return {
      kind: 'industries',
      score: SCORES.topic,
      why: 'asks for industries',
      evidence: k.index.snippets.filter((s) => s.topic === 'industries'),
      answer: reply('industries', 'Industries', `${k.firstName}'s work spans:\n${bullets(list)}`),
      state: { techs: [], topic: 'industries' },
    };
  },
  suggestion: (k) =>
    k.profile.industries.length ? `Which industries has ${k.firstName} worked in?` : undefined,
};
