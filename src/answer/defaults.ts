import { MAX_QUESTION_LENGTH } from './answer.ts';

/** Tuning numbers of the answer engine, merged with the options given to `createAssistant`. */
export const ENGINE_DEFAULTS = Object.freeze({
  /** Longer questions get a polite refusal. */
  maxQuestionLength: MAX_QUESTION_LENGTH,
  /** Follow-up context expires after this long without a question. */
  conversationTtlMs: 30 * 60_000,
  /** Conversations remembered at once; the least recently active are forgotten first. */
  maxConversations: 10_000,
  /** fuse.js threshold for typo correction (0 exact … 1 anything). */
  fuzzyThreshold: 0.34,
  /** Full-text answers need at least this share of the question's weighted words. */
  searchMinCoverage: 0.5,
  /**
   * A group no skill belongs to is only a passing word when the question's other words find a
   * line holding this share of them: that line answers, not a "no" about the group.
   */
  asideCoverage: 0.4,
  /** A term counts as found in a line holding this share of its words (or their meanings). */
  termCoverage: 0.79,
  /** Knowledge lines quoted as evidence at most. */
  maxEvidence: 4,
  /** Suggested follow-up questions per answer. */
  suggestions: 3,
  /** Questions whose understanding is remembered (the same text read once); 0 reads every time. */
  understoodQuestions: 2_000 as number,
  /** Finished answers kept per question and conversation state; 0 answers every time afresh. */
  rememberedAnswers: 2_000 as number,
  /** How long a kept answer is handed out again (certificates expire with the date). */
  rememberedAnswerTtlMs: 60_000,
});

export type EngineConfig = typeof ENGINE_DEFAULTS;
export type EngineOptions = Partial<EngineConfig>;
