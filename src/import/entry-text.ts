import { namesKnownPlace as inPlaceTable } from '../knowledge/places.ts';
import { isSpokenLanguage } from '../knowledge/spoken-languages.ts';
import {
  JOB_NOUN_ENDINGS,
  MONTH_WORDS,
  OPEN_END_WORDS,
  RANGE_WORDS,
  SINCE_WORDS,
} from './european-words.ts';

/**
 * Reading the short texts inside entries: date ranges, "Title — Company" headers, degree
 * lines, certification and language lines, comma lists. Each returns only what the text says.
 */

const MONTHS: Record<string, string> = {
  jan: '01',
  feb: '02',
  mar: '03',
  apr: '04',
  may: '05',
  jun: '06',
  jul: '07',
  aug: '08',
  sep: '09',
  oct: '10',
  nov: '11',
  dec: '12',
};
const byLength = (words: Iterable<string>) =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/['’]/g, "['’]"));
const MONTH = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|${byLength(Object.keys(MONTH_WORDS)).join('|')})\\.?`;
const POINT = `(?:${MONTH}\\s+\\d{4}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{4}|\\d{1,2}[/.]\\d{4}|\\d{4}[-/]\\d{2}|\\d{4}\\.(?:1[0-2]|0?[1-9])(?!\\d)|\\d{4})`;
const OPEN_END = `(?:present|current|now|today|ongoing|${byLength(OPEN_END_WORDS).join('|')})`;
const RANGE = new RegExp(
  `\\b(${POINT})\\s*(?:[–—-]+>?|→|⟶|~|\\bto\\b|\\buntil\\b|\\btill\\b|\\bthrough\\b|\\b(?:${RANGE_WORDS.join('|')})(?!\\p{L}))\\s*(${POINT}|${OPEN_END})(?![\\p{L}\\p{N}])`,
  'iu',
);
const SINCE = new RegExp(
  `(?<!\\p{L})(?:since|from|${SINCE_WORDS.join('|')})\\s+(${POINT})(?![\\p{L}\\p{N}])`,
  'iu',
);
// "Feb – Jul 2015": two months of one year, the year written once.
const MONTHS_OF_YEAR = new RegExp(
  `(?<![\\p{L}\\p{N}])(${MONTH})\\s*(?:[–—-]|\\bto\\b)\\s*(${MONTH})\\s+(\\d{4})(?![\\p{L}\\p{N}])`,
  'iu',
);
const YEAR = /\b(19[5-9]\d|20\d\d)\b/;

export interface DateRange {
  start?: string;
  end?: string;
  /** The text with the dates (and brackets left empty) removed. */
  rest: string;
}

/** `Jan 2020 – Present` → start `2020-01`, end `present`; `2019–2021` → `2019`, `2021`. */
export function takeDates(text: string): DateRange | undefined {
  const range = RANGE.exec(text);
  if (range?.[1] && range[2]) {
    return {
      start: normalisePoint(range[1]),
      end: new RegExp(`^${OPEN_END}$`, 'i').test(range[2]) ? 'present' : normalisePoint(range[2]),
      rest: withoutDuration(removeSpan(text, range.index, range[0].length)),
    };
  }
  const months = MONTHS_OF_YEAR.exec(text);
  if (months?.[1] && months[2] && months[3]) {
    return {
      start: normalisePoint(`${months[1]} ${months[3]}`),
      end: normalisePoint(`${months[2]} ${months[3]}`),
      rest: withoutDuration(removeSpan(text, months.index, months[0].length)),
    };
  }
  const since = SINCE.exec(text);
  if (since?.[1]) {
    return {
      start: normalisePoint(since[1]),
      end: 'present',
      rest: withoutDuration(removeSpan(text, since.index, since[0].length)),
    };
  }
  return undefined;
}

// "(3 years 9 months)", "· 2 yrs 1 mo": the length of a stint, which its dates already say.
const DURATION =
  /^\(?\s*(?:\d+\s*(?:years?|yrs?)(?:\s*,?\s*\d+\s*(?:months?|mos?))?|\d+\s*(?:months?|mos?)|less than a year)\s*\)?/i;

function withoutDuration(rest: string): string {
  return cleanSegment(rest.replace(DURATION, ' '));
}

/** A lone year, as certifications and degrees give them. */
export function takeYear(text: string): { year: string; rest: string } | undefined {
  const match = YEAR.exec(text);
  if (!match?.[1]) return undefined;
  return { year: match[1], rest: removeSpan(text, match.index, match[0].length) };
}

/** One date as `YYYY-MM` or `YYYY`: "Mar 2019" and "03/2019" are both `2019-03`. */
export function normalisePoint(point: string): string {
  const text = point.trim().toLowerCase();
  const named = /^(\p{L}+)\.?\s+(\d{4})$/u.exec(text);
  if (named?.[1] && named[2])
    return `${named[2]}-${MONTH_WORDS[named[1]] ?? MONTHS[named[1].slice(0, 3)] ?? '01'}`;
  // "01/03/2022": the day first, as Europe writes it, unless the middle number cannot be a month.
  const dated = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  if (dated?.[1] && dated[2] && dated[3]) {
    const month = Number(dated[2]) > 12 ? dated[1] : dated[2];
    return `${dated[3]}-${month.padStart(2, '0')}`;
  }
  const slashed = /^(\d{1,2})[/.](\d{4})$/.exec(text);
  if (slashed?.[1] && slashed[2]) return `${slashed[2]}-${slashed[1].padStart(2, '0')}`;
  // "2021/09", and "2021.09" as Chinese résumés write it.
  const yearFirst = /^(\d{4})[/.](\d{1,2})$/.exec(text);
  if (yearFirst?.[1] && yearFirst[2]) return `${yearFirst[1]}-${yearFirst[2].padStart(2, '0')}`;
  return text;
}

function removeSpan(text: string, index: number, length: number): string {
  return cleanSegment(`${text.slice(0, index)} ${text.slice(index + length)}`);
}

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
  /\b(?:engineer|engineering manager|developer|dev|designer|architect|lead|manager|analyst|scientist|consultant|intern|internship|director|head of|cto|ceo|vp|founder|co-founder|principal|specialist|administrator|researcher|programmer|contractor|freelancer?|technician|strategist|writer|instructor|lecturer|assistant|coordinator|sre|devops|owner|advisor|officer|trainee|apprentice|tester|pentester|supervisor|foreman|operator|clerk|teacher|tutor|accountant|cashier|barista|nurse|mechanic|electrician|chef|journalist|reporter|photographer|translator|librarian|paralegal|pharmacist|responder|investigator|examiner|auditor|assessor|evangelist|advocate|compositor|animator|rigger|td|technologist|artist|chemist|physicist|biologist|mathematician|statistician|economist|illustrator|producer|editor|modeller|modeler)\b/i;

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
  return ROLE_WORD.test(words) || JOB_NOUN.test(words);
}

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
  /\b(?:engineer|developer|dev|designer|architect|lead|manager|analyst|scientist|consultant|intern|director|cto|ceo|cfo|coo|vp|founder|co-founder|specialist|administrator|researcher|programmer|contractor|freelancer?|technician|associate|postdoc|professor|strategist|writer|instructor|lecturer|assistant|coordinator|sre|owner|advisor|officer|trainee|apprentice|head|president|partner|fellow|maintainer|tester|pentester|supervisor|foreman|operator|clerk|teacher|tutor|accountant|cashier|barista|nurse|mechanic|electrician|chef|journalist|reporter|photographer|translator|librarian|paralegal|pharmacist|responder|investigator|examiner|auditor|assessor|evangelist|advocate|technologist|artist|chemist|physicist|biologist|mathematician|statistician|economist|illustrator|producer|editor|modeller|modeler)s?$/i;

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
  /^(?:remote|hybrid|on-?site|[\p{Lu}][\p{L}.' -]+(?:,\s*[\p{Lu}][\p{L}.' -]+){1,2})(?:\s*\((?:remote|hybrid)\))?$/iu;

/** "Porto", "Braga, Portugal": a place the place table knows, and nothing else. */
function namesKnownPlace(text: string): boolean {
  const words = text.trim().split(/[\s,]+/).length;
  return (
    words <= 4 &&
    /^\p{Lu}[\p{L}.' -]*(?:,\s*\p{Lu}[\p{L}.' -]*)*$/u.test(text.trim()) &&
    inPlaceTable(text)
  );
}

// Small words inside place names: "Rio de Janeiro", "Stratford-upon-Avon", "Isle of Man".
const PLACE_CONNECTOR = /^(?:de|da|do|dos|das|del|di|la|le|el|al|am|an|upon|on|sur|of|the)$/;

/** "Lahore, Pakistan", "Remote", "Berlin, Germany (Remote)"; not "I am based in Lisbon, Portugal." */
export function looksLikePlace(text: string): boolean {
  const words = text.trim().split(/[\s,]+/);
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
  /^(?:(?:B|M|D)\.?\s?(?:Sc|S|A|Eng|Tech|Ed|Phil|Des|FA|BA|CS)\.?|Ph\.?\s?D\.?|MBA|BBA|BCS|MCS|Bachelor(?:'s)?(?: of [\p{L} ]+?)?|Master(?:'s)?(?: of [\p{L} ]+?)?|Doctor(?:ate)?(?: of [\p{L} ]+?)?|Associate(?:'s)?(?: of [\p{L} ]+?)?|(?:(?:Graduate|Post-?graduate|Undergraduate|Advanced|Higher|Professional)\s+)?(?:Diploma|Certificate)|A-?Levels?|Abitur|Matura|Diplom(?:-\p{L}+)?|Dipl\.-\p{L}+\.?|Ing[ée]nieur|Ingeniero|Magister|Licence|Licenciatura|Grado|M[áa]ster|Dipl[ôo]me|Doctorado|Doctorat|BTS|DUT|Laurea(?: Magistrale)?|Bacharel(?:ado)?|Mestrado|Mestre|Doutorado|Tecn[óo]logo|P[óo]s-?gradua[çc][ãa]o|Especializa[çc][ãa]o|Licenciad[oa])(?=\s|,|$)/iu;

export interface DegreeLine {
  institution?: string;
  degree?: string;
  field?: string;
  /** Parts that are none of these once all three are known: "thesis on …". */
  other?: string[];
}

/** Reads "BSc Computer Science — University of Porto" and similar. */
export function readDegreeLine(text: string): DegreeLine {
  const out: DegreeLine = {};
  for (let part of segments(text)) {
    if (!out.institution && INSTITUTION.test(part) && !DEGREE.test(part)) {
      // "Ph.D., Mechanical Engineering (Robotics), Delft University …": the field comes first.
      const pieces = part.split(/,\s+(?![^(]*\))/);
      const schoolAt = pieces.findIndex((piece) => INSTITUTION.test(piece));
      if (out.degree && !out.field && schoolAt > 0) {
        out.field = pieces.slice(0, schoolAt).join(', ');
        part = pieces.slice(schoolAt).join(', ');
      }
      const { name, notes } = withoutStudyNotes(part);
      out.institution = name;
      if (notes.length > 0) out.other = [...(out.other ?? []), ...notes];
    } else if (!out.degree && DEGREE.test(part)) {
      const degree = readDegree(part);
      // "B.Eng. in Computer Engineering, University of Science and Technology": the school
      // follows the field after a comma.
      const school = degree.field ? /^(.+?),\s+(.+)$/.exec(degree.field) : null;
      if (school?.[1] && school[2] && INSTITUTION.test(school[2]) && !out.institution) {
        degree.field = school[1];
        out.institution = school[2];
      }
      Object.assign(out, degree);
    } else if (out.institution && INSTITUTION.test(part) && !DEGREE.test(part))
      // A faculty and its university: "… and Technology – The University of Đà Nẵng".
      out.institution = `${out.institution} – ${part}`;
    else if (!out.institution && !out.degree) out.institution = part;
    else if (out.degree && !out.field) out.field = part;
    else {
      out.other ??= [];
      out.other.push(part);
    }
  }
  return out;
}

// What is said of the study, not of the school: "(part-time)", "First Class Honours", "GPA 3.9".
const STUDY_NOTE =
  /^\(?(?:part-?time|full-?time|distance|online|evening|exchange|honou?rs|first class|(?:upper |lower )?second class|distinction|merit|with honou?rs|(?:summa |magna )?cum laude|gpa\b|grade\b|thesis\b|dean'?s list|scholarship)/i;

/** "University College Dublin (UCD), (part-time), First Class Honours" → the name and notes. */
function withoutStudyNotes(written: string): { name: string; notes: string[] } {
  // "University of Waterloo, 2017 (part-time, while working at Northcove)": a closing bracket.
  const bracket = /\s*\(([^()]+)\)\s*$/.exec(written);
  const aside = bracket?.[1] && STUDY_NOTE.test(bracket[1]) ? bracket[1] : undefined;
  const text = aside && bracket ? written.slice(0, bracket.index) : written;
  const parts = text.split(/,\s+(?![^(]*\))/);
  const notes = parts.filter((part, i) => i > 0 && STUDY_NOTE.test(part.trim()));
  const name = parts.filter((part) => !notes.includes(part)).join(', ');
  const all = [
    ...notes.map((n) => n.trim().replace(/^\((.*)\)$/, '$1')),
    ...(aside ? [aside] : []),
  ];
  return { name: name.trim().replace(/,$/, ''), notes: all };
}

function readDegree(text: string): { degree: string; field?: string } {
  // "Bachelor of Computer Science, Software Engineering": the degree's name runs to the comma.
  const named = /^((?:Bachelor|Master|Doctor|Associate)(?:'s)? of [^,]+?)(?:,\s*(.+))?$/i.exec(
    text,
  );
  if (named?.[1] && !/\s+in\s+/i.test(named[1])) {
    return named[2]
      ? { degree: named[1].trim(), field: named[2].trim() }
      : { degree: named[1].trim() };
  }
  // "Licenciatura en Ciencias de la Computación", "Bacharel em Sistemas de Informação".
  const inField = /^(.+?)\s+(?:in|en|em)\s+(.+)$/i.exec(text);
  if (inField?.[1] && inField[2]) return { degree: inField[1].trim(), field: inField[2].trim() };
  const match = DEGREE.exec(text);
  let degree = match?.[0].trim() ?? text;
  // "Diplom-Ingenieur (Dipl.-Ing.), Electrical Engineering": the short form belongs to the degree.
  const short = /^\s*\([^()]{1,20}\)/.exec(text.slice(degree.length));
  if (short) degree = text.slice(0, degree.length + short[0].length).trim();
  const field = cleanSegment(text.slice(degree.length).replace(/^\s*(?:,|in|of|en|em)\s+/i, ''));
  return field ? { degree, field } : { degree };
}

export function looksLikeDegree(text: string): boolean {
  return DEGREE.test(text.trim()) || INSTITUTION.test(text);
}

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
