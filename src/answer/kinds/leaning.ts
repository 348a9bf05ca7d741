import { escapeRegExp } from '../../knowledge/escape-regexp.ts';
import type { CategoryRef, Snippet, Tech } from '../knowledge-index.ts';
import { bullets, capitalise, evidenceLines, reply, unique } from '../pipeline/reply.ts';
import { type AnswerKind, type Knowledge, type Question, SCORES } from '../pipeline/types.ts';

/** "more frontend or backend?", "stronger in Go or TypeScript?": one side weighed against the other. */
const WEIGHING =
  /\b(?:more|mostly|mainly|primarily|rather|stronger|better|lean(?:s|ing)?|focus(?:ed)?|prefer(?:s|red)?)\b.*\b(?:or|vs\.?|versus)\b/i;

interface Side {
  name: string;
  /** The job title or headline names it. */
  titled: boolean;
  lines: Snippet[];
  /** How the profile lists it: "Frontend (selective): TypeScript, React, Vue". */
  listing?: string;
}

/**
 * Two skill groups or technologies set against each other: the side the profile's title and
 * lines name more, with the lines for each. Only what the profile shows, never a judgement of
 * skill beyond it.
 */
export const leaning: AnswerKind = {
  name: 'leaning',
  ceiling: SCORES.category + 2,
  topic: 'skills',
  propose(q, k) {
    if (!WEIGHING.test(q.text)) return undefined;
    const sides = sidesOf(q, k);
    if (sides.length !== 2) return undefined;
    const [a, b] = sides as [Side, Side];
    const weight = (s: Side) => (s.titled ? 100 : 0) + s.lines.length;
    const [first, second] = weight(a) >= weight(b) ? [a, b] : [b, a];
    const clear =
      weight(second) === 0 || weight(first) >= 2 * weight(second) || first.titled !== second.titled;
    const lead = clear
      ? `${k.firstName}'s profile leans ${first.name}:`
      : `${k.firstName}'s profile shows both ${first.name} and ${second.name}:`;
    const text = `${lead}\n${bullets([...sideLines(k, first), ...sideLines(k, second)])}`;
    return {
      kind: 'leaning',
      score: SCORES.category + 2,
      why: `weighs ${first.name} against ${second.name}`,
      evidence: [...first.lines.slice(0, 2), ...second.lines.slice(0, 2)].filter(unique),
      answer: reply('skills', `${capitalise(first.name)} or ${second.name}`, text),
    };
  },
};

function sidesOf(q: Question, k: Knowledge): Side[] {
  const groups = q.categories.map((ref) => groupSide(k, ref));
  const techs = q.techs.filter((t) => !q.categories.some((c) => sameName(c.label, t.name)));
  return [...groups, ...techs.map((t) => techSide(k, t))];
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function titled(k: Knowledge, name: string): boolean {
  const { title, headline } = k.profile.identity;
  const word = new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'iu');
  return word.test(title) || (headline !== undefined && word.test(headline));
}

function groupSide(k: Knowledge, ref: CategoryRef): Side {
  const skills = k.index.skillsIn(ref);
  const words = ref.label.toLowerCase().split(/\s+/);
  const lines = words.length === 1 ? [...k.index.linesWith(words[0] ?? '')] : [];
  const category = skills[0]?.category;
  const listing = category
    ? `${category.name}: ${skills.map((s) => s.skill.name).join(', ')}`
    : undefined;
  return { name: ref.label.toLowerCase(), titled: titled(k, ref.label), lines, listing };
}

function techSide(k: Knowledge, tech: Tech): Side {
  const listing = tech.listed
    ? `${tech.name}: listed under ${tech.listed.category.name}`
    : undefined;
  return { name: tech.name, titled: titled(k, tech.name), lines: tech.evidence, listing };
}

function sideLines(k: Knowledge, side: Side): string[] {
  const out: string[] = [];
  if (side.titled) out.push(`Title: ${k.profile.identity.title}`);
  if (side.listing) out.push(side.listing);
  const said = evidenceLines(
    side.lines.filter((l) => !l.where.startsWith('identity.') && !l.where.startsWith('skills')),
    1,
  );
  out.push(...said);
  if (out.length === 0) out.push(`Nothing in the profile names ${side.name}.`);
  return out;
}
