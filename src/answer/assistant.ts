import Fuse from 'fuse.js';
import { LRUCache } from 'lru-cache';
import { placeWords } from '../knowledge/places.ts';
import type { Profile } from '../knowledge/schema.ts';
import type { Answer, AnswerSource, AskContext, DirectCommand } from './answer.ts';
import { ENGINE_DEFAULTS, type EngineOptions } from './defaults.ts';
import { emptyAnswer, tooLongAnswer, unknownAnswer } from './kinds/refusal.ts';
import { KINDS } from './kinds/registry.ts';
import { search } from './kinds/search.ts';
import { createAnswerMemo, type Remembered } from './pipeline/answer-memo.ts';
import { candidates, choose, explainChoice } from './pipeline/choose.ts';
import { runCommand } from './pipeline/commands.ts';
import { buildKnowledge } from './pipeline/knowledge.ts';
import { createSuggestions } from './pipeline/suggestions.ts';
import { twoAsks } from './pipeline/two-asks.ts';
import {
  type AnswerKind,
  type Candidate,
  type ConversationState,
  type Draft,
  type Knowledge,
  type Question,
  SCORES,
} from './pipeline/types.ts';
import { normalize, sanitize, sentencesOf } from './text.ts';
import { askedPart } from './understand/asked-part.ts';
import { glossAsianQuestion } from './understand/cjk-questions.ts';
import { glossEuropeanQuestion } from './understand/european-questions.ts';
import { smalltalkInOtherScript } from './understand/other-scripts.ts';
import { createUnderstanding, type Interpretation } from './understand.ts';

export { ENGINE_DEFAULTS, type EngineOptions };

/** The question-answering core built from one profile. */
export interface Assistant {
  readonly profile: Profile;
  ask(question: string, conversationId?: string): Answer;
  command(command: DirectCommand): Answer;
  complete(partial: string, limit?: number): string[];
}

/** The engine's own assistant, which can also say why it answers as it does. */
export interface ExplainingAssistant extends Assistant {
  /** Every candidate answer for a question, best first, with its score and why: for debugging. */
  explain(question: string, conversationId?: string): string[];
}

/**
 * understand → retrieve evidence → candidates (one proposer per kind) → choose → compose.
 */
export function createAssistant(
  profile: Profile,
  options: EngineOptions = {},
): ExplainingAssistant {
  const config = { ...ENGINE_DEFAULTS, ...options };
  const k = buildKnowledge(profile, config, KINDS);
  const understand = cachedUnderstanding(
    createUnderstanding(k.index, config.fuzzyThreshold, intentsOf(k)),
    config.understoodQuestions,
  );
  const conversations = new LRUCache<string, ConversationState>({
    max: config.maxConversations,
    ttl: config.conversationTtlMs,
  });
  const suggest = createSuggestions(k, config.suggestions);
  let completer: Fuse<string> | undefined;
  const compose = createComposer(suggest, config.suggestions);
  const memo = createAnswerMemo(config.rememberedAnswers, config.rememberedAnswerTtlMs);
  /** The question as the kinds see it, or the answer of a gate before understanding. */
  const prepare = (text: string, state: ConversationState | undefined): Question | Draft => {
    if (longerThan(text, config.maxQuestionLength)) return tooLongAnswer(config.maxQuestionLength);
    const { q, read } = readQuestion(understand, text);
    if (q.tokens.length === 0) return emptyAnswer(k);
    // One shape for every question (`state` may be undefined), as for interpretations.
    return questionOf(q, sanitize(read), state);
  };
  /** The answer and the state it leaves, worked out from the question. */
  const answerFresh = (asked: string, state: ConversationState | undefined): Remembered => {
    const text = askedPart(asked);
    const q = prepare(text, state);
    if (isDraft(q)) return { answer: compose(q), state: undefined };
    const best = bestCandidate(text, (part, kinds) => proposeIn(part, state, kinds), q, k);
    if (!best) return { answer: compose(unknownAnswer(k)), state: undefined };
    return { answer: compose(best.answer, best.exclude), state: best.state };
  };
  /** The best answer of one sentence, the asker's context beside it aside. */
  const proposeIn = (part: string, state: ConversationState | undefined, kinds = KINDS) => {
    const q = prepare(part, state);
    return isDraft(q) ? undefined : choose(q, k, kinds);
  };
  const stateOf = (conversationId?: string) =>
    conversationId ? conversations.get(conversationId) : undefined;

  return {
    profile,
    ask(question, conversationId) {
      const text = typeof question === 'string' ? withoutAddress(question) : '';
      // "… Has she built something like that?": "that" is in the message, not the answer before.
      const state = pointsBackWithin(text) ? undefined : stateOf(conversationId);
      let found = memo.get(text, state);
      if (!found) {
        found = answerFresh(text, state);
        found.answer = memo.set(text, state, found);
      }
      if (conversationId && found.state) conversations.set(conversationId, found.state);
      return found.answer;
    },
    explain(question, conversationId) {
      const q = prepare(
        typeof question === 'string' ? withoutAddress(question) : '',
        stateOf(conversationId),
      );
      return isDraft(q)
        ? [`before understanding: ${q.title}`]
        : explainChoice(candidates(q, k, KINDS));
    },
    command: (command) => {
      const { draft, exclude } = runCommand(command, k, understand) ?? { draft: unknownAnswer(k) };
      return compose(draft, exclude);
    },
    complete(partial, limit = 10) {
      const pool = suggest.pool();
      const text = typeof partial === 'string' ? normalize(partial).slice(0, 100) : '';
      if (!text) return pool.slice(0, limit);
      completer ??= new Fuse(pool, { threshold: 0.45, ignoreLocation: true });
      return completer.search(text, { limit }).map((r) => r.item);
    },
  };
}

/**
 * The question as the words read it, glossed once: "他现在在哪家公司上班？", "onde ele mora?" have
 * their asking words said in English; "здравей!", a greeting in a script the words do not read,
 * is said as the engine reads it.
 */
function readQuestion(
  understand: (text: string) => Interpretation,
  text: string,
): { q: Interpretation; read: string } {
  const read = glossAsianQuestion(text) ?? glossEuropeanQuestion(text) ?? text;
  const q = understand(read);
  const other = q.tokens.length === 0 ? smalltalkInOtherScript(text) : undefined;
  return { q: other ? understand(other) : q, read };
}

/**
 * The answer to the whole message: from the context sentences when the rest only asks for
 * relevance, from the sentences that ask when the rest only tells, else from the whole, else
 * from the one sentence that has an answer.
 */
function bestCandidate(
  text: string,
  proposeIn: (part: string, kinds?: readonly AnswerKind[]) => Candidate | undefined,
  q: Question,
  k: Knowledge,
): Candidate | undefined {
  return (
    relevantToContext(text, (part) => proposeIn(part, [search])) ??
    // "hi! where is she based and is she senior?": the asked sentence may hold two asks.
    askedSentences(
      text,
      (part) => twoAsks(part, (one) => proposeIn(one)) ?? proposeIn(part),
      (whole) => proposeIn(whole),
    ) ??
    twoAsks(text, (part) => proposeIn(part)) ??
    choose(q, k, KINDS) ??
    bestOfSentences(text, (part) => proposeIn(part))
  );
}

const isDraft = (x: Question | Draft): x is Draft => 'answered' in x;

/**
 * "<@U0BOT> where is she based?", "@bot has she worked at grab": whom the message is addressed
 * to, as a chat writes it, is no word of the question. Only a mention that a question follows.
 */
function withoutAddress(question: string): string {
  return question.replace(/^\s*(?:(?:<@[\w]+>|@[\p{L}\d._-]+)[\s,:]*)+(?=\S)/u, '');
}

// "Anything relevant in his background?", "would she be a fit?": the asker's own context is
// what to search.
const RELEVANCE =
  /\b(?:anything|something|any) (?:relevant|related)\b|\brelevant (?:experience|background|work)\b|\b(?:is|would) (?:he|she|they) (?:be )?(?:a )?(?:good )?fit\b/i;

// What the asker says of their own company: not what to look for in the profile.
const ASKERS_WORDS =
  /\b(?:we|we're|were|our|us|i|i'm|im|run|running|build|building|operate|operating|company|startup|business|team|based|in|at|for)\b/gi;
const PLACES = new RegExp(`\\b(?:${placeWords().join('|')})\\b`, 'gi');

/** "We run an EV charging network in Germany" → "an EV charging network". */
function withoutAskersWords(sentence: string): string {
  return sentence.replace(PLACES, ' ').replace(ASKERS_WORDS, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * "We run an EV charging network in Germany. Anything relevant in his background?": the lines
 * the context sentences find, when the other sentence only asks for relevance.
 */
function relevantToContext(
  text: string,
  searchOf: (sentence: string) => Candidate | undefined,
): Candidate | undefined {
  // The cheap test first: this runs for every question answered afresh.
  if (!RELEVANCE.test(text)) return undefined;
  const parts = sentencesOf(text);
  if (parts.length < 2 || parts.length > 6) return undefined;
  const found = parts
    .filter((part) => !RELEVANCE.test(part))
    .map((part) => searchOf(withoutAskersWords(part)))
    .filter((c): c is Candidate => c !== undefined)
    .sort((a, b) => b.score - a.score);
  return found[0];
}

/** A message that tells its context, then asks about it with "something like that". */
function pointsBackWithin(text: string): boolean {
  const parts = sentencesOf(text);
  return (
    parts.length >= 2 && parts.some((part) => part.trim().endsWith('?') && POINTS_BACK.test(part))
  );
}

const POINTS_BACK =
  /\b(?:something|anything) (?:like (?:that|this)|similar)\b|\b(?:that|this|these|those) (?:kind|sort|type)s? of (?:thing|work|stuff|problem)s?\b|\bsuch (?:a )?(?:thing|work|system)s?\b/i;

/**
 * "We're hiring a senior Go engineer in Berlin. How many years does he have?": beside sentences
 * that only tell, the sentences that ask are the question; the context's words ("Go", "senior")
 * would otherwise outscore what was asked. Nothing when they alone find no kind's answer.
 */
const OPENS_QUESTION =
  /^\s*(?:what|how|which|where|when|who|does|do|is|are|can|has|have)\s+about\b|^\s*(?:and|also)\s+(?:what|how)\b/i;

function askedSentences(
  text: string,
  answer: (sentence: string) => Candidate | undefined,
  answerWhole: (text: string) => Candidate | undefined,
): Candidate | undefined {
  if (!text.includes('?')) return undefined;
  const parts = sentencesOf(text);
  if (parts.length < 2 || parts.length > 6) return undefined;
  // "knows mqtt? what about BLE": a sentence that opens as a question asks, mark or none.
  const asked = parts.filter((part) => part.trim().endsWith('?') || OPENS_QUESTION.test(part));
  if (asked.length === 0 || asked.length === parts.length) return undefined;
  // "… has he built something like that?": a question that points back asks about the context.
  if (asked.some((part) => POINTS_BACK.test(part))) return undefined;
  const found = answer(asked.join(' '));
  // "is he Google certified? saw GCP on his profile": a certificate's subject may be told in
  // the other sentence; the whole message says which certificate is asked about.
  if (found?.kind === 'certifications') {
    const whole = answerWhole(text);
    if (whole?.kind === 'certifications') return whole;
  }
  return found && found.score >= SCORES.topic ? found : undefined;
}

/**
 * "Is he senior or mid? Trying to figure out which req to put him on": the asker's context
 * beside the question leaves no answer for the whole; the sentence that has one answers.
 */
function bestOfSentences(
  text: string,
  answer: (sentence: string) => Candidate | undefined,
): Candidate | undefined {
  const parts = sentencesOf(text);
  if (parts.length < 2 || parts.length > 6) return undefined;
  let best: Candidate | undefined;
  for (const part of parts) {
    const found = answer(part);
    // A sentence's own kind, not a search on its words: the search kind already tries each
    // sentence alone ("what's he like to work with?" would find "my work spans …").
    if (found && found.score >= SCORES.topic && (!best || found.score > best.score)) best = found;
  }
  return best;
}

/** Each answer kind's intent phrases, with those it draws from the knowledge. */
function intentsOf(k: Knowledge) {
  return KINDS.flatMap((kind) =>
    kind.intent
      ? [
          {
            name: kind.name,
            phrases: [...kind.intent.phrases, ...(kind.intent.extra?.(k) ?? [])],
            weight: kind.intent.weight,
          },
        ]
      : [],
  );
}

/**
 * The same question comes back (typed again, a suggestion clicked, asked on another surface):
 * read it once. Understanding depends on the text and the knowledge alone; conversation state
 * is added afterwards.
 */
function cachedUnderstanding<Q>(understandFresh: (text: string) => Q, max: number) {
  if (max <= 0) return understandFresh;
  const understood = new LRUCache<string, Q & object>({ max });
  return (text: string): Q => {
    let q = understood.get(text);
    if (!q) {
      q = understandFresh(text) as Q & object;
      understood.set(text, q);
    }
    return q;
  };
}

/** Finishes a draft: its own follow-ups first, then the topic's usual ones. */
function createComposer(suggest: ReturnType<typeof createSuggestions>, max: number) {
  return (draft: Draft, exclude: readonly string[] = []): Answer => {
    const suggestions = [...(draft.suggestions ?? [])];
    for (const s of suggest(draft.topic, exclude)) {
      if (suggestions.length >= max) break;
      if (!suggestions.includes(s)) suggestions.push(s);
    }
    // Field by field, in the order every draft has them (see `reply`): drafts come in many
    // shapes, and spreading such an object is several times slower than reading its fields.
    return {
      answered: draft.answered,
      confidence: draft.confidence,
      topic: draft.topic,
      title: draft.title,
      text: draft.text,
      fields: draft.fields,
      links: draft.links,
      suggestions: suggestions.slice(0, max),
    } satisfies Record<keyof Answer, unknown>;
  };
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

export type { Knowledge };

/** The interpretation with the text and the conversation, built field by field: no spread. */
function questionOf(
  q: Interpretation,
  text: string,
  state: ConversationState | undefined,
): Question {
  return {
    tokens: q.tokens,
    tokenStems: q.tokenStems,
    restStems: q.restStems,
    stems: q.stems,
    techs: q.techs,
    categories: q.categories,
    projects: q.projects,
    roles: q.roles,
    intent: q.intent,
    smalltalk: q.smalltalk,
    followUp: q.followUp,
    backReference: q.backReference,
    corrected: q.corrected,
    unknownSkill: q.unknownSkill,
    unknownName: q.unknownName,
    text,
    state,
    // Every field of an interpretation, or this does not compile.
  } satisfies Record<keyof Interpretation, unknown> & Question;
}

/** Length as a reader counts it, in code points: an emoji is one character, not two. */
function longerThan(text: string, max: number): boolean {
  // Code points never outnumber UTF-16 units, so a short string needs no counting.
  if (text.length <= max) return false;
  let n = 0;
  for (const _ of text) if (++n > max) return true;
  return false;
}
