import type { AnswerSource, AskContext } from './answer.ts';
import type { Assistant } from './engine.ts';

export { type Assistant, createAssistant, ENGINE_DEFAULTS, type EngineOptions } from './engine.ts';

/** An {@link AnswerSource} over a fixed assistant, keeping conversations apart per surface. */
export function staticAnswerSource(assistant: Assistant): AnswerSource {
  const key = (c: AskContext) => `${c.surface}:${c.conversationId}`;
  return {
    ask: (question, context) => assistant.ask(question, key(context)),
    command: (command) => assistant.command(command),
    complete: (partial, limit) => assistant.complete(partial, limit),
    profile: () => assistant.profile,
  };
}
