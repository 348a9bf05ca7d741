import { claimAbsence } from '../pipeline/absence.ts';
import { specificStems } from '../pipeline/generic-words.ts';
import { bullets, reply } from '../pipeline/reply.ts';
import {
  type AnswerKind,
  type Candidate,
  type Knowledge,
  type Question,
  SCORES,
} from '../pipeline/types.ts';
import { contentStems } from '../text.ts';
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
    const list = bullets(fields.map((f) => `**${f.name}:** ${f.value}`));
    const kindAsked = kindOfSkills(k, q, list);
    if (kindAsked) return kindAsked;
    const text = `${k.firstName}'s skills:\n${list}`;
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

/** Words that ask for the skills in general: "technical skills", "top skills". */
const IN_GENERAL = new Set(
  contentStems(
    'technical tech programming coding engineering development dev hard professional core key main top best strongest primary relevant current other all full complete overall stack technology technologies tool tools skill skills skillset set competence proficient know',
  ),
);

/**
 * "communication skills?", "problem solving skills?": a kind of skill no group or technology
 * names. The whole knowledge is searched for it; its lines answer, or the profile does not
 * mention it and the skills it lists follow.
 */
function kindOfSkills(k: Knowledge, q: Question, list: string): Candidate | undefined {
  if (q.techs.length > 0 || q.categories.length > 0) return undefined;
  const asked = specificStems(q.restStems).filter((st) => !IN_GENERAL.has(st));
  if (asked.length === 0) return undefined;
  const typed = q.tokens.filter((t) => asked.includes(contentStems(t)[0] ?? '')).join(' ');
  if (!typed) return undefined;
  return claimAbsence(
    k,
    {
      topic: 'skills',
      what: `${typed} skills`,
      terms: [typed],
      words: asked,
      no: `${k.firstName}'s profile doesn't mention ${typed} skills. The skills it lists:\n${list}`,
    },
    'skills',
    SCORES.topic,
  );
}
