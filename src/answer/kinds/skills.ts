import { bullets, reply } from '../pipeline/reply.ts';
import { type AnswerKind, SCORES } from '../pipeline/types.ts';
import { topicAbsence } from './topic-absence.ts';

const PHRASES = [
  'skill',
  'skillset',
  'skill set',
  'tech stack',
  'stack',
  'technology',
  'technologies',
  'tool',
  'tools',
  'toolbox',
  'what does he know',
  'what does she know',
  'what do they know',
  'proficient',
  'competence',
];

/** "What are her skills?": every skill group with its skills. */
export const skills: AnswerKind = {
  name: 'skills',
  ceiling: SCORES.topic,
  topic: 'skills',
  intent: { phrases: PHRASES, weight: 4 },
  applies: (q) => q.intent === 'skills',
  propose(q, k) {
    if (q.intent !== 'skills') return undefined;
    const groups = k.profile.skills;
    if (groups.length === 0)
      return topicAbsence(k, q, 'skills', { topic: 'skills', what: 'skills', terms: ['skills'] });
    const fields = groups.map((c) => ({
      name: c.note ? `${c.name} (${c.note})` : c.name,
      value: c.skills.map((s) => s.name).join(', '),
      inline: true,
    }));
    const text = `${k.firstName}'s skills:\n${bullets(fields.map((f) => `**${f.name}:** ${f.value}`))}`;
    return {
      kind: 'skills',
      score: SCORES.topic,
      why: 'asks for the skills',
      evidence: k.index.snippets.filter((s) => s.topic === 'skills'),
      answer: reply('skills', `${k.firstName}'s skills`, text, { fields }),
      state: { techs: [], topic: 'skills' },
    };
  },
  suggestion: (k) =>
    k.profile.skills.length ? `What are ${k.firstName}'s main skills?` : undefined,
};
