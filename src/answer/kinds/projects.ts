import type { AnswerLink } from '../answer.ts';
import type { Snippet } from '../knowledge-index.ts';
import { bullets, reply } from '../pipeline/reply.ts';
import { type AnswerKind, type Knowledge, SCORES } from '../pipeline/types.ts';
import { title } from './title.ts';
import { topicAbsence } from './topic-absence.ts';

const PHRASES = [
  'project',
  'projects',
  'portfolio',
  'work sample',
  'selected work',
  'built',
  'build',
  'side project',
  'open source',
  // Above "contribution", which alone asks for achievements.
  'open source contribution',
  'open source contributions',
  'oss contributions',
  'what has he made',
  'what has she made',
  'shipped',
  'case study',
  'case studies',
  'building',
  'working on',
  'work on',
  'side projects',
  'starred',
  'most starred',
  // An academic's "Software": "which open source packages does he maintain?".
  'packages',
  'open source packages',
  'does he maintain',
  'does she maintain',
  'do they maintain',
];

/**
 * "side projects on github?", "any github / open source stuff?", "which repo has the most
 * stars?": the work on an account, not the account's address.
 */
export const projectsOnAccount = (text: string): boolean =>
  /\b(?:projects?|open[\s-]source|oss|repos|repositories|side[\s-]projects?|stuff)\b/i.test(text) &&
  /\b(?:github|gitlab|codeberg|bitbucket|open[\s-]source|stars?|starred|forks?)\b/i.test(text);

/** "what does she work on", "what is he working on": about the work, not only side projects. */
const WORK = /\bwork(?:s|ing)? on\b/i;

/** "What has he built?": every project, one line each. */
export const projects: AnswerKind = {
  name: 'projects',
  ceiling: SCORES.topic,
  topic: 'projects',
  intent: { phrases: PHRASES, weight: 5 },
  propose(q, k) {
    if (q.intent !== 'projects' && !(q.intent === 'contact' && projectsOnAccount(q.text)))
      return undefined;
    const list = k.profile.projects;
    if (list.length === 0) {
      const absent = topicAbsence(k, q, 'projects', {
        topic: 'projects',
        what: 'projects',
        // "currently working on moving our invoicing engine …", "I maintain money_uy, a gem".
        // "Took three months off and released pinhole, a tiny Go CLI": a thing put out.
        terms: [
          'project',
          'open source',
          'open-source',
          'open-sourced',
          'working on',
          'maintain',
          'side project',
          'i built',
          'released',
          'launched',
          'contributor',
        ],
      });
      // "what does he actually work on?" and nothing says: the job and what it is about.
      const job =
        absent.evidence.length === 0 && WORK.test(q.text)
          ? title.propose({ ...q, intent: 'title' }, k)
          : undefined;
      return job ? { ...job, why: 'asks what the owner works on: no projects, the job' } : absent;
    }
    const { text, evidence, links } = projectList(k);
    return {
      kind: 'projects',
      score: SCORES.topic,
      why: 'asks for the projects',
      evidence: [...evidence],
      answer: reply('projects', `${k.firstName}'s projects`, text, { links: [...links] }),
      state: { techs: [], topic: 'projects' },
    };
  },
  suggestion: (k) =>
    k.profile.projects.length ? `Tell me about ${k.firstName}'s projects` : undefined,
};

const listed = new WeakMap<Knowledge, { text: string; evidence: Snippet[]; links: AnswerLink[] }>();

/** The list of every project, its lines and links: the same for every question, made once. */
function projectList(k: Knowledge) {
  let found = listed.get(k);
  if (!found) {
    const list = k.profile.projects;
    found = {
      text: `${list.length} projects:\n${bullets(list.map((p) => `**${p.name}** — ${p.summary}`))}`,
      evidence: k.index.snippets.filter((s) => s.topic === 'project'),
      links: list.flatMap((p) => p.links),
    };
    listed.set(k, found);
  }
  return found;
}
