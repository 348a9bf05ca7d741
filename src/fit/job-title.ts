import { FIT_DEFAULTS } from './defaults.ts';
import type { JdLine } from './jd-lines.ts';
import { JOB_TITLE } from './sections.ts';

/** "Role: Senior Mobile Engineer (Android-first)": a labelled title, as recruiters write it. */
const LABELLED = /^(?:role|position|job title|title|job|vacancy)\s*:\s+(.+)$/i;

/** "[Hiring] Native iOS dev for our app | $60/hr | remote": the title before the terms. */
const HIRING_TAG = /^\[hiring\]\s*([^|]+?)\s*(?:\||$)/i;

/** Lines a title may be labelled in: a recruiter's greeting comes first. */
const LABELLED_WITHIN = 12;

/**
 * The job's title: a short line naming a job among the first lines ("About the job" may come
 * before it), or a "Role: …" line near the top.
 */
export function jobTitleOf(lines: readonly JdLine[]): string | undefined {
  const first = lines
    .slice(0, 3)
    .find(
      (l) => !l.bullet && l.text.length <= FIT_DEFAULTS.maxHeadingLength && JOB_TITLE.test(l.text),
    );
  if (first) return first.text;
  for (const line of lines.slice(0, LABELLED_WITHIN)) {
    // A forum's "[Hiring]" tag says the line names the job, whatever word it uses for it.
    const tagged = HIRING_TAG.exec(line.text)?.[1];
    if (tagged) return tagged;
    const labelled = LABELLED.exec(line.text)?.[1];
    if (labelled && JOB_TITLE.test(labelled)) return labelled;
  }
  return undefined;
}
