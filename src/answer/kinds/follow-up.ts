import type { Role } from '../../knowledge/schema.ts';
import type { Snippet } from '../knowledge-index.ts';
import { technologiesInText } from '../meaning/technologies-in-text.ts';
import { bullets, evidenceLines, reply } from '../pipeline/reply.ts';
import {
  type AnswerKind,
  type Candidate,
  type ConversationState,
  type Knowledge,
  type Question,
  SCORES,
} from '../pipeline/types.ts';
import { isStackLine } from '../retrieve/model.ts';
import { mentionsOf } from '../tech-evidence.ts';
import { contentStems } from '../text.ts';
import { asksYears } from './experience.ts';
import { projectMentions } from './project.ts';
import { BEFORE_WORDS, neighbours, roleCandidate } from './role.ts';
import { yearsNote } from './skill-years.ts';

/**
 * A question that continues the conversation: "does it handle time zones?" after a project,
 * "and before that?" after a role. First what the profile says of the subject, then, when it
 * says nothing more, the subject's line again or more of the same list.
 */
export const followUp: AnswerKind = {
  name: 'follow-up',
  ceiling: SCORES.followUp,
  applies: (q) => q.state !== undefined,
  propose(q, k) {
    const state = q.state;
    if (!state) return undefined;
    return (
      sinceWhen(q, k, state) ??
      howLong(q, k, state) ??
      inScope(q, k, state) ??
      throughWhich(q, k, state) ??
      whatFor(q, k, state) ??
      silent(q, k, state)
    );
  },
};

const SINCE_WHEN =
  /^(?:and |so )?(?:since when|from when|when did (?:she|he|they) (?:start|join))\b/i;

/** "who's her current employer?" then "since when?": when the job held now began. */
function sinceWhen(q: Question, k: Knowledge, state: ConversationState): Candidate | undefined {
  if (!SINCE_WHEN.test(q.text.trim()) || !['roles', 'title', 'role'].includes(state.topic))
    return undefined;
  const role =
    state.role ?? k.profile.roles.find((r) => !r.end || /present|now|current/i.test(r.end));
  if (!role?.start) return undefined;
  const text = `Since **${role.start}** — ${role.title} at ${role.company}.`;
  return {
    kind: 'follow-up',
    score: SCORES.followUp,
    why: 'when the subject role began',
    evidence: k.index.snippets.filter((s) => s.role === role).slice(0, 1),
    answer: reply('roles', role.company, text, { confidence: 0.8 }),
    state: { ...state, role },
  };
}

/** "does she know spark?" then "how many years?": the years of that skill, as the profile gives them. */
function howLong(q: Question, k: Knowledge, state: ConversationState): Candidate | undefined {
  if (state.techs.length === 0 || q.techs.length > 0 || !asksYears(q.tokens)) return undefined;
  const parts: string[] = [];
  yearsNote(k, { ...q, techs: state.techs, intent: 'experience' }, parts);
  if (parts.length === 0) return undefined;
  const subject = state.techs.map((t) => t.name).join(', ');
  return {
    kind: 'follow-up',
    score: SCORES.followUp,
    why: 'the years of the subject',
    evidence: [],
    answer: reply('experience', subject, parts.join('\n\n'), { confidence: 0.8 }),
    state,
  };
}

/** "for what tho", "like what?", "where?": asks what the subject was used for. */
const WHAT_FOR =
  /^(?:and |but |ok |so )?(?:for what|what for|like what|used for what|doing what|in what|where|how so|what (?:does|did|do) (?:he|she|they) use (?:it|that|them|this) for|what (?:is|was|are|were) (?:it|that|they) used for|how (?:does|did|do) (?:he|she|they) use (?:it|that|them))\b/i;

/** "does he use Redis?" then "for what tho": the lines that show it used, not its list. */
function whatFor(q: Question, k: Knowledge, state: ConversationState): Candidate | undefined {
  if (state.techs.length === 0 || !WHAT_FOR.test(q.text.trim())) return undefined;
  const lines = [...new Set(state.techs.flatMap((t) => mentionsOf(k.index, t)))].filter(
    (s) => s.topic !== 'skills',
  );
  if (lines.length === 0) return undefined;
  const subject = state.techs.map((t) => t.name).join(', ');
  const text = `On **${subject}**, ${k.possessive} profile says:\n${bullets(evidenceLines(lines, 4))}`;
  return {
    kind: 'follow-up',
    score: SCORES.followUp,
    why: 'where the subject is used',
    evidence: lines.slice(0, 4),
    answer: reply('skill', subject, text, { confidence: 0.7 }),
    state,
  };
}

/** "Which provider was that with?": asks for the tools named beside the subject. */
const WHICH_TOOL =
  /^(?:providers?|vendors?|tools?|platforms?|services?|librar(?:y|ies)|frameworks?|stack|technolog(?:y|ies)|tech|gateways?|processors?)$/;

/**
 * "what payment stuff has he built?" then "which provider was that with?": the technologies
 * the subject's lines name beside it (Stripe), with those lines.
 */
function throughWhich(q: Question, k: Knowledge, state: ConversationState): Candidate | undefined {
  if (!q.backReference || state.techs.length === 0 || !q.tokens.some((t) => WHICH_TOOL.test(t)))
    return undefined;
  const subject = new Set(state.techs.map((t) => t.vocabularyName ?? t.name));
  // The lines that name the subject or a tool that implies it (Stripe for payments).
  const lines = state.techs.flatMap((t) => mentionsOf(k.index, t));
  const named = new Map<string, Snippet>();
  for (const line of lines) {
    for (const name of technologiesInText(k.index, line.text))
      if (!subject.has(name) && !named.has(name)) named.set(name, line);
  }
  if (named.size === 0) return undefined;
  const names = [...named.keys()].slice(0, 4);
  const evidence = [...new Set(names.map((n) => named.get(n) as Snippet))];
  const text = `Through ${names.map((n) => `**${n}**`).join(', ')}:\n${bullets(evidenceLines(evidence, 4))}`;
  return {
    kind: 'follow-up',
    score: SCORES.followUp,
    why: 'the tools named beside the subject',
    evidence,
    answer: reply('skill', names.join(', '), text, { confidence: 0.7 }),
    state,
  };
}

function inScope(q: Question, k: Knowledge, state: ConversationState): Candidate | undefined {
  const continues = (q.backReference || q.followUp) && q.stems.length > 0;
  // After a project or a role, a question naming nothing new is probably about it; without an
  // "it"/"and" the match must be stronger.
  if (q.stems.length === 0 || !(continues || state.project || state.role)) return undefined;
  // "what is it built with?" after a project: its own technologies, not a line elsewhere that
  // shares one of them.
  const built = state.project && continues ? builtWith(k, q, state.project) : undefined;
  if (built) return { kind: 'follow-up', score: SCORES.followUp, ...built, state };
  // "how long was that internship?": the role's dates, not the lines that say "internship".
  if (state.role && q.tokens.some((t) => DURATION_WORDS.has(t)))
    return roleFollowUp(q, k, state.role, { kind: 'follow-up', score: SCORES.followUp, state });
  // "and what was his role on it?": the lines of the subject that say what the owner did.
  if (continues && OWN_PART.test(q.text)) {
    const part = about(k, state, PART_STEMS, 0);
    if (part)
      return { kind: 'follow-up', score: SCORES.followUp, why: 'the part played', ...part, state };
  }
  // "and how did it turn out?": the lines that tell the result.
  if (continues && OUTCOME_ASKED.test(q.text)) {
    const result = about(k, state, OUTCOME_STEMS, 0);
    if (result)
      return { kind: 'follow-up', score: SCORES.followUp, why: 'the outcome', ...result, state };
  }
  // "how much faster did deploys get?" after a project: a measure asked of it, whichever of
  // the question's words its lines hold.
  if (MEASURE_ASKED.test(q.text)) {
    const measured = about(k, state, q.restStems.length > 0 ? q.restStems : q.stems, 0.01);
    if (measured)
      return {
        kind: 'follow-up',
        score: SCORES.followUp,
        why: 'a measure of it',
        ...measured,
        state,
      };
  }
  const minCoverage = continues ? 0.3 : 0.5;
  // The words no intent explained first ("impact … on paging" is about paging), then all.
  const found =
    (q.restStems.length > 0 ? about(k, state, q.restStems, minCoverage) : undefined) ??
    about(k, state, q.stems, minCoverage);
  if (!found) return undefined;
  return {
    kind: 'follow-up',
    score: SCORES.followUp,
    why: 'continues the subject',
    ...found,
    state,
  };
}

const OWN_PART =
  /\b(?:(?:his|her|their) (?:role|part|responsibilit(?:y|ies)|contribution)s?|what did (?:he|she|they) do)\b/i;
const OUTCOME_ASKED =
  /\bhow did (?:it|that|this|they) (?:turn out|go|end up|work out|land|do)\b|\bhow (?:successful|well did|did .{1,30} perform)\b|\b(?:outcome|results?|impact)\b/i;
const MEASURE_ASKED = /\bby how much\b|\bhow (?:much|many times)\s+(?:\p{L}+er|more|less)\b/iu;
/** Words a line uses to tell how something ended. */
const OUTCOME_STEMS = contentStems('outcome result results impact launch downloads rating');

/** Verbs a line uses to say what the owner did on something. */
const PART_STEMS = contentStems(
  'led lead built designed architected owned implemented developed created responsible optimized migrated',
);

function about(k: Knowledge, state: ConversationState, stems: string[], minCoverage: number) {
  const { project, role, subject: line } = state;
  const techs = project ? k.index.projectTechs(project) : state.techs;
  const elsewhere = project ? projectMentions(k, project) : [];
  const kin = line && !project && !role ? kindredLines(k, line) : new Set<Snippet>();
  const inScope = (s: Snippet) =>
    (project !== undefined && s.projectId === project.id) ||
    elsewhere.includes(s) ||
    (role !== undefined && s.role === role) ||
    s === line ||
    kin.has(s) ||
    techs.some((t) => t.evidence.includes(s));
  const hits = k.index.search(stems, inScope).filter((h) => h.coverage >= minCoverage);
  if (hits.length === 0) return undefined;
  const subject =
    project?.name ??
    (role
      ? `${role.title} at ${role.company}`
      : (line?.source ?? techs.map((t) => t.name).join(', ')));
  const evidence = hits.slice(0, 3).map((h) => h.snippet);
  const text = `On **${subject}**, ${k.possessive} profile says:\n${bullets(evidenceLines(evidence, 3))}`;
  return {
    evidence,
    answer: reply(project ? 'project' : 'skill', subject, text, { confidence: 0.7 }),
  };
}

/** A word this rare in the knowledge names one thing: "Stripe", "subscription". */
const RARE = 3;

/**
 * After "Stripe subscription & billing integrations", the other lines about the same thing:
 * those sharing a word of it that few lines use ("Built … Stripe billing systems with retry
 * logic"), so "does it handle failures?" finds them.
 */
function kindredLines(k: Knowledge, line: Snippet): Set<Snippet> {
  const out = new Set<Snippet>();
  for (const st of line.stems) {
    // A stack line ("Technologies: Stripe") repeats the name; it makes no word less rare.
    const lines = k.index.linesWith(st).filter((s) => !isStackLine(s));
    if (st.length >= 4 && lines.length <= RARE) for (const s of lines) out.add(s);
  }
  return out;
}

const BUILT_IN =
  /\b(?:written|coded|built|made|implemented)\s+(?:in|with|using)\b|\b(?:tech\s+)?stack\b|\blanguages?\b/i;

/** "what's it written in?" after a project: the technologies its own lines name. */
function builtWith(k: Knowledge, q: Question, p: NonNullable<ConversationState['project']>) {
  if (!BUILT_IN.test(q.text)) return undefined;
  // The project's own list of technologies when it has one; else those its lines name.
  const listed = p.technologies.length > 0 ? p.technologies : undefined;
  const techs = listed ?? k.index.projectTechs(p).map((t) => t.name);
  if (techs.length === 0) return undefined;
  const names = techs.map((t) => `**${t}**`).join(', ');
  const own = k.index.snippets.filter((s) => s.projectId === p.id);
  const evidence = listed ? own.filter(isStackLine) : own.slice(0, 2);
  // What the lines name, not a claim of what it is written in: "checks PostgreSQL" names one.
  const lead = listed
    ? `The technologies listed for **${p.name}**: ${names}.`
    : `The technologies **${p.name}**'s description names: ${names}.`;
  const text = `${lead}\n${bullets(evidenceLines(evidence, 2))}`;
  return {
    why: 'the technologies of the project',
    evidence,
    answer: reply('project', p.name, text, { confidence: 0.8 }),
  };
}

function silent(q: Question, k: Knowledge, state: ConversationState): Candidate | undefined {
  if (!q.followUp && !q.backReference) return undefined;
  const bare = q.stems.length === 0;
  const base = { kind: 'follow-up', score: SCORES.followUpSilent, state };
  if (state.project) {
    const p = state.project;
    const built = builtWith(k, q, p);
    if (built) return { ...base, ...built };
    const elsewhere = projectMentions(k, p).slice(0, 2);
    const more = elsewhere.length ? `\n${bullets(evidenceLines(elsewhere, 2))}` : '';
    const text = `The profile doesn't go into that for **${p.name}**. What it says: ${p.summary}${more}`;
    const evidence = [
      ...k.index.snippets.filter((s) => s.projectId === p.id).slice(0, 1),
      ...elsewhere,
    ];
    return {
      ...base,
      why: 'nothing more on the project',
      evidence,
      answer: reply('project', p.name, text, { confidence: 0.4 }),
    };
  }
  if (state.subject) {
    const s = state.subject;
    const text = `The profile doesn't go into more detail. What it says (${s.source}): ${s.text}`;
    return {
      ...base,
      why: 'nothing more on the line',
      evidence: [s],
      answer: reply(s.topic, s.source, text, { confidence: 0.4 }),
    };
  }
  // "What did he do there?", "and before that?" after a role: that role, or its neighbours.
  // "How long was he there?" asks for that role's dates, not the career's years.
  if (state.role) {
    // "what did she work on there?": "there" is that role, whatever else the words ask.
    // "which tools did she use there?" is still the tools' question, answered for the role.
    const there = q.tokens.includes('there') && q.intent !== 'skills' && q.categories.length === 0;
    // "where did he work before that": the role before this one, whatever "where" asks.
    const bound = there || q.tokens.some((t) => DURATION_WORDS.has(t) || BEFORE_WORDS.has(t));
    return roleFollowUp(q, k, state.role, bound ? { ...base, score: SCORES.followUp } : base);
  }
  if (!bare) return undefined;
  const topic = state.topic;
  const kind =
    k.kinds.find((c) => c.intent && c.name === topic) ??
    k.kinds.find((c) => c.intent && c.topic === topic);
  const again = kind?.propose({ ...q, intent: kind.name }, k);
  return again ? { ...again, ...base, why: `more of ${topic}` } : undefined;
}

const DURATION_WORDS = new Set(['long', 'when', 'dates', 'years', 'tenure']);

function roleFollowUp(
  q: Question,
  k: Knowledge,
  role: Role,
  base: Pick<Candidate, 'kind' | 'score' | 'state'>,
): Candidate {
  const side = q.tokens.some((t) => BEFORE_WORDS.has(t)) ? 'before' : undefined;
  const found = side ? neighbours(k, role, side) : roleCandidate(k, role, q.restStems);
  return { ...found, kind: base.kind, score: base.score, why: `${found.why} (follow-up)` };
}
