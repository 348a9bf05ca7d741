import { claimAbsence } from '../pipeline/absence.ts';
import { bullets, contactLines, evidenceLines, reply } from '../pipeline/reply.ts';
import { type Candidate, type Knowledge, type Question, SCORES } from '../pipeline/types.ts';

/**
 * Pay asked outranks the skill group the question also names ("salary for a senior backend
 * role?" asks about pay, not the backend skills).
 */
export const MONEY_SCORE = SCORES.category + 1;

/** Pay questions: a profile almost never states them, and availability does not answer them. */
export const MONEY: ReadonlySet<string> = new Set([
  'salary',
  'rate',
  'compensation',
  'pay',
  'paid',
  'wage',
  'ctc',
]);
/** Words a profile names its pay or rate by, in English and as DACH and French CVs write it. */
const RATE_WORDS = [
  'day rate',
  'daily rate',
  'hourly rate',
  'stundensatz',
  'tagessatz',
  'stundenlohn',
  'taux journalier',
  'tarif journalier',
  'tjm',
  'tarifa por hora',
  'uurtarief',
  'dagtarief',
];
const MONEY_TERMS = ['salary', 'compensation', ...RATE_WORDS];

const CURRENCY = '(?:[€$£¥₹]|\\b(?:EUR|USD|GBP|CHF|DKK|SEK|NOK|CAD|AUD|INR)\\b)';
/** "€850/day", "USD 95 per hour", "DKK 11,500 / day", "105 € (remote)": a rate with its currency. */
const RATE_IN_TEXT = new RegExp(
  `${CURRENCY}\\s?\\d[\\d,.]*\\s*(?:\\/|per\\s+)\\s*(?:day|hour|hr|h)\\b|\\b(?:day|daily|hourly)\\s+rate\\b|\\b(?:${RATE_WORDS.join('|')})\\b.*(?:${CURRENCY}\\s?\\d|\\d[\\d,.]*\\s?${CURRENCY})`,
  'i',
);

/** "annual salary", "a permanent position": pay by the year, which an hourly rate is not. */
const SALARY_ASKED =
  /\b(?:salary|salaries|annual(?:ly)?|per (?:year|annum)|yearly|a year|permanent|full[- ]time (?:role|job|position)|compensation|package)\b/i;
const SALARY_IN_TEXT = /\b(?:salary|per (?:year|annum)|annual|\/\s*(?:yr|year))\b|\d\s*k\b/i;

const RATE_NAMED = new RegExp(`\\b(?:${RATE_WORDS.join('|')})s?\\b|\\brates?\\s*:`, 'i');

function money(k: Knowledge, score: number, asked: string): Candidate {
  // A line that names the rate ("Day rate: €750") before a row that only shows one.
  const line =
    k.index.snippets.find((s) => RATE_NAMED.test(s.text) && RATE_IN_TEXT.test(s.text)) ??
    k.index.snippets.find((s) => RATE_IN_TEXT.test(s.text));
  if (line) {
    // "what annual salary would she expect for a permanent position?" beside an hourly rate:
    // the rate is said, the salary is not, and the owner can be asked.
    const salary =
      SALARY_ASKED.test(asked) && !SALARY_IN_TEXT.test(line.text)
        ? `\n\nIt doesn't state a salary for a permanent role. You could ask ${k.object} directly:\n${bullets(contactLines(k))}`
        : '';
    return {
      kind: 'availability',
      score,
      why: 'a rate written in the text',
      evidence: [line],
      answer: reply(
        'contact',
        'Rates',
        `On rates, ${k.firstName}'s profile says:\n> ${line.text}${salary}`,
      ),
    };
  }
  const claim = {
    topic: 'contact' as const,
    what: 'salary expectations or rates',
    terms: MONEY_TERMS,
  };
  const candidate = claimAbsence(k, claim, 'availability', SCORES.topic);
  // Saying the profile does not state pay beats a line that shares a word ("per day").
  if (candidate.absent || candidate.evidence.length === 0) return { ...candidate, score };
  // "Recruiters: please include the salary range": pay is mentioned, no figure is given.
  const said = bullets(evidenceLines(candidate.evidence.slice(0, 2), 2));
  const ask = contactLines(k);
  const text = `${k.firstName}'s profile states no salary or rate figure. What it says of pay:\n${said}${ask.length ? `\n\nYou could ask ${k.object} directly:\n${bullets(ask)}` : ''}`;
  return { ...candidate, score, answer: reply('contact', 'Pay', text, { confidence: 0.7 }) };
}

/**
 * "what's her day rate?", "how much does she make?": the rate the profile writes, or a clear
 * "no figure is stated" with whom to ask. Undefined when the question does not ask about pay.
 */
export function pay(k: Knowledge, q: Question): Candidate | undefined {
  // "how much does she make?": pay, asked with a verb.
  const paid =
    q.tokens.some((t) => /^(?:earn(?:s|ing|ings)?|charges?)$/.test(t)) ||
    (q.tokens.includes('much') && q.tokens.includes('make'));
  // "rate" alone may be a click-through rate: pay, but not above the subject of the talk.
  const asked = q.tokens.some((t) => MONEY.has(t) && t !== 'rate') || paid;
  if (!asked && !q.tokens.includes('rate')) return undefined;
  return money(k, asked ? MONEY_SCORE : SCORES.topic, q.text);
}
