import type { Education } from '../../knowledge/schema.ts';
import { claimAbsence } from '../pipeline/absence.ts';
import { asksYesOrNo } from '../pipeline/generic-words.ts';
import { article, bullets, dates, evidenceLines, reply } from '../pipeline/reply.ts';
import { type AnswerKind, type Candidate, type Knowledge, SCORES } from '../pipeline/types.ts';
import { normalize, tokenize } from '../text.ts';

const PHRASES = [
  'education',
  'educational',
  'academic background',
  'schooling',
  'studies',
  'degree',
  'university',
  'college',
  'school',
  'studied',
  'study',
  'graduate',
  'graduated',
  'bachelor',
  'master',
  'phd',
  'mba',
  'msc',
  'bsc',
  'masters',
  'bachelors',
  'doctorate',
  'bootcamp',
  'undergrad',
  'undergraduate',
  'postgrad',
  'postgraduate',
  'alma mater',
  'grad school',
  'academy',
  'diploma',
  'studies',
  'qualification',
  'qualifications',
  'gpa',
  'grades',
  // "who supervised her phd?": the degree's own details say.
  'supervised her',
  'supervised his',
  'supervised their',
  'supervisor',
  'thesis',
  'courses',
  'coursework',
];

/** Degree levels by the words people and résumés use for them. */
const LEVELS: readonly DegreeLevel[] = [
  { name: 'PhD', words: ['phd', 'ph.d', 'doctorate', 'doctoral', 'dphil', '博士', '박사'] },
  // An MSc is not an MBA: asked by name, it is answered by name.
  { name: 'MBA', words: ['mba'] },
  {
    name: "master's degree",
    // "M.Eng.", "M.S.", and the degree's name in Chinese, Japanese and Korean.
    words: [
      'master',
      'masters',
      'msc',
      'm.sc',
      'ms',
      'm.s',
      'ma',
      'm.a',
      'meng',
      'm.eng',
      'mphil',
      'm.phil',
      'mtech',
      'm.tech',
      '硕士',
      '碩士',
      '修士',
      '석사',
    ],
  },
  {
    name: "bachelor's degree",
    words: [
      'bachelor',
      'bachelors',
      'bsc',
      'b.sc',
      'bs',
      'ba',
      'beng',
      'b.eng',
      'b.s',
      'b.a',
      'btech',
      'b.tech',
      '本科',
      '学士',
      '學士',
      '학사',
      'undergrad',
      'undergraduate',
      // Spain's "Grado", Portugal's and Brazil's "Bacharelado"/"Licenciatura" first degrees.
      'grado',
      'bacharelado',
      'bacharel',
    ],
  },
];

const DETAIL_WORDS = new Set([
  // "what did her PhD work on?", "what was his research about?": the thesis says.
  'about',
  'topic',
  'research',
  'dissertation',
  'focus',
  'work',
  'supervised',
  'supervisor',
  'advisor',
  'thesis',
  'gpa',
  'grade',
  'grades',
  'score',
  'courses',
  'coursework',
  'honours',
  'honors',
  'thesis',
  'dissertation',
  'dissertations',
]);

interface DegreeLevel {
  name: string;
  words: readonly string[];
}

const wordsOf = (...names: string[]) =>
  LEVELS.filter((l) => names.includes(l.name)).flatMap((l) => l.words);

/** The levels, "a postgrad degree" (any above a bachelor's), then "any degree", asked last. */
const DEGREE_LEVELS: readonly DegreeLevel[] = [
  ...LEVELS,
  {
    name: 'postgraduate degree',
    words: ['postgrad', 'postgraduate', 'graduate', ...wordsOf('PhD', 'MBA', "master's degree")],
  },
  { name: 'degree', words: ['degree', ...LEVELS.flatMap((level) => level.words)] },
];

/**
 * "does she have a phd or masters?": every level the question names; one of them held is a yes,
 * none a no that names them all.
 */
function levelsAsked(tokens: readonly string[]): DegreeLevel | undefined {
  const named = LEVELS.filter((l) => l.words.some((w) => tokens.includes(w)));
  if (named.length < 2) return DEGREE_LEVELS.find((l) => l.words.some((w) => tokens.includes(w)));
  return { name: named.map((l) => l.name).join(' or '), words: named.flatMap((l) => l.words) };
}

/** "What did she study?", "does he have a PhD?": the education, and a clear no to a level not held. */
export const education: AnswerKind = {
  name: 'education',
  ceiling: SCORES.topic,
  topic: 'education',
  intent: { phrases: PHRASES, weight: 7 },
  applies: (q) => q.intent === 'education',
  propose(q, k) {
    if (q.intent !== 'education') return undefined;
    const level = levelsAsked(q.tokens);
    const list = k.profile.education;
    if (list.length === 0) return noEducation(k, level);
    // "what's her GPA?", "which courses?": the details that say so, under their degree.
    // Read as typed too: "thesis" is read "thesi", as a plural loses its s.
    const detailed = q.tokens.some((t) => DETAIL_WORDS.has(t) || DETAIL_WORDS.has(`${t}s`));
    const lines = list.map((e) => {
      // With no degree named, the first detail says what the studies were.
      const what = [e.degree, e.field].filter(Boolean).join(' in ') || e.details[0];
      const line = `${what || 'Studied'} — **${e.institution}**${dates(e.start, e.end, { length: false })}`;
      const more = what === e.details[0] ? e.details.slice(1) : e.details;
      return detailed && more.length > 0 ? `${line}: ${more.join('; ')}` : line;
    });
    const base = {
      kind: 'education',
      score: SCORES.topic,
      why: 'asks about education',
      evidence: k.index.snippets.filter((s) => s.topic === 'education'),
      state: { techs: [], topic: 'education' as const },
    };
    // A degree the level words do not name ("Diplom-Ingenieur", "Laurea") may be the level
    // asked: the education is shown as it is written, not a no.
    const unnamed = list.some(
      (e) => holds(e, OTHER_DEGREES) && !LEVELS.some((l) => holds(e, l.words)),
    );
    const anyDegree = level?.name === 'degree' && unnamed;
    if (level && !unnamed && !anyDegree && !list.some((e) => holds(e, level.words))) {
      // "studied physics at TU Graz", no degree named anywhere: studies that may have ended in one.
      const open = list.every((e) => !e.degree);
      const no = open
        ? `${k.firstName}'s profile doesn't name ${article(level.name)} ${level.name}; it says of ${k.possessive} education:\n${bullets(lines)}`
        : `**No** — ${k.firstName}'s profile lists no ${level.name}. Education:\n${bullets(lines)}`;
      const claim = claimAbsence(
        k,
        {
          topic: 'education',
          what: `a ${level.name}`,
          terms: level.words.filter((w) => w.length > 2),
          no,
          // A degree shows in the education or the about lines, not in a skill or a project.
          ignore: (s) => s.topic !== 'education' && s.topic !== 'identity',
        },
        'education',
        SCORES.topic,
      );
      return { ...base, ...claim, answer: { ...claim.answer, title: 'Education' } };
    }
    // "does she have a postgrad degree?" with a master's listed: a yes, then the education.
    const yes =
      level && !anyDegree && asksYesOrNo(q.text) && list.some((e) => holds(e, level.words));
    return {
      ...base,
      answer: reply(
        'education',
        'Education',
        `${yes ? `**Yes** — ${k.firstName}'s education:\n` : ''}${bullets(lines)}`,
      ),
    };
  },
  suggestion: (k) => (k.profile.education.length ? `What did ${k.firstName} study?` : undefined),
};

/** University degrees of other systems, which no English level word names. */
const OTHER_DEGREES = [
  'diplom',
  'dipl',
  'diplôme',
  'laurea',
  'licence',
  'licenciatura',
  'licenciado',
  'magister',
  'ingenieur',
  'ingénieur',
  'ingeniero',
  'doctorat',
  'doctorado',
  'dottorato',
  'kandidat',
];

function holds(e: Education, words: readonly string[]): boolean {
  // "硕士 浙江大学 (M.Eng., Zhejiang University)" read whole as the institution: the degree is in it.
  const text = `${e.degree ?? ''} ${e.field ?? ''}${e.degree ? '' : ` ${e.institution}`}`;
  // "硕士 浙江大学": words of scripts the tokens do not read are found as written.
  return (
    tokenize(normalize(text)).some((w) => words.includes(w)) ||
    words.some((w) => /[^\p{Script=Latin}\p{P}\d]/u.test(w) && text.includes(w))
  );
}

function noEducation(k: Knowledge, level: DegreeLevel | undefined): Candidate {
  const what = level ? `a ${level.name}, or any education` : 'education';
  const terms = [...EDUCATION_WORDS, ...(level?.words.filter((w) => w.length > 2) ?? [])];
  const general = claimAbsence(k, { topic: 'education', what, terms }, 'education', SCORES.topic);
  if (!level || general.evidence.length === 0) return general;
  // "does she have a PhD?" with only an M.Sc. in a role line: no PhD, and what the text says.
  const levelTerms = level.words.filter((w) => w.length > 2);
  const shown = evidenceLines(general.evidence, k.config.maxEvidence);
  const no = `**No** — ${k.firstName}'s profile lists no ${level.name}. What it says about education:\n${bullets(shown)}`;
  const claim = claimAbsence(
    k,
    { topic: 'education', what: `a ${level.name}`, terms: levelTerms, no },
    'education',
    SCORES.topic,
  );
  return { ...claim, evidence: claim.evidence.length ? claim.evidence : general.evidence };
}

/** Words a line uses when it speaks of studies, in the languages schools are named in. */
const EDUCATION_WORDS = [
  'degree',
  'university',
  'college',
  'studied',
  'graduated',
  'msc',
  'bsc',
  'phd',
  'mba',
  'diploma',
  'bootcamp',
  'institute',
  'polytechnic',
  'universidade',
  'universidad',
  'università',
  'universität',
  'université',
  'universiteit',
  'universitet',
  'hochschule',
  'école',
  // "Soy Ingeniero en Computación por la Facultad de Ingeniería (UdelaR), me recibí en 2019".
  'facultad',
  'faculdade',
  'facoltà',
  'fakultät',
  'licenciatura',
  'licenciado',
  'licenciada',
  'ingeniero en',
  'ingeniera en',
  'me recibí',
  'egresado',
  'egresada',
  'graduado',
  'graduada',
  'bacharelado',
  'laurea',
  'studium',
  'abschluss',
  'diplôme',
];
