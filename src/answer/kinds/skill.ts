import { escapeRegExp } from '../../knowledge/escape-regexp.ts';
import { isLearningNote, isPlanned, learnsIn } from '../../knowledge/plans.ts';
import { ruledOut } from '../../knowledge/ruled-out.ts';
import type { AnswerField } from '../answer.ts';
import { type CategoryRef, preferSentences, type Snippet, type Tech } from '../knowledge-index.ts';
import { closestListed } from '../meaning/closest.ts';
import { affirmative, leftBehindIn, tellsOwnDoing } from '../meaning/own-doing.ts';
import { listedWhole } from '../meaning/part-of.ts';
import { specificStems } from '../pipeline/generic-words.ts';
import { bullets, capitalise, evidenceLines, reply, unique } from '../pipeline/reply.ts';
import {
  type AnswerKind,
  type Candidate,
  type Knowledge,
  type Question,
  SCORES,
} from '../pipeline/types.ts';
import { listedVia, mentionsOf } from '../tech-evidence.ts';
import { coordinatedGroups } from './coordinated-groups.ts';
import { asksYears } from './experience.ts';
import { absent } from './skill-absent.ts';
import { workBeside } from './skill-beside.ts';
import { certificatesFor } from './skill-certified.ts';
import { contributionLead } from './skill-contributed.ts';
import { madeWithLead } from './skill-made.ts';
import { partNotMentioned } from './skill-qualifier.ts';
import { heldAcronym, unknownInGroup, unknownSkill } from './skill-unknown.ts';
import { yearsNote } from './skill-years.ts';

/** How the profile stands on one technology. */
type Verdict =
  | { tech: Tech; status: 'held' }
  | { tech: Tech; status: 'implied'; via: Tech[] }
  | { tech: Tech; status: 'mentioned'; lines: Snippet[] }
  // "I don't do native mobile (no Swift or Kotlin)": named only to be ruled out.
  | { tech: Tech; status: 'denied'; lines: Snippet[] }
  | { tech: Tech; status: 'absent' };

/** Verdicts by technology: one knowledge's techs are its own, so the verdict never changes. */
const verdicts = new WeakMap<Tech, Verdict>();

export function verdictFor(k: Knowledge, tech: Tech): Verdict {
  let verdict = verdicts.get(tech);
  if (!verdict) {
    verdict = freshVerdict(k, tech);
    verdicts.set(tech, verdict);
  }
  return verdict;
}

function freshVerdict(k: Knowledge, tech: Tech): Verdict {
  if (tech.listed) return { tech, status: 'held' };
  const via = listedVia(k.index, tech.vocabularyName ?? tech.name);
  if (via.length > 0) return { tech, status: 'implied', via };
  const lines = mentionsOf(k.index, tech);
  if (lines.length > 0 && tech.projects.length === 0 && lines.every((s) => deniedIn(s.text, tech)))
    return { tech, status: 'denied', lines };
  if (lines.length > 0 || tech.projects.length > 0) return { tech, status: 'mentioned', lines };
  return { tech, status: 'absent' };
}

/** Every time the line names the technology, a clause rules it out ("no Swift or Kotlin"). */
function deniedIn(text: string, tech: Tech): boolean {
  const names = [tech.name, ...tech.aliases].filter((n) => n.length > 1);
  const named = new RegExp(
    `(?<![\\p{L}\\d])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}\\d])`,
    'giu',
  );
  const at = [...text.matchAll(named)].map((m) => m.index);
  return at.length > 0 && at.every((i) => ruledOut(text, i));
}

/** "Does she know Kafka?", "Go and Rust?", "can he write SQL?": yes, through what, or no. */
export const skill: AnswerKind = {
  name: 'skill',
  // An unknown tool asked about with a group ranks just above the group's own answer.
  ceiling: SCORES.category + 1,
  topic: 'skill',
  // Without a technology or a name asked as one, and with an intent, there is nothing to say.
  applies: (q) => q.techs.length > 0 || !!q.unknownName || !!q.unknownSkill || !q.intent,
  propose(q, k) {
    if (q.techs.length === 0) {
      if (q.unknownName) {
        // Only the "no": a line the word finds is for the search to show.
        const probe = unknownSkill(k, q.unknownName);
        return probe.evidence.length > 0 ? undefined : { ...probe, score: SCORES.unknownName };
      }
      const asked = q.unknownSkill ?? (q.intent ? undefined : heldAcronym(q.text));
      if (!asked) return undefined;
      // "does she know Gatling for perf tests?": the tool first, then what the group holds.
      return q.categories.length > 0 && q.unknownSkill
        ? unknownInGroup(k, q, asked)
        : unknownSkill(k, asked);
    }
    const verdicts = q.techs.map((t) => verdictFor(k, t));
    const only = verdicts[0];
    // "docker / CI?": a group listed beside the technology is asked about too.
    const groups = coordinatedGroups(k, q);
    if (groups.length > 0) return several(k, q, verdicts, groups);
    if (verdicts.length === 1 && only?.status === 'absent') return absent(k, only.tech, q);
    return verdicts.length === 1 && only ? one(k, q, only) : several(k, q, verdicts);
  },
  suggestion: (k) => {
    const listed = k.index.techs.find((t) => t.listed);
    return listed ? `Does ${k.firstName} know ${listed.name}?` : undefined;
  },
};

function one(k: Knowledge, q: Question, verdict: Verdict): Candidate {
  const { tech } = verdict;
  const made = madeWithLead(k, q, tech, verdict.status !== 'denied');
  const parts = [
    versionAsked(k, q, verdict) ??
      contributionLead(k, q, tech) ??
      made?.lead ??
      partLead(k, q, verdict) ??
      lead(k, verdict),
  ];
  // "Go concurrency": lines about the rest of the question come first.
  // "has he used Supabase": the using is asked ("used" stems to "us"), not lines that say "used".
  const specific = specificStems(q.restStems).filter((st) => st !== 'us');
  // Lines about both the rest and the skill ("used by 14 product teams" for "how many teams use
  // her design system") come before lines about the rest alone.
  const aboutSkill = new Set(tech.evidence);
  const focused =
    specific.length && !made
      ? k.index
          .search(specific)
          .filter((h) => h.coverage >= 0.75)
          .map((h) => h.snippet)
          .sort(
            (a, b) =>
              Number(aboutSkill.has(b)) - Number(aboutSkill.has(a)) ||
              Number(a.list ?? false) - Number(b.list ?? false),
          )
      : [];
  const own = made
    ? made.lines
    : verdict.status === 'implied'
      ? preferSentences([...tech.evidence, ...verdict.via.flatMap((t) => t.evidence)])
      : verdict.status === 'mentioned' || verdict.status === 'denied'
        ? verdict.lines
        : tech.evidence;
  const shown = [
    ...focused.slice(0, 2),
    ...own.filter((s) => s.topic !== 'title' && !(tech.listed && s.topic === 'skills')),
  ]
    .filter(unique)
    .slice(0, k.config.maxEvidence);
  if (shown.length > 0)
    parts.push(
      `${verdict.status === 'mentioned' ? '' : 'Where it shows:\n'}${bullets(evidenceLines(shown, k.config.maxEvidence))}`,
    );
  const fields: AnswerField[] = [];
  if (tech.listed)
    fields.push({ name: 'Category', value: tech.listed.category.name, inline: true });
  const projects = tech.projects.map((p) => p.name);
  if (projects.length > 0)
    fields.push({ name: 'Projects', value: projects.join(', '), inline: true });
  // "kubernetes?" beside a CKA: the certificate, said after the skill, never instead of it.
  const certified = verdict.status === 'denied' ? [] : certificatesFor(k, tech);
  if (certified.length > 0) parts.splice(1, 0, `${k.firstName} also holds ${andList(certified)}.`);
  withYearsFirst(k, q, parts);
  return {
    kind: 'skill',
    score: SCORES.skill,
    why: `${tech.name}: ${verdict.status}`,
    evidence: shown,
    answer: reply('skill', tech.name, parts.join('\n\n'), {
      fields,
      suggestions: followUps(k, [verdict]),
      confidence: q.corrected ? 0.75 : 0.95,
    }),
    state: { techs: q.techs, topic: 'skill' },
  };
}

/** "Redis Streams?" for a listed Redis: the listing, and that the part is not mentioned. */
function partLead(k: Knowledge, q: Question, verdict: Verdict): string | undefined {
  const listed = verdict.status === 'held' ? verdict.tech.listed : undefined;
  if (!listed || (listed.skill.note && isLearningNote(listed.skill.note))) return undefined;
  const held = `**Not by name** — ${k.firstName} lists **${listed.skill.name}** among ${k.possessive} ${skillsGroup(listed.category.name)}`;
  return partNotMentioned(k, q, verdict.tech, held);
}

/**
 * "which Go version does he work with?": a version the profile writes beside the name, or that
 * it names the technology and no version; never a bare yes.
 */
function versionAsked(k: Knowledge, q: Question, verdict: Verdict): string | undefined {
  if (verdict.status === 'absent' || !q.tokens.some((t) => t === 'version' || t === 'versions'))
    return undefined;
  const name = verdict.tech.name;
  const written = new RegExp(`\\b${escapeRegExp(name)}\\s*v?\\d+(?:\\.\\d+)+`, 'i');
  const line = k.index.snippets.find((s) => written.test(s.text));
  return line
    ? `On the version of **${name}**, ${k.firstName}'s profile says: "${line.text}"`
    : `${k.firstName}'s profile names **${name}**, but doesn't say which version.`;
}

/** Leads by verdict: a verdict is its technology's for good, and so is what it leads with. */
const leads = new WeakMap<Verdict, string>();

function lead(k: Knowledge, verdict: Verdict): string {
  let said = leads.get(verdict);
  if (said === undefined) {
    said = freshLead(k, verdict);
    leads.set(verdict, said);
  }
  return said;
}

function freshLead(k: Knowledge, verdict: Verdict): string {
  const { tech } = verdict;
  if (verdict.status === 'held' && tech.listed) {
    const { category, skill } = tech.listed;
    const note = skill.note ?? category.note;
    // `<Skill name="eBPF" level="learning" />`: listed, but as being learned, not known.
    if (note && isLearningNote(note))
      return `**Learning it** — ${k.firstName} lists **${skill.name}** among ${k.possessive} ${skillsGroup(category.name)}, marked "${note}": not yet a skill to claim.`;
    // "CI/CD" held through "GitHub Actions": what it is done with answers "what does he use".
    // A language is not "done with" its frameworks: only practices and platforms say so.
    const through = tech.tags.has('language')
      ? []
      : listedVia(k.index, tech.vocabularyName ?? tech.name).filter((t) => t !== tech);
    const using =
      through.length > 0 ? `, with ${andList(through.map((t) => `**${t.name}**`))}` : '';
    return `**Yes** — ${k.firstName} lists **${skill.name}** among ${k.possessive} ${skillsGroup(category.name)}${note ? ` (${note})` : ''}${using}.`;
  }
  if (verdict.status === 'implied') {
    return `**Yes** — through ${andList(verdict.via.map((t) => `**${t.name}**`))}, which ${k.firstName} lists.`;
  }
  if (verdict.status === 'denied') {
    return `**No** — ${k.firstName}'s profile rules out **${tech.name}**:`;
  }
  if (onlyPlanned(verdict)) {
    return `**Not a listed skill** — ${k.firstName}'s profile names **${tech.name}** only among plans not yet done:`;
  }
  if (onlyLearning(verdict)) {
    return `**Learning it, not a listed skill** — ${k.firstName}'s profile names **${tech.name}** among what ${k.firstName} is learning or exploring now:`;
  }
  const used =
    verdict.status === 'mentioned'
      ? usedInWork(verdict.lines, [tech.name, ...tech.aliases])
      : undefined;
  if (used)
    return `**Yes** — ${k.firstName}'s profile shows **${tech.name}** in ${k.possessive} ${used}, though not in a skills list:`;
  return `**${tech.name}** comes up in ${k.firstName}'s profile:`;
}

/**
 * "High-performance REST & gRPC APIs" under Expertise, "Built the sync service in Elixir" in a
 * job: lines that tell of the owner's own work with it, which say yes as a listing does. A line
 * of the about text may only name it in passing.
 */
function usedInWork(lines: readonly Snippet[], names: readonly string[]): string | undefined {
  if (lines.some((s) => s.topic === 'expertise')) return 'expertise';
  if (lines.some((s) => s.role !== undefined || s.projectId !== undefined)) return 'work';
  const kept = lines.filter((s) => affirmative(s.text) && !leftBehindIn(s.text, names));
  // "Principle: Test-driven development": a practice the owner holds to is one done.
  if (kept.some((s) => s.topic === 'principles')) return 'principles';
  if (kept.some((s) => s.topic === 'impact' || tellsOwnDoing(s.text))) return 'achievements';
  return undefined;
}

/** Named only where the owner says what they are learning: not yet a skill to claim. */
function onlyLearning(verdict: Verdict): boolean {
  return (
    verdict.status === 'mentioned' &&
    verdict.lines.length > 0 &&
    verdict.lines.every(
      (line) =>
        line.topic === 'exploring' ||
        isPlanned(line.text) ||
        learnsIn(line.text, [verdict.tech.name, ...verdict.tech.aliases]),
    )
  );
}

/** Listed with a note that it is being learned: named, not a skill to claim yet. */
const markedLearning = (v: Verdict): boolean =>
  v.status === 'held' && isLearningNote(v.tech.listed?.skill.note ?? v.tech.listed?.category.note);

/** Named only on unticked items of a task list: plans, no skill to claim. */
function onlyPlanned(verdict: Verdict): boolean {
  return (
    verdict.status === 'mentioned' &&
    verdict.lines.length > 0 &&
    verdict.lines.every((line) => isPlanned(line.text))
  );
}

function several(
  k: Knowledge,
  q: Question,
  verdicts: Verdict[],
  groups: readonly CategoryRef[] = [],
): Candidate {
  const known = verdicts.filter(
    (v) => v.status !== 'absent' && v.status !== 'denied' && !onlyLearning(v) && !markedLearning(v),
  );
  const lines = verdicts.map((v) => {
    const name = `**${v.tech.name}**`;
    if (v.status === 'held') {
      const note = v.tech.listed?.skill.note ?? v.tech.listed?.category.note;
      if (markedLearning(v)) return `- ${name}: learning it — listed as "${note}"`;
      return `- ${name}: yes — listed under ${v.tech.listed?.category.name}${note ? ` (${note})` : ''}`;
    }
    if (v.status === 'implied')
      return `- ${name}: yes — through ${andList(v.via.map((t) => t.name))}`;
    if (onlyLearning(v)) return `- ${name}: learning it — not a listed skill`;
    if (v.status === 'denied') return `- ${name}: no — ${k.possessive} profile rules it out`;
    if (v.status === 'mentioned') {
      // The line itself, short: "mentioned" alone would ask to be taken on trust.
      const line = v.lines[0];
      const said = line ? `: "${clipped(line.text, 100)}"` : '';
      return `- ${name}: yes — mentioned in ${line?.source.toLowerCase() ?? 'the profile'}${said}`;
    }
    const whole = listedWhole(k.index, v.tech);
    if (whole) return `- ${name}: not by name — ${k.possessive} profile lists ${whole.name}`;
    const near = closestListed(k.index, v.tech).map((t) => t.name);
    return `- ${name}: no — not in ${k.possessive} profile${near.length ? `; closest: ${near.join(', ')}` : ''}`;
  });
  lines.push(...groups.map((g) => groupLine(k, g)));
  const asked = verdicts.length + groups.length;
  const held = known.length + groups.length;
  const head =
    held === asked
      ? `**Yes** to all ${asked}:`
      : held === 0
        ? `**No** — none of these are in ${k.firstName}'s profile:`
        : `${k.firstName} knows ${held} of the ${asked}:`;
  const parts = [head, lines.join('\n')];
  if (held > 0) yearsNote(k, q, parts);
  const work = workBeside(k, q);
  if (work) parts.push(work);
  const mixed = held > 0 && held < asked;
  return {
    kind: 'skill',
    score: SCORES.skill,
    why: [
      ...verdicts.map((v) => `${v.tech.name}: ${v.status}`),
      ...groups.map((g) => `${g.label}: group`),
    ].join(', '),
    evidence: [],
    answer: reply(
      'skill',
      [...verdicts.map((v) => v.tech.name), ...groups.map((g) => g.label)].join(', '),
      parts.join('\n\n'),
      {
        suggestions: followUps(k, verdicts),
        confidence: (q.corrected ? 0.75 : 0.95) * (mixed ? 0.95 : 1),
      },
    ),
    state: { techs: q.techs, topic: 'skill' },
  };
}

/** A line cut at a word near `max` characters. */
function clipped(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max).replace(/\s+\S*$/, '')}…`;
}

/** "CI/CD: yes — CI/CD and GitHub Actions": a group asked beside technologies, by its members. */
function groupLine(k: Knowledge, group: CategoryRef): string {
  const members = k.index
    .skillsIn(group)
    .map((s) => s.tech.name)
    .filter(unique);
  return `- **${group.label}**: yes — ${andList(members)}`;
}

/** "Backend" → "Backend skills"; a group already named so ("Skills", "Top Skills") as it is. */
function skillsGroup(name: string): string {
  if (/^skills$/i.test(name.trim())) return 'skills';
  return /\bskills$/i.test(name.trim()) ? name : `${name} skills`;
}

/** The listed skill's group and a project using it, or for a missing one the closest listed. */
function followUps(k: Knowledge, verdicts: Verdict[]): string[] {
  const out: string[] = [];
  for (const { tech, status } of verdicts) {
    if (tech.listed)
      out.push(`Which ${tech.listed.category.name.toLowerCase()} skills does ${k.firstName} have?`);
    if (tech.projects[0]) out.push(`Tell me about ${tech.projects[0].name}`);
    const near = status === 'absent' ? closestListed(k.index, tech)[0] : undefined;
    if (near) out.push(`Does ${k.firstName} know ${near.name}?`);
  }
  return [...new Set(out)].slice(0, 2);
}

export function andList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * "how many years with golang?": the years come first, as asked; the skill then follows as a
 * statement, not as a "Yes" no one asked for.
 */
function withYearsFirst(k: Knowledge, q: Question, parts: string[]): void {
  const years: string[] = [];
  yearsNote(k, q, years);
  if (years.length === 0 || !asksYears(q.tokens) || !parts[0]?.startsWith('**Yes** — ')) {
    parts.push(...years);
    return;
  }
  parts[0] = capitalise(parts[0].slice('**Yes** — '.length));
  parts.unshift(...years);
}
