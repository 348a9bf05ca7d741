import { escapeRegExp } from '../knowledge/escape-regexp.ts';
import { NUMBER_WORDS } from '../knowledge/number-words.ts';
import type { Role } from '../knowledge/schema.ts';
import { takeDates } from './entry-dates.ts';
import { looksLikeJobTitle } from './entry-text.ts';

/**
 * Jobs an owner writes as sentences instead of entries: "Previously Mobile Developer @ Razorpay
 * (2019–2022)", "as a Linux administrator at Comarch", "In 2019 I joined Larkspur Animation as
 * a pipeline developer". Each reader returns only what a sentence says.
 */

const WORD = "[\\p{L}\\p{N}+#&.'’/-]+";
const COMPANY = `\\p{Lu}${WORD}(?:\\s+(?:\\p{Lu}${WORD}|&))*?`;
const COMPANY_END =
  '(?=\\s*(?:[,.;:()]|\\s(?:and|in|for|where|as|from|since|until|on|first|here|there|—|–|-)\\b|$))';
// The nouns a job title ends with: "Senior Android Engineer", "Linux administrator", "SRE".
const TITLE_NOUN =
  /\b(?:engineer|developer|designer|architect|lead|manager|analyst|scientist|consultant|intern|director|cto|ceo|vp|founder|co-founder|specialist|administrator|researcher|programmer|contractor|freelancer|technician|strategist|writer|instructor|lecturer|sre|owner|advisor|officer|head|fellow|maintainer|tester|dev|td|compositor|animator|artist|rigger|modeller|modeler|dba|advocate|evangelist|coach|trainer|producer|editor)s?$/i;
const LEADING_ADVERB = /^(?:previously|currently|formerly|now|then|later|also|and)\s+/i;

type ProseRole = Pick<Role, 'company' | 'title' | 'start' | 'end'>;

/** "Mobile Developer @ Razorpay (2019–2022)", "Android Developer at Practo". */
const TITLE_AT = new RegExp(
  `((?:\\p{Lu}${WORD}\\s+){0,5}\\p{Lu}${WORD})\\s+(?:@|at)\\s+(${COMPANY})${COMPANY_END}(?:\\s*\\(([^()]*\\d{4}[^()]*)\\))?`,
  'gu',
);
/** A sentence that opens with the title: "Backend dev at Tambo Logistics, where I …". */
const OPENS_TITLE_AT = new RegExp(
  `(?:^|[.!?]\\s+)(\\p{Lu}[\\p{Ll}-]*(?:\\s+[\\p{L}-]+){0,4}?)\\s+(?:@|at)\\s+(${COMPANY})${COMPANY_END}`,
  'gu',
);
/**
 * "Before that I was a software developer at Hubtel here in Accra", "Most recently I was senior
 * QA engineer at Tallgrass Labs (2018–2024)": the article may go, the years may follow; an aside
 * may stand between title and employer ("a Software Engineer (later Senior) at Nordlink").
 */
const WAS_TITLE_AT = new RegExp(
  `\\bI\\s+(?:was|worked as)\\s+(?:an?\\s+)?((?:[\\p{L}-]+\\s+){0,4}[\\p{L}-]+)(?:\\s+\\([^()]{1,30}\\))?\\s+(?:at|@|with|for)\\s+(${COMPANY})${COMPANY_END}(?:\\s*\\(([^()]*\\d{4}[^()]*)\\))?`,
  'gu',
);
/**
 * "Since the merger in May 2023 I've been a freelance sound designer (Brightwell Studio LLC)",
 * "I've been an SRE at Acme since 2021": the current job, its employer after "at" or in brackets.
 */
const BEEN_TITLE = new RegExp(
  `\\bI(?:['’]ve|\\s+have)\\s+been\\s+(?:an?\\s+)?((?:[\\p{L}-]+\\s+){0,4}[\\p{L}-]+)\\s+(?:(?:at|@|with|for)\\s+(${COMPANY})${COMPANY_END}|\\((${COMPANY})\\))`,
  'gu',
);
// "Since the layoffs in March 2025", "since 2021": when the job that sentence states began.
const SINCE_WHEN =
  /\bsince\b[^.!?]{0,60}?\b((?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?\s+)?(?:19|20)\d\d)\b/iu;
/** "I run Larkspur Audio, a one-person shop": the owner's own business, run now. */
const RUNS_BUSINESS = new RegExp(
  `\\bI\\s+(?:also\\s+)?(?:run|own)\\s+(${COMPANY}),\\s+an?\\s+(?:[\\p{L}-]+\\s+){0,3}(?:shop|studio|consultancy|agency|company|business|practice|firm|LLC)\\b`,
  'gu',
);
/** "as a Linux administrator at Comarch", "as a senior SRE on …" after "at Ocado". */
const AS_TITLE_AT = new RegExp(
  `\\bas an?\\s+((?:[\\p{L}-]+\\s+){0,4}[\\p{L}-]+)\\s+(?:at|@|with|for)\\s+(${COMPANY})${COMPANY_END}`,
  'gu',
);
/**
 * "at Tidewater Freight, …, where I joined as a senior backend engineer and left as a staff
 * engineer": the title held last at that employer, a role of its own.
 */
const AT_LEFT_AS = new RegExp(
  `\\bat\\s+(${COMPANY})${COMPANY_END}[^.]{0,120}?\\b(?:left|ended up|finished)\\s+as\\s+(?:an?\\s+)?((?:[\\p{L}-]+\\s+){0,4}?[\\p{L}-]+?)(?=\\s+(?:on|in|at|for|with|where|and|until|before)\\b|[,.;]|$)`,
  'gu',
);
/**
 * "From 2017 to 2020 I was at Fietsloket, a bike-sharing startup. I started as an Android
 * developer and ended up as Mobile Lead": the employer, then the first and last titles told in
 * the next sentence; the span is the employer's, the first title's start and the last one's end.
 */
const WAS_AT_STARTED_ENDED = new RegExp(
  `\\bI\\s+(?:was|worked)\\s+at\\s+(${COMPANY})${COMPANY_END}[^.!?]{0,100}[.!?]\\s+I\\s+(?:started|began|joined)\\s+as\\s+(?:an?\\s+)?((?:[\\p{L}-]+\\s+){0,4}?[\\p{L}-]+?)\\s+and\\s+(?:ended up|left|finished|later became|became)\\s+(?:as\\s+)?(?:an?\\s+)?((?:[\\p{L}-]+\\s+){0,4}?[\\p{L}-]+?)(?=\\s+(?:on|in|at|for|with|where|and|until|before)\\b|\\s*[,.;—–]|$)`,
  'gu',
);
/**
 * "Since August 2023 I've been at Tramline Logistics": when the job another sentence titles
 * began, and that it is held now.
 */
const SINCE_BEEN_AT = new RegExp(
  `\\bSince\\s+((?:\\p{Lu}\\p{Ll}+\\s+)?(?:19|20)\\d\\d),?\\s+I(?:['’]ve|\\s+have)\\s+been\\s+(?:at|with)\\s+(${COMPANY})${COMPANY_END}`,
  'gu',
);

/** "… at Ocado Technology …, first as a systems engineer and later as a senior SRE". */
const AT_THEN_AS = new RegExp(
  `\\bat\\s+(${COMPANY})${COMPANY_END}[^.]{0,80}?\\bfirst as (?:an?\\s+)?([\\p{L} -]+?)(?:\\s+(?:for|on|in|with)\\s+[^,.;]+?)?\\s*,?\\s+(?:and\\s*,?\\s+)?(?:later|then|since\\s+\\d{4},?)\\s+as (?:an?\\s+)?([\\p{L} -]+?)(?=\\s+(?:on|in|at|for|with|leading|managing|running|building|responsible|where|who)\\b|[,.;]|$)`,
  'gu',
);
/**
 * "Before that I spent four years at Ocado as a platform engineer", "worked at X as an SRE",
 * "Currently working at Paystride as a Senior Mobile Engineer";
 * the title ends at the first "on …" ("as a data engineer on catch-reporting systems").
 */
const AT_AS = new RegExp(
  `\\b(?:spent|worked|working|work|employed|was|joined|started|began)\\b[^.]{0,40}?\\bat\\s+(${COMPANY})${COMPANY_END}(?:(?![,;]?\\s+(?:and|but|then)\\s+I\\b)[^.;]){0,90}?\\bas an?\\s+((?:[\\p{L}-]+\\s+){0,4}?[\\p{L}-]+?)(?=\\s+(?:on|in|at|for|with|where|and|until|before)\\b|\\s*\\(|[,.;]|$)`,
  'gu',
);
/**
 * "In May 2024 I joined Lumen Labs here in Lyon as a Senior Data Engineer, and …", "I joined
 * Quayside — logistics software for port operators — as a Senior Backend Engineer".
 */
// "I moved to Halden Freight, a logistics company based in Warrington, as a Data Engineer",
// "I joined a small startup called Parcelbird, a delivery platform, as their first data engineer".
// "I moved to Amsterdam to join Brightwave as a backend engineer", "… and joined Tessellate
// remotely as a Senior Engineer", a timeline's "2024 — Joined Tessellate as Staff Engineer",
// "I joined Fernwell in 2021 as a senior engineer".
const JOINED_AS = new RegExp(
  `(?:\\bI\\s+(?:joined|moved\\s+to)|\\b(?:and|to)\\s+join(?:ed)?|(?:^|[—–·]\\s*)Joined)\\s+(?:an?\\s+(?:[\\p{Ll}-]+\\s+){0,3}(?:called|named)\\s+)?(${COMPANY})(?:\\s+(?:here|remotely))?(?:\\s+in\\s+(?:(?:\\p{Lu}\\p{Ll}+\\s+)?(?:19|20)\\d\\d|\\p{Lu}[^,.;]{1,40}?))?(?:,\\s+an?\\s+[^,.;()]{3,60},|\\s+[—–]\\s+[^—–.;()]{3,90}\\s+[—–])?,?\\s+as\\s+(?:an?\\s+|(?:their|the|its)\\s+first\\s+)?((?:[\\p{L}-]+\\s+){0,4}[\\p{L}-]+?)(?=[,.;]|\\s+(?:and|on|in|at|for|with|where|which|until|before)\\b|$)`,
  'gu',
);

/** "Brightmile Insurance in Stockport, where I started in February 2018 as a Junior Analyst". */
const WHERE_STARTED_AS = new RegExp(
  `(${COMPANY})(?:\\s+in\\s+\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)?,\\s+where\\s+I\\s+(?:started|began)(?:\\s+(?:in|on)\\s+([^,.;]{4,30}?))?\\s+as\\s+an?\\s+((?:[\\p{L}-]+\\s+){0,4}[\\p{L}-]+?)(?=[,.;]|\\s+(?:and|on|in|at|for|with|where|which|until|before)\\b|$)`,
  'gu',
);

/**
 * "Today I'm a principal engineer at Chapa Pay, where I lead …", "I'm Engineering Manager at
 * Fernwell": the job held now, the article perhaps left out.
 */
const AM_TITLE_AT = new RegExp(
  `\\bI(?:['’]m|\\s+am)\\s+(?:now\\s+|currently\\s+)?(?:(?:an?|the)\\s+)?((?:[\\p{L}-]+\\s+){0,4}[\\p{L}-]+)\\s+(?:at|@)\\s+(${COMPANY})${COMPANY_END}`,
  'gu',
);

/** "I lead the Site Reliability Engineering team at Allegro". */
const LEADS_TEAM = new RegExp(
  `\\bI\\s+(?:lead|run|manage|head)\\s+(?:the\\s+|a\\s+)?((?:[\\p{L}&/-]+\\s+){0,4}?)(?:team)\\s+(?:at|@)\\s+(${COMPANY})${COMPANY_END}`,
  'gu',
);

/**
 * "I'm a senior power systems engineer in the dynamic studies team at Granite Links", "I'm
 * Engineering Manager for the Payments Platform group at Fernwell".
 */
const AM_TITLE_IN_TEAM_AT = new RegExp(
  `\\bI(?:['’]m|\\s+am)\\s+(?:now\\s+|currently\\s+)?(?:an?\\s+)?((?:[\\p{L}-]+\\s+){0,4}[\\p{L}-]+)\\s+(?:in|on|with|for)\\s+(?:the|a|an|our)\\s+(?:[\\p{L}&/-]+\\s+){0,4}?(?:team|group|squad|department|unit)\\s+(?:at|@|of)\\s+(${COMPANY})${COMPANY_END}`,
  'gu',
);

/** "working on … at Volta Mobility (Senior Embedded Engineer, since 2022)". */
const AT_TITLE_DATES = new RegExp(
  `\\bat\\s+(${COMPANY})\\s*\\(([^(),]+?),\\s*((?:since|from)\\s+[^()]*\\d{4}|[^()]*\\d{4}\\s*[–—-]\\s*[^()]+)\\)`,
  'gu',
);

/**
 * "… then joined Pixelwood as a junior. I was a Junior Gameplay Programmer there until 2017":
 * the title told in the next sentence, "there" the employer the sentence before it named.
 */
const WAS_TITLE_THERE =
  /\bI\s+(?:was|worked as|became)\s+(?:an?\s+)?((?:[\p{L}-]+\s+){0,4}[\p{L}-]+)\s+there\b([^.!?]*)/gu;
const NAMED_BEFORE = new RegExp(
  `\\b(?:joined|at|for|with|to)\\s+(${COMPANY})${COMPANY_END}(?![^.!?]*\\b(?:joined|at|for|with)\\s+\\p{Lu})`,
  'gu',
);

/** The employer the sentence before `index` names last, when it names one. */
function employerBefore(text: string, index: number): string | undefined {
  const before = text.slice(0, index).replace(/\s+$/, '');
  const start = Math.max(before.slice(0, -1).search(/[.!?]\s+[^.!?]*$/), -1) + 1;
  return [...before.slice(start).matchAll(NAMED_BEFORE)].at(-1)?.[1];
}

/** "Acme." ending a sentence is "Acme"; "Acme Inc." keeps the dot of its abbreviation. */
function withoutFullStop(company: string): string {
  return /(?:^|\s)[\p{L}.]{1,3}\.$|\.\p{L}+\.$/u.test(company)
    ? company
    : company.replace(/\.$/, '');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// "Head of Infrastructure", "Director of Engineering": a title that names what it heads.
const HEAD_OF = /^(?:head|director|vp|vice president|chief)\s+of\s+\p{Lu}/iu;

function titled(raw: string): string | undefined {
  const sentence = raw.split(/[.!?;:]\s+/).pop() ?? raw;
  const title = sentence.replace(LEADING_ADVERB, '').replace(LEADING_ADVERB, '').trim();
  const named = TITLE_NOUN.test(title) || HEAD_OF.test(title);
  return named && title.split(' ').length <= 6 ? capitalise(title) : undefined;
}

/** Every job the prose states, in the order it states them. */
export function rolesFromProse(text: string): ProseRole[] {
  const found: Found = [];
  // Roles whose dates the reading gave as far as the text says them.
  const spanKnown = new Set<ProseRole>();
  const add = (at: number, title: string | undefined, company: string, dates?: string) => {
    if (!title || !company) return;
    // "… @ Polar Grid. Norwegian & English": the employer ends with its sentence.
    const named = company.split(/(?<=\p{Ll}{3})\.\s+(?=\p{Lu})/u)[0] ?? company;
    const role: ProseRole = { company: withoutFullStop(named.trim()), title };
    if (dates === 'present') role.end = 'present';
    const range = dates ? takeDates(dates) : undefined;
    if (range?.start) role.start = range.start;
    if (range?.end) role.end = range.end;
    found.push({ at, role });
  };
  for (const m of text.matchAll(LEADS_TEAM)) {
    const team = (m[1] ?? '').trim();
    add(m.index, team ? `${capitalise(team)} team lead` : 'Team lead', m[2] ?? '', 'present');
  }
  for (const m of text.matchAll(AM_TITLE_AT))
    add(m.index, titled(m[1] ?? ''), m[2] ?? '', 'present');
  for (const m of text.matchAll(AM_TITLE_IN_TEAM_AT))
    add(m.index, titled(m[1] ?? ''), m[2] ?? '', 'present');
  for (const m of text.matchAll(TITLE_AT)) add(m.index, titled(m[1] ?? ''), m[2] ?? '', m[3]);
  for (const m of text.matchAll(AS_TITLE_AT)) add(m.index, titled(m[1] ?? ''), m[2] ?? '');
  for (const m of text.matchAll(WAS_TITLE_AT)) add(m.index, titled(m[1] ?? ''), m[2] ?? '', m[3]);
  for (const m of text.matchAll(BEEN_TITLE)) {
    const sentence = sentenceAround(text, m.index, m[0].length);
    const since = SINCE_WHEN.exec(sentence)?.[1];
    add(m.index, titled(m[1] ?? ''), m[2] ?? m[3] ?? '', since ? `since ${since}` : 'present');
  }
  for (const m of text.matchAll(RUNS_BUSINESS)) {
    const company = m[1] ?? '';
    if (!found.some((f) => f.role.company === company)) add(m.index, 'Owner', company, 'present');
  }
  for (const m of text.matchAll(OPENS_TITLE_AT)) add(m.index, titled(m[1] ?? ''), m[2] ?? '');
  for (const m of text.matchAll(AT_TITLE_DATES)) add(m.index, titled(m[2] ?? ''), m[1] ?? '', m[3]);
  for (const m of text.matchAll(JOINED_AS)) {
    // "In 2019 I joined Larkspur Animation …": the year the sentence opens with is the start.
    const sentence = sentenceAround(text, m.index, m[0].length);
    // "In November 2016 I moved to …": the month too, where the sentence names it.
    const when =
      /^\s*(?:In|Since|From)\s+((?:\p{L}+\s+)?(?:19|20)\d\d)\b/u.exec(sentence)?.[1] ??
      seasonYear(sentence);
    const year = when ? (takeDates(`${when} – present`)?.start ?? when.slice(-4)) : undefined;
    const before = found.length;
    add(m.index, titled(m[2] ?? ''), m[1] ?? '');
    const added = found[before];
    if (year && added && found.length > before) added.role.start = year;
  }
  for (const m of text.matchAll(WHERE_STARTED_AS)) {
    const before = found.length;
    add(m.index, titled(m[3] ?? ''), m[1] ?? '');
    const start = m[2] ? takeDates(`${m[2]} – present`)?.start : undefined;
    const added = found[before];
    if (start && added && found.length > before) added.role.start = start;
  }
  for (const m of text.matchAll(AT_AS)) {
    // "first as … and later as …" is read below, one role each.
    if (!/\bfirst as\b/.test(m[0])) add(m.index, titled(m[2] ?? ''), m[1] ?? '');
  }
  for (const m of text.matchAll(AT_LEFT_AS)) add(m.index + 1, titled(m[2] ?? ''), m[1] ?? '');
  for (const m of text.matchAll(AT_THEN_AS)) {
    add(m.index + 1, titled(m[3] ?? ''), m[1] ?? '');
    add(m.index, titled(m[2] ?? ''), m[1] ?? '');
  }
  startedThenEnded(text, found, add, spanKnown);
  titledThere(text, found, add);
  heldSince(text, found);
  for (const { at, role } of found)
    if (!role.start && !spanKnown.has(role)) datedBySentence(role, text, at);
  for (const { role } of found) if (!role.end && !spanKnown.has(role)) endedAfterYears(role, text);
  return distinct(found).filter((role) => looksLikeJobTitle(role.title));
}

type Found = { at: number; role: ProseRole }[];
type Add = (at: number, title: string | undefined, company: string, dates?: string) => void;

/** "I was a Junior Gameplay Programmer there until 2017": the employer the sentence before named. */
function titledThere(text: string, found: Found, add: Add): void {
  for (const m of text.matchAll(WAS_TITLE_THERE)) {
    const company = employerBefore(text, m.index);
    // "… there until 2017": the end the rest of its sentence gives.
    const until = /\buntil\s+((?:\p{L}+\s+)?(?:19|20)\d\d)\b/u.exec(m[2] ?? '')?.[1];
    const before = found.length;
    if (company) add(m.index, titled(m[1] ?? ''), company);
    const added = found[before];
    if (until && added && found.length > before)
      added.role.end = takeDates(`${until} – ${until}`)?.end ?? until;
  }
}

/** "I started as an Android developer and ended up as Mobile Lead": two titles, one span. */
function startedThenEnded(text: string, found: Found, add: Add, spanKnown: Set<ProseRole>) {
  for (const m of text.matchAll(WAS_AT_STARTED_ENDED)) {
    const span = takeDates(sentenceAround(text, m.index, 1));
    const before = found.length;
    add(m.index, titled(m[2] ?? ''), m[1] ?? '');
    const first = found[before];
    if (first && span?.start) first.role.start = span.start;
    const atLast = found.length;
    add(m.index + 1, titled(m[3] ?? ''), m[1] ?? '');
    const last = found[atLast];
    if (last && span?.end) last.role.end = span.end;
    // When the first title ended and the last began, the text does not say.
    if (first) spanKnown.add(first.role);
    if (last) spanKnown.add(last.role);
  }
}

/** "Since August 2023 I've been at Tramline Logistics": a job another sentence titled, held now. */
function heldSince(text: string, found: Found): void {
  for (const m of text.matchAll(SINCE_BEEN_AT)) {
    const company = withoutFullStop((m[2] ?? '').trim());
    const held = found.find((f) => f.role.company === company && !f.role.start);
    const start = takeDates(`${m[1]} – present`)?.start;
    if (held && start) Object.assign(held.role, { start, end: 'present' });
  }
}

/** "In the summer of '15 I joined …": the year a season names, its century supplied. */
function seasonYear(sentence: string): string | undefined {
  const m =
    /^\s*In\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter)\s+of\s+(?:['’](\d\d)|((?:19|20)\d\d))\b/i.exec(
      sentence,
    );
  if (m?.[2]) return m[2];
  if (!m?.[1]) return undefined;
  const short = Number(m[1]);
  return String(short <= (new Date().getFullYear() % 100) + 1 ? 2000 + short : 1900 + short);
}

/** "After four years at Shopify I joined …": a job that began in 2014 ended in 2018. */
function endedAfterYears(role: ProseRole, text: string): void {
  if (!role.start || !/^\d{4}/.test(role.start)) return;
  const company = escapeRegExp(role.company);
  const told = new RegExp(
    `\\b[Aa]fter\\s+(\\d{1,2}|\\p{L}+)\\s+years?\\s+(?:at|with)\\s+${company}\\b`,
    'u',
  );
  const count = told.exec(text)?.[1]?.toLowerCase();
  const years = count ? Number(count) || NUMBER_WORDS[count] : undefined;
  if (years) role.end = String(Number(role.start.slice(0, 4)) + years);
}

/** The jobs in the order the text states them, each once. */
function distinct(found: { at: number; role: ProseRole }[]): ProseRole[] {
  const unique: ProseRole[] = [];
  for (const { role } of found.sort((a, b) => a.at - b.at)) {
    const key = (r: ProseRole) => `${r.company}|${r.title}`.toLowerCase();
    const same = unique.find((r) => key(r) === key(role)) ?? shorterSaying(unique, role);
    // Two readings of one job: the one that also read its dates gives them.
    if (same && !same.start && role.start)
      Object.assign(same, { start: role.start, end: role.end });
    else if (!same) unique.push(role);
  }
  return unique;
}

/**
 * "Developer advocate at Quillstack" in a greeting and "I'm a Senior Developer Advocate at
 * Quillstack" in the story: one job, said more fully once; the fuller title stays.
 */
function shorterSaying(unique: ProseRole[], role: ProseRole): ProseRole | undefined {
  const title = role.title.toLowerCase();
  const same = unique.find((r) => {
    const other = r.title.toLowerCase();
    return (
      r.company === role.company && (other.endsWith(` ${title}`) || title.endsWith(` ${other}`))
    );
  });
  if (same && role.title.length > same.title.length) same.title = role.title;
  return same;
}

/** "I came back to Montréal in Jan 2019 for a role as …": the one date its sentence names. */
function datedBySentence(role: ProseRole, text: string, at: number): void {
  const sentence = sentenceAround(text, at, 1);
  // "… at Kudimart (2019 – Feb 2022)", "… at Paystride (since March 2022)": the one span the
  // sentence gives is the job's.
  const years = sentence.match(/\b(?:19|20)\d\d\b/g) ?? [];
  const span = years.length <= 2 && !ENDED_UNDATED.test(sentence) ? takeDates(sentence) : undefined;
  if (span?.start && span.end && (years.length === 2) === (span.end !== 'present')) {
    role.start = span.start;
    role.end = span.end;
    return;
  }
  const dates = [...sentence.matchAll(SENTENCE_DATE)].map((m) => m[1] ?? '');
  const start = dates.length === 1 ? takeDates(`${dates[0]} – present`)?.start : undefined;
  if (start) role.start = start;
  // "From 2021 until last autumn I was …": ended, though not on a date; it is not held now.
  const until = ENDED_UNDATED.exec(sentence)?.[1];
  if (until && !role.end) role.end = until;
}

const SENTENCE_DATE = /\b(?:in|since|from)\s+((?:\p{Lu}\p{Ll}{2,8}\.?\s+)?(?:19|20)\d\d)\b/giu;
const ENDED_UNDATED =
  /\buntil\s+((?:last|this)\s+(?:year|month|spring|summer|autumn|fall|winter|week)|recently)\b/i;

/**
 * A career told in prose: a job with a start and no end was left when the next job began ("In
 * November 2016 I moved to … Bramble & Fox", then "in Jan 2019 … at Kestrel Bay"), not held
 * until now. Only a job said to be held now ("Since May 2022 I've been at …") is current.
 */
export function endedByNext<R extends ProseRole>(roles: R[]): R[] {
  for (const role of roles) {
    if (role.end || !role.start) continue;
    // "I started as an Android developer and ended up as Mobile Lead": a later title at the
    // same employer ended it, on a date the text does not give.
    if (roles.some((o) => o !== role && o.company === role.company && o.end && !o.start)) continue;
    const own = role.start;
    const later = roles
      .flatMap((other) => (other.start && other.start > own ? [other.start] : []))
      .sort()[0];
    if (later) role.end = later;
  }
  return roles;
}

/** The sentence a match stands in. */
function sentenceAround(text: string, index: number, length: number): string {
  const start = Math.max(text.lastIndexOf('. ', index), text.lastIndexOf('! ', index), -1) + 1;
  const end = text.slice(index + length).search(/[.!?](?:\s|$)/);
  return text.slice(start, end < 0 ? undefined : index + length + end);
}
