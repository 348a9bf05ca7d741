import type { Snippet } from '../knowledge-index.ts';
import { affirmative } from '../meaning/own-doing.ts';
import { workModeAsked, workModeSaid } from '../meaning/work-mode.ts';
import { asksYesOrNo, specificStems } from '../pipeline/generic-words.ts';
import { bullets, contactLines, contactLinks, evidenceLines, reply } from '../pipeline/reply.ts';
import {
  type AnswerKind,
  type Candidate,
  type Knowledge,
  type Question,
  SCORES,
} from '../pipeline/types.ts';
import { NOTICE_PERIOD_WORDS } from '../support.ts';
import { MONEY_SCORE, pay } from './pay.ts';
import { relocation } from './relocation.ts';
import { topicAbsence } from './topic-absence.ts';

/** Words that ask about, or state, a government security clearance. */
const CLEARANCE_WORDS = ['clearance', 'cleared', 'vetted', 'vetting'];
const CLEARANCE = new RegExp(`^(?:${CLEARANCE_WORDS.join('|')})$`);

const PHRASES = [
  'available',
  'availability',
  'freelance',
  'freelancing',
  'contract',
  'contractor',
  'rate',
  'rates',
  'salary',
  'compensation',
  'visa',
  // "Wie lange ist ihre Kündigungsfrist?", "quel est son préavis ?".
  ...NOTICE_PERIOD_WORDS,
  'verfügbar',
  'disponible',
  'full time',
  'part time',
  'open to work',
  'open to',
  'new role',
  'new roles',
  'new job',
  'job change',
  'looking for',
  'role is he after',
  'role is she after',
  'role are they after',
  'next role',
  'next job',
  'next move',
  'job offer',
  'start date',
  // "how soon could she join us?", "when could he join?".
  'how soon',
  'could she join',
  'could he join',
  'could they join',
  'can she join',
  'can he join',
  'can they join',
  'earliest start',
  'can he start',
  'can she start',
  'can they start',
  'could he start',
  'could she start',
  'could they start',
  'when can',
  'notice',
  'remote',
  'onsite',
  'on site',
  'hybrid',
  'relocation',
  'relocate',
  'relocating',
  'move abroad',
  // "would she move to amsterdam for the job?": relocating, asked plainly.
  'would he move',
  'would she move',
  'would they move',
  'willing to move',
  'open to moving',
  'willing to',
  'is he free',
  'is she free',
  'are they free',
  'free in',
  'free from',
  'booked',
  'capacity',
  'could start',
  'start asap',
  // "when's the earliest she could join us?": the start, in the team's words.
  'earliest',
  'could join',
  'can join',
  'permit',
  'work permit',
  'sponsorship',
  'right to work',
  // A government security clearance: a term of the work, like the right to work.
  'security clearance',
  ...CLEARANCE_WORDS,
  // "how much does she make?": pay, asked with a verb.
  ...['he', 'she', 'they'].flatMap((who) =>
    ['make', 'earn', 'charge'].flatMap((verb) => [
      `how much does ${who} ${verb}`,
      `how much do ${who} ${verb}`,
      // "what does she make?" may ask what she builds.
      ...(verb === 'make' ? [] : [`what does ${who} ${verb}`, `what do ${who} ${verb}`]),
    ]),
  ),
  // "what does she currently earn?": the pay now, with a word between.
  'currently earn',
  'earn currently',
  'earn now',
  'earning now',
  'current salary',
  'current pay',
  'current compensation',
  'current ctc',
];

/** Words a profile's prose uses to say when and how the owner can be hired. */
const CUES = [
  'open to',
  'available for',
  'available from',
  'available to',
  'available immediately',
  'open to work',
  'open to new',
  'open to remote',
  'open to contract',
  'open to freelance',
  'open to full time',
  'open to relocation',
  'open to opportunities',
  // The notice period, as CVs in other languages state it too: "Okres wypowiedzenia: 1 miesiąc".
  ...NOTICE_PERIOD_WORDS,
  'can start',
  'freelance',
  'contract work',
  'contract role',
  'willing to relocate',
  'relocation',
  'looking for',
  'not looking',
  'actively looking',
  'open for',
  // "Happy to chat from February 2027, ideally part-time": availability told in passing.
  'taking on',
  'part-time',
  'part time',
  'full-time',
  'full time',
  ...[
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
  ].map((month) => `from ${month}`),
];

/**
 * "is she open to remote work?": a yes or a no where the availability, or a line the question's
 * words found beside it, says so of that way of working; the line itself is the answer.
 */
function workModeReply(
  k: Knowledge,
  q: Question,
  told: string,
  more: readonly Snippet[],
): string | undefined {
  // "would she be ok with fully remote?" asks a yes or a no as "is she open to remote?" does.
  const yesOrNo = asksYesOrNo(q.text) || /^(?:would|will)\b/i.test(q.text.trim());
  const mode = yesOrNo ? workModeAsked(q.tokens) : undefined;
  if (!mode) return undefined;
  // "Ich suche eine Stelle bevorzugt remote …": an owner's line that states the way of working,
  // in words the question's search did not reach. Not a job's or a project's line: "led a
  // fully remote team" says how a past job was done, not what the owner is open to.
  const anywhere = k.index.snippets
    .filter((s) => !s.role && !s.projectId && workModeSaid(s.text, mode))
    .map((s) => s.text);
  for (const text of [told, ...more.map((s) => s.text), ...anywhere]) {
    const verdict = workModeSaid(text, mode);
    if (!verdict) continue;
    const lead = verdict === 'yes' ? '**Yes** — ' : '**No** — ';
    return text === told
      ? `${lead}${told}`
      : `${lead}${text}

Availability: ${told}`;
  }
  return undefined;
}

/** "I'm looking for an Applied Scientist role": a line that says what the owner seeks. */
/** Stems that say a role is asked, never which one ("positions", "openings", "gigs"). */
const ROLE_NOUNS = new Set(['role', 'posit', 'job', 'opportun', 'open', 'gig', 'contract']);
const SEEKS = /\b(?:looking for|open to|seeking|interested in|would love)\b/i;
/** "what kind of role is she looking for?", "which positions is he after?". */
const ROLE_SOUGHT =
  /\b(?:what|which)\b[^?]*\b(?:roles?|jobs?|positions?|kind|type|sort)\b[^?]*\b(?:looking for|seeking|after|want(?:s|ing)?|interested in)\b/i;
const ROLE_WORD = /\b(?:roles?|positions?|jobs?|opportunit\w*|gigs?|contracts?)\b/i;

/**
 * The lines beside the availability that the question asks about. "is she open to applied
 * scientist positions?": the line that names the role sought, a yes when it says it is sought.
 * "open to remote?", "would she relocate to Sydney?": the terms asked ("relocate", "remote"),
 * not the places named.
 */
function alsoSaid(
  k: Knowledge,
  q: Question,
  line: Snippet | undefined,
  stated: string,
): { more: Snippet[]; seeking: boolean } {
  const other = (h: { snippet: Snippet }) =>
    h.snippet !== line && !h.snippet.text.toLowerCase().includes(stated.toLowerCase());
  // "what kind of role is she looking for next?": the lines that say which role is sought.
  if (ROLE_SOUGHT.test(q.text)) {
    const sought = k.index.snippets.filter(
      (s) => other({ snippet: s }) && SEEKS.test(s.text) && ROLE_WORD.test(s.text),
    );
    if (sought.length > 0) return { more: sought.slice(0, 2), seeking: false };
  }
  // "applied scientist positions": the kind of role names it; "positions" may be "role".
  const named = specificStems(q.restStems).filter((st) => !ROLE_NOUNS.has(st));
  const sought = k.index
    .search(named)
    .filter((h) => h.coverage >= 0.99 && other(h) && SEEKS.test(h.snippet.text));
  const top = sought[0];
  if (top && named.length > 0) {
    const all = named.every((st) => top.snippet.stems.includes(st));
    const seeking = asksYesOrNo(q.text) && all && affirmative(top.snippet.text);
    return { more: sought.slice(0, 2).map((h) => h.snippet), seeking };
  }
  const asked = specificStems(q.stems.filter((st) => !q.restStems.includes(st)));
  const more = k.index
    .search(asked)
    .filter((h) => h.coverage >= 0.5 && other(h))
    .slice(0, 2)
    .map((h) => h.snippet);
  return { more, seeking: false };
}

/** Working terms a question names, as an answer names them when the profile is silent. */
const TERM_NAMES: [RegExp, string][] = [
  [/^remote(ly)?$/, 'remote work'],
  [/^hybrid$/, 'hybrid work'],
  [/^(onsite|office)$/, 'on-site work'],
  [/^relocat/, 'relocation'],
  [/^(visa|sponsorship|sponsor)$/, 'visa sponsorship'],
  [/^notice$/, 'a notice period'],
  [/^contract(or|ing)?$/, 'contract work'],
  [/^freelanc/, 'freelance work'],
  [CLEARANCE, 'a security clearance'],
];

/** "Open to fully remote roles?" with nothing said: "remote work or other working terms". */
function unsaidTerms(tokens: readonly string[]): string {
  const named = TERM_NAMES.filter(([word]) => tokens.some((t) => word.test(t))).map(([, n]) => n);
  return named.length
    ? `${[...new Set(named)].join(' or ')}, or availability in general`
    : 'availability or working terms';
}

// "Authorized to work in the US for any employer", "EU citizen", "no sponsorship needed".
const WORK_RIGHT =
  /\b(?:authori[sz]ed to work|work (?:permit|authori[sz]ation|visa)|right to work|visa|sponsorship|(?:need|needs|require|requires|without)\s+(?:any\s+)?sponsor\w*|citizen(?:ship)?|green card|permanent resident|clearance|security cleared|vetted|TS\/SCI|top secret)\b/i;
// ("Not sponsored, not exhaustive" on a list of tools: no vendor paid for it; no visa said.)
const ASKS_RIGHT =
  /^(?:visa|visas|sponsor|sponsorship|sponsored|permit|authorized|authorised|citizen|citizenship)$/;

/** "would she need visa sponsorship?": a question about the right to work. */
export const asksWorkRight = (tokens: readonly string[]): boolean =>
  tokens.some((t) => ASKS_RIGHT.test(t) || CLEARANCE.test(t));

/** "Does he need visa sponsorship?": the lines that say the owner's right to work, if any. */
function workRight(k: Knowledge, q: Question, stated: string | undefined): Candidate | undefined {
  if (!asksWorkRight(q.tokens)) return undefined;
  const lines = k.index.snippets.filter((s) => WORK_RIGHT.test(s.text)).slice(0, 3);
  if (lines.length === 0) return undefined;
  const also = stated
    ? `\n\nAvailability: ${stated.replace(/^availability\s*:\s*/i, '').replace(/[.!\s]+$/, '')}.`
    : '';
  return {
    kind: 'availability',
    score: SCORES.topic,
    why: 'the right to work, in the text',
    evidence: lines,
    answer: reply(
      'contact',
      'Right to work',
      `On the right to work, ${k.firstName}'s profile says:\n${bullets(evidenceLines(lines, 3))}${also}`,
    ),
    state: { techs: [], topic: 'contact' },
  };
}

/** "When can she start?", "open to contract work?": the availability, in the owner's words. */
/** "capacity planning?": a practice of running systems, not the owner's room for work. */
const CAPACITY_PRACTICE =
  /\bcapacity (?:planning|plans?|management|testing|tests|models?|modelling|modeling)\b/i;

export const availability: AnswerKind = {
  name: 'availability',
  ceiling: MONEY_SCORE,
  topic: 'contact',
  intent: { phrases: PHRASES, weight: 8 },
  applies: (q) => q.intent === 'availability',
  propose(q, k) {
    if (q.intent !== 'availability' || CAPACITY_PRACTICE.test(q.text)) return undefined;
    const asked = pay(k, q);
    if (asked) return asked;
    const stated = k.support.availability();
    // "does he have security clearance?" asks a term of the work, not the security skills.
    const clearance = q.tokens.some((t) => CLEARANCE.test(t));
    const outranked = (c: Candidate) => (clearance ? { ...c, score: MONEY_SCORE } : c);
    const right = workRight(k, q, stated);
    if (right) return outranked(right);
    const moving = clearance ? undefined : relocation(k, q);
    if (moving) return moving;
    if (!stated || clearance)
      return outranked(
        topicAbsence(k, q, 'availability', {
          topic: 'contact',
          what: clearance && stated ? 'a security clearance' : unsaidTerms(q.tokens),
          terms: clearance ? CLEARANCE_WORDS : CUES,
        }),
      );
    const line =
      k.index.snippets.find((s) => s.where === 'identity.availability') ??
      k.index.snippets.find((s) => s.text.includes(stated));
    const lines = contactLines(k);
    const { more, seeking } = alsoSaid(k, q, line, stated);
    const also =
      more.length && !ROLE_SOUGHT.test(q.text)
        ? `\n\nAlso in the profile:\n${bullets(evidenceLines(more, 2))}`
        : '';
    // "Not job hunting right now. From January 2027 I'm taking on …": the field holds the first
    // sentence; the line it came from says the rest.
    const bare = stated.replace(/[.!\s]+$/, '');
    const fuller = k.index.snippets.find(
      (s) => s !== line && s.text.includes(bare) && s.text.length > bare.length + 20,
    );
    const told = fuller ? fuller.text : `${bare}.`;
    // "what kind of role is she looking for?": the role sought first, then when.
    const sought = ROLE_SOUGHT.test(q.text) && more.length > 0;
    const said = sought
      ? `${more.map((s) => s.text).join(' ')}\n\nAvailability: ${told}`
      : (workModeReply(k, q, told, more) ?? `${seeking ? '**Yes** — ' : ''}${told}`);
    const text = `${said}${also}${lines.length ? `\n\nTo talk it through:\n${bullets(lines)}` : ''}`;
    return {
      kind: 'availability',
      score: SCORES.topic,
      why: 'availability from the profile',
      evidence: [...(line ? [line] : []), ...more],
      answer: reply('contact', 'Availability', text, { links: contactLinks(k) }),
      state: { techs: [], topic: 'contact' },
    };
  },
};
