import { countriesIn } from '../knowledge/places.ts';
import { headingKind } from './heading-kinds.ts';
import { splitOutsideBrackets } from './outside-brackets.ts';
import { isPayOnly, NICE_CUE, WORK_PLACE } from './requirement-cues.ts';
import { someoneWith } from './someone-with.ts';

/** How a requirement's text splits into clauses, each one ask. */

/**
 * A list item is one unit, unless it is a header line of facts led by an icon ("🌏 Remote ·
 * Full-time · €80k"); prose splits into sentences.
 */
export function unitsOf(body: string, bullet: boolean): string[] {
  const dated = yearsEach(body);
  if (dated) return dated;
  const header = headerSegments(body);
  if (!bullet) return header ?? sentences(body);
  const paid = body.split(/\s+[·|•]\s+/).some((s) => isPayOnly(s.trim()));
  return header && paid ? header : [body];
}

/** Words in a clause, for telling a list's items from sentences. */
const wordCount = (text: string) => text.split(/\s+/).length;

export function proseClauses(sentence: string): string[] {
  if (wordCount(sentence) < 20) return [sentence];
  const colon = sentence.indexOf(': ');
  if (colon > 0) {
    const items = withQualifiersJoined(
      splitOutsideBrackets(sentence.slice(colon + 2).replace(/\.$/, ''), /,\s+/)
        .map((item) => item.replace(/^(?:and|or)\s+/i, '').trim())
        .filter(Boolean),
    );
    const before = sentence.slice(0, colon).split(/\s+and\s+(?=you\s)/i);
    // "Nice to have: …", "Perks are the usual: …": a lead-in that names another kind is a label,
    // read as labels are; a lead-in that asks ("comfortable on both sides of the stack") hands
    // its list on as asks.
    const leadKind = headingKind(before.at(-1) ?? '');
    if (
      items.length >= 2 &&
      items.every((item) => wordCount(item) <= 14) &&
      !['nice', 'benefits', 'excluded'].includes(leadKind ?? '')
    )
      return [...before.slice(0, -1), ...items];
  }
  const wanted = someoneWith(sentence);
  if (wanted) return wanted;
  const clauses = splitOutsideBrackets(sentence, JOINED_WISHES).map((clause) => clause.trim());
  // "It would be great if you've …, and if you've …": one wish of two parts, not two asks;
  // "It's a bonus if …, and another bonus if …" says it is two.
  const another = clauses.slice(1).every((clause) => /^another\b/i.test(clause));
  return clauses.length > 1 && /\bif\b/i.test(clauses[0] ?? '') && !another ? [sentence] : clauses;
}

/**
 * "solid Go experience, ideally 5 years or more, because the whole backend is Go": a clause that
 * only narrows or explains the one before it is part of that ask, not an ask of its own.
 */
const QUALIFIER = /^(?:ideally|preferably|especially|because|since|as|so|which|who|that)\b/i;

function withQualifiersJoined(items: readonly string[]): string[] {
  const out: string[] = [];
  for (const item of items) {
    const last = out.length - 1;
    if (last >= 0 && QUALIFIER.test(item)) out[last] = `${out[last]}, ${item}`;
    else out.push(item);
  }
  return out;
}

/** ", and AWS knowledge would be useful", ", and if you've worked in …": a second ask joined on. */
const JOINED_WISHES =
  /,\s+and\s+(?=if you\b|another (?:bonus|plus)\b|(?:[\w.+#/-]+\s+){1,3}(?:knowledge|experience|skills?|familiarity)\s+(?:would|is|are|will)\b)/i;

/** "Python (5+ yrs), SQL (5+ yrs)": technologies each with its own years, one ask each. */
function yearsEach(text: string): string[] | undefined {
  const parts = splitOutsideBrackets(text, /,\s*/).map((part) => part.trim());
  const dated = /^[^,()]{1,40}\(\s*\d+\+?\s*(?:yrs?|years?)?\.?\s*\)$/i;
  return parts.length >= 2 && parts.every((part) => dated.test(part)) ? parts : undefined;
}

/**
 * "need sr backend, go/k8s, 5+ yrs, remote EU, can he do it?": a recruiter's message of short
 * asks between commas, each one an ask of its own; the question to the reader is none.
 */
export function terseAsks(text: string): string[] | undefined {
  const parts = splitOutsideBrackets(text, /,\s*/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length < 3 || parts.some((part) => part.split(/\s+/).length > 4)) return undefined;
  const asks = parts.filter((part) => !/\?$/.test(part) && !/^(?:and|or)$/i.test(part));
  return asks.length >= 3 ? asks : undefined;
}

/**
 * "Acme · Berlin · Hybrid · €80k + equity": a header line of facts. Only where the work happens
 * is a requirement; the company, pay and perks are not.
 */
function headerSegments(text: string): string[] | undefined {
  const segments = text
    .replace(/^[\s·|•—–]+/, '')
    .split(/\s+[·|•]\s+|\s+[—–]\s+/)
    .map((s) => s.trim());
  // Only a line of facts: several "·" or "|" separators, or the rest of "**Acme** — …".
  const facts = (text.match(/\s[·|•]\s/g) ?? []).length >= 2 || /^\s*[·|•—–]\s/.test(text);
  if (segments.length < 2 || !facts) return undefined;
  // "New York, NY | REMOTE": a city beside a bare "remote" is where the company sits.
  const anywhere = segments.some((s) => /^(?:fully\s+)?remote$/i.test(s));
  const kept = segments.filter(
    (s) => WORK_PLACE.test(s) || (!anywhere && countriesIn(s).length > 0),
  );
  return kept.some((s) => WORK_PLACE.test(s)) ? [kept.join(' · ')] : [];
}

const MARKED_THEN_WISH =
  /^(.+?\((?:required|must(?:[\s-]have)?|mandatory|essential)\)),\s+((?:ideally|preferably)\b.+)$/i;

/** "Kubernetes in production; Terraform is a plus" → a must and a nice-to-have. */
const LAST_ITEM_MARKED = /^([^,()]+),\s+([^,()]+\((?:nice|optional|plus|bonus)\))$/i;

export function splitNiceClause(text: string): string[] {
  // "dbt (required), ideally on Snowflake": the marker closes the must; the wish after it is its
  // own nice-to-have, not a narrowing of the must.
  const marked = MARKED_THEN_WISH.exec(text);
  if (marked?.[1] && marked[2]) return [marked[1], marked[2]];
  // "English fluent, Dutch (nice)": a closing marker belongs to the last item alone.
  const last = LAST_ITEM_MARKED.exec(text);
  if (last?.[1] && last[2] && !NICE_CUE.test(last[1])) return [last[1], last[2]];
  // "Our suite is in Playwright (so Cypress experience helps too)": the aside is its own wish.
  // "Kafka (nice to have)": an aside that is only the marker says what the whole line is.
  const aside = /\s*\(([^()]+)\)/.exec(text);
  const onlyMarker = aside?.[1] !== undefined && aside[1].replace(NICE_CUE, '').trim() === '';
  if (
    aside?.[1] &&
    !onlyMarker &&
    NICE_CUE.test(aside[1]) &&
    !NICE_CUE.test(text.replace(aside[0], ''))
  ) {
    return [text.replace(aside[0], ''), aside[1]];
  }
  const clauses = splitOutsideBrackets(
    text,
    /;\s+|(?<=\p{Ll}{2})\.\s+(?=\p{L})|\s+[–—]\s+(?=[^–—]*\b(?:is|are|would be) (?:a plus|a bonus|an asset|nice|preferred)\b)|,\s+(?=(?:ideally|preferably)\s+(?:some|also|a bit of|any)\s)|,\s+and\s+(?=(?:ideally|preferably)\s)|,\s+(?:and\s+)?(?=[^,]*\b(?:is|are) (?:a must|required|essential|(?:also )?expected)\b)|,\s+(?=(?:and |but )?(?:(?!(?:or|and)\s)[\w.+#-]+\s){0,4}(?:is|are|would be) (?:a plus|a bonus|nice|preferred))/iu,
  );
  return clauses.length > 1 && clauses.some((c) => NICE_CUE.test(c)) ? clauses : [text];
}

const ABBREVIATION = /\b(?:e\.g|i\.e|etc|vs|incl|approx|min|max|sr|jr)\.$/i;

/** Splits prose into sentences, keeping "e.g. Go" and "Node.js" whole. */
export function sentences(text: string): string[] {
  // "… zero signal 😅 You'd be writing …": an emoji ends a sentence as a full stop does.
  const parts = text.split(/(?<=[.!?]|\p{Extended_Pictographic})\s+(?=[A-Z0-9"'(])/u);
  const out: string[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (last !== undefined && ABBREVIATION.test(last)) out[out.length - 1] = `${last} ${part}`;
    else out.push(part);
  }
  return out.map((s) => s.trim()).filter((s) => s !== '');
}
