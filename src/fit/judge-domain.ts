import { FIELD_PARTS, partsOf } from '../answer/meaning/field-parts.ts';
import { relatedStems } from '../answer/meaning/related.ts';
import type { ProfileSupport } from '../answer/support.ts';
import { contentStems, STOPWORDS } from '../answer/text.ts';
import { EXPERIENCE_WORDS } from '../import/european-words.ts';
import { MANNER } from './judge-unfound.ts';
import { evidenceLine, type Judgement, unique } from './judgement.ts';
import { EXPERIENCE_ABROAD } from './requirement-cues.ts';

/**
 * What says a requirement asks for a kind of business or setting, not a skill: "fintech
 * domain", "experience in logistics", "You've built product for healthcare before", "Previous
 * work on a healthcare or patient-facing product".
 */
const DOMAIN_CUE =
  /\b(?:domain|industry|industries|sector|vertical|space|startups?|scale-?ups?|agency|agencies|consultancy|environment)\b|\b(?:worked|working) (?:in|on) (?:an? |the )?\p{L}[\p{L}-]+(?: \p{L}[\p{L}-]+)?(?:,| or| and)|\b(?:background|experience|exposure) (?:in|at|within) (?:an? |the )?\p{Ll}|\b(?:built|building|shipped|made|worked on) (?:a |an |the )?(?:products?|software|apps?|tools?|platforms?|systems?) (?:for|in) (?:the )?\p{Ll}[\p{L}-]+(?:\s+(?:before|previously|space|industry|sector))?[.!]?$|\bwork(?:ed)? on (?:an? |the )?\p{L}[\p{L}-]+(?: or \p{L}[\p{L}-]+)? (?:products?|apps?|platforms?)\b/iu;

/**
 * "Une première expérience dans la e-santé", "Experiencia en el sector salud", "Erfahrung in der
 * Versicherungsbranche": the same ask, as French, Spanish, Portuguese, Italian, German and Dutch
 * postings write it.
 */
const FOREIGN_DOMAIN_CUE = new RegExp(
  String.raw`${EXPERIENCE_ABROAD}\s+(?:\p{L}+\s+)?(?:dans|en|em|no|na|nel|nella|im|in)\s+(?:(?:la|le|les|l['’]|el|los|las|o|a|os|as|der|dem|den|het|de)\s*)?\p{L}|(?<!\p{L})(?:secteur|sector|setor|settore|domaine|dominio|domínio|branche)(?!\p{L})`,
  'iu',
);

/** The words that frame the ask, never what it asks for, in English and the languages above. */
const FRAME = new Set([
  ...EXPERIENCE_WORDS,
  ...'domain industry industries sector vertical space environment background exposure prior previous any real première premier primera primeira prima erste une un una uma dans en em no na nel nella im la le les l el los las o a os as der dem den het de du des del do da secteur setor settore domaine dominio domínio branche products product companies built building shipped made software apps app tools tool platforms platform systems system before previously businesses prévia prévio previa previo préalable vorherige vorheriger einschlägige relevante pertinente'.split(
    ' ',
  ),
]);

/**
 * "Healthcare domain experience", "Experience at an early-stage startup": a kind of business
 * the profile's roles, companies or text may show in its own words ("Tidewater Health", "a
 * logistics SaaS startup"). Met when every word asked is found, close when some are; a line
 * with none of them is left to the last resort.
 */
export function judgeDomain(text: string, support: ProfileSupport): Judgement | undefined {
  const foreign = FOREIGN_DOMAIN_CUE.test(text);
  if (!foreign && !DOMAIN_CUE.test(text)) return undefined;
  // "… in the healthcare industry, such as work on health records, …": the examples illustrate
  // the field; the field is what is asked.
  const field =
    text.split(/,?\s+(?:such as|e\.g\.|for example|for instance|including|like)\s+|\s*\(/i)[0] ??
    text;
  const words = fieldWords(field);
  // "EV charging, energy or climate products": alternatives may take a few more words.
  if (words.length === 0 || words.length > (ALTERNATIVES.test(field) ? 5 : 3)) return undefined;
  const together = support.search(words.join(' '), 3);
  const each = words.map((w) => support.search(w, 2));
  // "Fintech experience" beside "payment platforms": work that is part of the field shows it.
  const parts = words.flatMap((w) => partsOf(w).flatMap((part) => support.search(part, 2)));
  const found = together.length > 0 ? together : each.flat().length > 0 ? each.flat() : parts;
  // A field asked in another language is missing only when every word is one the meaning table
  // knows, so that its English names were searched too ("santé": health, healthcare, medical).
  // Every word of the field was searched in the whole knowledge, with its close meanings: an
  // English field found nowhere is missing.
  if (found.length === 0)
    return !foreign || words.every(hasMeaning)
      ? { status: 'missing', evidence: [], closest: [] }
      : undefined;
  const lines = unique(found.map(evidenceLine)).slice(0, 3);
  // "An energy or climate-tech background": either field shown is enough; a field of two words
  // ("public-sector products or accessibility regulations") is shown by both of them.
  const either = ALTERNATIVES.test(field) && alternativeShown(field, support);
  const all =
    together.length > 0 || either || each.every((hits) => hits.length > 0) || found === parts;
  return all
    ? { status: 'met', evidence: lines, closest: [] }
    : { status: 'partial', evidence: lines, closest: [] };
}

// "energy or climate", "l'énergie ou de la mobilité électrique", "Energie oder Mobilität".
const ALTERNATIVES = /\b(?:or|ou|oder|o)\b|,/i;
const OR_WORDS = new Set(['or', 'ou', 'oder', 'o']);

/** The words of a field to find, the words that only frame the ask aside. */
function fieldWords(field: string): string[] {
  return (
    // "You've built …": a contraction's tail ("ve", "re") is no word of the field.
    (
      field
        .toLowerCase()
        .replace(/['’](?:ve|re|ll|d|m|s)\b/g, '')
        .match(/\p{L}[\p{L}\d-]+/gu) ?? []
    )
      .filter((w) => !MANNER.has(w) && !STOPWORDS.has(w) && !FRAME.has(w) && !OR_WORDS.has(w))
      // "e-santé", "e-health", "e-commerce": the letter is no word to find; the field is.
      .map((w) => w.replace(/^e-(?=\p{L}{3})/u, ''))
  );
}

/** One of the fields a list of choices names, every word of it found. */
function alternativeShown(field: string, support: ProfileSupport): boolean {
  return field
    .split(/\s+(?:or|ou|oder|o)\s+|,\s*/i)
    .map(fieldWords)
    .some(
      (words) =>
        words.length > 0 &&
        (support.search(words.join(' '), 1).length > 0 ||
          words.every((w) => support.search(w, 1).length > 0)),
    );
}

const hasMeaning = (word: string): boolean =>
  contentStems(word).some((st) => relatedStems(st).length > 0);

/**
 * "Fintech experience", asked without a word for a domain: met by work that is part of the
 * field ("payment platforms"), when the field's own name is nowhere in the profile.
 */
export function judgeFieldParts(text: string, support: ProfileSupport): Judgement | undefined {
  const lower = text.toLowerCase();
  const field = Object.keys(FIELD_PARTS).find((f) =>
    new RegExp(`(?<![\\p{L}-])${f}(?![\\p{L}-])`, 'u').test(lower),
  );
  if (!field) return undefined;
  const found = partsOf(field).flatMap((part) => support.search(part, 2));
  if (found.length === 0) return undefined;
  return { status: 'met', evidence: unique(found.map(evidenceLine)).slice(0, 3), closest: [] };
}
