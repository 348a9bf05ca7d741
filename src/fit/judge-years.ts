import type { ProfileSupport } from '../answer/support.ts';
import { STOPWORDS } from '../answer/text.ts';
import { FOREIGN_NUMBER_WORDS, NUMBER_WORDS } from '../knowledge/number-words.ts';
import type { Profile } from '../knowledge/schema.ts';
import { judgeTechnologyYears } from './judge-technology-years.ts';
import { combine, type Judgement } from './judgement.ts';
import { familiesIn, familyDistance, profileFamilies } from './role-families.ts';
import { technologiesInRequirement } from './technologies.ts';

// "5y+ typescript/node": a chat's shorthand for years.
// "at least 3 of them in Go", split from "5+ years of backend, at least 3 of them in Go", and
// "at least 2 with Flutter/Dart": the years just asked, counted again.
const YEARS =
  /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|zwei|drei|vier|fünf|sechs|sieben|acht|zehn|deux|trois|quatre|cinq|dix|dos|tres|cuatro|cinco|seis|diez|due|tre|quattro|cinque|dieci|twee|drie|vijf|tien)\s*\+?\s*(?:(?:-|–|to)\s*\d{1,2}\s*\+?\s*)?(?:\(\d+\)\s*)?(?:\+\s*)?(?:or\s+more\s+)?(?:years?|yrs?|y(?=\+|\s)|ans|années|años|anos|anni|jahre|jahren|jaar|jaren|lat|lata|rok|år|vuotta|of (?:them|those|which)(?=\s+(?:in|with|using|on)\s)|(?<=\b(?:at least|over)\s+\d{1,2}\s*\+?)(?=\s+(?:with|in|on|using)\s+\p{Lu}))\b/iu;

// "lived in the UK for the last 5 years", not "building apps for a living for 5+ years".
const RESIDENCE =
  /\b(?:(?:lived|living|resided|residing)\s+(?:in|within|at)|resident|residence)\b[^.;]*$/i;

const RESIDENCE_AFTER =
  /^['’]?\s*(?:of\s+)?(?:[\p{Lu}][\p{L}.]*\s+){0,2}(?:residency|residence|citizenship)\b/u;

const PART_IN =
  /,?\s*(?:with\s+|and\s+|including\s+)?at least\s+(\d{1,2}|one|two|three|four|five|six)\s+(?:(?:years?|yrs?)\s+)?(?:of (?:them|those|which)\s+)?(?:in|with|using|on)\s+([^,;.]+)/i;

/** "Less than 2 years of experience", "no more than 3 years": the years are a ceiling. */
const AT_MOST =
  /\b(?:less than|fewer than|under|no more than|not more than|at most|a maximum of|maximum|max\.?|up to)\s*$/i;

const SIMILAR_ROLE = /\bor (?:in )?(?:an? )?(?:similar|related|comparable|equivalent)\b/i;

/** The least number of years a requirement asks for ("5+ years", "3-5 years", "five years"). */
export function yearsAsked(text: string): number | undefined {
  const match = YEARS.exec(text);
  if (!match?.[1]) return undefined;
  // "you'll need to have lived in the UK for the last 5 years", "5 years' UK residency": years
  // of residence, not work.
  if (RESIDENCE.test(text.slice(Math.max(0, match.index - 60), match.index))) return undefined;
  if (RESIDENCE_AFTER.test(text.slice(match.index + match[0].length))) return undefined;
  const word = match[1].toLowerCase();
  const n = NUMBER_WORDS[word] ?? FOREIGN_NUMBER_WORDS[word] ?? Number(word);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/** "in a cloud warehouse such as Snowflake": the noun the named technologies are examples of. */
const kindOf = (domain: string): string | undefined =>
  /\b([a-z][a-z-]{3,})\s+(?:such as|like|e\.g\.)\s/i.exec(domain)?.[1];

/**
 * What the years are about runs to the end of their clause: "5 years of professional Python
 * experience, ideally building backend services" asks for Python years, not backend years;
 * "Go experience, ideally 5 years or more, because the whole backend is Go": the reason is none.
 */
const CLAUSE_END =
  /[;.](?:\s|$)|,\s*(?:and\s+)?(?:ideally|preferably|especially)\b|,\s*(?:because|since|as)\s/i;

function yearsClause(text: string, match: RegExpExecArray): string {
  const after = text.slice(match.index + match[0].length);
  const end = CLAUSE_END.exec(after);
  return end ? after.slice(0, end.index) : after;
}

/** Kinds of work the years are asked in ("5+ years in SRE or platform roles"), if named. */
export function yearsFamilies(text: string): string[] {
  const match = YEARS.exec(text);
  return match ? familiesIn(yearsClause(text, match)) : [];
}

const namesNothing = (text: string, support: ProfileSupport): boolean =>
  familiesIn(text).length === 0 && technologiesInRequirement(support, text).length === 0;

/** Years asked against the profile's stated years, in the kind of work the requirement (or else the job's title) names. */
export function judgeYears(
  text: string,
  support: ProfileSupport,
  profile: Profile,
  role?: string,
): Judgement | undefined {
  const asked = yearsAsked(text);
  if (asked === undefined) return undefined;
  const match = YEARS.exec(text);
  if (match && AT_MOST.test(text.slice(0, match.index))) return atMost(asked, support);
  // "6+ years building backend systems, with at least 3 in Go": the career's years and the
  // technology's, each judged; both must hold.
  const part = PART_IN.exec(text);
  const some = part ? (NUMBER_WORDS[part[1]?.toLowerCase() ?? ''] ?? Number(part[1])) : NaN;
  const named = part ? technologiesInRequirement(support, part[2] ?? '') : [];
  if (part && named.length > 0 && Number.isFinite(some) && part.index > 0) {
    const whole = judgeYears(text.slice(0, part.index), support, profile, role);
    const inTech = judgeTechnologyYears(some, named, support, profile);
    return whole ? combine([whole, inTech]) : inTech;
  }
  const after = match ? yearsClause(text, match) : '';
  // "Have you been building mobile apps for 5+ years?", "Kotlin: 2 years": the kind of work or
  // the technology may come first.
  const before = match ? text.slice(0, match.index) : '';
  const domain = namesNothing(after, support) && !namesNothing(before, support) ? before : after;
  // "3+ yrs React": the years are the technology's, not the career's.
  const technologies = technologiesInRequirement(support, domain);
  if (technologies.length > 0 && familiesIn(domain).length === 0) {
    return judgeTechnologyYears(asked, technologies, support, profile, { kind: kindOf(domain) });
  }
  // "at least 2 of those in a customer-facing, consulting or pre-sales role": a kind of role
  // the families do not know is judged by its words, never by the career's years alone.
  const unknownRole = unknownRoleKind(domain, support);
  if (unknownRole) return unknownRole;
  const distance = kindDistance(domain, role, support, profile);
  const judgement = compareYears(asked, support);
  if (distance === 'same' || judgement.status === 'missing') return judgement;
  const title = `${profile.identity.title} (title)`;
  // Years in a neighbouring kind of work are close; years in another kind are not these years.
  return distance === 'near'
    ? { status: 'partial', evidence: judgement.evidence, closest: [title] }
    : { status: 'missing', evidence: [], closest: [title] };
}

/** "backend software development", not "software or ML engineering": a kind, then its head. */
const SOFTWARE_AS_HEAD =
  /\b(?!(?:or|and|of|in|as|the|a|an|professional|commercial)\b)[\p{L}-]+\s+software\s+(?:development|engineering|engineers?|developers?)\b/iu;

const ROLE_NOUN = /\b(?:roles?|positions?|capacity|capacities|functions?)\b/i;
/** Words that say a kind of role is asked, never which: "a similar role", "in that capacity". */
const ROLE_WORDS = new Set(
  'role roles position positions capacity capacities function functions similar related equivalent comparable those them'.split(
    ' ',
  ),
);

/**
 * "at least 2 of those in a customer-facing, consulting or pre-sales role": a kind of role the
 * families do not know is judged by its own words: close when the profile has any of them,
 * missing when it has none, never met by the career's years alone.
 */
function unknownRoleKind(domain: string, support: ProfileSupport): Judgement | undefined {
  if (!ROLE_NOUN.test(domain) || familiesIn(domain).length > 0) return undefined;
  const words = (domain.toLowerCase().match(/\p{L}[\p{L}-]{3,}/gu) ?? []).filter(
    (w) => !ROLE_WORDS.has(w) && !STOPWORDS.has(w),
  );
  if (words.length === 0) return undefined;
  const years = yearsLine(support);
  return words.some((w) => support.search(w, 1).length > 0)
    ? { status: 'partial', evidence: years, closest: [] }
    : { status: 'missing', evidence: [], closest: years };
}

/**
 * How far the profile's kind of work is from the kind the years are asked in. Years that name
 * neither a kind of work nor a technology ("5-9 yrs") are in the job's own kind; engineering
 * years of another kind are then still close, as the text does not rule them out.
 */
function kindDistance(
  domain: string,
  role: string | undefined,
  support: ProfileSupport,
  profile: Profile,
): 'same' | 'near' | 'far' {
  const held = profileFamilies(profile);
  // "backend software development": the kind named is backend; "software" is only its head.
  const all = familiesIn(domain);
  const named =
    all.length > 1 && SOFTWARE_AS_HEAD.test(domain) ? all.filter((f) => f !== 'software') : all;
  if (named.length > 0) return familyDistance(named, held, SIMILAR_ROLE.test(domain));
  const ofRole =
    technologiesInRequirement(support, domain).length > 0 ? [] : familiesIn(role ?? '');
  if (ofRole.length === 0) return 'same';
  return familyDistance(ofRole, held) === 'same' ? 'same' : 'near';
}

export function compareYears(asked: number, support: ProfileSupport): Judgement {
  const stated = support.years();
  if (stated === undefined) {
    return {
      status: 'missing',
      evidence: [],
      closest: ['the profile states no years of experience'],
    };
  }
  const [line = ''] = yearsLine(support);
  if (stated >= asked) return { status: 'met', evidence: [line], closest: [] };
  // Fewer years than asked is close, not met: the profile still has the experience.
  return { status: 'partial', evidence: [line], closest: [] };
}

/**
 * A graduate scheme's "less than 2 years of experience": more years than the ceiling is not
 * this requirement met, whatever else the profile shows.
 */
function atMost(ceiling: number, support: ProfileSupport): Judgement {
  const stated = support.years();
  const line = yearsLine(support);
  if (stated === undefined) return { status: 'missing', evidence: [], closest: [] };
  return stated <= ceiling
    ? { status: 'met', evidence: line, closest: [] }
    : { status: 'missing', evidence: [], closest: line.map((l) => `${l}: more than ${ceiling}`) };
}

/** The profile's stated years as evidence says them, if it states any. */
function yearsLine(support: ProfileSupport): string[] {
  const stated = support.years();
  return stated === undefined ? [] : [`${stated} years of experience (profile)`];
}
