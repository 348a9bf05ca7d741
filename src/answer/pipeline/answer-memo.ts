import { LRUCache } from 'lru-cache';
import type { Answer } from '../answer.ts';
import type { ConversationState } from './types.ts';

/** A finished answer and the conversation state it leaves behind. */
export interface Remembered {
  answer: Answer;
  state: ConversationState | undefined;
}

/**
 * The same question in the same conversation state comes back all the time (a suggestion
 * clicked, a question asked again, on any surface): its answer is kept, frozen, and handed out
 * again. An answer depends on the question, the knowledge (one memo per knowledge load) and the
 * state, and, for certificates that expire, on the date: entries live `ttlMs` at most.
 *
 * A state is keyed by the identity of the knowledge objects it points at (a technology, a
 * project, a role, a line), not their content: a state built from new objects misses the memo
 * and is answered afresh, so two different states can never share an answer.
 */
export function createAnswerMemo(max: number, ttlMs: number) {
  const cache = max > 0 ? new LRUCache<string, Remembered>({ max, ttl: ttlMs }) : undefined;
  const ids = new WeakMap<object, number>();
  let next = 0;
  const idOf = (o: object | undefined) => {
    if (!o) return '';
    let id = ids.get(o);
    if (id === undefined) {
      id = ++next;
      ids.set(o, id);
    }
    return id;
  };
  const keyOf = (text: string, state: ConversationState | undefined) => {
    if (!state) return text;
    let key = `${text}\u0000${state.topic}|${idOf(state.category)}|${idOf(state.project)}`;
    key += `|${idOf(state.role)}|${idOf(state.subject)}`;
    for (const tech of state.techs) key += `|${idOf(tech)}`;
    return key;
  };
  return {
    get(text: string, state: ConversationState | undefined): Remembered | undefined {
      return cache?.get(keyOf(text, state));
    },
    set(text: string, state: ConversationState | undefined, remembered: Remembered): Answer {
      if (!cache) return remembered.answer;
      const answer = freezeAnswer(remembered.answer);
      cache.set(keyOf(text, state), { answer, state: remembered.state });
      return answer;
    },
  };
}

/** An answer handed out more than once cannot be changed by whoever receives it. */
function freezeAnswer(answer: Answer): Answer {
  for (const value of Object.values(answer)) {
    if (Array.isArray(value)) {
      for (const item of value) if (item && typeof item === 'object') Object.freeze(item);
      Object.freeze(value);
    } else if (value && typeof value === 'object') Object.freeze(value);
  }
  return Object.freeze(answer);
}
