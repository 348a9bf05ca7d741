import { NUMBER_WORDS } from '../knowledge/number-words.ts';
import { EXPERIENCE_WORDS, YEARS_WORDS } from './european-words.ts';

/**
 * How long the owner has worked, as an intro's prose says it: "8+ years of experience", "I've
 * spent 8 years", "a decade of experience", "mit 9 Jahren Berufserfahrung". The number as
 * written, with how the text qualifies it, or `undefined`.
 */

export interface YearsOfExperience {
  yearsOfExperience: number;
  /** How the text qualifies the number: "8+", "over 7". */
  yearsOfExperienceNote?: string;
}

const QUALIFIER = '(over |more than |nearly |almost |about |around )?';
const NUMBER = '(\\d{1,2})\\s*(\\+)?\\s*(?:years?|yrs)';
// Most specific first: "8 years of experience", then "I've spent 8 years", then "over 7 years"
// or "8+ years", whose qualifier marks a career span rather than any other duration.
const YEARS = [
  // "Experience: 11 years (backend since 2015)": a labelled field.
  new RegExp(`\\bexperience\\s*:\\s*${QUALIFIER}${NUMBER}(?=\\s|$)`, 'i'),
  new RegExp(
    `\\b${QUALIFIER}${NUMBER}\\s+(?:of\\s+)?(?:professional\\s+|industry\\s+|hands-on\\s+|commercial\\s+|engineering\\s+|work\\s+|research\\s+)?experience\\b`,
    'i',
  ),
  // "Research engineer with 10 years in robot learning": the title's own years.
  new RegExp(
    `\\bwith\\s+${QUALIFIER}${NUMBER}\\s+(?:of\\s+(?:\\w+\\s+)?experience\\s+)?in\\b`,
    'i',
  ),
  // "Localization engineer with 10 years between translators and developers": a job noun's
  // own years, whatever follows them.
  new RegExp(
    `\\b(?:engineer|developer|architect|designer|scientist|analyst|consultant|manager|lead|specialist|administrator|programmer|researcher|tester|SRE|chemist|physicist|biologist|technologist|artist|statistician|economist|mathematician)\\s+with\\s+${QUALIFIER}${NUMBER}\\b`,
    'i',
  ),
  // "modernization lead with 14 years on IBM z/OS": the title's years on a named platform.
  new RegExp(
    `\\bwith\\s+${QUALIFIER}${NUMBER}\\s+on\\s+(?:(?=\\p{Lu})|the\\s+(?:platform|stack|job|tools?)\\b)`,
    'u',
  ),
  // "13 years in software": a span spent in a field is a career too.
  new RegExp(
    `\\b${QUALIFIER}${NUMBER}\\s+in\\s+(?:the\\s+)?(?:software|tech|technology|industry|engineering|software engineering|software development|web development|IT|programming|security|cybersecurity|infosec|application security)\\b`,
    'i',
  ),
  // "~11 years of writing backend code", "10 years shipping apps": years spent doing the work.
  new RegExp(
    `(?:^|[\\s(])~?${QUALIFIER}${NUMBER}\\s+(?:of\\s+)?(?:writing|building|shipping|coding|programming|developing|designing|engineering)\\b`,
    'i',
  ),
  // "Graphics programmer, 10 years in real-time rendering": a clause of its own that opens with
  // the years spent in a field (lower case: "5 years in Berlin" is a place).
  new RegExp(`(?:^|[.!?]\\s+|,\\s+)${QUALIFIER}${NUMBER}\\s+in\\s+(?:the\\s+)?(?=\\p{Ll})`, 'u'),
  // "12 years in PLM and CAD – first as …": a sentence that opens with the years in a field
  // named by its initials (not a country's: "5 years in UK").
  new RegExp(
    `(?:^|[.!?]\\s+)${QUALIFIER}${NUMBER}\\s+in\\s+(?!(?:UK|US|USA|UAE|EU|NYC|SF)\\b)\\p{Lu}{2,}\\b`,
    'u',
  ),
  // "11 years of formal methods, first in a PhD lab …": a sentence that opens with the years
  // of a field.
  new RegExp(
    `(?:^|[.!?]\\s+)${QUALIFIER}${NUMBER}\\s+of\\s+(?:\\p{L}[\\p{L}.#+-]*\\s+){0,2}\\p{L}[\\p{L}#+-]*(?=,|\\.|\\s+(?:in|at|as|across|and)\\b)`,
    'mu',
  ),
  // "Senior BIM developer — 10 years turning Revit work into add-ins": a clause that opens with
  // the years spent doing something.
  // "He/him. ~8 years keeping production boring": about so many.
  new RegExp(`(?:^|[.!?]\\s+|\\s[—–]\\s+)~?${QUALIFIER}${NUMBER}\\s+\\p{Ll}+ing\\b`, 'u'),
  // "12 years of turning messy data into numbers.": a sentence that opens with the years of doing.
  new RegExp(`(?:^|[.!?]\\s+)${QUALIFIER}${NUMBER}\\s+of\\s+\\p{Ll}+ing\\b`, 'iu'),
  // "7 years of software engineering, the last 5 …": years of a field, not "the last 3 years".
  new RegExp(
    `(?<!\\b(?:last|past|first|next)\\s+)\\b${QUALIFIER}${NUMBER}\\s+of\\s+(?:[\\p{L}-]+\\s+){0,2}(?:engineering|development|programming)\\b`,
    'iu',
  ),
  // "9 years of backend & systems work": years of a kind of work.
  new RegExp(
    `\\b${QUALIFIER}${NUMBER}\\s+of\\s+(?:[\\p{L}&/+-]+\\s+){1,4}?work\\b(?!\\s+(?:at|with|for)\\b)`,
    'iu',
  ),
  // "7 years and counting", "have been doing operations work … for about twelve years", "I've
  // been making games professionally for about eleven years now".
  new RegExp(`\\b${QUALIFIER}${NUMBER}\\s+and counting\\b`, 'i'),
  new RegExp(
    `\\b(?:have|has|['’]ve)\\s+been\\s+(?:doing|working|building|writing|shipping|running|making|developing|creating|designing|coding|programming|in)\\b[^.]{0,80}?\\bfor\\s+${QUALIFIER}${NUMBER}\\b`,
    'i',
  ),
  // "for the past eleven years I've worked on the plumbing behind visual effects": a career;
  // "for the past 3 years I've been at Acme" is one stint.
  new RegExp(
    `\\bfor\\s+the\\s+(?:past|last)\\s+${QUALIFIER}${NUMBER}\\s+I(?:['’]ve|\\s+have)\\s+(?:worked|been working|been building|built|done|been doing|written)\\b`,
    'i',
  ),
  // "I spent 4 years at Cuadra" is one stint, not the career.
  new RegExp(
    `\\b(?:spent|spending)\\s+(?:the\\s+(?:last|past)\\s+)?${QUALIFIER}~?${NUMBER}\\b(?!\\s+(?:at|with)\\b)`,
    'i',
  ),
  // "Hace 8 años que trabajo como desarrollador", "há 6 anos que trabalho com dados".
  /\b(?:hace|há|ha)\s+(más de\s+|mais de\s+)?(\d{1,2})()\s+(?:años|anos)\s+que\s+(?:trabajo|programo|desarrollo|me dedico|trabalho|desenvolvo|programo)\b/iu,
  // "Sou dev há mais de 6 anos", "Soy desarrolladora desde hace 8 años": what the owner is, for how long.
  /\b(?:sou|soy)\s+(?:[\p{L}-]+\s+){1,3}?(?:há|hace|desde hace)\s+(más de\s+|mais de\s+)?(\d{1,2})()\s+(?:años|anos)\b/iu,
  // "9 years of Ruby in production", "6 years of Python professionally".
  new RegExp(
    `\\b${QUALIFIER}${NUMBER}\\s+of\\s+[\\p{L}.#+]+(?:\\s+[\\p{L}.#+]+)?\\s+(?:in production|professionally)\\b`,
    'iu',
  ),
  // "12 years of Python behind me", "9 yrs of Java and Kotlin under my belt": years of a named
  // language or tool the writer owns ("3 years of baking behind me" is a hobby).
  new RegExp(
    `\\b${QUALIFIER}${NUMBER}\\s+of\\s+\\p{Lu}[\\p{L}.#+]*(?:\\s+(?:and|&)\\s+\\p{Lu}[\\p{L}.#+]*)?\\s+(?:behind me|under my belt)\\b`,
    'u',
  ),
  new RegExp(`\\b(over |more than )${NUMBER}\\b`, 'i'),
  // "mit 9 Jahren Berufserfahrung", "9 ans d'expérience", "9 años de experiencia".
  new RegExp(
    `(?<![\\p{L}\\p{N}])()(\\d{1,2})\\s*(\\+)?\\s*(?:${YEARS_WORDS.join('|')})\\s+(?:d['’]\\s*|de\\s+)?(?:[\\p{L}-]+\\s+)?(?:${EXPERIENCE_WORDS.join('|')})(?!\\p{L})`,
    'iu',
  ),
  /\b()(\d{1,2})\s*(\+)\s*(?:years?|yrs)\b/i,
  // Polish: "z ponad 8-letnim doświadczeniem", "10 lat doświadczenia".
  /(?<![\p{L}\p{N}])((?:ponad|prawie|blisko|około)\s+)?(\d{1,2})()(?:[- ]?letni\p{L}*|\s+lat)\s+(?:\p{L}+\s+)?doświadcze/iu,
];
const DECADES: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4 };
const DECADE =
  /\b(?:(spent|spending)\s+(?:the\s+(?:last|past)\s+)?)?(over |more than |nearly |almost |about |around )?(a|one|two|three|four)\s+decades?\b(\s+(?:of\s+(?:\w+\s+)?experience|in\b|of\b|building|working|writing|shipping|designing|as\b))?/i;

/** "8+ years of experience", "I've spent 8 years", "over 7 years", "a decade of experience". */
export function yearsFromProse(prose: string): YearsOfExperience | undefined {
  const text = numbersAsDigits(prose);
  for (const pattern of YEARS) {
    const match = pattern.exec(text);
    if (match?.[2]) return withNote(Number(match[2]), match[1], match[3]);
  }
  const decade = DECADE.exec(text);
  if (decade?.[3] && (decade[1] || decade[4])) {
    return withNote((DECADES[decade[3].toLowerCase()] ?? 1) * 10, decade[2], undefined);
  }
  return undefined;
}

/** "twelve years" → "12 years", so one set of patterns reads both. */
function numbersAsDigits(text: string): string {
  return text.replace(
    /\b(twenty-five|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty)(?=\s+(?:\+\s*)?(?:years?|yrs)\b)/gi,
    (word) => String(NUMBER_WORDS[word.toLowerCase()] ?? word),
  );
}

/** "ponad 8": the qualifier as the answers say it. */
const QUALIFIERS_IN_ENGLISH: Readonly<Record<string, string>> = {
  ponad: 'over',
  prawie: 'almost',
  blisko: 'nearly',
  około: 'about',
};

function withNote(
  years: number,
  qualifier: string | undefined,
  plus: string | undefined,
): YearsOfExperience {
  if (plus) return { yearsOfExperience: years, yearsOfExperienceNote: `${years}+` };
  if (qualifier) {
    const said = qualifier.trim().toLowerCase();
    return {
      yearsOfExperience: years,
      yearsOfExperienceNote: `${QUALIFIERS_IN_ENGLISH[said] ?? said} ${years}`,
    };
  }
  return { yearsOfExperience: years };
}
