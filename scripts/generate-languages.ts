/**
 * Writes src/answer/vocabulary/languages.generated.json from linguist-languages (GitHub's list of
 * programming languages). Loading the package takes ~370 ms, too slow for a CLI answer, so its
 * facts are copied here: name and aliases of every language of type "programming".
 * Run with `npm run vocabulary` after upgrading linguist-languages.
 */
import { writeFileSync } from 'node:fs';
import * as linguist from 'linguist-languages';

interface LinguistLanguage {
  name: string;
  type: string;
  aliases?: string[] | null;
}

const languages = (Object.values(linguist) as unknown[])
  .filter((l): l is LinguistLanguage => typeof l === 'object' && l !== null && 'type' in l)
  .filter((l) => l.type === 'programming')
  .map((l) => [
    l.name,
    ...(l.aliases ?? []).filter((a) => a.toLowerCase() !== l.name.toLowerCase()),
  ])
  .sort((a, b) => String(a[0]).localeCompare(String(b[0])));

const file = new URL('../src/answer/vocabulary/languages.generated.json', import.meta.url);
writeFileSync(file, `${JSON.stringify(languages)}\n`);
console.log(`wrote ${languages.length} programming languages to ${file.pathname}`);
