import { FIT_DEFAULTS } from './defaults.ts';
import type { JdLine } from './jd-lines.ts';
import { NICE_CUE, REQUIREMENT_CUE } from './requirement-cues.ts';

/**
 * Bullets under no heading ("Quick spec below:" in a recruiter's email) that read as a list of
 * requirements: enough of them say so in their own words ("5+ yrs", "a must", "a big plus"), so
 * the terse ones between them ("k8s in prod", "IaC: TF") are requirements too. Returns the
 * bullets of every such list.
 */
export function specListBullets(lines: readonly JdLine[]): Set<JdLine> {
  const out = new Set<JdLine>();
  for (const run of bulletRuns(lines)) {
    const cued = run.filter((l) => REQUIREMENT_CUE.test(l.text) || NICE_CUE.test(l.text)).length;
    const { minCued, minCuedShare } = FIT_DEFAULTS.specList;
    if (cued >= minCued && cued >= run.length * minCuedShare) for (const l of run) out.add(l);
  }
  return out;
}

function bulletRuns(lines: readonly JdLine[]): JdLine[][] {
  const runs: JdLine[][] = [[]];
  for (const line of lines) {
    if (line.bullet) runs[runs.length - 1]?.push(line);
    else if ((runs[runs.length - 1]?.length ?? 0) > 0) runs.push([]);
  }
  return runs.filter((run) => run.length > 0);
}
