import { escapeRegExp } from '../../knowledge/escape-regexp.ts';
import type { Snippet, Tech } from '../knowledge-index.ts';
import { claimAbsence, linesHolding } from '../pipeline/absence.ts';
import { specificStems } from '../pipeline/generic-words.ts';
import { bullets, capitalise, dates, evidenceLines, reply } from '../pipeline/reply.ts';
import {
  type AnswerKind,
  type Candidate,
  type Knowledge,
  type Question,
  SCORES,
} from '../pipeline/types.ts';
import { mentionsOf } from '../tech-evidence.ts';
import { normalize, stem } from '../text.ts';
import { currentRoles, nowAndBefore } from './current-employer.ts';
import { topicAbsence } from './topic-absence.ts';

const PHRASES = [
  'company',
  'companies',
  'employer',
  'employers',
  'worked at',
  'work at',
  'worked for',
  'work for',
  'working for',
  // "who did she work for before going freelance?": the employers, whatever follows.
  'who did he work for',
  'who did she work for',
  'who did they work for',
  'who has he worked for',
  'who has she worked for',
  'who have they worked for',
  // "did he ever intern at Google?": an internship is a job too.
  'intern at',
  'interned at',
  'internship at',
  'intern for',
  'interned for',
  'work history',
  'job history',
  'career',
  'previous job',
  'previous jobs',
  'current employer',
  // "Who is she currently employed by?": the employer, not who she is.
  'employed by',
  'employed at',
  'employed with',
  'currently employed',
  'which studio',
  'what studio',
  'which agency',
  'which firm',
  'which lab',
  // "who's she with rn?": the employer, asked the way recruiters ask it.
  'who is he with',
  'who is she with',
  'who are they with',
  'who he with',
  'who she with',
  'who they with',
  // "Wo arbeitet er derzeit?", glossed word for word: "where work he currently".
  'where work',
  'where does he work',
  'where does she work',
  'where do they work',
  'where is he working',
  'where is she working',
  'where are they working',
  // "where's she working these days": "where's" reads as "where".
  'where he working',
  'where she working',
  'where they working',
  'working these days',
  'work these days',
  'where has he worked',
  'where has she worked',
  // "where did she work before?": the past employers, not where she lives.
  'where did he work',
  'where did she work',
  'where did they work',
  'where was he working',
  'where was she working',
  'work experience',
  'employment',
  'position held',
  'first job',
  'first role',
  'first employer',
  'start career',
  'started career',
  'start his career',
  'start her career',
  'start their career',
  'career start',
];

const BEFORE = new Set(['before', 'previous', 'previously', 'prior', 'earlier', 'past', 'former']);

/** "at Brightloom", "joined Acme": a name after the word that places a job. */
const NAMES_ORGANISATION = /\b(?:at|for|joined|with)\s+\p{Lu}/u;

/** Lines that name an organisation, but none of the roles' employers. */
function unlistedEmployers(k: Knowledge, lines: readonly Snippet[]): Snippet[] {
  const companies = k.profile.roles.map((r) => r.company.toLowerCase());
  return lines.filter(
    (s) =>
      NAMES_ORGANISATION.test(s.text) && !companies.some((c) => s.text.toLowerCase().includes(c)),
  );
}

/** "Where did he start his career?": the earliest role is asked for. */
const EARLIEST = new Set(['first', 'start', 'started', 'began', 'begin', 'earliest']);

/** "Where has she worked?": every role, or what the text says of employers. */
export const roles: AnswerKind = {
  name: 'roles',
  ceiling: SCORES.skill + 1,
  topic: 'roles',
  intent: { phrases: PHRASES, weight: 6 },
  applies: (q) => q.intent === 'roles',
  propose(q, k) {
    // "where does she work from?" asks for a place, not an employer.
    if (q.intent !== 'roles' || /\bwork(?:s|ing)? from\b/i.test(q.text)) return undefined;
    const product = employedAtTech(q);
    if (product && !isEmployer(k, product.name)) return notEmployerButUsed(k, product);
    if (k.profile.roles.length === 0) return withoutRoles(k, q);
    const asked = specificStems(q.restStems);
    const hits = asked.length ? k.index.search(asked).filter((h) => h.coverage >= 0.99) : [];
    // "Has he worked at Flipkart?": an organisation no role names and no line calls an
    // employer is a clear no, even when it comes up otherwise ("Google Cloud" certificate).
    const name = asked.length > 0 ? employerNamed(q) : undefined;
    if (name && !isEmployer(k, name)) return notEmployer(k, name);
    // Employers the prose names beside the roles ("previously at …"), and what was asked about.
    // A project's "used by a handful of companies" tells of no employer.
    const prose = EMPLOYER_CUES.flatMap((cue) => linesHolding(k, cue)).filter(
      (s) => !s.role && s.projectId === undefined,
    );
    const also = [
      ...new Set([...hits.map((h) => h.snippet).filter((s) => !s.role), ...prose]),
    ].slice(0, 3);
    const now = nowAndBefore(k, q, roleLines(k));
    const parts = now ?? [bullets(roleLines(k))];
    const first = q.tokens.some((t) => EARLIEST.has(t)) ? earliestRole(k) : undefined;
    if (first) parts.unshift(first);
    // "which companies before her current job?": prose that names an employer no role lists
    // ("My first proper job was at Brightloom") tells of an earlier one.
    const untold =
      now && q.tokens.some((t) => BEFORE.has(t))
        ? unlistedEmployers(k, [...new Set(prose)]).slice(0, 2)
        : [];
    const told = now ? untold : also;
    if (told.length) parts.push(`The profile also says:\n${bullets(told.map((s) => s.text))}`);
    return {
      kind: 'roles',
      score: SCORES.topic,
      why: 'asks where the owner worked',
      evidence: [...k.index.snippets.filter((s) => s.role && !s.where.includes('.')), ...also],
      answer: reply('roles', `Where ${k.firstName} has worked`, parts.join('\n\n')),
      state: { techs: [], topic: 'roles' },
    };
  },
  suggestion: (k) => (k.profile.roles.length ? `Where has ${k.firstName} worked?` : undefined),
};

const saidJobs = new WeakMap<Knowledge['index'], Snippet[]>();

/** The lines that tell a job in prose, found once per knowledge. */
function jobsSaid(k: Knowledge): Snippet[] {
  let said = saidJobs.get(k.index);
  if (!said) {
    said = k.index.snippets
      .filter((s) => JOB_AT.test(s.text) || (DATED.test(s.text) && JOB.test(s.text)))
      .slice(0, 3);
    saidJobs.set(k.index, said);
  }
  return said;
}

function earliestRole(k: Knowledge): string | undefined {
  const dated = k.profile.roles.filter((r) => r.start);
  const first = dated.sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''))[0];
  if (!first) return undefined;
  return `The earliest role ${k.possessive} profile lists: **${first.title}** at **${first.company}**${dates(first.start, first.end)}.`;
}

/** Words a profile's prose uses when it names an employer. */
/** A job noun, then "at" and a name: "developer on the graphics desk at Pirkanmaan Sanomat". */
const JOB =
  /\b(?:developer|engineer|designer|manager|lead|analyst|journalist|scientist|architect|consultant|intern|editor|researcher|director|administrator|specialist|advocate|programmer)s?\b/i;
const JOB_AT = new RegExp(`${JOB.source}[^.;]{0,60}?\\bat(?:\\s+\\[?\\p{Lu}|$)`, 'iu');
/** "2022 – now · Pirkanmaan Sanomat · Developer": a line of a timeline. */
const DATED = /\b(?:19|20)\d\d\s*[–—-]\s*(?:now|present|today|current|(?:19|20)\d\d)\b/i;

const EMPLOYER_CUES = [
  'currently at',
  'previously at',
  'formerly at',
  'previously',
  'formerly',
  'before that',
  'worked at',
  'working at',
  'work at',
  'worked for',
  'working for',
  'joined',
  'job was at',
  'employer',
  'company',
  'companies',
  'startup',
  'agency',
  'consultancy',
  'employed',
];

function isEmployer(k: Knowledge, name: string): boolean {
  const wanted = normalize(name);
  return k.profile.roles.some((r) => normalize(r.company).includes(wanted));
}

/** "where has he worked?" of a profile that lists no roles: what its text says, or a no. */
function withoutRoles(k: Knowledge, q: Question): Candidate {
  // "did he ever work at Careem?" of a profile that names no employer: a no about that name,
  // once no line of the knowledge says the owner worked there.
  const named = employerNamed(q);
  const asked = specificStems(q.restStems);
  if (named && asked.length > 0) {
    const lines = k.index
      .search(asked)
      .filter((h) => h.coverage >= 0.99)
      .map((h) => h.snippet);
    // "did he work at stripe?" where Stripe is only what he built with: a no, the lines
    // that name it beside it; a line saying "at Stripe" is quoted instead.
    return withMentions(
      notEmployer(k, named),
      lines,
      `${shownName(named)} does come up in ${k.firstName}'s profile, though not as an employer`,
    );
  }
  // "a data visualisation developer on the graphics desk at Pirkanmaan Sanomat": the job
  // said in prose, which no cue word marks.
  const said = jobsSaid(k);
  if (said.length > 0) {
    return {
      kind: 'roles',
      score: SCORES.topic,
      why: 'asks where the owner worked: a job said in the text',
      evidence: said,
      answer: reply(
        'roles',
        `Where ${k.firstName} works`,
        `Here's what ${k.firstName}'s profile says:\n${bullets(said.map((s) => s.text))}`,
      ),
    };
  }
  const industries = k.profile.industries;
  const extra = industries.length
    ? `It does say ${k.possessive} work spans ${industries.join(', ').toLowerCase()}.`
    : undefined;
  return topicAbsence(k, q, 'roles', {
    topic: 'roles',
    what: 'employers or roles',
    terms: EMPLOYER_CUES,
    ...(extra ? { extra } : {}),
  });
}

/** "google deepmind" as typed, said as a name: "Google Deepmind". */
const shownName = (name: string): string =>
  name.replace(/(^|\s)(\p{Ll})/gu, (_, space, c: string) => space + c.toUpperCase());

/** No role at the organisation: claimed only after the text is searched for it as employer. */
function notEmployer(k: Knowledge, name: string): Candidate {
  const shown = shownName(name);
  const no =
    k.profile.roles.length > 0
      ? `**No** — ${shown} isn't among the employers in ${k.firstName}'s profile. ${capitalise(k.possessive)} roles:\n${bullets(roleLines(k))}`
      : `**No** — ${shown} isn't among ${k.firstName}'s employers: ${k.possessive} profile names none.`;
  const terms = ['at', 'for', 'joined'].map((w) => `${w} ${name}`);
  // "Built Stripe billing systems" uses Stripe; only "at Stripe", "for Stripe", "joined Stripe"
  // written as such say the owner worked there (word forms fold "at" away, so it is checked).
  const employedThere = new RegExp(
    `\\b(?:at|for|joined)\\s+${escapeRegExp(name)}(?![\\p{L}\\d])`,
    'iu',
  );
  const claim = claimAbsence(
    k,
    {
      topic: 'roles',
      what: `${name} as an employer`,
      terms,
      no,
      ignore: (s) => !employedThere.test(s.text),
      ignoreName: 'employed there',
    },
    'roles',
    SCORES.topic,
  );
  return {
    ...claim,
    answer: { ...claim.answer, title: `Where ${k.firstName} has worked` },
    state: { techs: [], topic: 'roles' },
  };
}

/** "did he work at Stripe?": a technology the question names as the employer. */
function employedAtTech(q: Question): Tech | undefined {
  return q.techs.find((tech) =>
    [tech.name, ...tech.aliases].some((name) =>
      new RegExp(
        `\\b(?:work(?:ed|ing|s)?|employed|job|intern(?:ed)?)\\s+(?:at|for|by)\\s+${escapeRegExp(name)}(?![\\p{L}\\d])`,
        'iu',
      ).test(q.text),
    ),
  );
}

/**
 * Stripe as an employer is a no, while Stripe as a technology the owner used is not: the
 * answer says both, the employer first, as that is what was asked. It outranks the skill's
 * answer, which would read "Stripe comes up" as a yes to the job.
 */
function notEmployerButUsed(k: Knowledge, tech: Tech): Candidate {
  const claim = notEmployer(k, tech.name);
  const used = mentionsOf(k.index, tech);
  const as = `${tech.name} does come up as a technology ${k.subject} ${k.plural ? 'use' : 'uses'}`;
  return { ...withMentions(claim, used, as), score: SCORES.skill + 1 };
}

/** A "not an employer" told beside the lines that do name the organisation, up to two. */
function withMentions(claim: Candidate, lines: readonly Snippet[], said: string): Candidate {
  const used = lines.slice(0, 2);
  if (claim.evidence.length > 0 || used.length === 0) return claim;
  const also = `${said}:\n${bullets(evidenceLines(used, 2))}`;
  return {
    ...claim,
    evidence: used,
    answer: { ...claim.answer, text: `${claim.answer.text}\n\n${also}` },
  };
}

function roleLines(k: Knowledge): string[] {
  const current = currentRoles(k.profile.roles);
  return k.profile.roles.map((r) => {
    // "I joined Fernwell in 2021 as a senior engineer" beside the job held there now: a start
    // and no end is no "2021 – present" when another job is the one held now.
    const span =
      !r.end && r.start && !current.includes(r) ? ` (from ${r.start})` : dates(r.start, r.end);
    return `**${r.title}**, ${r.company}${span}${r.summary ? ` — ${r.summary}` : ''}`;
  });
}

/**
 * The employer a question names, as typed: words left over after the intent that are written
 * with a capital or follow "at"/"for" ("worked at flipkart"); "recently" names none.
 */
function employerNamed(q: Question): string | undefined {
  const wanted = new Set(specificStems(q.restStems));
  const words = q.text.match(/[\p{L}\p{N}][\p{L}\p{N}.&+-]*/gu) ?? [];
  // "at google deepmind": a name typed in lower case runs on from the "at" before it.
  const named: string[] = [];
  let running = false;
  for (const [i, w] of words.entries()) {
    running =
      wanted.has(stem(w.toLowerCase())) &&
      (/^\p{Lu}/u.test(w) || /^(at|for|with)$/i.test(words[i - 1] ?? '') || running);
    if (running) named.push(w);
  }
  return named.length === wanted.size ? named.join(' ') : undefined;
}
