import type { ProfileSupport } from '../answer/support.ts';
import { NUMBER_WORDS } from '../knowledge/number-words.ts';
import { evidenceLine, type Judgement } from './judgement.ts';

/**
 * How the owner takes on work, asked as a requirement: "Available to start within 2 weeks of
 * offer" against the notice the profile states, and "Previous contracting / freelance
 * engagements" against the roles it shows. Only the profile's own words meet either.
 */

const ASKS_START =
  /\b(?:start|join|available|availability)\b[^.;]{0,30}?\b(?:within|in(?= \S+ (?:days?|weeks?|months?)\b)|immediately|asap|right away)\b|\bnotice period\b[^.;]{0,30}\b(?:of|under|below|within|no (?:more|longer) than|at most|max(?:imum)?)\b/i;
const SPAN =
  /\b(\d{1,2}|one|two|three|four|five|six|eight|twelve)\s*(days?|weeks?|wks?|months?|mos?)\b/i;
const NOW = /\b(?:immediately|right away|asap|straight away|now)\b/i;
const DAYS: Readonly<Record<string, number>> = { d: 1, w: 7, m: 30 };

/** Days a span ("2 weeks", "one month") comes to; undefined when the text gives none. */
function daysIn(text: string): number | undefined {
  const span = SPAN.exec(text);
  if (!span?.[1] || !span[2]) return undefined;
  const count = NUMBER_WORDS[span[1].toLowerCase()] ?? Number(span[1]);
  return count * (DAYS[span[2].charAt(0).toLowerCase()] ?? 1);
}

export function judgeStart(text: string, support: ProfileSupport): Judgement | undefined {
  if (!ASKS_START.test(text)) return undefined;
  const stated = support.availability();
  if (!stated) return { status: 'missing', evidence: [], closest: [] };
  const evidence = [`${stated} (availability)`];
  const asked = NOW.test(text) && daysIn(text) === undefined ? 0 : daysIn(text);
  const notice = NOW.test(stated) && !/\bnotice\b/i.test(stated) ? 0 : daysIn(stated);
  // A date ("from January 2027") or no span: what the profile says, for the asker to weigh.
  if (asked === undefined || notice === undefined)
    return { status: 'partial', evidence, closest: [] };
  return notice <= asked
    ? { status: 'met', evidence, closest: [] }
    : { status: 'missing', evidence: [], closest: evidence };
}

const ASKS_CONTRACTING =
  /\b(?:(?:previous|prior|past|some)\s+)?(?:contracting|freelanc\w*|consulting)\b[^.;]{0,30}\b(?:experience|engagements?|work|background|history|track record)\b|\b(?:experience|background|track record)\s+(?:as\s+an?\s+|in\s+)?(?:contractor|freelancer|consultant|contracting|freelancing)\b/i;
const WORKED_SO =
  /\b(?:contract(?:or|ing)?|freelanc\w*|consultan(?:t|cy)|self-employed|independent)\b(?! (?:law|lawyer))/i;
const NOT_SO = /\bsmart contracts?\b|\bcontract test\w*\b|\bdata contracts?\b/i;

export function judgeContracting(text: string, support: ProfileSupport): Judgement | undefined {
  if (!ASKS_CONTRACTING.test(text)) return undefined;
  const lines = support
    .linesMatching(WORKED_SO)
    .filter((line) => !NOT_SO.test(line.text))
    .map(evidenceLine);
  return lines.length > 0
    ? { status: 'met', evidence: lines.slice(0, 3), closest: [] }
    : { status: 'missing', evidence: [], closest: [] };
}
