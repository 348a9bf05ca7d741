import { bullets, reply } from '../pipeline/reply.ts';
import { type AnswerKind, type Candidate, type Knowledge, SCORES } from '../pipeline/types.ts';
import { NOW_PAGE } from '../retrieve/snippets.ts';
import { atAs, currentRoles } from './current-employer.ts';

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
const LEARNING = new Set([
  'learn',
  'learning',
  'picking',
  'pick',
  'studying',
  'explore',
  'exploring',
  'curious',
]);

/** "I'm currently working on the new wallet app at Chasqui Pay": the owner's words for now. */
const WORKING_ON =
  /\b(?:I['’]m|I am)\s+(?:currently\s+|now\s+)?working on\b|\b(?:currently|right now|these days|at the moment),?\s+(?:I['’]m\s+|I am\s+)?(?:working on|building)\b/i;

/** Without a "Now" section: the lines where the owner says what they work on now. */
function workingOn(k: Knowledge): Candidate | undefined {
  const evidence = k.index.snippets.filter((s) => WORKING_ON.test(s.text));
  if (evidence.length === 0) return undefined;
  return {
    kind: 'now',
    score: SCORES.topic + 2,
    why: 'lines saying what the owner works on now',
    evidence,
    answer: reply(
      'section',
      `What ${k.firstName} is working on`,
      `What ${k.firstName}'s profile says ${k.subject} ${k.plural ? 'are' : 'is'} working on now:\n${bullets(evidence.slice(0, 3).map((s) => s.text))}`,
    ),
    state: { techs: [], topic: 'section' },
  };
}

/** "what is he doing at the moment?", "what's she up to these days?": the work itself asked. */
const DOING =
  /\bwhat(?:['’]?s| is| are)\s+(?:he|she|they|\p{L}+)\s+(?:doing|up to|working on|busy with|focused on)\b/iu;

/** Without a word of the owner's for now: the job held now, and what it is about. */
function currentJob(k: Knowledge): Candidate | undefined {
  const role = currentRoles(k.profile.roles)[0];
  if (!role) return undefined;
  const evidence = k.index.snippets.filter((s) => s.role === role && !s.list).slice(0, 2);
  // The first sentence of each, without the "Title at Company: " the index puts before it.
  const head = `${role.title} at ${role.company}: `;
  const said = evidence.map(
    (s) => (s.text.startsWith(head) ? s.text.slice(head.length) : s.text).split(/(?<=[.!?])\s+/)[0],
  );
  const told = said.length > 0 ? `\n${bullets(said.filter((t): t is string => Boolean(t)))}` : '';
  return {
    kind: 'now',
    score: SCORES.topic + 2,
    why: 'no word for now: the job held now',
    evidence,
    answer: reply(
      'roles',
      `What ${k.firstName} does now`,
      `${k.firstName} works ${atAs(role)}.${told}`,
    ),
    state: { techs: [], topic: 'roles', role },
  };
}

/**
 * No job held now (a freelancer, a profile without dates): how the profile presents the owner,
 * its first "About" line, and what the owner explores. No claim that there is no job: the
 * profile may state one in words the importer could not place.
 */
function ownWords(k: Knowledge): Candidate | undefined {
  const about = k.index.snippets.filter((s) => s.where === 'summary[0]').slice(0, 1);
  const { exploring, projects } = k.profile;
  if (about.length === 0 && exploring.length === 0) return undefined;
  const { title } = k.profile.identity;
  const lines = [
    `${k.firstName}'s profile presents ${k.object}${title ? ` as ${title}` : ''}${about[0] ? `: "${about[0].text}"` : '.'}`,
    exploring.length ? `Exploring now:\n${bullets(exploring)}` : '',
    projects.length ? `Projects in the profile: ${projects.map((p) => p.name).join(', ')}.` : '',
  ];
  return {
    kind: 'now',
    score: SCORES.topic + 2,
    why: 'no job held now: how the profile presents the owner',
    evidence: [...about, ...k.index.snippets.filter((s) => s.where.startsWith('exploring['))],
    answer: reply('identity', `What ${k.firstName} does`, lines.filter(Boolean).join('\n\n')),
    state: { techs: [], topic: 'identity' },
  };
}

/**
 * "What's she working on right now?", "what is he up to these days?": the profile's "Now"
 * section, the owner's own words for the present, before the list of every project.
 */
export const now: AnswerKind = {
  name: 'now',
  ceiling: SCORES.topic + 2,
  topic: 'section',
  applies: (q) => OPEN_INTENTS.has(q.intent) && q.tokens.some((t) => PRESENT.has(t)),
  propose(q, k) {
    if (!OPEN_INTENTS.has(q.intent) || !q.tokens.some((t) => PRESENT.has(t))) return undefined;
    if (q.tokens.some((t) => LEARNING.has(t))) return undefined;
    const section = k.profile.sections.find((s) => NOW_PAGE.test(s.title));
    if (!section || section.items.length === 0)
      return workingOn(k) ?? (DOING.test(q.text) ? (currentJob(k) ?? ownWords(k)) : undefined);
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
