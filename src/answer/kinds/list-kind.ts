import type { Profile } from '../../knowledge/schema.ts';
import type { Topic } from '../answer.ts';
import { bullets, reply } from '../pipeline/reply.ts';
import {
  type AnswerKind,
  type Candidate,
  type Knowledge,
  type Question,
  SCORES,
} from '../pipeline/types.ts';
import { topicAbsence } from './topic-absence.ts';

/** A kind whose answer is one list of the profile, quoted as bullets. */
export interface ListKindSpec {
  name: string;
  topic: Topic;
  phrases: readonly string[];
  weight: number;
  items: (profile: Profile) => readonly string[];
  title: string;
  /** The line before the bullets; `{name}` is the owner's first name. */
  lead: string;
  /** What the answer calls the list when it is empty; words the text would use for it. */
  missing: { what: string; cues: readonly string[] };
  suggestion: string;
  /** What answers instead when the list is empty (before any absence is claimed). */
  instead?: (q: Question, k: Knowledge) => Candidate | undefined;
}

export function listKind(spec: ListKindSpec): AnswerKind {
  return {
    name: spec.name,
    ceiling: SCORES.topic,
    topic: spec.topic,
    intent: { phrases: spec.phrases, weight: spec.weight },
    applies: (q) => q.intent === spec.name,
    propose(q, k) {
      if (q.intent !== spec.name) return undefined;
      const items = spec.items(k.profile);
      if (items.length === 0)
        return (
          spec.instead?.(q, k) ??
          topicAbsence(k, q, spec.name, {
            topic: spec.topic,
            what: spec.missing.what,
            terms: spec.missing.cues,
          })
        );
      const lead = spec.lead.replace('{name}', k.firstName);
      return {
        kind: spec.name,
        score: SCORES.topic,
        why: `asks for ${spec.title.toLowerCase()}`,
        evidence: k.index.snippets.filter((s) => s.topic === spec.topic),
        answer: reply(spec.topic, spec.title, `${lead}\n${bullets(items)}`),
        state: { techs: [], topic: spec.topic },
      };
    },
    suggestion: (k) =>
      spec.items(k.profile).length ? spec.suggestion.replace('{name}', k.firstName) : undefined,
  };
}
