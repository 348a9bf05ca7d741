import { FIT_DEFAULTS } from './defaults.ts';
import type { JdRequirement } from './jd-requirement.ts';
import { type Judgement, unique } from './judgement.ts';

/**
 * "At least three of the following": met when the profile holds that many of the options,
 * partial when it holds some, missing when it holds none. An option only close to something
 * the profile holds (a sibling) is not held, though it is shown as the closest.
 */
export function judgeOptions(
  options: NonNullable<JdRequirement['options']>,
  judgeOne: (text: string) => Judgement | undefined,
): Judgement {
  const judged = options.items.map(judgeOne).filter((j): j is Judgement => j !== undefined);
  const held = judged.filter((j) => j.status === 'met');
  const status =
    held.length >= options.needed ? 'met' : held.length > 0 ? 'partial' : ('missing' as const);
  const close = judged.filter((j) => j.status === 'partial');
  return {
    status,
    evidence: unique(held.flatMap((j) => j.evidence)).slice(0, FIT_DEFAULTS.maxEvidence),
    closest:
      status === 'met'
        ? []
        : unique(close.flatMap((j) => [...j.evidence, ...j.closest])).slice(
            0,
            FIT_DEFAULTS.maxClosest,
          ),
  };
}
