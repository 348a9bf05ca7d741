import type { Root } from 'mdast';

/**
 * A README that opens as a terminal session: "$ whoami" and, on the next line, what it prints,
 * the owner's name and perhaps what they do ("baltazar oyarzún — backend & data engineer").
 */
const WHOAMI = /^[^\n]*?[$#>❯%]\s*whoami\s*$/m;
const PROMPT = /^[\s│└┌─([]*[^\s]*[$#>❯%]\s/;

/** The name "whoami" prints in a code block, capitalised as a name is, and what follows it. */
export function whoamiIntroduction(tree: Root): { name: string; headline?: string } | undefined {
  for (const node of tree.children) {
    if (node.type !== 'code') continue;
    const at = WHOAMI.exec(node.value);
    if (!at) continue;
    const next = node.value
      .slice(at.index + at[0].length)
      .split('\n')
      .map((line) => line.trim())
      .find(Boolean);
    if (!next || PROMPT.test(next)) continue;
    const [said = '', ...rest] = next.split(/\s+[—–-]\s+|,\s+/);
    const words = said.trim().split(/\s+/);
    // A name is two to four words of letters: "baltazar oyarzún", not a user name "balta_dev".
    if (words.length < 2 || words.length > 4 || !words.every((w) => /^\p{L}[\p{L}'’-]*$/u.test(w)))
      continue;
    const name = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
    const headline = rest.join(', ').trim();
    return headline ? { name, headline } : { name };
  }
  return undefined;
}
