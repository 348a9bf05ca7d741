import commonEnglish from './common-english.generated.json' with { type: 'json' };
import { displayWord, type QuestionWord } from './words.ts';

/** Verbs after which the next word names a skill: "does she know X", "has he used X". */
const ASKS_ABOUT_SKILL = new Set(
  'know knows use used uses using familiar proficient skilled tried'.split(' '),
);
/** After "know", these start a clause, not a skill: "know how to …", "know what …". */
const NOT_A_SKILL_NEXT = new Set(
  'how what where when why who if whether that about of to anyone someone my your our me us'.split(
    ' ',
  ),
);
/** Nouns that make the question one about a skill, wherever the skill stands. */
const SKILL_NOUNS = new Set(['experience', 'background', 'expertise', 'knowledge', 'exposure']);

const COUNTING = new Set(['many', 'much', 'long', 'often']);

/** Words that may stand between such a verb and the skill. */
const SKILL_FILLER = new Set(
  'experience experienced background expertise knowledge exposure tool framework language library technology work worked ever before professionally hands-on hand production prior previous total overall combined relevant general professional'.split(
    ' ',
  ),
);

/** Verbs of making things, which name the tool after "with/in/using": "built sites with Gatsby". */
const MAKING = new Set(
  'build built builds building design designs designed develop develops developed code coded program programs programmed write writes wrote deploy deployed ship shipped create created make made automate automated script scripted test tested model modelling modeling animate animated render rendered edit edited'.split(
    ' ',
  ),
);
const TOOL_BEFORE = new Set(['with', 'in', 'using', 'via']);
const PURPOSE = new Set(['for', 'to', 'in', 'on', 'with', 'at']);
const YES_NO = new Set(['does', 'did', 'has', 'have', 'is', 'can', 'could', 'would', 'do']);
const NAME_LIKE = /^[a-z][a-z0-9+#.-]{1,30}$/;

interface Reading {
  isContent: (t: string) => boolean;
  explained: ReadonlySet<number>;
  alternatives?: boolean;
}

/** The question as the readers below need it: its words, as typed and as read. */
interface Asked {
  tokens: readonly string[];
  words: readonly QuestionWord[];
  read: Reading;
  known: (t: string) => boolean;
}

/**
 * "has she used Metasploit?", "any Fivetran experience?", "has he built sites with Gatsby?":
 * a name after a skill verb (or before a skill noun, or closing a question about making
 * things) that nothing in the profile or the vocabulary knows is most likely a technology the
 * profile lacks; returned as typed.
 */
export function unknownSkillIn(
  tokens: readonly string[],
  words: readonly QuestionWord[],
  read: Reading,
  known: (t: string) => boolean,
): string | undefined {
  const a: Asked = { tokens, words, read, known };
  // "how many years of experience in total?": a count is asked, not a skill.
  if (tokens.some((t, i) => t === 'how' && COUNTING.has(tokens[i + 1] ?? ''))) return undefined;
  // "has she worked with Rhapsody?": "with" after a form of "work" is the skill verb.
  const verbAt = tokens.findIndex(
    (t, i) => ASKS_ABOUT_SKILL.has(t) || (t === 'with' && WORK_FORMS.has(tokens[i - 1] ?? '')),
  );
  const nounAt = tokens.findIndex((t) => SKILL_NOUNS.has(t));
  if (verbAt >= 0 && !NOT_A_SKILL_NEXT.has(tokens[verbAt + 1] ?? '')) {
    const rest = tokens.map((_, i) => i).filter((i) => i > verbAt && open(a, i));
    const first = rest[0] ?? -1;
    // "what about vendure, does she know it?": the name comes first, "it" stands for it.
    if (rest.length === 0 && tokens.slice(verbAt + 1).some((t) => STANDS_FOR.has(t))) {
      const before = tokens.map((_, i) => i).filter((i) => i < verbAt && open(a, i));
      if (before.length > 0 && before.every((i) => unknownAt(a, i)))
        return shown(a, before[0] ?? 0, runEnd(before));
    }
    if (rest.length === 1 && unknownAt(a, first)) return shown(a, first, first + 1);
    // "has she worked with intersystems healthshare or iris": every word unknown, the first name.
    if (rest.length > 1 && rest.length <= 4 && rest.every((i) => unknownAt(a, i)))
      return shown(a, first, runEnd(rest));
    // "has she used Stencil for web components": the name, then what it was used for.
    if (first >= 0 && unknownAt(a, first) && PURPOSE.has(tokens[first + 1] ?? ''))
      return shown(a, first, first + 1);
  } else if (verbAt < 0 && nounAt >= 0) {
    const rest = tokens.map((_, i) => i).filter((i) => open(a, i));
    if (rest.length === 1 && unknownAt(a, rest[0] ?? -1))
      return shown(a, rest[0] ?? 0, (rest[0] ?? 0) + 1);
    // "havok physics experience?": the unknown name, then a word saying what kind of tool.
    const head = rest[0] ?? -1;
    if (
      rest.length === 2 &&
      unknownAt(a, head) &&
      !unknownAt(a, rest[1] ?? -1) &&
      rest[1] === head + 1
    )
      return shown(a, head, head + 1);
    // "material ui experience?": the two unknown words right before the noun.
    if (
      rest.length === 2 &&
      rest[1] === nounAt - 1 &&
      rest[0] === nounAt - 2 &&
      rest.every((i) => unknownAt(a, i))
    )
      return shown(a, nounAt - 2, nounAt);
    // "any VR experience (quest etc)?": the unknown name right before the noun, the aside after.
    if (
      rest[0] === nounAt - 1 &&
      rest.every((i) => i < nounAt || i > nounAt) &&
      unknownAt(a, nounAt - 1)
    )
      return rest.filter((i) => i < nounAt).length === 1 ? shown(a, nounAt - 1, nounAt) : undefined;
    // "apache druid exp?", "kongsberg k-bridge experience": the words right before the noun,
    // the first or the last of them unknown, name the tool.
    if (
      !read.alternatives &&
      rest.length <= 3 &&
      rest.every((i, j) => i === nounAt - rest.length + j) &&
      (unknownAt(a, nounAt - 1) || unknownAt(a, nounAt - rest.length))
    )
      return shown(a, nounAt - rest.length, nounAt);
  }
  return closingTool(a);
}

const WORK_FORMS = new Set(['work', 'worked', 'works', 'working']);
const STANDS_FOR = new Set(['it', 'that', 'this', 'them', 'those']);

/** The end (exclusive) of the run of consecutive positions `positions` starts with. */
function runEnd(positions: readonly number[]): number {
  let end = (positions[0] ?? 0) + 1;
  for (const i of positions.slice(1)) {
    if (i !== end) break;
    end++;
  }
  return end;
}

/** A word at `i` that could name a tool: of weight, not yet explained, not a filler. */
function open(a: Asked, i: number): boolean {
  const t = a.tokens[i] ?? '';
  return a.read.isContent(t) && !a.read.explained.has(i) && !SKILL_FILLER.has(t);
}

/** Such a word that neither the profile nor the vocabulary knows, shaped like a name. */
function unknownAt(a: Asked, i: number): boolean {
  return open(a, i) && !a.known(a.tokens[i] ?? '') && NAME_LIKE.test(a.tokens[i] ?? '');
}

/** Nouns that make a practice of the word before them: "prompt engineering", "load testing". */
const PRACTICE = new Set(
  'engineering testing design development analysis management programming modelling modeling'.split(
    ' ',
  ),
);

/** The words from `from` to `to` as typed, with the practice noun after them if there is one. */
function shown(a: Asked, from: number, to: number): string {
  const end = PRACTICE.has(a.tokens[to] ?? '') ? to + 1 : to;
  return a.tokens
    .slice(from, end)
    .map((t, j) => {
      const w = a.words[from + j];
      return w ? displayWord(w) : t;
    })
    .join(' ');
}

const LEADS = new Set(['any', 'and', 'what', 'about', 'how']);
/** Words that say what kind of tool a name is: "X integration engine", "X web framework". */
const TOOL_NOUNS = new Set(
  'engine integration framework library database db tool tools platform server sdk api cli plugin web cloud service language runtime editor ide'.split(
    ' ',
  ),
);
// A name has a vowel and no long run of consonants: "lkjhg" is a keyboard, not a tool.
const PRONOUNCEABLE = /^(?=.*[aeiouy])(?!.*[bcdfghjklmnpqrstvwxz]{5})/;
/** "qnx?", "jcl?": a short name of consonants is an acronym, unless it is chat shorthand. */
const CONSONANT_ACRONYM = /^[bcdfghjklmnpqrstvwxz]{3,4}$/;
const CHAT_SHORTHAND = new Set(
  'hmm hmmm brb thx pls plz btw wtf smh tbh ngl idk nvm mmm shh psst kthx thnx ttyl lmk dm dms'.split(
    ' ',
  ),
);

/**
 * "hanami?", "katalon studio?", "what about vulkan?": a question that is only one name nothing
 * in the profile or the vocabulary knows (with at most a known word after it) asks whether the
 * profile has it. Weak by design: any line the words find answers instead.
 */
export function bareUnknownName(
  tokens: readonly string[],
  words: readonly QuestionWord[],
  read: Reading,
  known: (t: string) => boolean,
): string | undefined {
  const from = tokens.findIndex((t) => !LEADS.has(t));
  const count = tokens.length - from;
  const name = tokens[from] ?? '';
  if (from < 0 || count < 1 || count > 3 || known(name) || !read.isContent(name)) return undefined;
  const acronym = CONSONANT_ACRONYM.test(name) && !CHAT_SHORTHAND.has(name);
  if (!NAME_LIKE.test(name) || !(PRONOUNCEABLE.test(name) || acronym)) return undefined;
  // "honest?", "vegan?", "detail oriented?": a common English word asked alone is no product.
  if (isCommonEnglish(name)) return undefined;
  // "catia v5", "angularjs 1": a version after the name is part of what is asked.
  const version = /^v?\d+(?:\.\d+)*$/.test(tokens[from + 1] ?? '');
  if (count === 2 && !known(tokens[from + 1] ?? '') && !version) return undefined;
  // "rhapsody integration engine?": two words after the name that say what kind of tool it is.
  if (count === 3 && !tokens.slice(from + 1).every((t) => TOOL_NOUNS.has(t))) return undefined;
  const typed = words[from];
  return typed ? displayWord(typed) : name;
}

/** "does she design in Sketch?": a yes-or-no question about making, closed by its tool. */
function closingTool(a: Asked): string | undefined {
  const { tokens } = a;
  const last = tokens.length - 1;
  if (!YES_NO.has(tokens[0] ?? '') || !tokens.some((t) => MAKING.has(t))) return undefined;
  if (TOOL_BEFORE.has(tokens[last - 1] ?? '') && unknownAt(a, last))
    return shown(a, last, last + 1);
  return undefined;
}

/** Words that qualify a technology rather than name a product with it: "strong Python". */
const QUALIFIERS = new Set(
  'strong solid deep good great decent basic advanced modern vanilla plain core native raw senior junior lead principal expert beginner intermediate production commercial enterprise legacy latest recent new old heavy light daily professional academic personal serious real extensive some much more'.split(
    ' ',
  ),
);

/**
 * "has she used cumulus linux?": a name nothing knows right before a technology the question
 * names is one product with it ("Cumulus Linux"), not that technology. Returns the product as
 * typed and where the technology's word stands, or nothing.
 */
export function productWithTech(
  tokens: readonly string[],
  words: readonly QuestionWord[],
  read: Reading,
  known: (t: string) => boolean,
): { name: string; at: number } | undefined {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i] ?? '';
    if (!read.explained.has(i + 1) || read.explained.has(i)) continue;
    if (!read.isContent(t) || SKILL_FILLER.has(t) || QUALIFIERS.has(t) || known(t)) continue;
    if (!NAME_LIKE.test(t) || !PRONOUNCEABLE.test(t)) continue;
    // Asked about as a tool: after a skill verb ("used cumulus linux"), a lead ("any …"), or
    // opening the question ("cumulus linux?").
    const before = tokens[i - 1];
    if (before !== undefined && !ASKS_ABOUT_SKILL.has(before) && !TOOL_BEFORE.has(before))
      if (!LEADS.has(before) && !MAKING.has(before)) continue;
    if (ASKS_ABOUT_SKILL.has(t) || MAKING.has(t) || YES_NO.has(t)) continue;
    // The technology's word closes the question or a clause: "cumulus linux?", "kali linux for …".
    const next = tokens[i + 2];
    if (
      next !== undefined &&
      !PURPOSE.has(next) &&
      !SKILL_NOUNS.has(next) &&
      next !== 'or' &&
      next !== 'and'
    )
      continue;
    const typed = [words[i], words[i + 1]].map((w, j) => (w ? displayWord(w) : tokens[i + j]));
    return { name: typed.join(' '), at: i + 1 };
  }
  return undefined;
}

/**
 * "has she used LoadRunner for perf testing?": a tool the vocabulary does not know, asked after a
 * verb of using, with the practice it serves after "for". The tool is what is asked; the
 * practice only says what for, and holding the practice says nothing of the tool.
 */
export function toolForPractice(
  tokens: readonly string[],
  words: readonly QuestionWord[],
  read: Reading,
  known: (t: string) => boolean,
): string | undefined {
  for (let i = 1; i + 2 < tokens.length; i++) {
    const t = tokens[i] ?? '';
    if (!ASKS_ABOUT_SKILL.has(tokens[i - 1] ?? '') || tokens[i + 1] !== 'for') continue;
    if (read.explained.has(i) || !read.explained.has(i + 2)) continue;
    if (!read.isContent(t) || SKILL_FILLER.has(t) || known(t)) continue;
    if (!NAME_LIKE.test(t) || !PRONOUNCEABLE.test(t)) continue;
    const word = words[i];
    return word ? displayWord(word) : t;
  }
  return undefined;
}

const COMMON = commonEnglish as string;

/**
 * A common English word that names no technology. The words are one sorted string, a word to a
 * line: a binary search over its lines, so neither a Set of them nor a scan of the string.
 */
function isCommonEnglish(word: string): boolean {
  if (!/^[a-z]{4,}$/.test(word)) return false;
  let lo = 1; // each bound is the start of a line
  let hi = COMMON.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const start = COMMON.lastIndexOf('\n', mid - 1) + 1;
    const end = COMMON.indexOf('\n', start);
    const line = COMMON.slice(start, end);
    if (line === word) return true;
    if (line < word) lo = end + 1;
    else hi = start;
  }
  return false;
}
