import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import { plain } from './markdown-lines.ts';

// Two to four words of a name: "PAOLO R. VILLANUEVA", "Ana María Ruiz".
const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;
// A heading a word processor wrote as a bold line in capitals: "WORK EXPERIENCE", "SKILLS".
const CAPITALS = /^[\p{Lu}\d&/,' -]{3,40}$/u;

/**
 * A document converted from a word processor has no markdown headings: its name and section
 * titles are bold paragraphs ("**PAOLO R. VILLANUEVA**", "**WORK EXPERIENCE**"). With no
 * heading in the whole document, the first bold name becomes the H1 and each bold line in
 * capitals a section heading. Two bold titles on one line (two columns side by side) become
 * the first one.
 */
export function liftBoldHeadings(tree: Root): void {
  if (tree.children.some((n) => n.type === 'heading')) return;
  let named = false;
  tree.children = tree.children.map((node) => {
    const titles = boldTitles(node);
    if (!titles) return node;
    const [first] = titles;
    if (!first) return node;
    if (!named && titles.length === 1 && NAME.test(first)) {
      named = true;
      return heading(1, first);
    }
    return named && CAPITALS.test(first) && /\p{Lu}{3}/u.test(first) ? heading(2, first) : node;
  });
}

/** The bold texts of a paragraph that holds nothing else (spaces aside). */
function boldTitles(node: RootContent): string[] | undefined {
  if (node.type !== 'paragraph') return undefined;
  const titles: string[] = [];
  for (const child of (node as Paragraph).children) {
    if (child.type === 'strong') titles.push(plain(child.children).trim());
    else if (!(child.type === 'text' && child.value.trim() === '')) return undefined;
  }
  return titles.length > 0 && titles.every(Boolean) ? titles : undefined;
}

function heading(depth: 1 | 2, text: string): Heading {
  return { type: 'heading', depth, children: [{ type: 'text', value: text }] };
}
