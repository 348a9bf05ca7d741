import type { ProfileSupport } from '../answer/support.ts';
import { STOPWORDS } from '../answer/text.ts';
import { MANNER } from './judge-unfound.ts';
import { evidenceLine, type Judgement, unique } from './judgement.ts';

/** What says a requirement asks for a kind of business or setting, not a skill. */
const DOMAIN_CUE =
  /\b(?:domain|industry|industries|sector|vertical|startups?|scale-?ups?|agency|agencies|consultancy|environment)\b|\b(?:background|experience|exposure) (?:in|at|within) (?:an? |the )?\p{Ll}/iu;

/** The words that frame the ask, never what it asks for. */
const FRAME = new Set(
  'domain industry industries sector vertical space environment background exposure prior previous any real'.split(
    ' ',
  ),
);

/**
 * "Healthcare domain experience", "Experience at an early-stage startup": a kind of business
 * the profile's roles, companies or text may show in its own words ("Tidewater Health", "a
 * logistics SaaS startup"). Met when every word asked is found, close when some are; a line
 * with none of them is left to the last resort.
 */
export function judgeDomain(text: string, support: ProfileSupport): Judgement | undefined {
  if (!DOMAIN_CUE.test(text)) return undefined;
  const words = (text.toLowerCase().match(/\p{L}[\p{L}\d-]+/gu) ?? []).filter(
    (w) => !MANNER.has(w) && !STOPWORDS.has(w) && !FRAME.has(w),
  );
  if (words.length === 0 || words.length > 3) return undefined;
  const together = support.search(words.join(' '), 3);
  const each = words.map((w) => support.search(w, 2));
  const found = together.length > 0 ? together : each.flat();
  if (found.length === 0) return undefined;
  const lines = unique(found.map(evidenceLine)).slice(0, 3);
  const all = together.length > 0 || each.every((hits) => hits.length > 0);
  return all
    ? { status: 'met', evidence: lines, closest: [] }
    : { status: 'partial', evidence: lines, closest: [] };
}
