import type { ProfileSupport } from '../answer/support.ts';

/**
 * Technologies a requirement line names. A requirement is a list item, so a capitalised name at
 * its start ("Rust", "Stripe or Adyen") is the name, where in free prose the capital of a
 * sentence's first word would prove nothing: the line is read as if a sentence led up to it.
 */
export function technologiesInRequirement(support: ProfileSupport, text: string): string[] {
  // "Kotlin first; Java for the legacy modules": a clause after a semicolon runs on the list.
  const plain = text.replace(NOT_A_NAME, 'executive').replace(/;\s+/g, ', ');
  return support.technologiesIn(`Uses ${pairsNamed(support, withCompoundsApart(plain))}`);
}

/** "stakeholders up to C-level", "C-suite": the executives, not the C language. */
const NOT_A_NAME = /(?<![\p{L}\d])C[\s-](?:level|levels|suite|suites)(?![\p{L}\d])/giu;

/**
 * "go or rust for the hot path": two words that are also everyday words, typed in lower case,
 * name technologies when they stand as a choice of two that are both technologies.
 */
function pairsNamed(support: ProfileSupport, text: string): string {
  return text.replace(
    /\b([a-z][\w+#.]*)(\s+(?:or|and)\s+|\s*\/\s*)([a-z][\w+#.]*)\b/g,
    (whole, a: string, joint: string, b: string) => {
      const named = `${capital(a)}${joint}${capital(b)}`;
      return support.technologiesIn(`Uses ${named}`).length === 2 ? named : whole;
    },
  );
}

const capital = (word: string) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`;

/**
 * "WCAG-richtlijnen", "Kubernetes-Cluster", "Terraform-based": a Dutch or German compound, or an
 * English one, joins a name to an ordinary word with a hyphen; the name is asked for. A name
 * that holds a hyphen itself ("scikit-learn", "Argo-CD") is left whole.
 */
// "Kubernetes-based", "cloud-native", "API-first": the name is the setting of what follows.
const SETTING =
  /^(?:based|native|driven|powered|backed|first|centric|heavy|friendly|focused|oriented|compatible|enabled|aware|ready|related|specific|like|style|only|certified|savvy|adjacent|agnostic|free)$/i;

function withCompoundsApart(text: string): string {
  return text.replace(
    /(?<![\p{L}\d-])(\p{Lu}[\p{L}\d.+#]*)-(\p{Ll}{3,}|\p{Lu}\p{Ll}{3,})(?![\p{L}\d-])/gu,
    (whole, name: string, rest: string) =>
      SETTING.test(rest) ? whole : `${whole} ${name} ${rest}`,
  );
}
