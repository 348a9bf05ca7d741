import { escapeRegExp } from '../../knowledge/escape-regexp.ts';
import { isPlanned } from '../../knowledge/plans.ts';

/** "got us through PCI DSS audits", "I migrated …", "Led the …": the owner's own doing. */
const DONE =
  /(?:^|:\s+|\b(?:I|we)\s+)(?:built|led|migrated|designed|shipped|launched|delivered|implemented|developed|created|architected|ran|got|drove|reduced|cut|improved|owned|maintained|managed|wrote|scaled|rolled out|automated|introduced|deployed|integrated|set up|mentored|taught|passed|won|received|published|spoke|presented|organi[sz]ed|founded|co-founded)\b/i;

/** "never used Kafka", "not Terraform", "no NDA work": a line that may say it was not done. */
const NOT_DONE =
  /\b(?:no|not|never|without|nor|don['’]t|didn['’]t|haven['’]t|hasn['’]t|won['’]t)\b/i;

/** A line that tells of something the owner did, with no word that could deny it. */
export const tellsOwnDoing = (text: string): boolean => DONE.test(text) && affirmative(text);

/** A line with no denial and no plan in it: one that can stand behind a yes. */
export const affirmative = (text: string): boolean => !NOT_DONE.test(text) && !isPlanned(text);

/**
 * "Migrated a legacy C-based controller into Go", "moved us off Jenkins": the technology named
 * is what the work left behind, which shows no skill in it.
 */
export function leftBehindIn(text: string, names: readonly string[]): boolean {
  const named = names
    .filter((n) => n.length > 0)
    .map(escapeRegExp)
    .join('|');
  if (!named) return false;
  return new RegExp(
    `\\b(?:legacy|from|off|replac\\w*|away from|instead of)\\s+(?:an?\\s+|the\\s+|our\\s+)?(?:old\\s+)?(?:${named})(?![\\p{L}\\d+#])`,
    'iu',
  ).test(text);
}
