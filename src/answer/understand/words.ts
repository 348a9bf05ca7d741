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
export function questionWords(
  question: string,
  abbreviations: ReadonlyMap<string, string>,
  knownWords: ReadonlySet<string>,
): QuestionWord[] {
  // Case is kept only to notice a capitalised "Go"; everything else matches in lower case.
  const words = tokenize(normalize(sanitize(question), true)).flatMap((word) => {
    const expansion = abbreviations.get(word.toLowerCase());
    return expansion
      ? expansion.split(' ').map((w) => ({ word: w, capital: false }))
      : [{ word: word.toLowerCase(), capital: /^[A-Z]/.test(word) }];
  });
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i];
    const b = words[i + 1];
    if (!a || !b || STOPWORDS.has(a.word) || STOPWORDS.has(b.word)) continue;
    const joined = singular(a.word + b.word);
    if (knownWords.has(joined)) words.splice(i, 2, { word: joined, capital: a.capital });
  }
  return words;
}
