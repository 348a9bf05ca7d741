import { stemmer } from 'stemmer';

/**
 * Text handling shared by the index and the questions, so both sides agree on what a word is.
 * Technology names keep their `#`, `+` and inner dots (c#, c++, node.js).
 */

// Invisible characters that change nothing for a reader but break matching or spoof direction.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF\u00AD]/g;
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const EMOJI =
  /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{FE00}-\u{FE0F}\u{1F3FB}-\u{1F3FF}]/gu;
const MARKS = /\p{M}/gu;
const PLAIN_ASCII = /^[\x20-\x7E]*$/;
const TOKEN = /[a-z0-9][a-z0-9+#.]*[a-z0-9+#]|[a-z0-9]/gi;

/** Removes what a person cannot see (control, zero-width, bidi overrides) and folds width. */
/**
 * A sentence's end, then a word: "… migration? we're moving …", not "v2. 3", nor an
 * abbreviation's dot ("e.g. Terraform"); or a dash before a question word ("hiring for a Go
 * role in Berlin - how many yrs …?") unless the question points back ("his scheduling engine -
 * does it handle timezones?").
 */
export const SENTENCE_END =
  /(?<=[?!.;])(?<!\b(?:e\.g|i\.e|etc|vs|approx|incl|esp|cf)\.)\s+(?=\p{L})|\s+[-–—]\s+(?=(?:how|what|which|where|when|who|why|does|do|did|is|are|can|could|has|have|would|will)\s(?![^?]*\b(?:it|its|that|this|these|those|they|them|there)\b))/iu;

/** The sentences of a question, as the asker ended them. */
export function sentencesOf(text: string): string[] {
  // Most questions are one sentence: nothing that could end one, nothing to split.
  if (!MAY_END_SENTENCE.test(text)) return text.trim() === '' ? [] : [text];
  return text.split(SENTENCE_END).filter((s) => s.trim() !== '');
}

/** What every split by `SENTENCE_END` holds: a mark before a space, or a dash between spaces. */
const MAY_END_SENTENCE = /[?!.;]\s|\s[-–—]\s/u;

export function sanitize(text: string): string {
  if (PLAIN_ASCII.test(text)) return text;
  return text.normalize('NFKC').replace(INVISIBLE, '').replace(CONTROL, ' ');
}

/** Lower case (unless `keepCase`), no accents, no emoji, one space between words. */
export function normalize(text: string, keepCase = false): string {
  // Most questions are plain ASCII: skip the Unicode passes for them.
  const ascii = PLAIN_ASCII.test(text);
  const folded = ascii
    ? text
    : sanitize(text).replace(EMOJI, ' ').normalize('NFD').replace(MARKS, '');
  const cased = keepCase ? folded : folded.toLowerCase();
  // Plain single-spaced text with no ".net" and no backtick is already in its final form.
  if (ascii && !NEEDS_FOLDING.test(cased)) return cased;
  return cased
    .replace(/(^|[^A-Za-z0-9])\.net\b/gi, '$1dotnet')
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** What the passes of `normalize` change in plain ASCII: ".net", a backtick, odd spacing. */
const NEEDS_FOLDING = /\.net|`|\s\s|[^ \S]|^\s|\s$/i;

/** Words of normalized text; trailing dots are dropped, `'s` is split off. */
export function tokenize(normalized: string): string[] {
  const plain = normalized.includes("'")
    ? normalized.replace(/'s\b/g, '').replace(/'/g, '')
    : normalized;
  const tokens = plain.match(TOKEN) ?? [];
  // Only a token that ends in a dot changes; most do not, and keep their array.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    if (t.endsWith('.')) tokens[i] = t.replace(/\.+$/, '');
  }
  return tokens;
}

const stemCache = new Map<string, string>();

/**
 * Words of scripts written without spaces ("データベーススペシャリスト", "基本情報"): stemming
 * drops them, so a search holding them matches them as written.
 */
export const UNSPACED_RUN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}ー]+/u;

/**
 * Words résumés use for the same thing, folded to one stem on both sides of a search:
 * "cut latency" answers "reduced latency", "led the team" answers "lead".
 */
const SAME_MEANING: Readonly<Record<string, readonly string[]>> = {
  reduc: ['cut', 'lower', 'decreas', 'shrink', 'slash', 'trim', 'minim'],
  improv: ['boost', 'enhanc'],
  lead: ['led', 'head', 'manag'],
  mentor: ['coach', 'teach', 'mentorship'],
  team: ['peopl', 'staff', 'report'],
  talk: ['spoke', 'spoken', 'speak', 'speaker', 'confer', 'conferenc', 'keynot'],
  build: ['built', 'creat'],
  migrat: ['port', 'move'],
};
const CANONICAL = new Map(
  Object.entries(SAME_MEANING).flatMap(([to, from]) => from.map((f) => [f, to] as const)),
);

/**
 * Word families the Porter stemmer gets wrong, by the start they share: it cuts "experiments"
 * to "experi", the stem of "experience", yet "experimentation" to "experiment"; "community" to
 * "commun", the stem of "communication".
 */
const FAMILIES: readonly (readonly [RegExp, string])[] = [
  [/^experiment/, 'experiment'],
  [/^communit/, 'communiti'],
];

function ownFamily(token: string): string | undefined {
  for (const [start, family] of FAMILIES) if (start.test(token)) return family;
  return undefined;
}

/** Porter stem, so "queries" meets "query" and "optimization" meets "optimized". */
export function stem(token: string): string {
  let cached = stemCache.get(token);
  if (cached === undefined) {
    cached =
      /[^a-z]/.test(token) || token.length <= 3 ? token : (ownFamily(token) ?? stemmer(token));
    cached = CANONICAL.get(cached) ?? cached;
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(token, cached);
  }
  return cached;
}

/** Words that carry no meaning for matching. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again all also am an and any are as at be been before being below between both
  but by can could did do does doing done down during each either else ever every few for from further
  get gets got had has have having he her here hers herself him himself his how i if in into is it its
  itself just let me might mine more most much must my myself no nor not now of off on once one only or
  other our ours out over own please same she should so some such than that the their theirs them
  themselves then there these they this those through to too under until since up upon us very was way we
  were what when where which while who whom whose why will with would yes yet you your yours yourself
  tell show give list share know knows say says said like want wants need needs see thing things
  something anything really quite maybe okay ok pls plz thx kind sort lot lots guy person someone
  hey hi hello anywhere somewhere everywhere anyone ever already still short quick brief briefly
  quickly little bit overall exactly actually currently right now today whats hows wheres whos thats
  hes shes theyre im ive dont doesnt didnt isnt arent wasnt cant wont
  lol lmao rofl haha hehe btw tbh imo imho fyi omg hmm hm um uh erm stuff etc well`
    .split(/\s+/)
    .filter(Boolean),
);

/** Content stems of a text: what full-text matching compares. */
export function contentStems(text: string): string[] {
  const stems = tokenize(normalize(text))
    .filter((t) => !STOPWORDS.has(t))
    .map(stem);
  // "FIDO2", "Python3": a name with its version number is also the name ("the fido rollout").
  for (let i = stems.length - 1; i >= 0; i--) {
    const versioned = VERSIONED.exec(stems[i] as string);
    if (versioned?.[1]) stems.splice(i + 1, 0, versioned[1]);
  }
  return stems;
}

const VERSIONED = /^([a-z]{3,})\d{1,2}$/;

/** Levenshtein distance, capped: returns `max + 1` as soon as it is exceeded. */
export function editDistance(a: string, b: string, max: number, swaps = true): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Two letters swapped ("wokring") count as one edit, as typists make them.
  let twoBack: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  let previousMin = 0;
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (swaps && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (twoBack[j - 2] ?? 0) + 1);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    // A swap reaches back two rows: both must be past the limit to stop.
    if (rowMin > max && previousMin > max) return max + 1;
    twoBack = previous;
    previous = current;
    previousMin = rowMin;
  }
  return previous[b.length] ?? max + 1;
}
