import type { KnowledgeIndex, Tech } from '../knowledge-index.ts';

/**
 * Tools that come as part of another: someone who lists Docker may well have run Compose, but
 * the profile does not say so. Asked about the part, the answer is neither a bare "no" (the
 * whole is there) nor a "yes" (the part is not named): the whole is given as what is listed.
 */
const PART_OF: ReadonlyMap<string, string> = new Map([
  ['Docker Compose', 'Docker'],
  ['Docker Swarm', 'Docker'],
  ['Django REST Framework', 'Django'],
  ['Spring Boot', 'Spring'],
  ['Kotlin Coroutines', 'Kotlin'],
]);

/** The listed technology the asked one is part of, if the profile lists it. */
export function listedWhole(index: KnowledgeIndex, tech: Tech): Tech | undefined {
  const whole = PART_OF.get(tech.name);
  if (!whole) return undefined;
  return index.techs.find((t) => t.listed && t.name === whole);
}
