import type { ProfileSupport } from '../answer/support.ts';

/**
 * Technologies a requirement line names. A requirement is a list item, so a capitalised name at
 * its start ("Rust", "Stripe or Adyen") is the name, where in free prose the capital of a
 * sentence's first word would prove nothing: the line is read as if a sentence led up to it.
 */
export function technologiesInRequirement(support: ProfileSupport, text: string): string[] {
  return support.technologiesIn(`Uses ${text}`);
}
