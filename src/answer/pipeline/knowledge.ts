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
    name: profile.identity.name,
    firstName: index.firstName,
    subject: pronouns.subject,
    object: pronouns.object,
    possessive: pronouns.possessive,
    kinds,
  };
}
