import type { Profile, Project, Role } from '../../knowledge/schema.ts';
import type { Answer, Topic } from '../answer.ts';
import type { EngineConfig } from '../defaults.ts';
import type { CategoryRef, KnowledgeIndex, Snippet, Tech } from '../knowledge-index.ts';
import type { ProfileSupport } from '../support.ts';
import type { Interpretation } from '../understand.ts';

/** Everything answering needs about one profile, built once per knowledge load. */
export interface Knowledge {
  profile: Profile;
  index: KnowledgeIndex;
  support: ProfileSupport;
  config: EngineConfig;
  name: string;
  firstName: string;
  /** he / she / they, for answers. */
  subject: string;
  object: string;
  possessive: string;
  /** "they" takes "have" and "are". */
  plural: boolean;
  /** Every kind of answer, in registry order. */
  kinds: readonly AnswerKind[];
}

/** What the conversation is about, for follow-ups ("and Redis?", "does it handle time zones?"). */
export interface ConversationState {
  techs: Tech[];
  category?: CategoryRef;
  project?: Project;
  role?: Role;
  /** The line a search answer was about. */
  subject?: Snippet;
  topic: Topic;
}

/** A question as the proposers see it: the interpretation and the conversation so far. */
export interface Question extends Interpretation {
  /** As typed, after sanitising. */
  text: string;
  state?: ConversationState;
}

/** An answer before the suggestions are added. */
export type Draft = Omit<Answer, 'suggestions'> & { suggestions?: string[] };

/** One proposer's answer, with what it rests on and how strongly it fits the question. */
export interface Candidate {
  kind: string;
  /** Higher wins; see `SCORES` for the bands. */
  score: number;
  /** Why this candidate fits, for `explain`. */
  why: string;
  /** Knowledge lines the answer cites. */
  evidence: Snippet[];
  answer: Draft;
  /** What the conversation is about next; absent keeps the current one. */
  state?: ConversationState;
  /** An honest "the profile doesn't mention …", made after the whole knowledge was searched. */
  absent?: boolean;
  /** Suggestions to leave out (the project just shown). */
  exclude?: string[];
}

/** One kind of answer: its phrases, its proposer, its wording and its suggestion. */
export interface AnswerKind {
  name: string;
  /** The highest score its candidates can have: the chooser skips kinds that cannot win. */
  ceiling: number;
  /** Phrases that make a question about this kind, and how much they weigh against others. */
  intent?: { phrases: readonly string[]; weight: number; extra?: (k: Knowledge) => string[] };
  /**
   * A cheap test that is false only where `propose` would return nothing: the chooser skips
   * the kind then. Absent, the kind is always asked.
   */
  applies?(q: Question): boolean;
  propose(q: Question, k: Knowledge): Candidate | undefined;
  /** A question this kind can answer about the profile, offered as a follow-up. */
  suggestion?(k: Knowledge): string | undefined;
  /** The topic its answers carry, for suggestions. */
  topic?: Topic;
}

/**
 * Score bands, highest first. Within a band a proposer adds at most a few points for how well
 * it fits. A specific evidence hit sits above every generic topic answer.
 */
export const SCORES = Object.freeze({
  refusal: 99,
  smalltalk: 97,
  help: 95,
  project: 90,
  role: 85,
  spoken: 80,
  certification: 78,
  category: 75,
  skill: 70,
  faq: 65,
  unknownSkill: 60,
  unknownName: 35,
  followUp: 55,
  specificSearch: 50,
  topic: 45,
  followUpSilent: 40,
  search: 30,
  absence: 20,
});
