import { FIT_DEFAULTS } from './defaults.ts';
import type { RequirementStatus } from './report.ts';

/** How one facet of a requirement (a technology list, a number of years …) stands. */
export interface Judgement {
  status: RequirementStatus;
  evidence: string[];
  closest: string[];
}

/** All facets met → met; none met or close → missing; anything between → partial. */
export function combine(parts: readonly Judgement[]): Judgement {
  const statuses = new Set(parts.map((p) => p.status));
  const status: RequirementStatus =
    statuses.size === 1
      ? (parts[0]?.status ?? 'missing')
      : statuses.has('met') || statuses.has('partial')
        ? 'partial'
        : 'missing';
  return {
    status,
    evidence: unique(parts.flatMap((p) => p.evidence)).slice(0, FIT_DEFAULTS.maxEvidence),
    closest:
      status === 'met'
        ? []
        : unique(parts.flatMap((p) => p.closest)).slice(0, FIT_DEFAULTS.maxClosest),
  };
}

const RANK = { met: 2, partial: 1, missing: 0 } as const;

/** A choice of facets ("Go, or you've been on call"): as the best of them stands. */
export function either(parts: readonly Judgement[]): Judgement {
  const best = [...parts].sort((a, b) => RANK[b.status] - RANK[a.status])[0];
  if (!best) return { status: 'missing', evidence: [], closest: [] };
  return best.status === 'missing' ? combine(parts) : best;
}

export const unique = (items: readonly string[]): string[] => [...new Set(items)];

/** "text — where", the form evidence takes in a report. */
export const evidenceLine = (line: { text: string; where: string }): string =>
  line.where ? `${line.text} (${line.where})` : line.text;
