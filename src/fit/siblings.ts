import type { KnowledgeIndex } from '../answer/knowledge-index.ts';
import { techFor } from '../answer/tech-evidence.ts';
import { FIT_DEFAULTS } from './defaults.ts';

/** Whether a listed skill is a close stand-in for a technology the profile lacks. */
export type Siblings = (missing: string, listed: string) => boolean;

/**
 * Two technologies are siblings when they are of the same kind (their first vocabulary tag) and
 * that kind is narrow: Datadog for Prometheus (observability), Jest for JUnit (testing). A broad
 * kind shared by hundreds (language, database) makes no sibling: Go says nothing about Rust.
 */
export function siblingsOver(
  index: KnowledgeIndex,
  maxKindSize: number = FIT_DEFAULTS.maxSiblingKindSize,
): Siblings {
  const size = kindSizes(index);
  const kindOf = (term: string): string | undefined => {
    const [kind] = techFor(index, term)?.tags ?? [];
    return kind !== undefined && (size.get(kind) ?? 0) <= maxKindSize ? kind : undefined;
  };
  return (missing, listed) => {
    const kind = kindOf(missing);
    return kind !== undefined && [...(techFor(index, listed)?.tags ?? [])][0] === kind;
  };
}

/**
 * For "X or similar": a listed technology is alike the missing one when both carry the same
 * tags, apart from the language each is for: Gin for Django (web frameworks). React is not
 * alike Redux (a framework, a library), nor Redis alike RabbitMQ (a database that can queue).
 */
export function alikeOver(index: KnowledgeIndex): Siblings {
  const isLanguage = (tag: string) => [...(techFor(index, tag)?.tags ?? [])][0] === 'language';
  const kindOf = (term: string) =>
    [...(techFor(index, term)?.tags ?? [])]
      .filter((tag) => !isLanguage(tag))
      .sort()
      .join(' ');
  return (missing, listed) => kindOf(missing) !== '' && kindOf(missing) === kindOf(listed);
}

/**
 * Whether two technologies are plainly of different kinds: both are known to the vocabulary and
 * share no narrow kind. "(AWS, Terraform, GitHub Actions)" lists a stack of such; "(pgvector,
 * Qdrant, Weaviate)" lists choices of one kind.
 */
export function kindsApartOver(
  index: KnowledgeIndex,
  maxKindSize: number = FIT_DEFAULTS.maxSiblingKindSize,
): Siblings {
  const size = kindSizes(index);
  const narrowKinds = (term: string) =>
    [...(techFor(index, term)?.tags ?? [])].filter((tag) => (size.get(tag) ?? 0) <= maxKindSize);
  const known = (term: string) => (techFor(index, term)?.tags.size ?? 0) > 0;
  return (one, other) => {
    if (!known(one) || !known(other)) return false;
    const kinds = narrowKinds(other);
    return !narrowKinds(one).some((kind) => kinds.includes(kind));
  };
}

/** How many technologies of the vocabulary carry each tag. */
function kindSizes(index: KnowledgeIndex): Map<string, number> {
  const size = new Map<string, number>();
  for (const tech of index.techs) {
    for (const tag of tech.tags) size.set(tag, (size.get(tag) ?? 0) + 1);
  }
  return size;
}
