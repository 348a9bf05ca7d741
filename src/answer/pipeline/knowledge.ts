import type { Profile } from '../../knowledge/schema.ts';
import type { EngineConfig } from '../defaults.ts';
import { buildKnowledgeIndex } from '../knowledge-index.ts';
import { supportOver } from '../support.ts';
import type { AnswerKind, Knowledge } from './types.ts';

/** Everything answering needs about one profile. */
export function buildKnowledge(
  profile: Profile,
  config: EngineConfig,
  kinds: readonly AnswerKind[],
): Knowledge {
  const index = buildKnowledgeIndex(profile);
  const { pronouns } = profile.identity;
  return {
    profile,
    index,
    support: supportOver(index),
    config,
    name: asWritten(profile.identity.name),
    firstName: asWritten(index.firstName),
    subject: pronouns.subject,
    object: pronouns.object,
    possessive: pronouns.possessive,
    plural: pronouns.subject.toLowerCase() === 'they',
    kinds,
  };
}

/** "LUKAS BRANDSTETTER" from a CV's capitals reads "Lukas Brandstetter" in a sentence. */
function asWritten(name: string): string {
  if (/\p{Ll}/u.test(name) || !/\p{Lu}{2}/u.test(name)) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s'-])(\p{L})/gu, (_, sep, c) => `${sep}${c.toUpperCase()}`);
}
