import { singular } from '../knowledge-index.ts';
import { normalize, STOPWORDS, sanitize, tokenize } from '../text.ts';

export interface QuestionWord {
  word: string;
  /** Written with a capital: "Go" may be the language, "go" rarely is. */
  capital: boolean;
}

/**
 * The words of a question: abbreviations expanded ("yoe", "k8s"), two words joined when the
 * knowledge writes them as one ("time zones" meets "timezone").
 */
/** "the M5 forecasting comp", "a Kaggle comp": a competition, not compensation. */
const COMPETITION =
  /\b((?:kaggle|forecasting|coding|programming|robotics|maths?|hackathon|ctf|data science|[a-z]*\d[a-z\d]*)\s+)comps?\b/gi;

/** "where is she based these days?": the time of the ask, as "currently" says it, not days. */
const NOWADAYS = /\b(?:these days|nowadays)\b/gi;

export function questionWords(
  question: string,
  abbreviations: ReadonlyMap<string, string>,
  knownWords: ReadonlySet<string>,
  isPhrase: (first: string, second: string) => boolean = () => false,
): QuestionWord[] {
  // Case is kept only to notice a capitalised "Go"; everything else matches in lower case.
  const words: QuestionWord[] = [];
  const asked = question.replace(COMPETITION, '$1competition').replace(NOWADAYS, 'currently');
  for (const typed of tokenize(normalize(sanitize(asked), true)))
    readWord(typed, abbreviations, words);
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i];
    const b = words[i + 1];
    if (!a || !b || STOPWORDS.has(a.word) || STOPWORDS.has(b.word)) continue;
    const joined = singular(a.word + b.word);
    // "unit tests" is the practice the vocabulary names so, not the library "unittest".
    if (knownWords.has(joined) && !isPhrase(a.word, b.word))
      words.splice(i, 2, { word: joined, capital: a.capital });
  }
  return withoutFraming(words);
}

/** Nouns that only frame the word before them as a field: "the EV space", "the payments sector". */
const FRAMING = new Set(['space', 'spaces', 'sector', 'sectors', 'vertical', 'verticals', 'arena']);

/** "anything in the EV space?" asks about EV: a framing noun after a word, ending its phrase. */
function withoutFraming(words: QuestionWord[]): QuestionWord[] {
  return words.filter((w, i) => {
    if (!FRAMING.has(w.word)) return true;
    const before = words[i - 1];
    const after = words[i + 1];
    return (
      !before || STOPWORDS.has(before.word) || (after !== undefined && !STOPWORDS.has(after.word))
    );
  });
}

/** Abbreviations that, typed in lower case, are ordinary words. */
const WORDS_IN_LOWER_CASE = new Set(['be']);

/**
 * One word as typed, added to `words`: its expansion when an abbreviation, else itself in lower
 * case. Read afresh: a look-up in a table of every word ever typed costs more than the reading.
 */
function readWord(
  typed: string,
  abbreviations: ReadonlyMap<string, string>,
  words: QuestionWord[],
): void {
  const lower = typed.toLowerCase();
  // "would he be a fit?": "be" typed in lower case is the verb; "BE" is the backend.
  const expansion = WORDS_IN_LOWER_CASE.has(typed) ? undefined : abbreviations.get(lower);
  if (expansion) {
    for (const w of expansion.split(' ')) words.push({ word: w, capital: false });
    return;
  }
  const first = typed.charCodeAt(0);
  words.push({ word: lower, capital: first >= 65 && first <= 90 });
}

/** A word as the question wrote it: with its capital, when it had one. */
export function displayWord(w: QuestionWord): string {
  return w.capital ? `${w.word[0]?.toUpperCase()}${w.word.slice(1)}` : w.word;
}
