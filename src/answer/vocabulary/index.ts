import { CATEGORY_WORDS, TAG_LABELS } from './group-words.ts';
import languages from './languages.generated.json' with { type: 'json' };
import { TECHNOLOGIES, type Technology } from './technologies.ts';

export type { Technology };
export { CATEGORY_WORDS, TAG_LABELS };

let merged: readonly Technology[] | undefined;

/**
 * Built-in technologies first, then linguist's languages they do not already name. Computed once
 * per process: the engine (on every knowledge load) and the importer share it.
 */
export function allTechnologies(): readonly Technology[] {
  merged ??= merge();
  return merged;
}

let byTag: ReadonlyMap<string, readonly string[]> | undefined;

/** The names of the technologies a vocabulary tag ("service-mesh") groups; made once. */
export function technologiesTagged(tag: string): readonly string[] {
  if (!byTag) {
    const map = new Map<string, string[]>();
    for (const t of allTechnologies())
      for (const own of t.tags) map.set(own, [...(map.get(own) ?? []), t.name]);
    byTag = map;
  }
  return byTag.get(tag) ?? [];
}

let byName: ReadonlyMap<string, Technology> | undefined;

/** The technology of that vocabulary name; the map is made once, when first asked. */
export function technologyNamed(name: string): Technology | undefined {
  byName ??= new Map(allTechnologies().map((t) => [t.name, t]));
  return byName.get(name);
}

/**
 * Linguist aliases that are everyday English words ("console", "progress", "make") or name a
 * different product ("octave" is not MATLAB, "emacs" is not Emacs Lisp): never a language's name.
 */
const NOT_AN_ALIAS = new Set(
  'console progress flex make cake coffee gas batch apples inc emacs octave vhs bro rake squeak node'.split(
    ' ',
  ),
);

function merge(): Technology[] {
  const seen = new Set<string>();
  const out: Technology[] = [];
  for (const tech of TECHNOLOGIES) {
    out.push(tech);
    for (const name of [tech.name, ...tech.aliases]) seen.add(name.toLowerCase());
  }
  for (const [name, ...aliases] of languages as string[][]) {
    // One- and two-letter names and aliases ("B", "Io", "ls") match ordinary words far more often
    // than they mean a language.
    if (!name || name.length <= 2 || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    // Linguist's long tail holds many everyday words ("Clean", "Pure", "Red"): they only count
    // when a question is plainly about skills.
    out.push({
      name,
      tags: ['language'],
      aliases: aliases.filter(
        (a) => a.length > 2 && !seen.has(a.toLowerCase()) && !NOT_AN_ALIAS.has(a.toLowerCase()),
      ),
      everydayWord: true,
      source: 'linguist',
    });
  }
  return out;
}
