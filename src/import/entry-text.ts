import { namesKnownPlace as inPlaceTable } from '../knowledge/places.ts';
import { isSpokenLanguage } from '../knowledge/spoken-languages.ts';
import { JOB_NOUN_ENDINGS } from './european-words.ts';

/**
 * Reading the short texts inside entries: "Title — Company" headers, places, the words of
 * schools and degrees, certification and language lines, comma lists (dates: entry-dates.ts;
 * degree lines: degree-line.ts). Each returns only what the text says.
 */

/** Trims separators and empty brackets left behind when a piece of a line is taken out. */
export function cleanSegment(text: string): string {
  let out = text.replace(/\(\s*\)|\[\s*\]/g, ' ').replace(/\s+/g, ' ');
  for (let i = 0; i < 3; i++) {
    out = out
      .trim()
      .replace(/^(?:[|·•,;:—–-]\s*)+/, '')
      .replace(/(?:\s*[|·•,;:—–-])+$/, '')
      .trim();
  }
  return out;
}

/** Splits "A — B | C · D" into its parts; falls back to one comma when nothing else splits. */
export function segments(text: string): string[] {
  const parts = text
    // "MSc in Computer Science (part-time, studied at sea)": a bracket is never split, nor
    // "The University of Texas at San Antonio", a school's name.
    .split(
      /(?:\s+[—–|·•@]\s+|\s+--?\s+|(?<!\b(?:University|College|Institute)\s+of\s+(?:\p{Lu}[\p{L}.'’-]*\s*){1,3})\s+at\s+)(?![^(]*\))/u,
    )
    .map(cleanSegment)
    .filter(Boolean);
  if (parts.length > 1) return parts;
  const comma = text.search(/, (?![^(]*\))/);
  if (comma > 0)
    return [text.slice(0, comma), text.slice(comma + 2)].map(cleanSegment).filter(Boolean);
  return parts;
}

// Jobs before a career change ("Shift Supervisor", "Teacher") are roles too.
const ROLE_WORD =
  /\b(?:engineer|engineering manager|developer|dev|designer|architect|lead|manager|analyst|scientist|consultant|intern|internship|director|head of|cto|ceo|vp|founder|co-founder|principal|specialist|administrator|researcher|programmer|contractor|freelancer?|technician|strategist|writer|instructor|lecturer|assistant|coordinator|sre|sdet|devops|owner|advisor|officer|trainee|apprentice|tester|pentester|supervisor|foreman|operator|clerk|teacher|tutor|accountant|cashier|barista|nurse|mechanic|electrician|chef|journalist|reporter|photographer|translator|librarian|paralegal|pharmacist|responder|investigator|examiner|auditor|assessor|evangelist|advocate|compositor|animator|rigger|td|technologist|artist|chemist|physicist|biologist|mathematician|statistician|economist|illustrator|producer|editor|modeller|modeler)\b/i;

// "Softwareentwicklerin", "Développeuse", "Ingeniera de datos": job nouns of other languages,
// also as the end of a compound.
const JOB_NOUN = new RegExp(
  `(?<!\\p{L})\\p{L}*(?:${[...JOB_NOUN_ENDINGS].sort((a, b) => b.length - a.length).join('|')})(?!\\p{L})`,
  'iu',
);

/** "Certified", "Certificate", "Certification": words of a certificate's name, not a job's. */
export const NAMES_CERTIFICATE = /\bCertifi(?:ed|cate|cation)\b/i;

// "https://chidiokafor.dev/resume.pdf", "jo@ana.dev": an address's words are no job's.
const ADDRESS =
  /\b(?:https?:\/\/|www\.)\S+|\S+@\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:dev|io|com|org|net|me|app|sh|co)\b\S*/gi;

export function looksLikeJobTitle(text: string): boolean {
  // "AWS Certified Developer": a certificate's name, though it ends in a job noun.
  if (NAMES_CERTIFICATE.test(text)) return false;
  const words = text.includes('.') || text.includes('@') ? text.replace(ADDRESS, ' ') : text;
  return ROLE_WORD.test(words) || JOB_NOUN.test(words) || ROLE_INITIALS.test(words.trim());
}

/** "SE", "PG", "PM", "PL": the titles Japanese CVs write in capitals alone (system engineer, …). */
const ROLE_INITIALS = /^(?:SE|PG|PM|PL)$/;

/**
 * "Cartographer", "Data Wrangler", "Statistician": a short capitalised phrase ending in a word
 * for someone who does a job, that is no place. Weaker than a job title's known words.
 */
export function looksLikeJobNoun(text: string): boolean {
  return /^\p{Lu}/u.test(text) && AGENT_PHRASE.test(text) && !looksLikePlace(text);
}

const AGENT_PHRASE = /^(?:\p{L}[\p{L}-]*\s+){0,3}\p{L}{3,}(?:er|or|ist|ian)$/iu;

// The nouns a job title ends with ("Senior Machine Learning Engineer", "Platform Lead").
const ROLE_NOUN =
  /\b(?:engineer|developer|dev|designer|architect|lead|manager|analyst|scientist|consultant|intern|director|cto|ceo|cfo|coo|vp|founder|co-founder|specialist|administrator|researcher|programmer|contractor|freelancer?|technician|associate|postdoc|professor|strategist|writer|instructor|lecturer|assistant|coordinator|sre|sdet|owner|advisor|officer|trainee|apprentice|head|president|partner|fellow|maintainer|tester|pentester|supervisor|foreman|operator|clerk|teacher|tutor|accountant|cashier|barista|nurse|mechanic|electrician|chef|journalist|reporter|photographer|translator|librarian|paralegal|pharmacist|responder|investigator|examiner|auditor|assessor|evangelist|advocate|technologist|artist|chemist|physicist|biologist|mathematician|statistician|economist|illustrator|producer|editor|modeller|modeler)s?$/i;

const JOB_NOUN_END = new RegExp(`${JOB_NOUN.source}$`, 'iu');

/** "Senior Platform Engineer", "Staff SRE (Payments)": a short text that ends as a job title. */
export function endsAsJobTitle(text: string): boolean {
  return text.split(/\s+/).length <= 8 && titleScore(text) === 2;
}

/** 2 for a part that ends as a job title does, 1 for one with a role word in it, else 0. */
function titleScore(text: string): number {
  const bare = text.replace(/\s*\([^()]*\)\s*$/, '').trim();
  if (ROLE_NOUN.test(bare) || JOB_NOUN_END.test(bare)) return 2;
  return looksLikeJobTitle(text) ? 1 : 0;
}

const PLACE =
  /^(?:remote|hybrid|on-?site|[\p{Lu}][\p{L}.' -]+(?:,\s*[\p{Lu}][\p{L}.' -]+){1,2})(?:\s*\((?:remote|hybrid)\b[^()]{0,30}\))?$/iu;
// "(Remote)", "(remote from 2020)": how the place was worked, after it.
const WORK_MODE_NOTE = /\s*\((?:remote|hybrid)\b[^()]{0,30}\)$/i;

/** "Porto", "Braga, Portugal": a place the place table knows, and nothing else. */
function namesKnownPlace(written: string): boolean {
  const text = written.trim().replace(WORK_MODE_NOTE, '');
  const words = text.split(/[\s,]+/).length;
  return (
    words <= 4 &&
    /^\p{Lu}[\p{L}.' -]*(?:,\s*\p{Lu}[\p{L}.' -]*)*$/u.test(text) &&
    inPlaceTable(text)
  );
}

// Small words inside place names: "Rio de Janeiro", "Stratford-upon-Avon", "Isle of Man".
const PLACE_CONNECTOR = /^(?:de|da|do|dos|das|del|di|la|le|el|al|am|an|upon|on|sur|of|the)$/;

/** "Lahore, Pakistan", "Remote", "Berlin, Germany (Remote)"; not "I am based in Lisbon, Portugal." */
export function looksLikePlace(text: string): boolean {
  const words = text
    .trim()
    .replace(WORK_MODE_NOTE, '')
    .split(/[\s,]+/);
  return (
    PLACE.test(text.trim()) &&
    words.length <= 6 &&
    // "Northfield University, School of Physics" is an employer, however capitalised.
    !INSTITUTION.test(text) &&
    // "German, English": spoken languages, not a city and its country.
    !text.split(/,\s*|\s+and\s+/).every((part) => isSpokenLanguage(part.trim())) &&
    (/^(?:remote|hybrid|on-?site)\b/i.test(text.trim()) ||
      words.every((word) => /^[\p{Lu}(]/u.test(word) || PLACE_CONNECTOR.test(word)))
  );
}

export interface RoleHeader {
  title?: string;
  company?: string;
  location?: string;
  /** "Smart water & heat meters" beside the employer: what it is, no place. */
  description?: string;
}

/** Three lower-case words in a row: a sentence that tells, not a name or a header. */
export function runsInLowerCase(text: string): boolean {
  return /\p{Ll}{2,}\s+\p{Ll}{2,}\s+\p{Ll}{2,}/u.test(text);
}

/**
 * "Staff Engineer @ Kinetika (Porto) — Lead a team of 6 engineers building …": the header, then
 * what the job was, in sentences. The first dash whose next part is a clause of six words or
 * more with running lower-case words; "Title — Company — Led the team …" keeps its company.
 */
export function descriptionApart(text: string): { head: string; description?: string } {
  const dash = /\s+[—–]\s+/g;
  for (let m = dash.exec(text); m; m = dash.exec(text)) {
    const head = text.slice(0, m.index);
    const rest = text.slice(m.index + m[0].length);
    const clause = rest.split(/\s+[—–]\s+/)[0] ?? '';
    const words = clause.split(/\s+/).length;
    if (head.split(/\s+/).length > 14) break;
    // "Parcelwise — Engineering Manager: lead the …": the title comes first, then the work.
    const titled = /^([^:]{1,60}):\s/.exec(rest)?.[1];
    if (titled && looksLikeJobTitle(titled)) continue;
    if (
      /^\p{Lu}/u.test(rest) &&
      runsInLowerCase(clause) &&
      (words >= 8 || (words >= 6 && /[.!?]$/.test(clause)))
    )
      return { head, description: rest };
  }
  return { head: text };
}

/** "Nordvolt Metering s.r.o., Brno": the name has ended with its legal form; a city follows. */
function afterLegalForm(name: string, place: string): boolean {
  return (
    isLegalForm(name.split(/\s+/).at(-1) ?? '') &&
    /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2}$/u.test(place)
  );
}

/** "Smart water & heat meters", "Tier-2 automotive supplier": words that tell, in lower case. */
function describes(part: string): boolean {
  // "Lagos, Nigeria (remote placements)": a place, whatever its bracket says.
  const bare = part.replace(/\s*\([^()]*\)\s*$/, '');
  return !looksLikePlace(bare) && !namesKnownPlace(bare) && /\s\p{Ll}{3,}/u.test(bare);
}

/** Reads "Title — Company", "Title at Company", "Company | Title", "Title, Company". */
export function readRoleHeader(text: string): RoleHeader {
  const header: RoleHeader = {};
  const parts = segments(text);
  // Company first or title first, the title is the part that most looks like one: "Principal
  // Financial — Data Engineer" names a company with a role word in it, then the title.
  let best = -1;
  parts.forEach((part, index) => {
    if (titleScore(part) > (best < 0 ? 0 : titleScore(parts[best] ?? ''))) best = index;
  });
  const others = parts.filter((_, index) => index !== best);
  // "Northgate Assurance Partners — Manchester, UK": beside nothing but a known place, a part
  // that reads as no job title is the employer; the title is on the line below.
  const onlyPlaces =
    others.length > 0 && others.every((o) => looksLikePlace(o) && namesKnownPlace(o));
  const employer = best >= 0 && onlyPlaces && !looksLikeJobTitle(parts[best] ?? '');
  if (best >= 0 && !employer) header.title = parts[best];
  if (employer) {
    header.company = parts[best];
    header.location = others.join(', ');
    return header;
  }
  for (const part of others) {
    const companyElsewhere =
      header.company !== undefined || others.some((o) => o !== part && !looksLikePlace(o));
    if (!header.location && looksLikePlace(part) && companyElsewhere) header.location = part;
    else if (!header.company) header.company = part;
    else if (!header.location && !describes(part)) header.location = part;
    else if (!header.description && describes(part)) header.description = part;
  }
  // "Kinetika Medical (Porto)": a known city or country in brackets after the company.
  const bracket = /^(.+?)\s*\(([^()]+)\)$/.exec(header.company ?? '');
  if (bracket?.[1] && bracket[2] && !header.location && namesKnownPlace(bracket[2])) {
    header.company = bracket[1];
    header.location = bracket[2];
  }
  // "Auralis Labs, Stockholm, Sweden": the company's own part may end with its place.
  const comma = header.company?.indexOf(', ') ?? -1;
  const place = comma > 0 ? header.company?.slice(comma + 2) : undefined;
  if (
    header.company &&
    place &&
    !header.location &&
    (looksLikePlace(place) ||
      cityAfter(header) ||
      namesKnownPlace(place) ||
      afterLegalForm(header.company.slice(0, comma), place))
  ) {
    header.location = place;
    header.company = header.company.slice(0, comma);
  }
  return header;
}

// "Acme, Inc.", "Douro Payments, S.A.": the part after a company's comma that is its legal form.
export const LEGAL_FORM =
  /^(?:inc|ltd|llc|llp|plc|corp|co|gmbh|ag|sa|s\.a|sas|sarl|srl|spa|bv|nv|oy|ab|as|a\.s|s\.r\.o|lda|ltda|pty|kg|kft|sp|zoo)\.?$/i;

/** "GmbH", "Inc.", "S.A.S.": a company's legal form, written with or without its dots. */
export function isLegalForm(word: string): boolean {
  return LEGAL_FORM.test(word) || LEGAL_FORM.test(word.replace(/\./g, ''));
}

/**
 * "Kartli Telecom JSC, Tbilisi -- Network Engineer": beside a title, one or two capitalised
 * words after the company's comma are its city, unless they are its legal form.
 */
function cityAfter(header: RoleHeader): boolean {
  const tail = header.company?.slice(header.company.lastIndexOf(', ') + 2) ?? '';
  return (
    header.title !== undefined &&
    /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?$/u.test(tail) &&
    !LEGAL_FORM.test(tail.replace(/\s+/g, ''))
  );
}

// Also the Dutch and Scandinavian words: "Vrije Universiteit Amsterdam", "Hogeschool Rotterdam".
export const INSTITUTION =
  /(?<![\p{L}\p{N}])(?:university|universit[äàa]t|universitas|universitatea|uniwersytet|univerzita|yliopisto|egyetem|üniversitesi|universidad|universidade|università|universiteit|universitet|universit[eé]|fachhochschule|lyc[eé]e|gymnasium|college|institute|institut|instituto|istituto|escola|escuela|school|hogeschool|högskola|høgskole|academy|polytechnic|politecnico|hochschule|école|ecole|bootcamp|faculty|campus)(?![\p{L}\p{N}])|\b(?:MIT|UCL|ETH|EPFL|LUMS|NUST|FAST|FH|HTL|HTBLA|IUT|INSA|UNED)\b/iu;
export const DEGREE =
  /^(?:(?:B|M|D)\.?\s?(?:Sc|S|A|Eng|Tech|Ed|Phil|Des|FA|BA|CS)\.?|(?:B|M)\.\s?E\.|Ph\.?\s?D\.?|MBA|BBA|BCS|MCS|Bachelor(?:'s)?(?: of [\p{L} ]+?)?|Master(?:'s)?(?: of [\p{L} ]+?)?|Doctor(?:ate)?(?: of [\p{L} ]+?)?|Associate(?:'s)?(?: of [\p{L} ]+?)?|(?:(?:Graduate|Post-?graduate|Undergraduate|Advanced|Higher|Professional)\s+)?(?:Diploma|Certificate)|A-?Levels?|Abitur|Matura|Diplom(?:-\p{L}+)?|Dipl\.-\p{L}+\.?|Ing[ée]nieur|Ingeniero|Baccalaur[ée]at|Ma[îi]trise|B\.\s?Ing\.|Magister|Licence|Licenciatura|Grado|M[áa]ster|Dipl[ôo]me|Doctorado|Doctorat|BTS|DUT|Laurea(?: Magistrale)?|Bacharel(?:ado)?|Mestrado|Mestre|Doutorado|Tecn[óo]logo|P[óo]s-?gradua[çc][ãa]o|Especializa[çc][ãa]o|Licenciad[oa])(?=\s|,|$)/iu;

/**
 * Splits "Go, Gin, CI/CD (GitHub Actions)" at commas, semicolons and middle dots that are not
 * inside brackets.
 */
export function splitList(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(' || char === '[') depth++;
    if (char === ')' || char === ']') depth = Math.max(0, depth - 1);
    if (depth === 0 && /[,;·•|]/.test(char)) {
      items.push(current);
      current = '';
    } else current += char;
  }
  items.push(current);
  return items
    .map((item) =>
      cleanSegment(item)
        .replace(/^(?:and|or)\s+/i, '')
        .replace(/\.$/, '')
        .trim(),
    )
    .filter(Boolean);
}

/** Words an owner puts in brackets to qualify a skill or a group rather than name another. */
const QUALIFIER =
  /^(?:selective|selectively|basic|basics|beginner|intermediate|advanced|expert|proficient|familiar|good|very good|excellent|fair|solid|learning|some|light|occasional|occasionally|working knowledge|hobby|professional|production|preferred|primary|main|daily|strong|native|fluent|conversational|limited|elementary|legacy|deprecated|older|past|previously|rusty|[ABC][12]|sehr gute kenntnisse|gute kenntnisse|grundkenntnisse|fortgeschritten|fortgeschrittene kenntnisse|experte|expertin|notions|courant|bonne maîtrise|maîtrise|avancé|débutant|básico|intermedio|avanzado|experto|base|buono|ottimo)$/iu;

// "9 years", "3+ yrs", "since 2019": how long, which qualifies a skill as a level does.
// "4/5", "3 of 5": a rating out of a scale, as a table of stars says it.
const RATING_NOTE = /^\d(?:\.\d)?\s*(?:\/|of|out of)\s*\d{1,2}$/i;
const DURATION_NOTE = /^(?:\d+(?:\.\d+)?\+?\s*(?:years?|yrs?)|since\s+\d{4})$/i;

/**
 * "expert", "B2", a level with its duration ("expert, 9 years"), or a level with an aside
 * ("legacy, PhD era"): a bracket that opens with a qualifier qualifies.
 */
export function isQualifier(text: string): boolean {
  const parts = text.split(/[,;]\s*/).map((part) => part.trim());
  const qualifies = (part: string) =>
    QUALIFIER.test(part) || DURATION_NOTE.test(part) || RATING_NOTE.test(part);
  return parts.every(qualifies) || (qualifies(parts[0] ?? '') && parts.length <= 3);
}

/** A bracket of three or more plain lower-case words, no list: a remark, not names of tools. */
function isProseAside(inner: string): boolean {
  return !/[,;/&+]|\p{Lu}|\d/u.test(inner) && inner.split(/\s+/).length >= 3;
}

/** "Frontend (Selective)" → name "Frontend", note "selective". */
export function splitQualifier(text: string): { name: string; note?: string; inner?: string[] } {
  const match = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(text);
  if (!match?.[1] || !match[2]) return { name: text.trim() };
  const inner = match[2].trim();
  if (isQualifier(inner)) {
    // "Perforce (Helix Core) (advanced, 7 years)": the name may carry brackets of its own.
    const rest = splitQualifier(match[1]);
    // "Rust (embedded) (advanced)": a lower-case aside joins the note rather than naming a skill.
    const aside = rest.inner?.every((item) => !/\p{Lu}/u.test(item)) ? rest.inner : [];
    const note = [rest.note, ...(aside ?? []), inner.toLowerCase()].filter(Boolean).join(', ');
    return aside?.length ? { name: rest.name, note } : { ...rest, note };
  }
  // "TensorFlow (legacy models only)", "Rust (for on-device decoding)": words about the skill.
  if (isProseAside(inner)) return { name: match[1].trim(), note: inner };
  // "C++ (17/20)", "Python (3.12)", "Unity (2022 LTS)": versions, not other skills.
  if (/^v?\d[\d./+,-]*(?:\s+(?:LTS|beta|alpha|preview|[\d./+,-]+))*$/i.test(inner))
    return { name: match[1].trim() };
  return { name: match[1].trim(), inner: splitList(inner) };
}
