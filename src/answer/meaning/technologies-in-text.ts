import { type KnowledgeIndex, phraseTokens } from '../knowledge-index.ts';
import { shortOfName } from '../retrieve/model.ts';
import { normalize } from '../text.ts';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}+#.]*[\p{L}\p{N}+#]|[\p{L}\p{N}]/gu;

interface Word {
  text: string;
  /** Joined to the next or previous word by a hyphen ("go-karting"). */
  hyphenated: boolean;
  /** First word of a sentence, where a capital says nothing. */
  sentenceStart: boolean;
}

/**
 * Technologies named in free text, by canonical name, in order of first mention. A technology
 * that is also an everyday word ("Go", "Swift", "Move") counts only when written with its
 * capital inside a sentence and not hyphenated: "go-karting" and "we move fast" name none.
 */
export function technologiesInText(index: KnowledgeIndex, text: string): string[] {
  const words = splitWords(normalize(text, true));
  const tokens = words.map((w) => phraseTokens(w.text)[0] ?? '');
  const capitalised = /\p{Lu}/u.test(text);
  const out: string[] = [];
  for (const match of index.matchPhrases(tokens)) {
    if (match.target.kind !== 'tech') continue;
    const tech = match.target.tech;
    const first = words[match.start];
    const single = match.end - match.start === 1;
    if (!first || (single && (first.hyphenated || shortOfName(first.text, tech)))) continue;
    // "node pools", "express delivery": the word with the next one names something else.
    if (single && OTHER_THING_NEXT[first.text.toLowerCase()]?.test(tokens[match.start + 1] ?? ''))
      continue;
    // "Golang" names Go however written: only the everyday word itself needs its capital.
    const written = first.text.toLowerCase();
    const alias =
      single &&
      written !== tech.name.toLowerCase() &&
      tech.aliases.some((a) => a.toLowerCase() === written);
    // "a PhD in computer vision": a name of several words is that name however it is cased.
    const everyday = tech.everydayWord && single && !tech.listed && !alias;
    if (everyday && !plainlyNamed(first, tech.name)) continue;
    // "Conoscenza di Docker": a two-letter word in lower case, in a text that writes its names
    // with capitals, is a word of the sentence ("di", "da"), not an initialism ("DI", "DA").
    if (single && /^\p{Ll}{2}$/u.test(first.text) && capitalised) continue;
    const name = tech.vocabularyName ?? tech.name;
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

/** A technology's short name followed by these words names something else. */
export const OTHER_THING_NEXT: Readonly<Record<string, RegExp>> = {
  node: /^(?:pool|pools|group|groups|affinity|selector|selectors|exporter|count|counts|type|types|size|sizes|label|labels|taint|taints|drain|drains|upgrade|upgrades)$/,
  express: /^(?:delivery|shipping|entry|lane|checkout|train|mail)$/,
  rust: /^(?:belt|proofing|removal)$/,
  // The vendor's other products: "Oracle Java", "Oracle Cloud" are no Oracle Database.
  oracle: /^(?:java|cloud|linux|apex|fusion|ebs|netsuite|weblogic|erp|hcm|jdk)$/,
};

function plainlyNamed(word: Word, name: string): boolean {
  if (word.sentenceStart) return false;
  return word.text === name || (word.text.length > 1 && word.text === word.text.toUpperCase());
}

function splitWords(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const before = text.slice(0, start).trimEnd();
    out.push({
      text: m[0].replace(/\.+$/, ''),
      hyphenated: text[start - 1] === '-' || text[end] === '-',
      sentenceStart: before === '' || /[.!?:;\n•*-]$/.test(before),
    });
  }
  return out;
}
