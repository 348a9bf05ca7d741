import type { CategoryRef, Tech } from '../knowledge-index.ts';
import { implyingTechnologies } from '../meaning/implications.ts';
import { claimAbsence } from '../pipeline/absence.ts';
import { asksYesOrNo, specificStems } from '../pipeline/generic-words.ts';
import { bullets, capitalise, evidenceLines, reply, unique } from '../pipeline/reply.ts';
import { type AnswerKind, type Candidate, type Knowledge, SCORES } from '../pipeline/types.ts';
import { contentStems, normalize, stem } from '../text.ts';
import { CATEGORY_WORDS } from '../vocabulary/group-words.ts';
import { asksYears } from './experience.ts';
import { spoken } from './languages.ts';
import { yearsNote } from './skill-years.ts';

/** Words that make "languages" mean programming languages only. */
const PROGRAMMING_WORDS = new Set(['programming', 'coding', 'code', 'scripting', 'programing']);

/** Openers of a question that asks for a list: "which databases …", "what frameworks …". */
const LIST_OPENERS = new Set(['which', 'what', 'whats']);

/** Words beside a group that ask nothing more of it: "any nosql exp?", "does he do frontend?". */
const GROUP_ASK = new Set(
  contentStems(
    // "Does the candidate have hands-on accessibility experience?": the person and the doing.
    // "Is she comfortable writing automated tests?", "can she set up CI?": the doing, too.
    'experience exp skill skills knowledge background work stuff comfortable familiar good know knows do does any use used familiarity candidate applicant hands hands-on practical write writing set setup automated automate automating implement implementing handle',
  ),
);

const WANTS_ASKED =
  /\b(?:open to|consider\w*|interested in|looking for|want\w*|roles?|positions?|jobs?)\b/i;

/** "Which databases?", "NoSQL?", "frontend skills in TypeScript?": the skills of a group. */
export const category: AnswerKind = {
  name: 'category',
  ceiling: SCORES.category,
  topic: 'skills',
  applies: (q) => q.categories.length > 0,
  propose(q, k) {
    const ref = q.categories[0];
    if (!ref || asksYears(q.tokens)) return undefined;
    const inGroup = k.index.skillsIn(ref);
    const languages = ref.tag === 'language' ? [] : q.techs.filter((t) => t.tags.has('language'));
    // "which go web frameworks does he use? gin?": the group is asked for, a member named too.
    // "which languages can she do code review in?": a practice names what the group is for.
    const listed = LIST_OPENERS.has(q.tokens[0] ?? '');
    const others = q.techs.filter(
      (t) => !languages.includes(t) && !(listed && t.tags.has('practice')),
    );
    const membersNamed =
      listed && others.length > 0 && others.every((t) => inGroup.some((s) => s.tech === t));
    if (others.length > 0 && !membersNamed) return undefined;
    // "python for test automation?" where the group holds no Python: the skill's own answer
    // (a no, with what the group does hold) speaks, not the group's list under Python's name.
    if (
      languages.length > 0 &&
      !languages.some((l) => inGroup.some((s) => s.tech.tags.has(normalize(l.name))))
    )
      return undefined;
    const candidate = categoryCandidate(k, ref, languages, q.restStems);
    // "is he purely backend or does he touch frontend too": each group named, in turn.
    // Only two of the profile's own groups, joined as a choice or a pair.
    const second = q.categories.find(
      (c) => c.label !== ref.label && c.categoryId !== undefined && c.categoryId !== ref.categoryId,
    );
    const joined = /\b(?:or|and|vs|versus)\b|\//i.test(q.text);
    if (
      second &&
      ref.categoryId !== undefined &&
      joined &&
      q.techs.length === 0 &&
      k.index.skillsIn(second).length > 0
    ) {
      const other = categoryCandidate(k, second, [], q.restStems);
      const text = `${candidate.answer.text}\n\n${other.answer.text}`;
      return {
        ...candidate,
        evidence: [...candidate.evidence, ...other.evidence],
        answer: { ...candidate.answer, text },
      };
    }
    // "any nosql exp?", "can he do frontend?": a yes-or-no question, and the group holds skills.
    // Only the group asked: "has she written security tools?" asks more than the list shows.
    // "is she open to a data engineering role?" asks what she wants, not what she knows.
    const yes =
      asksYesOrNo(q.text) &&
      !WANTS_ASKED.test(q.text) &&
      k.index.skillsIn(ref).length > 0 &&
      specificStems(q.restStems).every((st) => GROUP_ASK.has(st));
    const parts = [yes ? `**Yes** — ${candidate.answer.text}` : candidate.answer.text];
    // Bare "languages?" on a profile that lists spoken ones too: both readings, each named.
    const alsoSpoken =
      ref.tag === 'language' &&
      k.profile.languages.length > 0 &&
      !q.tokens.some((t) => PROGRAMMING_WORDS.has(t));
    if (alsoSpoken) parts.push(`Spoken languages: ${k.profile.languages.map(spoken).join(', ')}.`);
    if (candidate.evidence.length + k.index.skillsIn(ref).length > 0) yearsNote(k, q, parts);
    return { ...candidate, answer: { ...candidate.answer, text: parts.join('\n\n') } };
  },
  suggestion: (k) =>
    k.profile.skills[0]
      ? `Which ${k.profile.skills[0].name.toLowerCase()} skills does ${k.firstName} have?`
      : undefined,
};

export function categoryCandidate(
  k: Knowledge,
  ref: CategoryRef,
  languages: Tech[],
  restStems: string[],
): Candidate {
  const base = { kind: 'category', score: SCORES.category, why: `names the group ${ref.label}` };
  const state = { techs: [], category: ref, topic: 'skills' as const };
  let skills = k.index.skillsIn(ref);
  const language = languages[0];
  if (language) {
    const tag = normalize(language.name);
    const narrowed = skills.filter((s) => s.tech.tags.has(tag));
    if (narrowed.length > 0) skills = narrowed;
  }
  // Technologies of this kind that the profile mentions without listing them ("React Native" in
  // a role for "mobile apps?").
  const mentioned = ref.tag ? mentionedWithTag(k, ref.tag).slice(0, 3) : [];
  const mentionLines = mentioned.map(
    (t) => `**${t.name}** — ${evidenceLines(t.evidence, 1)[0] ?? ''}`,
  );
  const label = ref.label;
  if (skills.length === 0 && mentioned.length > 0) {
    // "lists no cloud skills" is false beside a listed Amazon RDS, which implies AWS.
    const implied = ref.tag ? impliedInGroup(k, ref.tag) : [];
    const lead = implied.length
      ? `${k.firstName}'s profile shows ${label} skills through ${implied.join(', ')}, and mentions:`
      : `${k.firstName}'s profile lists no ${label} skills, but mentions:`;
    const text = `${lead}\n${bullets(mentionLines)}`;
    const evidence = mentioned.flatMap((t) => t.evidence.slice(0, 1));
    return {
      ...base,
      evidence,
      state,
      answer: reply('skills', `${capitalise(label)} in ${k.firstName}'s work`, text, {
        confidence: 0.7,
      }),
    };
  }
  if (skills.length === 0) return noneListed(k, ref, base, restStems);
  const listing = listed(k, ref, skills, language, restStems);
  if (mentionLines.length > 0)
    listing.answer.text += `\n\nAlso mentioned:\n${bullets(mentionLines)}`;
  // Field by field: spreading objects of several shapes is slow on a path every group takes.
  return {
    kind: base.kind,
    score: base.score,
    why: base.why,
    evidence: listing.evidence,
    answer: listing.answer,
    state,
  };
}

type Listed = ReturnType<Knowledge['index']['skillsIn']>;

const namesOneOf = (text: string, names: readonly string[]) => {
  const lower = text.toLowerCase();
  return names.some((name) => lower.includes(name.toLowerCase()));
};

/** Lines that are no work done: the skill list itself, and what the owner is only exploring. */
const NOT_WORK: ReadonlySet<string> = new Set(['skills', 'exploring']);

/** "backend skills"; a group the profile calls "Skills" is just "skills". */
function skillsOf(label: string, within = ''): string {
  return /^skills?$/i.test(label.trim()) ? `skills${within}` : `${label}${within} skills`;
}

/** The group's listed skills, then what the rest of the profile says of them. */
function listed(
  k: Knowledge,
  ref: CategoryRef,
  skills: Listed,
  language: Tech | undefined,
  restStems: string[],
): Pick<Candidate, 'evidence' | 'answer'> {
  const names = skills.map((s) => s.skill.name);
  // "Go — Intermediate": the level the owner gives the group itself.
  const note = k.profile.skills.find((c) => c.id === ref.categoryId)?.note;
  const parts = [
    `${k.firstName}'s ${skillsOf(ref.label, language ? ` (${language.name})` : '')}${note ? ` (${note})` : ''}: **${names.join('**, **')}**.`,
  ];
  // Lines about the rest of the question ("security champions program") come first.
  // "how many components + how many teams use it": the asking words ("many", "use") aside.
  const asked = specificStems(restStems);
  const own = restStems.length
    ? k.index
        .search(asked.length > 0 ? asked : restStems)
        .filter((h) => h.coverage >= 0.4 && !NOT_WORK.has(h.snippet.topic))
        .slice(0, 2)
    : [];
  const related =
    own.length > 0 || restStems.length === 0
      ? own
      : k.index
          .search([...restStems, ...names.flatMap((n) => contentStems(n))])
          // Work that names a skill of the group: "secure" alone in a motto is not its use.
          .filter((h) => !NOT_WORK.has(h.snippet.topic) && namesOneOf(h.snippet.text, names))
          .slice(0, 2);
  // The skill list itself is the heading; "in his work" quotes everything else.
  const mentions = (
    related.length > 0 ? related.map((r) => r.snippet) : skills.flatMap((s) => s.tech.evidence)
  )
    .filter((s) => !NOT_WORK.has(s.topic))
    .filter(unique)
    .slice(0, 2);
  if (mentions.length > 0)
    parts.push(`In ${k.possessive} work:\n${bullets(evidenceLines(mentions, 3))}`);
  const byCategory = new Map<string, string[]>();
  for (const s of skills) {
    const list = byCategory.get(s.category.name) ?? [];
    list.push(s.skill.note ? `${s.skill.name} (${s.skill.note})` : s.skill.name);
    byCategory.set(s.category.name, list);
  }
  const fields = [...byCategory].map(([name, list]) => ({
    name,
    value: list.join(', '),
    inline: true,
  }));
  const answer = reply('skills', capitalise(skillsOf(ref.label)), parts.join('\n\n'), {
    fields,
    confidence: 0.9,
  });
  return { evidence: mentions, answer };
}

/** No listed skill of the group, and no mention either: a clear no, with what is listed. */
function noneListed(
  k: Knowledge,
  ref: CategoryRef,
  base: Pick<Candidate, 'kind' | 'score' | 'why'>,
  restStems: readonly string[],
): Candidate {
  const examples = k.index.techs
    .filter((t) => t.listed)
    .slice(0, 4)
    .map((t) => t.name);
  const no = `**No** — ${k.firstName}'s profile doesn't list any ${ref.label} skills. ${capitalise(k.possessive)} skills include ${examples.join(', ')}.`;
  const claim = claimAbsence(
    k,
    {
      topic: 'skills',
      what: `${ref.label} skills`,
      // "a job scheduler": the words people use for the group, and the thing it names
      // ("scheduler", which finds "Scheduling Engine"), are searched as well as its label.
      terms: [ref.label, ...(ref.tag ? (CATEGORY_WORDS[ref.tag] ?? []) : [])],
      ...(headNoun(ref.label) ? { words: [headNoun(ref.label) as string] } : {}),
      // Any technology of the group, named anywhere ("Docker" in a skills table's row).
      // And any that implies the group by the implication table (Terraform for "IaC").
      techs: groupTechs(k, ref),
      no,
    },
    base.kind,
    base.score,
  );
  const title = claim.evidence.length ? claim.answer.title : `No ${ref.label} listed`;
  // Other words of the question that find a line of their own ("the sim-to-real pipeline")
  // make the group a passing word: that line's answer ranks above a "no".
  const specific = specificStems(restStems);
  const elsewhere =
    specific.length >= 2 && (k.index.search(specific)[0]?.coverage ?? 0) >= k.config.asideCoverage;
  return {
    ...claim,
    // A listing of the lines that merely name the group is no better: the specific line wins.
    score: elsewhere ? SCORES.absence : claim.score,
    state: { techs: [], category: ref, topic: 'skills' },
    answer: { ...claim.answer, title },
  };
}

/** Last words of group names too general to stand for the group ("machine learning"). */
const GENERAL_HEADS = new Set(
  'learning testing development management engineering design system systems tool tools language languages framework frameworks service services platform platforms skill skills analysis data security ops'.split(
    ' ',
  ),
);

/** The thing a group of two or more words names: "job scheduler" → the stem of "scheduler". */
function headNoun(label: string): string | undefined {
  const words = label.toLowerCase().split(/\s+/);
  const last = words.at(-1) ?? '';
  return words.length >= 2 && last.length >= 5 && !GENERAL_HEADS.has(last) ? stem(last) : undefined;
}

const byTagCache = new WeakMap<Knowledge['index'], Map<string, Tech[]>>();

/** Technologies the profile mentions without listing them, by vocabulary tag. */
function mentionedWithTag(k: Knowledge, tag: string): Tech[] {
  let byTag = byTagCache.get(k.index);
  if (!byTag) {
    byTag = new Map();
    for (const tech of k.index.techs) {
      // Linguist's long tail ("Processing", "Just") names a language only when listed.
      if (tech.listed || tech.obscure || tech.evidence.length === 0) continue;
      for (const t of tech.tags) byTag.set(t, [...(byTag.get(t) ?? []), tech]);
    }
    byTagCache.set(k.index, byTag);
  }
  return byTag.get(tag) ?? [];
}

/** Technologies of a group the listed skills imply ("AWS" through a listed Amazon RDS). */
function impliedInGroup(k: Knowledge, tag: string): string[] {
  return k.index.techs.flatMap((t) => {
    const support = t.tags.has(tag) ? k.support.supportFor(t.name) : undefined;
    return support?.status === 'implied' ? [`${t.name} (via ${support.via.join(', ')})`] : [];
  });
}

/** The technologies of a group: tagged with it, or implying it by the implication table. */
function groupTechs(k: Knowledge, ref: CategoryRef): Tech[] {
  const implied = new Set(implyingTechnologies(ref.label).map((n) => n.toLowerCase()));
  return k.index.techs.filter(
    (t) =>
      (ref.tag !== undefined && t.tags.has(ref.tag)) ||
      implied.has(t.name.toLowerCase()) ||
      implied.has((t.vocabularyName ?? '').toLowerCase()),
  );
}
