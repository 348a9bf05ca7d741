import { splitList } from './entry-text.ts';
import { technologiesInProse } from './technology-mentions.ts';

/**
 * "Currently: Java 17 / Spring Boot, HAPI FHIR, Kafka, PostgreSQL, Docker": in a list whose
 * items are mostly technologies the vocabulary knows, the other items are named the same way
 * and are technologies too, however rare. Only short, capitalised names count, as written.
 */

export const LIST_CONTEXT_DEFAULTS = Object.freeze({
  /** Share of a list's items the vocabulary must know. */
  knownShare: 0.6,
  /** Fewest known items in the list. */
  knownItems: 3,
  /** Most words of an item taken as a name. */
  itemWords: 4,
});

// Small words inside a name: "SMART on FHIR", "Power BI for Office".
const CONNECTOR = /^(?:on|of|for|de|la|in)$/;
// "Java 17", "Python 3.12", "Vue v3": a known name with its version.
const VERSIONED = /^(.+?)\s+v?\d+(?:\.\d+)*$/i;

/** A name as people write one: capitalised or a version, lower case only between words. */
function isNameShaped(item: string): boolean {
  const words = item.split(/\s+/);
  if (words.length === 0 || words.length > LIST_CONTEXT_DEFAULTS.itemWords) return false;
  const capital = (word: string) => /^(?:[\p{Lu}\p{N}.#]|v\d)/u.test(word);
  return words.every(
    (word, index) =>
      capital(word) || (index > 0 && index < words.length - 1 && CONNECTOR.test(word)),
  );
}

/** The items of one list: brackets and spaced slashes open items of their own. */
function itemsOf(segment: string): string[] {
  return splitList(segment.replace(/\s+(?:and|or)\s+/g, ', ')).flatMap((item) => {
    const bracket = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(item.trim());
    const outer = bracket ? (bracket[1] ?? '') : item;
    const inner = bracket ? splitList(bracket[2] ?? '') : [];
    return [...outer.split(/\s+\/\s+/), ...inner].map((part) => part.trim()).filter(Boolean);
  });
}

/** The names a list adds beside the technologies the vocabulary finds in it. */
function namesOfList(items: string[]): string[] {
  const found: string[] = [];
  let known = 0;
  for (const item of items) {
    const mentions = technologiesInProse(item, true);
    if (mentions.length === 0) {
      if (isNameShaped(item)) found.push(item);
      continue;
    }
    known++;
    const base = VERSIONED.exec(item)?.[1];
    if (base && mentions.some((m) => m.name.toLowerCase() === base.toLowerCase())) found.push(item);
  }
  const { knownShare, knownItems } = LIST_CONTEXT_DEFAULTS;
  return known >= knownItems && known >= knownShare * items.length ? found : [];
}

/** Every name that a mostly-known list in the texts adds, each once, in order. */
export function skillsFromListContext(texts: readonly string[]): string[] {
  const names: string[] = [];
  for (const text of texts) {
    for (const sentence of text.split(/(?<=[.!?])\s+(?=\p{Lu})/u)) {
      for (const segment of sentence.replace(/[.!?]$/, '').split(/[:;]\s+/)) {
        for (const name of namesOfList(itemsOf(segment)))
          if (!names.some((n) => n.toLowerCase() === name.toLowerCase())) names.push(name);
      }
    }
  }
  return names;
}

// "on Google Cloud (BigQuery, Cloud Storage, Pub/Sub, Dataflow)", "Apache Airflow (Cloud
// Composer)": a bracket right after a known tool.
const BRACKET_AFTER = /([^()]{1,60}?)\s*\(([^()]{2,160})\)/g;

/**
 * The names in a bracket after a known tool: its parts, products or managed form. With the tool
 * counted, half the bracket's list must be known; one name of two or three capitalised words
 * alone there ("Cloud Composer") is one too. A plain word alone ("(Mostly)") is not.
 */
export function bracketListNames(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(BRACKET_AFTER)) {
    const before = match[1] ?? '';
    const tool = technologiesInProse(before).at(-1);
    if (!tool || !before.trimEnd().toLowerCase().endsWith(tool.name.toLowerCase())) continue;
    const items = splitList(match[2] ?? '').map((item) => item.trim());
    const unknown = items.filter((item) => technologiesInProse(item, true).length === 0);
    const known = 1 + items.length - unknown.length;
    const shaped = unknown.filter(isNameShaped);
    if (items.length === 1) names.push(...shaped.filter((item) => item.split(/\s+/).length >= 2));
    else if (known >= 2 && known >= (items.length + 1) / 2) names.push(...shaped);
  }
  return names;
}
