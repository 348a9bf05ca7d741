import { reply } from '../pipeline/reply.ts';
import { type AnswerKind, type Knowledge, SCORES } from '../pipeline/types.ts';
import { normalize, tokenize } from '../text.ts';

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
  // "summarize the latest arxiv paper on …": a text that is not the profile.
  'summarize the latest',
  'summarise the latest',
  'summarize a',
  'summarise a',
  'summarize an',
  'summarise an',
  'rewrite',
  'implement',
  'code me',
  'solve',
  'calculate',
  'compute',
  'debug',
  'fix my',
  'fix this',
  // "can you help me fix my jump script?": the asker's own work; "help me reach him" is not.
  'help me fix',
  'help me debug',
  'help me write',
  'help me solve',
  'help me code',
  'help me implement',
  'help me with my',
  'explain how to',
  'give me a recipe',
  'tell me a joke',
  'tell me a story',
];
const POLITE = [
  'please',
  'can you',
  'could you',
  'would you',
  'will you',
  'can u',
  'could u',
  'would u',
  'now',
  'just',
  'pls',
  'plz',
];
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

const FIRST_WORDS = new Set(
  [...TASK_OPENERS, ...POLITE, 'teach'].map((o) => o.split(' ')[0] ?? ''),
);
/** Polite openers that are tasks only when asked of "you": "can you", "would u". */
const ASKED_OF_YOU = new Set(['can', 'could', 'would', 'will']);
const YOU = new Set(['you', 'u', 'ya']);
const TRIGGERS = new Set(
  'ignore forget disregard pretend act behave respond now system hidden initial jailbreak developer role roleplay'.split(
    ' ',
  ),
);

/** A cheap look at the words first: most questions start with none of a task's words. */
function mayBeTask(tokens: readonly string[]): boolean {
  const first = tokens[0] ?? '';
  // "can he write SQL?" opens most questions; only "can you …" may open a task.
  const opens = ASKED_OF_YOU.has(first) ? YOU.has(tokens[1] ?? '') : FIRST_WORDS.has(first);
  return opens || tokens.some((t) => TRIGGERS.has(t));
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
  if (TASK_OPENERS.some((o, i) => rest === o || rest.startsWith(TASK_OPENERS_SPACED[i] ?? o)))
    return true;
  // "can you explain how CAN bus arbitration works?": a lesson asked, unless it is about the
  // owner ("explain how she scaled the pipeline").
  return EXPLAIN.test(rest) && !OWNER_WORDS.test(rest);
}

const EXPLAIN = /^(?:explain|teach me) (?:how|what|why|the difference)\b/;
const OWNER_WORDS = /\b(?:he|she|they|his|her|their|him|them|hes|shes)\b/;

/**
 * A polite refusal that says what the assistant does answer; a question about the world rather
 * than the owner ("who won the World Cup?") gets "I don't know" with what it does know.
 */
export const refusal: AnswerKind = {
  name: 'refusal',
  ceiling: SCORES.refusal,
  propose(q, k) {
    const own =
      forSelf(q.tokens, k) ??
      laterClause(q.text, k) ??
      opinion(q.tokens, k) ??
      sensitive(q.tokens) ??
      judgesOther(q.text, k);
    if (own === 'world') {
      return {
        kind: 'refusal',
        score: SCORES.refusal,
        why: 'about the world',
        evidence: [],
        answer: unknownAnswer(k),
      };
    }
    if (own !== 'task' && (!mayBeTask(q.tokens) || !isTask(q.text))) return undefined;
    return {
      kind: 'refusal',
      score: SCORES.refusal,
      why: 'a task, not a question',
      evidence: [],
      answer: declineTask(k),
    };
  },
};

/** The asker's own how-to: "how do I reverse a linked list?", "explain how ray tracing works". */
const OWN_TASK =
  /^how (?:do|can|could|should|would) i |^how to |^explain (?:how|what|why|the) |^recommend /;
/**
 * Questions about the world: "who won …", "who's the CEO of …", "what's the going rate …",
 * "what's the capital of Manitoba?" (a place the profile names is still no fact about the owner).
 */
const WORLD =
  /^(?:whats|what is|what|which is) the best |^who (?:wrote|invented|created|founded|designed|won) |^(?:whos|who is|who will|who) (?:going to |gonna )?win |^(?:whos|who is|who) the (?:ceo|cto|founder|president|owner|creator|inventor|author) of |^(?:whats|what is|what are|what) (?:the )?(?:going|average|typical|usual|market) (?:\S+ ){0,3}(?:rate|rates|salary|salaries|pay) |^(?:whats|what is|what) the (?:\S+ ){0,4}exchange rate |^how many people (?:live|are) |^(?:whats|what is|what|which is) the (?:capital|capital city|population|currency|national anthem|official languages?|prime minister|president|mayor|governor|premier) of |^(?:whats |what is |when is |any )?(?:the )?(?:best|good|nice) (?:time|season|month|place|places|spots?|restaurants?|way) (?:of (?:the )?year )?to (?:visit|travel|go|see|eat|stay|drink) |^(?:what time is it|whats the time|what is the time|what the time)\b(?! ?(?:difference|zone))|^(?:whats|what is|what|hows|how is|how are) the (?:weather|traffic|temperature|air quality|roads|rents?|cost of living) |^(?:any |a |some )?(?:good|nice|best|decent|cheap) (?:\S+ ){0,2}(?:place|places|spot|spots|restaurant|restaurants|bar|bars|cafe|cafes|hotel|hotels) (?:near|in|around|close to) |^(?:any |some )?(?:good |great |decent )?(?:book|books|course|courses|resource|resources|tutorial|tutorials|podcast|podcasts) (?:recs?|recommendations?|suggestions?|tips) |^is it (?:safe|cold|hot|rainy|expensive) (?:to|in) |^(?:what|how much) (?:do|does) (?:\S+ ){1,7}(?:earn|make|get paid|charge) |^(?:was|wie ?viel) verdien(?:t|en) |^(?:combien|how many) (?:gagne|gagnent) |^cu[aá]nto (?:gana|ganan|cobra) |^quanto (?:guadagna|ganha) /;
const FIRST_WORDS_OF_OWN = new Set([
  'good',
  'nice',
  'any',
  'how',
  'explain',
  'whats',
  'what',
  'which',
  'recommend',
  'who',
  'best',
  'when',
  'hows',
  'is',
  // Pay asked in German, French, Spanish, Italian or Portuguese.
  'was',
  'wie',
  'wieviel',
  'combien',
  'cuanto',
  'cuánto',
  'quanto',
]);
/** Words that keep a "how do I …" about the owner: "how do I reach her?". */
const ABOUT_OWNER = new Set(
  'he she they him her them his hers their theirs contact reach email hire interview touch resume cv portfolio'.split(
    ' ',
  ),
);
/** Verbs about the owner as the asker's own verb: "how do I message …", not "parse a message". */
const OWNER_VERBS = new Set('message mail call book schedule connect ping dm'.split(' '));

/**
 * A question that is the asker's own task or about the world, not about the owner: "How do I
 * reach her?", "how can I hire Fahad?", "explain his role at Acme" and "who was his manager?"
 * are about the owner.
 */
function forSelf(tokens: readonly string[], k: Knowledge): 'task' | 'world' | undefined {
  if (!FIRST_WORDS_OF_OWN.has(tokens[0] ?? '')) return undefined;
  const opening = `${tokens.slice(0, 12).join(' ')} `;
  const kind = OWN_TASK.test(opening) ? 'task' : WORLD.test(opening) ? 'world' : undefined;
  if (!kind) return undefined;
  const own = new Set(k.name.toLowerCase().split(/[\s-]+/));
  const verb = tokens[0] === 'how' && tokens[1] === 'to' ? tokens[2] : tokens[3];
  // "how do I book a call?" is about the owner; "how do I call variants on a trio?" is not.
  const rest = tokens.length - tokens.indexOf(verb ?? '') - 1;
  if (OWNER_VERBS.has(verb ?? '') && rest <= 2) return undefined;
  return tokens.some((t) => ABOUT_OWNER.has(t) || own.has(t)) ? undefined : kind;
}

/**
 * "why does my mail go to spam lol, how do i fix my spf record": the asker's own task in a
 * later clause of the question.
 */
function laterClause(text: string, k: Knowledge): 'task' | 'world' | undefined {
  // Most questions have no later clause opening as a task does: a cheap look first.
  if (!LATER_OPENING.test(text)) return undefined;
  const clauses = normalize(text)
    .split(/[,;.?!]+/)
    .slice(1);
  for (const clause of clauses) {
    const kind = forSelf(tokenize(clause), k);
    if (kind) return kind;
  }
  return undefined;
}

const LATER_OPENING = /[,;.?!]\s*(?:how|explain|what|which|who|recommend|best|is|any|good|nice)\b/i;

/** "in ur opinion is go better than rust?": the assistant's view, which it does not give. */
const OPINION =
  /\b(?:in (?:your|ur|yr) (?:honest )?(?:opinion|view)|(?:your|ur) (?:honest )?(?:opinion|take) on|is \S+(?: \S+){0,2} better than|which \S+(?: \S+){0,3} is (?:the )?best|which (?:one )?is (?:the )?better|^what do (?:you|u) think (?:of|about)|^(?:how )?do (?:you|u) (?:like|rate|feel about))\b/;

/** "how much faster is Go than Python?", "difference between docker and kubernetes": the world's. */
const COMPARISON =
  /\b(?:(?:is|are) \S+(?: \S+){0,2} (?:faster|slower|better|worse|easier|harder|safer|cheaper|quicker) than|how much (?:faster|slower|better|worse|easier|harder|safer|cheaper|quicker) (?:is|are)|differences? between|compare \S+(?: \S+){0,2} (?:to|with|and))\b/;

/** A word every opinion asked so has: most questions have none, and skip the pattern. */
const OPINION_WORDS = new Set([
  'opinion',
  'view',
  'take',
  'better',
  'best',
  'think',
  'feel',
  'like',
  'rate',
  'faster',
  'slower',
  'worse',
  'easier',
  'harder',
  'safer',
  'cheaper',
  'quicker',
  'difference',
  'differences',
  'compare',
]);

/** "what do you think of her old boss?": a verdict on someone beside the owner. */
const OTHER_PERSON =
  /\b(?:think|feel) (?:of|about) (?:her|his|their) (?:(?:old|former|previous|current|new|last|first) )?(?:boss|manager|managers|colleagues?|co ?workers?|team ?mates?|cto|ceo|founders?|lead|supervisor|clients?|ex|partner|husband|wife|friends?|family)\b/;

function opinion(tokens: readonly string[], k: Knowledge): 'world' | undefined {
  if (!tokens.some((t) => OPINION_WORDS.has(t))) return undefined;
  const said = tokens.join(' ');
  if (OTHER_PERSON.test(said)) return 'world';
  if (!OPINION.test(said) && !COMPARISON.test(said)) return undefined;
  // "is he better than the avg go dev?": a ranking against other people, which no profile shows.
  if (RANKED_AGAINST_OTHERS.test(said)) return 'world';
  const own = new Set(k.name.toLowerCase().split(/[\s-]+/));
  // "in your opinion, is she a good fit?" is about the owner: the evidence answers it.
  return tokens.some((t) => ABOUT_OWNER.has(t) || own.has(t)) ? undefined : 'world';
}

const RANKED_AGAINST_OTHERS =
  /\b(?:better|worse|smarter|stronger|weaker|faster|slower) than (?:the |an? |most |other |every |all |your )?(?:\S+ ){0,2}(?:devs?|developers?|engineers?|people|candidates?|programmers?|coders?|others|everyone|anyone)\b/;

/** "is Joost van der Meer a good CTO?": a verdict on a person the profile only quotes. */
const JUDGED =
  /^(?:is|was|would)\s+((?:\p{Lu}[\p{L}'’-]+|van|von|de|der|den|da|di|du|le|la|del|dos)(?:\s+(?:\p{Lu}[\p{L}'’-]+|van|von|de|der|den|da|di|du|le|la|del|dos)){0,4})\s+(?:a|an)\s+(?:good|great|bad|decent|competent|nice|strong|weak|reliable|trustworthy)\b/u;

function judgesOther(text: string, k: Knowledge): 'world' | undefined {
  const person = JUDGED.exec(text.trim())?.[1];
  if (!person) return undefined;
  const own = new Set(k.name.toLowerCase().split(/[\s-]+/));
  return person
    .toLowerCase()
    .split(/\s+/)
    .some((w) => own.has(w))
    ? undefined
    : 'world';
}

/**
 * "what does she think about the election results?": politics and religion are no part of a
 * professional profile, whoever the question names, even where a word of it ("Dutch") is.
 */
const SENSITIVE = new Set([
  'election',
  'elections',
  'politic',
  'politics',
  'political',
  'politician',
  'voting',
  'religion',
  'religious',
  // A person's private life is no part of it either, and no "No" is said of it: "married?"
  // answered "No — Married isn't in the profile".
  'married',
  'marriage',
  'marital',
  'spouse',
  'wife',
  'husband',
  'girlfriend',
  'boyfriend',
  'divorced',
  'pregnant',
  'pregnancy',
  'sexuality',
  'ethnicity',
  'disability',
  'disabled',
]);

/** "does she have kids?", "has he got children": family asked, not work for children. */
const FAMILY = /\b(?:have|has|got) (?:any )?(?:kids|children|a family)\b/;

const FAMILY_WORDS = new Set(['kids', 'kid', 'children', 'child', 'family']);

function sensitive(tokens: readonly string[]): 'world' | undefined {
  let family = false;
  for (const t of tokens) {
    if (SENSITIVE.has(t)) return 'world';
    if (FAMILY_WORDS.has(t)) family = true;
  }
  // The pattern only for the few questions that hold one of its words.
  return family && FAMILY.test(tokens.join(' ')) ? 'world' : undefined;
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
