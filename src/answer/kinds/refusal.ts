import { reply } from '../pipeline/reply.ts';
import { type AnswerKind, type Knowledge, SCORES } from '../pipeline/types.ts';
import { normalize } from '../text.ts';

/**
 * Requests that are tasks, not questions about the profile ("write me a function…", "translate
 * this", "ignore your instructions and…", "pretend you are…"). Matched at the start of the
 * question or after a polite opener; "can he write SQL?" is a question about a skill.
 */
const TASK_OPENERS = [
  'write me',
  'write a',
  'write an',
  'write the',
  'write some',
  'translate',
  'generate',
  'compose',
  'draft',
  'summarize this',
  'summarise this',
  'rewrite',
  'implement',
  'code me',
  'solve',
  'calculate',
  'compute',
  'debug',
  'fix my',
  'fix this',
  'explain how to',
  'give me a recipe',
  'tell me a joke',
  'tell me a story',
];
const POLITE = ['please', 'can you', 'could you', 'would you', 'will you', 'now', 'just', 'pls'];
const MANIPULATION = [
  /\bignore (?:all |any |the |your |my |previous |prior |above |earlier )*(?:instructions|rules|prompts?|guidelines)\b/,
  /\bforget (?:all |your |the |previous )*(?:instructions|rules|prompts?)\b/,
  /\bdisregard (?:all |your |the |previous )*(?:instructions|rules|prompts?)\b/,
  /\bpretend (?:you are|you're|to be|that you)\b/,
  /\b(?:act|behave|respond) as (?:if|a|an|my)\b/,
  /\byou are now\b/,
  /\b(?:system|hidden|initial) prompt\b/,
  /\bjailbreak\b/,
  /\bdeveloper mode\b/,
  /\brole ?play\b/,
];

// Each opener with the space after it, made once rather than at every question.
const POLITE_SPACED = POLITE.map((p) => `${p} `);
const TASK_OPENERS_SPACED = TASK_OPENERS.map((o) => `${o} `);

const FIRST_WORDS = new Set([...TASK_OPENERS, ...POLITE].map((o) => o.split(' ')[0] ?? ''));
const TRIGGERS = new Set(
  'ignore forget disregard pretend act behave respond now system hidden initial jailbreak developer role roleplay'.split(
    ' ',
  ),
);

/** A cheap look at the words first: most questions start with none of a task's words. */
function mayBeTask(tokens: readonly string[]): boolean {
  return FIRST_WORDS.has(tokens[0] ?? '') || tokens.some((t) => TRIGGERS.has(t));
}

export function isTask(text: string): boolean {
  let rest = normalize(text)
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (MANIPULATION.some((re) => re.test(rest))) return true;
  for (let again = true; again; ) {
    again = false;
    for (const p of POLITE_SPACED) {
      if (rest.startsWith(p)) {
        rest = rest.slice(p.length);
        again = true;
      }
    }
  }
  return TASK_OPENERS.some((o, i) => rest === o || rest.startsWith(TASK_OPENERS_SPACED[i] ?? o));
}

/** A polite refusal that says what the assistant does answer. */
export const refusal: AnswerKind = {
  name: 'refusal',
  ceiling: SCORES.refusal,
  propose(q, k) {
    if (!asksHowToForSelf(q.tokens, k) && (!mayBeTask(q.tokens) || !isTask(q.text)))
      return undefined;
    return {
      kind: 'refusal',
      score: SCORES.refusal,
      why: 'a task, not a question',
      evidence: [],
      answer: declineTask(k),
    };
  },
};

const HOW_TO =
  /^how (?:do|can|could|should|would) i |^how to |^explain (?:how|what|why|the) |^(?:whats|what is|which is) the best |^recommend |^who (?:wrote|invented|created|founded|designed) |^(?:whos|who is|who) the (?:ceo|cto|founder|president|owner|creator|inventor|author) of /;
const HOW_TO_FIRST = new Set(['how', 'explain', 'whats', 'what', 'which', 'recommend', 'who']);
/** Words that keep a "how do I …" about the owner: "how do I reach her?". */
const ABOUT_OWNER = new Set(
  'he she they him her them his hers their theirs contact reach email hire interview touch resume cv portfolio'.split(
    ' ',
  ),
);
/** Verbs that are about the owner as the asker's own verb: "how do I message …", not "parse a message". */
const OWNER_VERBS = new Set('message mail call book schedule connect ping dm'.split(' '));

/**
 * "how do I reverse a linked list in Python?", "explain how ray tracing works", "what's the best
 * GPU for UE5?": the asker's own how-to or shopping, a task. "How do I reach her?", "how can I hire Fahad?" and "explain his role at Acme"
 * are about the owner.
 */
function asksHowToForSelf(tokens: readonly string[], k: Knowledge): boolean {
  if (!HOW_TO_FIRST.has(tokens[0] ?? '')) return false;
  if (!HOW_TO.test(`${tokens.slice(0, 4).join(' ')} `)) return false;
  const own = new Set(k.name.toLowerCase().split(/[\s-]+/));
  const verb = tokens[0] === 'how' && tokens[1] === 'to' ? tokens[2] : tokens[3];
  if (OWNER_VERBS.has(verb ?? '')) return false;
  return !tokens.some((t) => ABOUT_OWNER.has(t) || own.has(t));
}

export function declineTask(k: Knowledge) {
  return reply(
    'unknown',
    "That's not something I do",
    `Sorry, I can't help with that — I only know about ${k.name}'s professional profile and answer questions about it: ${k.possessive} skills, experience, projects and how to get in touch. For example: "Does ${k.firstName} know ${k.index.techs.find((t) => t.listed)?.name ?? 'Docker'}?"`,
    { answered: false, confidence: 0 },
  );
}

/** Nothing in the profile answers the question. */
export function unknownAnswer(k: Knowledge) {
  return reply(
    'unknown',
    "I don't know",
    `I don't know — I only know about ${k.name}'s professional profile, and it doesn't cover that. You could ask about ${k.possessive} skills, experience, projects or contact details.`,
    { answered: false, confidence: 0 },
  );
}

export function emptyAnswer(k: Knowledge) {
  return reply(
    'unknown',
    'Ask me something',
    `Ask me anything about ${k.name}'s professional profile: skills, experience, projects or contact details.`,
    { answered: false, confidence: 0 },
  );
}

export function tooLongAnswer(max: number) {
  return reply(
    'limit',
    'That question is too long',
    `Questions are limited to ${max} characters. Could you ask it in fewer words?`,
    { answered: false, confidence: 1 },
  );
}
