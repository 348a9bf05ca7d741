import type { ProfileSupport, Support } from '../answer/support.ts';
import { FIT_DEFAULTS } from './defaults.ts';
import { evidenceLine, type Judgement, unique } from './judge.ts';

/** Words that turn a list of technologies into a choice: "Go or Python", "e.g. AWS, GCP". */
const ALTERNATIVES =
  /\bor\b|(?<![\w.])\/(?![\w.]*\/)|\beither\b|\b(?:one|any|some) of\b|\be\.g\.|\bsuch as\b|\blike\b|\bsimilar\b|\bequivalent\b|\bcomparable\b|\bat least one\b/i;

const isHeld = (r: Support) => r.status !== 'absent';

/** Technologies named in a requirement, each looked up through the profile's evidence. */
export function judgeTechnologies(text: string, support: ProfileSupport): Judgement | undefined {
  const names = support.technologiesIn(text);
  if (names.length === 0) return undefined;
  const results = names.map((name) => support.supportFor(name));
  const held = results.filter(isHeld);
  const anyOf = ALTERNATIVES.test(text);
  const status =
    held.length === results.length || (anyOf && held.length > 0)
      ? 'met'
      : held.length > 0
        ? 'partial'
        : 'missing';
  return {
    status,
    evidence: unique(held.flatMap(evidenceOf)).slice(0, FIT_DEFAULTS.maxEvidence),
    closest:
      status === 'met'
        ? []
        : unique(results.filter((r) => !isHeld(r)).flatMap((r) => r.closest)).slice(
            0,
            FIT_DEFAULTS.maxClosest,
          ),
  };
}

function evidenceOf(result: Support): string[] {
  const lines = result.evidence.slice(0, 1).map(evidenceLine);
  if (result.status === 'implied' && result.via.length > 0) {
    return lines.map((line) => `${result.canonical} via ${result.via.join(', ')}: ${line}`);
  }
  return lines.length > 0 ? lines : [`${result.canonical}`];
}
