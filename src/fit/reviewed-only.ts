import type { Support } from '../answer/support.ts';

/**
 * "AWS security and Terraform reviews": reviewing or auditing others' work in a technology is
 * close to working in it, not the same. A technology the knowledge shows only that way is close,
 * unless reviewing is what the requirement asks for.
 */
export function reviewedOnly(text: string, result: Support): boolean {
  // "Security reviews of Terraform": reviewing is what is asked, so reviewing shows it.
  if (/\b(?:review|audit)/i.test(text)) return false;
  if (result.status === 'absent' || result.evidence.length === 0) return false;
  const name = result.canonical.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const reviewed = new RegExp(
    String.raw`\b${name}\s+(?:code\s+)?(?:reviews?|audits?)\b|\b(?:review\w*|audit\w*)\s+(?:of\s+)?${name}\b`,
    'i',
  );
  // A skill list repeats the name it found in "Terraform reviews", so the phrase decides.
  return result.evidence.every((line) => reviewed.test(line.text));
}
