import type { ProfileSupport } from '../answer/support.ts';
import { FIT_DEFAULTS } from './defaults.ts';
import { evidenceLine, type Judgement, unique } from './judgement.ts';

/** Words and marks that join the parts of a requirement: "serving models | low-latency APIs". */
const LINKS =
  /\s+(?:behind|with|on|for|in|of|at|to|across|using|via|through|and|or|from|into|over|under|as|by)\s+|[,;:()—–]/iu;

/**
 * The last resort for a line nothing else could read: each part of two words or more is searched
 * in the whole knowledge text. Related lines make it close (partial) and are shown; a search
 * is no proof of a match, so it is never met. Undefined when nothing related is found.
 */
export function judgeRelated(text: string, support: ProfileSupport): Judgement | undefined {
  const parts = text
    .split(LINKS)
    .map((part) => part.trim())
    .filter((part) => part.split(/\s+/).length >= 2);
  const lines = unique(parts.flatMap((part) => support.search(part, 1).map(evidenceLine)));
  if (lines.length === 0) return undefined;
  return { status: 'partial', evidence: lines.slice(0, FIT_DEFAULTS.maxEvidence), closest: [] };
}
