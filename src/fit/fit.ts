import { buildKnowledgeIndex } from '../answer/knowledge-index.ts';
import { type ProfileSupport, supportOver } from '../answer/support.ts';
import type { Profile } from '../knowledge/schema.ts';
import { cachedSupport } from './cached-support.ts';
import { namingPlainly } from './everyday-names.ts';
import { judge } from './judge.ts';
import { combine, either, type Judgement } from './judgement.ts';
import type { FitReport, FitRequirement } from './report.ts';
import { type JdRequirement, readRequirements } from './requirements.ts';
import { alikeOver, kindsApartOver, siblingsOver } from './siblings.ts';
import { requirementRows } from './split.ts';
import { coverageOf, summarize } from './summary.ts';

/** Job-description fit for one profile. */
export interface Fit {
  /** Reads a job description and judges each requirement it states against the profile. */
  fit(text: string): FitReport;
}

/** Builds the fit for a profile; the evidence rules are the answer engine's own. */
export function createFit(profile: Profile, support?: ProfileSupport): Fit {
  const index = buildKnowledgeIndex(profile);
  const evidence = support ?? supportOver(index);
  const siblings = siblingsOver(index);
  const alike = alikeOver(index);
  const kindsApart = kindsApartOver(index);
  const name = profile.identity.shortName ?? profile.identity.name.split(/\s+/)[0] ?? 'The owner';
  return {
    fit(text) {
      const requirements: FitRequirement[] = [];
      const unclassified: string[] = [];
      const lookUp = cachedSupport(namingPlainly(evidence, index));
      const context = { support: lookUp, profile, siblings, alike, kindsApart };
      for (const requirement of readRequirements(text)) {
        for (const { asked, parts, anyOf } of requirementRows(requirement, lookUp)) {
          const judged = parts.flatMap((part) => {
            const j = judge(part, context);
            return j ? [{ text: part.text, judgement: j }] : [];
          });
          const all = judged.map((p) => p.judgement);
          if (judged.length === 0) unclassified.push(asked.text);
          else
            requirements.push({
              ...toReport(asked, anyOf ? either(all) : combine(all)),
              // Shown only where the parts differ: which half of the line holds.
              ...(new Set(all.map((j) => j.status)).size > 1
                ? { parts: judged.map((p) => ({ text: p.text, status: p.judgement.status })) }
                : {}),
            });
        }
      }
      return {
        summary: summarize(name, requirements, unclassified),
        coverage: coverageOf(requirements),
        requirements,
        unclassified,
      };
    },
  };
}

function toReport(requirement: JdRequirement, judgement: Judgement): FitRequirement {
  return {
    requirement: requirement.text,
    kind: requirement.kind,
    status: judgement.status,
    evidence: judgement.status === 'missing' ? [] : judgement.evidence,
    closest: judgement.status === 'met' ? [] : judgement.closest,
  };
}
