import type { KnowledgeIndex, Tech } from '../knowledge-index.ts';

/**
 * Listed skills closest to a technology: those sharing the most vocabulary tags, the first tag
 * (what it is) counting double.
 */
export function closestListed(index: KnowledgeIndex, tech: Tech, max = 3): Tech[] {
  let cache = closestCache.get(index);
  if (!cache) {
    cache = new Map();
    closestCache.set(index, cache);
  }
  let found = cache.get(tech);
  if (!found) {
    found = rank(index, tech);
    cache.set(tech, found);
  }
  return found.slice(0, max);
}

const closestCache = new WeakMap<KnowledgeIndex, Map<Tech, Tech[]>>();

function rank(index: KnowledgeIndex, tech: Tech): Tech[] {
  const [kind] = tech.tags;
  const scored = index.techs
    .filter((t) => t.listed && t !== tech)
    .map((t) => {
      let shared = 0;
      for (const tag of tech.tags) if (t.tags.has(tag)) shared += tag === kind ? 2 : 1;
      return { t, score: shared };
    })
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score);
  const best = scored[0]?.score ?? 0;
  return scored.filter((x) => x.score >= best / 2 + 0.5 || x.score === best).map((x) => x.t);
}
