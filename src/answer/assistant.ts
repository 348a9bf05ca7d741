import type { Profile } from '../knowledge/schema.ts';
import type { Answer, AnswerSource, AskContext, DirectCommand } from './answer.ts';

/** The question-answering core built from one profile. */
export interface Assistant {
  readonly profile: Profile;
  ask(question: string, conversationId?: string): Answer;
  command(command: DirectCommand): Answer;
  complete(partial: string, limit?: number): string[];
}

// PLACEHOLDER until the answer engine lands: answers nothing.
export function createAssistant(profile: Profile): Assistant {
  const none = (): Answer => ({
    answered: false,
    confidence: 0,
    topic: 'unknown',
    title: profile.identity.name,
    text: `I only know about ${profile.identity.name}'s professional profile.`,
    fields: [],
    links: [],
    suggestions: [],
  });
  return { profile, ask: none, command: none, complete: () => [] };
}

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
