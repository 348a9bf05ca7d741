import type { Profile } from '../knowledge/schema.ts';
import type { Judgement } from './judgement.ts';

// Highest first: a degree at a level meets a requirement at that level or below. Short forms
// count only in capitals ("BE", "M.S."), so "should be" is no degree.
const LEVELS: readonly (readonly [number, RegExp, RegExp])[] = [
  [3, /\bph\.?\s?d\b|\bdoctor(?:ate|al)\b/i, /\bDPhil\b/],
  [
    2,
    /\bmaster'?s?\b|\bm\.?sc\b|\bmeng\b|\bmba\b|\bm\.?tech\b|\bbac\s*\+\s*5\b/i,
    /\bM\.?S\.?(?=[\s,]|$)/,
  ],
  [
    1,
    // "Completed studies in computer science" is how a degree is asked for in some countries;
    // "Titulación en …" and "Licenciatura en …" are Spanish for a degree in a field.
    /\bbachelor'?s?\b|\bb\.?sc\b|\bbeng\b|\bb\.?tech\b|\bdegree\b|\buniversity\b|\b(?:completed |university )?studies in\b|\btitulaci[óo]n\b|\blicenciatura\b|\blaurea\b|\bgradua[çc][ãa]o\b|\b(?:hochschul)?studium\b|\bhochschulabschluss\b|\bdipl[ôo]me\b|\bbac\s*\+\s*[34]\b/i,
    /\bB\.?[SAE]\.?(?=[\s,]|$)/,
  ],
];

/** Fields of study that are technical: what "Computer Science or a related field" asks. */
const TECHNICAL =
  /\b(?:comput\w*|informati\w*|informática|software|engineer\w*|ingenieur\w*|ingenier\w*|engenharia|mathemat\w*|maths?|physics|physik|statisti\w*|data science|information (?:technology|systems)|electr\w*|mechatron\w*|cyber\w*|telecom\w*|robotics|B\.?E\.?|BEng|MEng)\b|\bIT\b/i;

const levelOf = (text: string) =>
  LEVELS.find(([, words, short]) => words.test(text) || short.test(text))?.[0];

/** "BSc or MSc in …": a choice of levels asks for the lowest of them. */
function levelAsked(text: string): number | undefined {
  // "A Master's degree or equivalent": "degree" names no level of its own beside one named.
  const specific = text.replace(/\b(?:degree|university)\b/gi, ' ');
  const named = LEVELS.filter(([, words, short]) => words.test(specific) || short.test(specific));
  if (named.length === 0) return levelOf(text);
  const levels = named.map(([level]) => level);
  return /\b(?:or|oder|ou|o)\b|\//i.test(text) ? Math.min(...levels) : Math.max(...levels);
}

/** A degree asked for, against the education the profile lists. "Or equivalent experience" is met by experience. */
export function judgeEducation(
  text: string,
  profile: Profile,
  years?: number,
): Judgement | undefined {
  const asked = levelAsked(text);
  if (asked === undefined) return undefined;
  const degrees = profile.education.map((e) => ({
    line: [e.degree, e.field, e.institution].filter(Boolean).join(', '),
    level: levelOf(`${e.degree ?? ''} ${e.field ?? ''}`) ?? 1,
  }));
  const best = degrees.sort((a, b) => b.level - a.level)[0];
  // "in Computer Science or a related technical field" of a design degree: the level, not
  // the field; a technical degree of any such field meets it.
  const fieldAsked = TECHNICAL.test(text);
  const fitting = fieldAsked ? degrees.filter((d) => TECHNICAL.test(d.line)) : degrees;
  const top = fitting.find((d) => d.level >= asked);
  if (top) return { status: 'met', evidence: [`${top.line} (education)`], closest: [] };
  if (best && best.level >= asked)
    return {
      status: 'partial',
      evidence: [`${best.line} (education; a degree, in another field than asked)`],
      closest: [],
    };
  if (
    /\bor (?:equivalent|comparable|relevant) (?:practical |professional |work )?experience\b/i.test(
      text,
    ) &&
    years
  ) {
    return { status: 'met', evidence: [`${years} years of experience (profile)`], closest: [] };
  }
  return { status: 'missing', evidence: [], closest: best ? [`${best.line} (education)`] : [] };
}
