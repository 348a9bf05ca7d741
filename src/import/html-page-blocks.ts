import { isPageChrome } from './html-page-chrome.ts';
import {
  childElements,
  type HtmlElement,
  type HtmlNode,
  isElement,
  isText,
  namesOf,
} from './html-page-dom.ts';
import { arrangeEntry, subsection } from './html-page-entries.ts';
import { type InlineContext, inlineMarkdown } from './html-page-inline.ts';
import {
  definitionList,
  listMarkdown,
  rowsOf,
  tableMarkdown,
  tagCloud,
} from './html-page-lists.ts';
import { sectionKind } from './section-kinds.ts';

// Elements laid out as boxes of their own; anything else flows inside a paragraph.
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'details',
  'div',
  'dl',
  'figcaption',
  'figure',
  'header',
  'hgroup',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'ul',
]);

export interface BlockContext extends InlineContext {
  /** Levels added to every heading but the page's first `<h1>`, when a page has several. */
  shift: number;
  firstH1: HtmlElement | undefined;
}

export function isBlock(node: HtmlNode): boolean {
  return isElement(node) && BLOCK.has(node.tagName);
}

/** The markdown blocks (headings, paragraphs, lists, tables) of an element's content. */
export function childBlocks(element: HtmlElement, context: BlockContext): string[] {
  const blocks: string[] = [];
  // The element's own lines (its text, headings and paragraphs), set in order as one entry
  // before the blocks of a box inside it follow.
  let own: string[] = [];
  let run: HtmlNode[] = [];
  const flush = () => {
    const text = inlineMarkdown(run, context);
    if (text) own.push(text);
    run = [];
  };
  const settle = () => {
    flush();
    blocks.push(...arrangeEntry(own));
    own = [];
  };
  for (const child of element.childNodes) {
    if (isElement(child) && isPageChrome(child)) continue;
    if (!isBlock(child)) {
      run.push(child);
      continue;
    }
    flush();
    const box = child as HtmlElement;
    const rendered = elementBlocks(box, context);
    const split = subsection(box, rendered, blocks[0] ?? own[0], element);
    if (/^(?:h[1-6]|p)$/.test(box.tagName) && split === undefined) own.push(...rendered);
    else {
      settle();
      blocks.push(...(split ?? rendered));
    }
  }
  settle();
  return blocks;
}

/** The markdown blocks one element stands for. */
export function elementBlocks(element: HtmlElement, context: BlockContext): string[] {
  if (isPageChrome(element)) return [];
  const tag = element.tagName;
  const heading = /^h([1-6])$/.exec(tag);
  if (heading) return headingBlock(element, Number(heading[1]), context);
  switch (tag) {
    case 'ul':
    case 'ol':
      return listMarkdown(element, (item) => childBlocks(item, context));
    case 'dl':
      return nonEmpty(definitionList(element, context));
    case 'table':
      return layoutCells(element, context) ?? nonEmpty(tableMarkdown(element, context));
    case 'pre':
      return nonEmpty(preformatted(element));
    case 'hr':
      return [];
    case 'blockquote':
      return childBlocks(element, context).map((block) => block.replace(/^/gm, '> '));
    case 'summary':
      return nonEmpty(wrapBold(inlineMarkdown(element.childNodes, context)));
  }
  const cloud = tagCloud(element, context);
  // "Stack: Go Rust" as "**Stack:** Go, Rust", the way a labelled skill line is written.
  if (cloud?.label) return [`**${cloud.label}:** ${cloud.items.join(', ')}`];
  if (cloud) return [cloud.items.map((item) => `- ${item}`).join('\n')];
  if (tag === 'p') return nonEmpty(inlineMarkdown(element.childNodes, context));
  return namedSection(element, childBlocks(element, context));
}

// A cell holding this many paragraphs, headings or lists is a column of the page's layout.
const LAYOUT_CELL_BLOCKS = 4;

/**
 * A CV laid out in a borderless table (contact and skills in a narrow left column, experience
 * on the right), as Google Docs and Word templates do: a table that tabulates nothing. Its
 * cells are read in order, each as the page it holds; undefined for a table of data.
 */
function layoutCells(table: HtmlElement, context: BlockContext): string[] | undefined {
  const cells = rowsOf(table).flatMap((row) =>
    childElements(row).filter((cell) => cell.tagName === 'td' || cell.tagName === 'th'),
  );
  const blocksIn = (cell: HtmlElement) => childElements(cell).filter(isBlock).length;
  if (!cells.some((cell) => blocksIn(cell) >= LAYOUT_CELL_BLOCKS)) return undefined;
  return cells.flatMap((cell) => childBlocks(cell, context));
}

/**
 * `<section id="skills"><h2>Things I work with</h2>`: when the heading's words name no kind of
 * section the reader knows but the section's id or class does, the heading takes that name.
 */
function namedSection(element: HtmlElement, blocks: string[]): string[] {
  const heading = /^(#{2,6}) (.+)$/.exec(blocks[0] ?? '');
  if (!heading || sectionKind(heading[2] ?? '')) return blocks;
  const name = namesOf(element)
    .map((word) => word.replace(/[-_]+/g, ' ').trim())
    .find((word) => sectionKind(word) !== undefined && sectionKind(word) !== 'work');
  if (!name) return blocks;
  const title = `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
  return [`${heading[1]} ${title}`, ...blocks.slice(1)];
}

function headingBlock(element: HtmlElement, level: number, context: BlockContext): string[] {
  const text = inlineMarkdown(element.childNodes, context).replace(/\n/g, ' ');
  if (!text) return [];
  const depth = element === context.firstH1 ? 1 : Math.min(level + context.shift, 6);
  return [`${'#'.repeat(depth)} ${text}`];
}

function preformatted(element: HtmlElement): string {
  const text = element.childNodes.map(function raw(node: HtmlNode): string {
    if (isText(node)) return node.value;
    return isElement(node) ? node.childNodes.map(raw).join('') : '';
  });
  const body = text.join('').replace(/\n+$/, '');
  return body.trim() ? `\`\`\`\n${body.replace(/```/g, "'''")}\n\`\`\`` : '';
}

function wrapBold(text: string): string {
  return text ? `**${text.replace(/\n/g, ' ')}**` : '';
}

function nonEmpty(block: string): string[] {
  return block ? [block] : [];
}
