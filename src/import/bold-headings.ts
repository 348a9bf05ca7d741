import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import { plain } from './line-text.ts';
import { sectionKind } from './section-kinds.ts';

// Two to four words of a name: "PAOLO R. VILLANUEVA", "Ana María Ruiz".
const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;
// A heading a word processor wrote as a bold line in capitals: "WORK EXPERIENCE", "SKILLS".
const CAPITALS = /^[\p{Lu}\d&/,' -]{3,40}$/u;

/**
 * A document converted from a word processor has no markdown headings: its name and section
 * titles are bold paragraphs ("**PAOLO R. VILLANUEVA**", "**WORK EXPERIENCE**"). With no
 * section heading in the whole document, the first bold name becomes the H1 and each bold line in
 * capitals a section heading. Two bold titles on one line (two columns side by side) become
 * the first one.
 */
export function liftBoldHeadings(tree: Root): void {
  // Entry headings a reader wrote (a Europass job as "### Title — Employer · dates") are no
  // section titles: only a heading of the first two levels shows the document has its own.
  if (tree.children.some((n) => n.type === 'heading' && n.depth <= 2)) return;
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

// Sections that hold entries of their own: a bold line there is an entry's, not a heading.
const OF_ENTRIES = new Set(['experience', 'work', 'education', 'projects', 'skills', 'expertise']);

/**
 * "## ADDITIONAL INFORMATION" then "**Certifications**", "**Volunteering**", "**Hobbies**": in a
 * section of no kind of its own (as a Europass CV groups them), a bold line that names a kind
 * of section is a sub-heading, so each group is read as that section.
 */
export function liftBoldSubheadings(tree: Root): void {
  let depth = 0;
  let open = true;
  tree.children = tree.children.map((node) => {
    if (node.type === 'heading') {
      depth = node.depth;
      open = !OF_ENTRIES.has(sectionKind(plain(node.children)) ?? '');
      return node;
    }
    const titles = depth > 0 && open ? boldTitles(node) : undefined;
    const title = titles?.length === 1 ? titles[0] : undefined;
    if (!title || sectionKind(title) === undefined) return node;
    return {
      type: 'heading',
      depth: Math.min(depth + 1, 6) as Heading['depth'],
      children: [{ type: 'text', value: title }],
    };
  });
}

function heading(depth: 1 | 2, text: string): Heading {
  return { type: 'heading', depth, children: [{ type: 'text', value: text }] };
}
