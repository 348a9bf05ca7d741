/** How a question names a technology: the alias typed, the tech's own words, the words beside it. */
import { escapeRegExp } from '../../knowledge/escape-regexp.ts';
import type { Tech } from '../knowledge-index.ts';
import { specificStems } from '../pipeline/generic-words.ts';
import type { Question } from '../pipeline/types.ts';
import { contentStems, normalize, stem } from '../text.ts';

/** An alias as a whole word in lower-case text; each made once. */
function wholeWord(alias: string): RegExp {
  let re = wholeWords.get(alias);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(alias.toLowerCase())}(?![\\p{L}\\d])`, 'u');
    wholeWords.set(alias, re);
  }
  return re;
}

const wholeWords = new Map<string, RegExp>();

/** "he ok with on-call?" → "on-call (Incident management)": the word asked, and what it is. */
export function askedAs(tech: Tech, text: string): string {
  const lower = text.toLowerCase();
  const typed = tech.aliases.find(
    (alias) =>
      alias.length > 2 && lower.includes(alias.toLowerCase()) && wholeWord(alias).test(lower),
  );
  return typed && !tech.name.toLowerCase().includes(typed.toLowerCase())
    ? `${typed} (${tech.name})`
    : tech.name;
}

/**
 * A technology's names read once: the stems of its one-word names ending in "s" ("Redis"), and
 * the stems of every word of every name.
 */
export function namesOf(tech: Tech): { own: ReadonlySet<string>; named: ReadonlySet<string> } {
  let read = techNames.get(tech);
  if (!read) {
    const names = [tech.name, ...tech.aliases];
    read = {
      own: new Set(names.filter((n) => /^[\p{L}\d]+s$/iu.test(n)).flatMap(contentStems)),
      named: new Set(names.flatMap((n) => normalize(n).split(/\s+/)).map(stem)),
    };
    techNames.set(tech, read);
  }
  return read;
}

const techNames = new WeakMap<Tech, { own: ReadonlySet<string>; named: ReadonlySet<string> }>();

/**
 * The question's own specific words that no entity or intent explained, as typed, when they
 * look like a name ("mpesa"), not an inflected English word ("used", "integrated").
 */
export function besideWords(q: Question, tech: Tech): string[] {
  const rest = new Set(specificStems(q.restStems));
  const { named } = namesOf(tech);
  // Only a word right beside the technology's own ("mpesa payments"), which qualifies it.
  return q.tokens.filter(
    (t, i) =>
      t.length >= 4 &&
      rest.has(q.tokenStems[i] as string) &&
      !/(?:ed|ing|ly|ies|es|s)$/.test(t) &&
      [q.tokenStems[i - 1], q.tokenStems[i + 1]].some((n) => n !== undefined && named.has(n)),
  );
}
