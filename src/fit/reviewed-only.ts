import type { Support } from '../answer/support.ts';
import { escapeRegExp } from '../knowledge/escape-regexp.ts';

/** "You've written Terraform, not only reviewed plans": reviewing named as not enough. */
const REVIEWING_NOT_ENOUGH = /\bnot\s+(?:only|just|merely|simply)\s+(?:by\s+)?(?:review|audit)/i;

/**
 * "AWS security and Terraform reviews": reviewing or auditing others' work in a technology is
 * close to working in it, not the same. A technology the knowledge shows only that way is close,
 * unless reviewing is what the requirement asks for. A technology implied by a skill ("IaC" by
 * Terraform) is shown only as that skill is.
 */
export function reviewedOnly(text: string, result: Support): boolean {
  // "Security reviews of Terraform": reviewing is what is asked, so reviewing shows it.
  if (/\b(?:review|audit)/i.test(text) && !REVIEWING_NOT_ENOUGH.test(text)) return false;
  if (result.status === 'absent' || result.evidence.length === 0) return false;
  const names = [result.canonical, ...(result.status === 'implied' ? result.via : [])];
  const alternatives = names.map((name) => escapeRegExp(name)).join('|');
  const reviewed = new RegExp(
    String.raw`\b(?:${alternatives})\s+(?:[\w-]+\s+)?(?:reviews?|audits?)\b|\b(?:review\w*|audit\w*)\s+(?:of\s+)?(?:${alternatives})\b`,
    'i',
  );
  // A skill list repeats the name it found in "Terraform reviews", so the phrase decides.
  return result.evidence.every((line) => reviewed.test(line.text));
}
