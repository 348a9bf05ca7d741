import type { Tech } from '../knowledge-index.ts';
import { closestListed } from '../meaning/closest.ts';
import { listedWhole } from '../meaning/part-of.ts';
import { claimAbsence } from '../pipeline/absence.ts';
import { specificStems } from '../pipeline/generic-words.ts';
import { type Candidate, type Knowledge, type Question, SCORES } from '../pipeline/types.ts';
import { askedAs, besideWords, namesOf } from './skill-names.ts';

/** The clear "no" to a technology, once the whole knowledge was searched for it. */
export function absent(k: Knowledge, tech: Tech, q: Question): Candidate {
  const near = closestListed(k.index, tech).map((t) => t.name);
  // "has she done on-call?" beside "On the pager rotation": the question's own words for the
  // technology, and words of the same meaning, are searched too.
  // An everyday word ("Go") in a line is not the technology.
  // A one-word name ending in "s" is searched as written (terms): its stem alone would find
  // "ReDI" for Redis.
  const { own } = namesOf(tech);
  const asked = specificStems(q.stems.filter((st) => !q.restStems.includes(st)));
  const said = tech.everydayWord || asked.some((st) => own.has(st)) ? [] : asked;
  const beside = besideWords(q, tech);
  // Named in the "no" only as a name is typed: "KUKA", not "game".
  const named = beside.map((w) => asTyped(q.text, w)).filter((w) => /[\p{Lu}\d]/u.test(w));
  const candidate = claimAbsence(
    k,
    {
      topic: 'skill',
      what: tech.name,
      // "Azure" inside "Azure Data Factory" is Azure; an everyday word ("Go") would mislead.
      // "mpesa payments?": the words asked beside the technology are searched too, so "M-Pesa"
      // in a role line stops a "no" to payments.
      // A name of several words ("Computer vision") is no everyday word, however it is cased.
      terms: [...(tech.everydayWord && !/\s/.test(tech.name) ? [] : [tech.name]), ...beside],
      ...(said.length > 0 ? { words: said } : {}),
      techs: [tech],
      // "KUKA robot programming?": the name asked beside the technology is said too.
      no: noText(k, tech, q, named, near),
    },
    'skill',
    SCORES.skill,
  );
  const suggestions = near[0] ? [`Does ${k.firstName} know ${near[0]}?`] : [];
  return {
    ...candidate,
    answer: { ...candidate.answer, title: tech.name, confidence: 0.95, suggestions },
    state: { techs: [tech], topic: 'skill' },
  };
}

/** The "no" to a technology not found, or "not by name" when what it is part of is listed. */
function noText(k: Knowledge, tech: Tech, q: Question, named: string[], near: string[]): string {
  const asked = askedAs(tech, q.text);
  const whole = listedWhole(k.index, tech);
  if (whole)
    return `**Not by name** — ${k.firstName} lists **${whole.name}**, but ${k.possessive} profile doesn't name **${asked}**, a part of it.`;
  const beside = named.length > 0 ? ` (${named.join(', ')})` : '';
  const closest = near.length
    ? ` Closest skills ${k.subject} ${k.plural ? 'have' : 'has'}: ${near.join(', ')}.`
    : '';
  return `**No** — **${asked}**${beside} isn't in ${k.firstName}'s profile.${closest}`;
}

/**
 * "kuka" as the asker wrote it: "KUKA". The first place the word stands whole, in any case, as
 * `/\bword\b/i` finds it, read without making an expression: the words asked beside a
 * technology are new to each question.
 */
function asTyped(text: string, word: string): string {
  const n = word.length;
  for (let at = 0; at + n <= text.length; at++) {
    if (isWordUnit(text, at - 1) === isWordUnit(text, at)) continue;
    if (isWordUnit(text, at + n - 1) === isWordUnit(text, at + n)) continue;
    if (sameUnits(text, at, word)) return text.slice(at, at + n);
  }
  return word;
}

/** A letter, digit or underscore of ASCII at `i` (nothing past either end): what `\b` tells. */
function isWordUnit(text: string, i: number): boolean {
  const c = text.charCodeAt(i); // NaN outside the text
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** `word` at `at` in `text`, unit by unit as a case-insensitive expression without `u` compares. */
function sameUnits(text: string, at: number, word: string): boolean {
  for (let j = 0; j < word.length; j++) {
    const a = text.charCodeAt(at + j);
    const b = word.charCodeAt(j);
    if (a !== b && canonical(a) !== canonical(b)) return false;
  }
  return true;
}

/** The ECMAScript Canonicalize of one code unit for `/i` without `u`: its upper case, kept. */
function canonical(c: number): number {
  if (c < 128) return c >= 97 && c <= 122 ? c - 32 : c;
  const upper = String.fromCharCode(c).toUpperCase();
  if (upper.length !== 1) return c;
  const u = upper.charCodeAt(0);
  return u < 128 ? c : u;
}
