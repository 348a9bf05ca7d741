import type { Profile } from '../knowledge/schema.ts';

/** What an answer is about; adapters and metrics group by it. */
export type Topic =
  | 'identity'
  | 'title'
  | 'location'
  | 'experience'
  | 'contact'
  | 'skill'
  | 'skills'
  | 'projects'
  | 'project'
  | 'roles'
  | 'education'
  | 'certifications'
  | 'languages'
  | 'industries'
  | 'impact'
  | 'expertise'
  | 'principles'
  | 'exploring'
  | 'faq'
  | 'section'
  | 'greeting'
  | 'thanks'
  | 'help'
  | 'limit'
  | 'unknown';

export interface AnswerField {
  name: string;
  value: string;
  /** A hint that the field is short and may sit beside others. */
  inline?: boolean;
}

export interface AnswerLink {
  label: string;
  url: string;
}

/**
 * A platform-free answer. `text` is light markdown: `**bold**`, `[label](url)` links and
 * `- ` bullet lines, nothing else. Each adapter renders it in its own way.
 */
export interface Answer {
  /** False when the question is outside the profile: the bot declined rather than guessed. */
  answered: boolean;
  /** 0..1: how sure the engine is that it understood the question. */
  confidence: number;
  topic: Topic;
  title: string;
  text: string;
  fields: AnswerField[];
  links: AnswerLink[];
  /** Follow-up questions the knowledge can answer. */
  suggestions: string[];
}

/** Where a question came from; used for per-conversation context, rate limits and metrics. */
export interface AskContext {
  /** `discord`, `slack`, `web`, `cli` ... */
  surface: string;
  /** Follow-up context is kept per conversation and never shared between conversations. */
  conversationId: string;
  /** The asker, for rate limiting; never logged in clear. */
  userId?: string;
}

/** Direct commands that skip question understanding (slash commands, buttons). */
export type DirectCommand =
  | { kind: 'about' }
  | { kind: 'contact' }
  | { kind: 'skills'; category?: string }
  | { kind: 'projects'; name?: string };

/** What every surface talks to. Implemented by the core; adapters only render. */
export interface AnswerSource {
  ask(question: string, context: AskContext): Answer;
  command(command: DirectCommand, context: AskContext): Answer;
  /** Questions the knowledge can answer that match what the user typed so far, best first. */
  complete(partial: string, limit?: number): string[];
  /** The knowledge currently served (it may be reloaded). */
  profile(): Profile;
}

/** Questions are cut off beyond this many characters and answered with a polite refusal. */
export const MAX_QUESTION_LENGTH = 500;
