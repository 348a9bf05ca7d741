import type { CategoryRef, PhraseMatch } from '../knowledge-index.ts';
import type { Knowledge, Question } from '../pipeline/types.ts';

/** Words that join two asks: "docker and CI", "k8s or observability". */
const COORDINATORS = new Set(['and', 'or', 'plus', 'also', 'nor']);

/** Marks between two typed names that list them: "docker / CI", "kubernetes, observability". */
const LISTING_MARK = /[,/&+;|]|\band\b|\bor\b/;

/**
 * Skill groups the question asks about beside its technologies, as asks of their own:
 * "does he know docker / CI?", "kubernetes and observability?". A group that only sets the
 * scene ("go for backend", "react in the frontend") is not one: it is joined to a technology
 * by a listing word or mark, never by a preposition. Only groups that hold listed skills.
 */
export function coordinatedGroups(k: Knowledge, q: Question): CategoryRef[] {
  if (q.categories.length === 0 || q.techs.length === 0) return [];
  const matches = k.index.matchPhrases(q.tokens);
  const techEnds = matches.filter((m) => m.target.kind === 'tech');
  const gaps = tokenGaps(q.text, q.tokens);
  const out: CategoryRef[] = [];
  for (const match of matches) {
    if (match.target.kind !== 'category') continue;
    const ref = match.target.category;
    if (out.some((c) => c.key === ref.key) || k.index.skillsIn(ref).length === 0) continue;
    if (joinedToTech(match, techEnds, q.tokens, gaps)) out.push(ref);
  }
  return out;
}

/** The group right after or right before a technology, with a listing word or mark between. */
function joinedToTech(
  group: PhraseMatch,
  techs: readonly PhraseMatch[],
  tokens: readonly string[],
  gaps: readonly string[],
): boolean {
  const listedBefore = (at: number) =>
    COORDINATORS.has(tokens[at - 1] ?? '') ? techs.some((t) => t.end === at - 1) : false;
  const listedAfter = (at: number) =>
    COORDINATORS.has(tokens[at] ?? '') ? techs.some((t) => t.start === at + 1) : false;
  const marked = (left: number, right: number) => LISTING_MARK.test(gaps[right] ?? '') && left >= 0;
  return techs.some(
    (t) =>
      (t.end === group.start && marked(t.end - 1, group.start)) ||
      (group.end === t.start && marked(group.end - 1, t.start)) ||
      listedBefore(group.start) ||
      listedAfter(group.end),
  );
}

/**
 * The raw text between each token and the one before it ("docker / ci" → ["", " / "]), found
 * by reading the tokens in order in the lower-cased text. A token the text does not hold as
 * written (a stem, a corrected typo) leaves an empty gap: nothing is read into it.
 */
function tokenGaps(text: string, tokens: readonly string[]): string[] {
  const lower = text.toLowerCase();
  const gaps: string[] = [];
  let at = 0;
  let lastEnd = -1;
  for (const token of tokens) {
    const found = lower.indexOf(token, at);
    if (found < 0) {
      gaps.push('');
      lastEnd = -1;
      continue;
    }
    gaps.push(lastEnd < 0 ? '' : lower.slice(lastEnd, found).replace(/^[\p{L}\d]+/u, ''));
    at = found + token.length;
    lastEnd = at;
  }
  return gaps;
}
