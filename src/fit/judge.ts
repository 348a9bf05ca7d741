import type { ProfileSupport } from '../answer/support.ts';
import type { Profile } from '../knowledge/schema.ts';
import { FIT_DEFAULTS } from './defaults.ts';
import { judgeCertification } from './judge-certification.ts';
import { judgeLocation } from './judge-location.ts';
import { judgeSeniority } from './judge-seniority.ts';
import { judgeTechnologies } from './judge-technologies.ts';
import { judgeYears } from './judge-years.ts';
import type { RequirementStatus } from './report.ts';
import type { JdRequirement } from './requirements.ts';

/** How one facet of a requirement (a technology list, a number of years …) stands. */
export interface Judgement {
  status: RequirementStatus;
  evidence: string[];
  closest: string[];
}

/** A facet judge: a judgement, or undefined when the requirement says nothing it can check. */
export type FacetJudge = (text: string, support: ProfileSupport) => Judgement | undefined;

// A certification decides alone: knowing AWS well is not holding an AWS certification.
const FACETS: readonly FacetJudge[] = [judgeYears, judgeTechnologies];

/** Judges one requirement through the profile's evidence; undefined when it cannot be classified. */
export function judge(
  requirement: JdRequirement,
  support: ProfileSupport,
  profile: Profile,
): Judgement | undefined {
  if (requirement.topic === 'seniority') return judgeSeniority(requirement.text, support, profile);
  if (requirement.topic === 'location') return judgeLocation(requirement.text, support);
  const certification = judgeCertification(requirement.text, support);
  if (certification) return certification;
  const parts = FACETS.map((facet) => facet(requirement.text, support)).filter(
    (j): j is Judgement => j !== undefined,
  );
  return parts.length > 0 ? combine(parts) : undefined;
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

export const unique = (items: readonly string[]): string[] => [...new Set(items)];

/** "text — where", the form evidence takes in a report. */
export const evidenceLine = (line: { text: string; where: string }): string =>
  line.where ? `${line.text} (${line.where})` : line.text;
