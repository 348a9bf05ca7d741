import { bullets, dates, reply } from '../pipeline/reply.ts';
import { type AnswerKind, SCORES } from '../pipeline/types.ts';
import { topicAbsence } from './topic-absence.ts';

const PHRASES = [
  'company',
  'companies',
  'employer',
  'employers',
  'worked at',
  'work at',
  'work history',
  'job history',
  'career',
  'previous job',
  'previous jobs',
  'current employer',
  'where does he work',
  'where does she work',
  'where has he worked',
  'where has she worked',
  'work experience',
  'employment',
  'position held',
];

/** "Where has she worked?": every role, or what the text says of employers. */
export const roles: AnswerKind = {
  name: 'roles',
  ceiling: SCORES.topic,
  topic: 'roles',
  intent: { phrases: PHRASES, weight: 6 },
  propose(q, k) {
    if (q.intent !== 'roles') return undefined;
    const list = k.profile.roles;
    if (list.length === 0) {
      const industries = k.profile.industries;
      const extra = industries.length
        ? `It does say ${k.possessive} work spans ${industries.join(', ').toLowerCase()}.`
        : undefined;
      return topicAbsence(k, q, 'roles', {
        topic: 'roles',
        what: 'employers or roles',
        terms: EMPLOYER_CUES,
        ...(extra ? { extra } : {}),
      });
    }
    const lines = list.map(
      (r) =>
        `**${r.title}**, ${r.company}${dates(r.start, r.end)}${r.summary ? ` — ${r.summary}` : ''}`,
    );
    return {
      kind: 'roles',
      score: SCORES.topic,
      why: 'asks where the owner worked',
      evidence: k.index.snippets.filter((s) => s.role && s.where.split('.').length === 1),
      answer: reply('roles', `Where ${k.firstName} has worked`, bullets(lines)),
      state: { techs: [], topic: 'roles' },
    };
  },
  suggestion: (k) => (k.profile.roles.length ? `Where has ${k.firstName} worked?` : undefined),
};

/** Words a profile's prose uses when it names an employer. */
const EMPLOYER_CUES = [
  'currently at',
  'previously at',
  'formerly at',
  'worked at',
  'working at',
  'work at',
  'worked for',
  'working for',
  'joined',
  'employer',
  'company',
  'companies',
  'startup',
  'agency',
  'consultancy',
  'employed',
];
