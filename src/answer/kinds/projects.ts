import { isPublicRepository } from '../../knowledge/forges.ts';
import type { Project } from '../../knowledge/schema.ts';
import type { AnswerLink } from '../answer.ts';
import type { Snippet } from '../knowledge-index.ts';
import { claimAbsence } from '../pipeline/absence.ts';
import { asksYesOrNo, specificStems } from '../pipeline/generic-words.ts';
import { bullets, capitalise, evidenceLines, namedProject, reply } from '../pipeline/reply.ts';
import {
  type AnswerKind,
  type Candidate,
  type Knowledge,
  type Question,
  SCORES,
} from '../pipeline/types.ts';
import { stem } from '../text.ts';
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
  'contributions to open source',
  // "any side projects or contributions?": contributions beside projects are code, not wins.
  'projects or contributions',
  'projects and contributions',
  'what has he made',
  'what has she made',
  'shipped',
  // "what apps has he shipped?": a mobile or game developer's projects are apps and games.
  'what apps',
  'which apps',
  'any apps',
  'what games',
  'which games',
  'any games',
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
  applies: (q) => q.intent === 'projects' || q.intent === 'contact',
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
    const some = projectsOfSort(k, q.text) ?? projectsNaming(k, q);
    if (some) return some;
    const { text, evidence, links } = projectList(k);
    const none = builtNothingSo(k, q, text);
    if (none) return none;
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

/**
 * "has he built discord bots?": a thing asked of the work that no line of the knowledge names,
 * searched whole (words of the same meaning too), is a clear no, with the projects there are.
 */
function builtNothingSo(k: Knowledge, q: Question, projects: string): Candidate | undefined {
  const asked = specificStems(q.restStems);
  if (asked.length === 0 || !asksYesOrNo(q.text)) return undefined;
  const words = q.text.match(/[\p{L}\d][\p{L}\d.+#-]*/gu) ?? [];
  const typed = words.filter((w) => asked.includes(stem(w.toLowerCase()))).join(' ');
  if (!typed) return undefined;
  const claim = claimAbsence(
    k,
    {
      topic: 'projects',
      what: typed,
      terms: [],
      words: asked,
      no: `**No** — ${k.firstName}'s profile doesn't mention ${typed}.`,
    },
    'projects',
    SCORES.topic,
  );
  if (!claim.absent) return undefined;
  const text = `**No** — nothing in ${k.firstName}'s profile mentions ${typed}. ${capitalise(k.possessive)} projects:\n${projects}`;
  return { ...claim, answer: reply('projects', 'Not in the profile', text, { confidence: 0.8 }) };
}

const listed = new WeakMap<Knowledge, { text: string; evidence: Snippet[]; links: AnswerLink[] }>();

const OPEN_SOURCE = /\bopen[\s-]?source(?:d)?\b|\boss\b/i;

/** A kind of project an asker may single out, and what marks a project as one. */
interface ProjectSort {
  asked: RegExp;
  is: (p: Project) => boolean;
  one: string;
  many: string;
  /** The sort's name where the profile may not say it of any project ("open source"). */
  unsaid?: string;
}

const SORTS: readonly ProjectSort[] = [
  {
    asked: OPEN_SOURCE,
    // Said to be open source, or with its code on a public forge.
    is: (p) =>
      OPEN_SOURCE.test([p.summary, ...p.details].join(' ')) ||
      p.links.some((l) => isPublicRepository(l.url)),
    one: 'open-source project',
    many: 'open-source projects',
    unsaid: 'open source',
  },
  {
    asked: /\b(?:side|pet|personal|hobby|weekend)[\s-]?projects?\b/i,
    is: (p) =>
      /\b(?:side|pet|hobby|weekend)[\s-]?projects?\b|\bpersonal project\b/i.test(
        [p.name, p.summary, ...p.details].join(' '),
      ),
    one: 'side project',
    many: 'side projects',
  },
];

/**
 * "any open source stuff?", "does he have any side projects?": where only some projects are
 * said to be of that sort, those; one alone is then what "it" means next ("what's it written in?").
 */
function projectsOfSort(k: Knowledge, asked: string): Candidate | undefined {
  const sort = SORTS.find((s) => s.asked.test(asked));
  if (!sort) return undefined;
  const open = k.profile.projects.filter(sort.is);
  if (open.length === 0 && sort.unsaid) return unsaidSort(k, asked, sort.unsaid);
  if (open.length === 0 || open.length === k.profile.projects.length) return undefined;
  const ids = new Set(open.map((p) => p.id));
  const text = `${open.length === 1 ? `One ${sort.one}` : `${open.length} ${sort.many}`}:\n${bullets(open.map(namedProject))}`;
  return {
    kind: 'projects',
    score: SCORES.topic,
    why: `asks for the ${sort.many}`,
    evidence: k.index.snippets.filter((s) => s.projectId !== undefined && ids.has(s.projectId)),
    answer: reply('projects', `${k.firstName}'s ${sort.many}`, text, {
      links: open.flatMap((p) => p.links),
    }),
    state: { techs: [], topic: 'projects', ...(open.length === 1 ? { project: open[0] } : {}) },
  };
}

/** Contributions to another's work: "Tactical RMM Contributions", "contributed fixes to …". */
const CONTRIBUTION = /\bcontribut(?:ions?|ed|ing|or)\b/i;

/**
 * "any open source contributions?" where no project is called open source: not the list as if
 * each were; the contributions named first, then what the profile does not say, then the rest.
 */
function unsaidSort(k: Knowledge, asked: string, sort: string): Candidate {
  const all = k.profile.projects;
  const told = (p: Project) => [p.name, p.summary, ...p.details].join(' ');
  const given = CONTRIBUTION.test(asked) ? all.filter((p) => CONTRIBUTION.test(told(p))) : [];
  const rest = all.filter((p) => !given.includes(p));
  const list = (ps: Project[]) => bullets(ps.map(namedProject));
  const text =
    given.length === 0
      ? `${k.firstName}'s profile doesn't say which of its projects, if any, are ${sort}. ${all.length === 1 ? 'Its project' : `Its ${all.length} projects`}:\n${list(all)}`
      : [
          `${k.firstName}'s profile lists ${given.length === 1 ? 'a contribution' : 'contributions'}:\n${list(given)}`,
          `It doesn't say whether ${given.length === 1 ? 'it is' : 'they are'} ${sort}.`,
          rest.length > 0 ? `Other projects:\n${list(rest)}` : '',
        ]
          .filter(Boolean)
          .join('\n\n');
  return {
    kind: 'projects',
    score: SCORES.topic,
    why: `asks for ${sort} projects: none is said to be`,
    evidence: k.index.snippets.filter((s) => s.topic === 'project'),
    answer: reply('projects', `${k.firstName}'s projects`, text, {
      links: all.flatMap((p) => p.links),
    }),
    state: { techs: [], topic: 'projects', ...(given.length === 1 ? { project: given[0] } : {}) },
  };
}

/**
 * "which projects were for healthcare?": the projects whose own lines hold the question's other
 * words, when only some do; when all do ("which apps did he ship to the stores?"), every one.
 */
function projectsNaming(k: Knowledge, q: Question): Candidate | undefined {
  const specific = specificStems(q.restStems);
  if (specific.length === 0) return undefined;
  const hits = k.index
    .search(specific, (s) => s.projectId !== undefined)
    .filter((h) => h.coverage >= 0.75);
  const ids = new Set(hits.map((h) => h.snippet.projectId));
  const some = k.profile.projects.filter((p) => ids.has(p.id));
  if (some.length === 0 || some.length === k.profile.projects.length) return undefined;
  const evidence = hits.map((h) => h.snippet);
  const count = some.length === 1 ? 'One project' : `${some.length} projects`;
  const text = `${count} of ${k.profile.projects.length} say so:\n${bullets(some.map(namedProject))}\n\n${bullets(evidenceLines(evidence, 4))}`;
  return {
    kind: 'projects',
    score: SCORES.topic,
    why: 'the projects whose lines hold the other words',
    evidence,
    answer: reply('projects', `${k.firstName}'s projects`, text, {
      links: some.flatMap((p) => p.links),
    }),
    state: { techs: [], topic: 'projects', ...(some.length === 1 ? { project: some[0] } : {}) },
  };
}

/** The list of every project, its lines and links: the same for every question, made once. */
function projectList(k: Knowledge) {
  let found = listed.get(k);
  if (!found) {
    const list = k.profile.projects;
    found = {
      text: `${list.length} projects:\n${bullets(list.map(namedProject))}`,
      evidence: k.index.snippets.filter((s) => s.topic === 'project'),
      links: list.flatMap((p) => p.links),
    };
    listed.set(k, found);
  }
  return found;
}
