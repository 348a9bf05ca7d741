import { contentStems } from '../text.ts';
import { RELATED_WORDS } from './related-words.ts';

/** How much a line holding a word of the same meaning counts, against the word itself. */
export const RELATED_FACTOR = 0.8;

let related: Map<string, Set<string>> | undefined;

function build(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const group of RELATED_WORDS) {
    // One-word entries only: a phrase's words one by one would mean other things.
    const words = group.filter((w) => !w.includes(' '));
    const stems = words.flatMap((w) => contentStems(w));
    const products = new Set(
      words.filter((w) => /^\p{Lu}/u.test(w)).flatMap((w) => contentStems(w)),
    );
    for (const st of stems) {
      const set = out.get(st) ?? new Set<string>();
      // A product reaches only itself: "payments" finds a Stripe line, but "Stripe" asked is
      // not found in a line about billing, nor "GitLab" in one about GitHub.
      if (!products.has(st)) for (const other of stems) if (other !== st) set.add(other);
      out.set(st, set);
    }
  }
  return out;
}

/**
 * The ordinary words the meaning table knows, for typo correction: "goverment" is government,
 * which the table relates to the lines that say "municipal".
 */
export function meaningWords(): string[] {
  return RELATED_WORDS.flat().filter((w) => /^[a-z]{5,}$/.test(w));
}

const alternatives = new Map<string, readonly (readonly [string, number])[]>();

/** The stem itself (factor 1), then the stems of the same meaning (a lower factor). */
export function alternativesOf(stem: string): readonly (readonly [string, number])[] {
  let out = alternatives.get(stem);
  if (!out) {
    related ??= build();
    out = [[stem, 1], ...[...(related.get(stem) ?? [])].map((o) => [o, RELATED_FACTOR] as const)];
    if (alternatives.size > 20_000) alternatives.clear();
    alternatives.set(stem, out);
  }
  return out;
}

/** Stems of the same meaning as `stem`, without it. */
export function relatedStems(stem: string): string[] {
  related ??= build();
  return [...(related.get(stem) ?? [])];
}
