import { NUMBER_WORDS } from '../../knowledge/number-words.ts';
import type { Snippet } from '../knowledge-index.ts';
import { nearLines } from '../meaning/near-words.ts';
import { claimAbsence } from '../pipeline/absence.ts';
import { specificStems } from '../pipeline/generic-words.ts';
import { article, bullets, evidenceLines, reply } from '../pipeline/reply.ts';
import {
  type AnswerKind,
  type Candidate,
  type Knowledge,
  type Question,
  SCORES,
} from '../pipeline/types.ts';
import { contentStems } from '../text.ts';
import { yearsText } from './identity.ts';
import { topicAbsence } from './topic-absence.ts';

const PHRASES = [
  'experience',
  'experienced',
  'how many year',
  'year of experience',
  'how long',
  'year',
  'seniority level',
  // Spanish and Portuguese: "¿Cuántos años de experiencia tiene?", "quantos anos de experiência".
  'anos de experiencia',
  'cuantos anos',
  'quantos anos',
  'how senior',
  'career length',
  // "how long has he been in the (games) industry?": the years, not the industries.
  'how long has he been',
  'how long has she been',
  'how long have they been',
  'been in the industry',
];

/** "how many yrs in clinical programming?", "how long …", "yrs of cfd exp": years asked. */
export function asksYears(tokens: readonly string[]): boolean {
  const at = tokens.indexOf('how');
  const how =
    at >= 0 &&
    (tokens[at + 1] === 'long' || (tokens[at + 1] === 'many' && tokens[at + 2] === 'year'));
  // "¿Cuántos años de experiencia …?", "quantos anos …": the same, in Spanish or Portuguese.
  const cuantos = tokens.some((t, i) => /^(?:cuanto|quanto)s?$/.test(t) && tokens[i + 1] === 'ano');
  return how || cuantos || (tokens[0] === 'year' && (tokens[1] === 'of' || tokens[1] === 'in'));
}

/** For "how many years … in X", the lines about X. */
function fieldLines(k: Knowledge, q: Question) {
  const counting = asksYears(q.tokens);
  const specific = counting ? specificStems(q.restStems) : [];
  if (specific.length === 0) return [];
  return k.index
    .search(specific)
    .filter((h) => h.coverage >= k.config.searchMinCoverage)
    .slice(0, k.config.maxEvidence)
    .map((h) => h.snippet);
}

const SUMMARY_STEMS = new Set(
  // "how much experience does he have total?": how much of it, not in what.
  contentStems(
    'summary summarize summarise overview rundown recap brief outline total overall altogether combined',
  ),
);

/**
 * "any assembler / hlasm exp?": experience of something the knowledge never names is not
 * answered with the career's years; the search and the absence rules speak.
 */
function unfoundField(k: Knowledge, q: Question): boolean {
  // "can you summarize his experience?": the asking for a summary names no field.
  const specific = specificStems(q.restStems).filter((s) => !SUMMARY_STEMS.has(s));
  if (asksYears(q.tokens) || specific.length === 0) return false;
  // "kongsberg k-bridge experience" beside "the bridge PCs": one word found is not the field.
  return !k.index.search(specific).some((h) => h.coverage >= k.config.termCoverage);
}

/**
 * "does he have experience in medical imaging?": a field the knowledge never names, searched
 * through the whole text and its related words before a "no". A named technology or an unknown
 * tool is the skill kind's to answer.
 */
function fieldAbsence(k: Knowledge, q: Question): Candidate | undefined {
  if (q.techs.length > 0 || q.unknownSkill || q.categories.length > 0) return undefined;
  const specific = new Set(specificStems(q.restStems));
  // The words as typed ("fieldbus networks"), not as read ("fieldbu network").
  const written = q.text.match(/[\p{L}\p{N}][\p{L}\p{N}+#-]*/gu) ?? [];
  const typed = written.filter((w) => contentStems(w).some((st) => specific.has(st)));
  if (typed.length === 0 || typed.length > 4) return undefined;
  const field = typed.join(' ');
  // "industrial fieldbus networks?" beside a group "Netwerken: PROFINET, PROFIBUS": the
  // closest group, never a "no".
  const near = nearLines(k, typed);
  if (near.length > 0) return nearField(k, field, near);
  return claimAbsence(
    k,
    {
      topic: 'experience',
      what: field,
      terms: [field],
      words: [...specific],
      no: `**No** — ${k.firstName}'s profile doesn't mention ${field}.`,
    },
    'experience',
    SCORES.topic,
  );
}

function nearField(k: Knowledge, field: string, lines: readonly Snippet[]): Candidate {
  const shown = lines.slice(0, k.config.maxEvidence);
  return {
    kind: 'experience',
    score: SCORES.topic,
    why: `no line says ${field}; lines with words spelled close to it`,
    evidence: shown,
    answer: reply(
      'experience',
      field,
      `${k.firstName}'s profile doesn't say "${field}" in those words. The closest it has:\n${bullets(evidenceLines(shown, shown.length))}`,
      { confidence: 0.6 },
    ),
  };
}

// "I've been writing software professionally for about fifteen years": a career's length, told
// in a line of any section (a role's "2 years at Acme" is that job's, not the career's).
const CAREER_YEARS = new RegExp(
  String.raw`\b(?:been|spent|have|with|over|nearly|almost|about|around|for)\b[^.;]{0,60}?\b(?:\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})\+?\s+years?\b(?!\s+(?:ago|old)\b)`,
  'i',
);
const CAREER_WORDS =
  /\b(?:professional(?:ly)?|career|experience|industry|software|engineer(?:ing)?|developer|coding|programming|writing|building|shipping)\b/i;

function careerYearsLine(k: Knowledge): Snippet | undefined {
  const told = k.index.snippets.filter((s) => !s.role && !s.projectId && CAREER_YEARS.test(s.text));
  // "I've spent the last ~7 years turning messy data into forecasts": in the owner's own
  // summary, years spent are the career's, whatever the words around them.
  return (
    told.find((s) => CAREER_WORDS.test(s.text)) ??
    told.find((s) => s.where.startsWith('summary') && /\b(?:I|I['’]ve|my)\b/.test(s.text))
  );
}

/** The years as the text tells them, quoted: the line says it in its own words. */
function careerYearsTold(k: Knowledge, line: Snippet): Candidate {
  return {
    kind: 'experience',
    score: SCORES.topic,
    why: 'years of experience told in the text',
    evidence: [line],
    answer: reply(
      'experience',
      'Years of experience',
      `${k.possessive.charAt(0).toUpperCase()}${k.possessive.slice(1)} profile says:\n\n> ${line.text}`,
      { confidence: 0.7 },
    ),
    state: { techs: [], topic: 'experience' },
  };
}

/** "How many years of experience?": the years, from the field or the text. */
export const experience: AnswerKind = {
  name: 'experience',
  ceiling: SCORES.specificSearch + 5,
  topic: 'experience',
  intent: { phrases: PHRASES, weight: 5 },
  applies: (q) => q.intent === 'experience',
  propose(q, k) {
    if (q.intent !== 'experience') return undefined;
    if (unfoundField(k, q)) return fieldAbsence(k, q);
    const years = yearsText(k);
    const told = years ? undefined : careerYearsLine(k);
    if (told) return careerYearsTold(k, told);
    if (!years)
      return topicAbsence(k, q, 'experience', {
        topic: 'experience',
        what: 'years of experience',
        terms: ['years of experience'],
      });
    const source = k.index.snippets.find(
      (s) => s.topic === 'identity' && /\byears?\b/i.test(s.text),
    );
    const roles = k.profile.roles.length;
    const field = fieldLines(k, q);
    return {
      kind: 'experience',
      // "how many years in games?": the years with the lines about games, above those lines alone.
      score: field.length > 0 ? SCORES.specificSearch + 5 : SCORES.topic,
      why: 'asks for years of experience',
      evidence: source ? [source, ...field] : field,
      answer: reply(
        'experience',
        `${years} years of experience`,
        `${k.firstName} has **${years} years** of professional experience as ${article(k.profile.identity.title)} ${k.profile.identity.title}.${source ? `\n\n> ${source.text}` : ''}${
          field.length > 0
            ? `\n\nThe profile gives years overall, not per field. Where that comes up:\n${bullets(evidenceLines(field, k.config.maxEvidence))}`
            : ''
        }`,
        { fields: roles > 0 ? [{ name: 'Roles', value: String(roles), inline: true }] : [] },
      ),
      state: { techs: [], topic: 'experience' },
    };
  },
  suggestion: (k) =>
    yearsText(k) ? `How many years of experience does ${k.firstName} have?` : undefined,
};
