import { gfmTable } from './gfm-table.ts';
import { isPageChrome } from './html-page-chrome.ts';
import {
  childElements,
  type HtmlElement,
  type HtmlNode,
  isElement,
  isText,
  textOf,
} from './html-page-dom.ts';
import { type InlineContext, inlineMarkdown } from './html-page-inline.ts';

/** Renders the blocks of an element, for the items that hold more than a line. */
export type BlockRenderer = (element: HtmlElement) => string[];

/**
 * `<ul>`/`<ol>` as `-` items; an item's own paragraphs and lists stay under it, indented. A
 * list whose items carry headings (a timeline of jobs, a grid of cards) is a run of entries:
 * each item's blocks follow one another.
 */
export function listMarkdown(list: HtmlElement, render: BlockRenderer): string[] {
  const items = childElements(list).filter((item) => item.tagName === 'li' && !isPageChrome(item));
  if (items.some(hasHeading)) return items.flatMap(render);
  const text = items
    .map((item) => render(item).join('\n').replace(/\n/g, '\n  '))
    .filter((line) => line.trim() !== '')
    .map((line) => `- ${line}`)
    .join('\n');
  return text ? [text] : [];
}

function hasHeading(element: HtmlElement): boolean {
  return childElements(element).some(
    (child) => /^h[1-6]$/.test(child.tagName) || (!isPageChrome(child) && hasHeading(child)),
  );
}

/** `<dl>` as `- **term:** definition` items. */
export function definitionList(list: HtmlElement, context: InlineContext): string {
  const lines: string[] = [];
  let term = '';
  for (const child of childElements(list).flatMap((c) =>
    c.tagName === 'div' ? childElements(c) : [c],
  )) {
    const text = inlineMarkdown(child.childNodes, context).replace(/\n/g, ' ');
    if (child.tagName === 'dt') term = text;
    else if (child.tagName === 'dd' && text)
      lines.push(term ? `- **${term.replace(/:$/, '')}:** ${text}` : `- ${text}`);
  }
  return lines.join('\n');
}

/** `<table>` as a GFM table, its first row the header. */
export function tableMarkdown(table: HtmlElement, context: InlineContext): string {
  const rows = rowsOf(table).map((row) =>
    childElements(row)
      .filter((cell) => cell.tagName === 'td' || cell.tagName === 'th')
      .map((cell) =>
        inlineMarkdown(cell.childNodes, context).replace(/\n/g, ' ').replace(/\|/g, '\\|'),
      ),
  );
  return gfmTable(rows);
}

export function rowsOf(table: HtmlElement): HtmlElement[] {
  return childElements(table).flatMap((child) =>
    child.tagName === 'tr'
      ? [child]
      : ['thead', 'tbody', 'tfoot'].includes(child.tagName)
        ? childElements(child).filter((row) => row.tagName === 'tr')
        : [],
  );
}

// What a tag cloud's items are made of: short inline boxes, side by side.
const CLOUD_ITEM = new Set([
  'span',
  'a',
  'code',
  'kbd',
  'small',
  'strong',
  'b',
  'em',
  'mark',
  'abbr',
  'div',
  'li',
]);
const SEPARATOR = /^[\s,·•|/;]*$/;

/** The limits of a tag cloud: enough items, each a few words at most. */
export const TAG_CLOUD = Object.freeze({ minItems: 3, maxWords: 5, maxChars: 40 });

/** A tag cloud's items, and the label set before them ("Stack:"), when there is one. */
export interface TagCloud {
  label?: string;
  items: string[];
}

/**
 * The items of a tag cloud (`<div class="tags"><span>Go</span><span>Rust</span>…`): an element
 * holding nothing but several short inline boxes and separators between them, perhaps after a
 * label ending in a colon (`<b>Stack:</b>`). `undefined` for anything else.
 */
export function tagCloud(element: HtmlElement, context: InlineContext): TagCloud | undefined {
  const children = element.childNodes.filter((child) => !isText(child) || child.value.trim());
  const first = children[0];
  const label =
    first && /:\s*$/.test(textOf(first)) && textOf(first).length <= TAG_CLOUD.maxChars
      ? textOf(first)
      : undefined;
  const items: HtmlElement[] = [];
  for (const child of label ? children.slice(1) : children) {
    if (isText(child) ? !SEPARATOR.test(child.value) : !isCloudItem(child, items)) return undefined;
  }
  if (items.length < TAG_CLOUD.minItems) return undefined;
  const texts = items.map((item) =>
    inlineMarkdown(
      item.childNodes.length > 0 && item.tagName === 'a' ? [item] : item.childNodes,
      context,
    ).replace(/\n/g, ' '),
  );
  return label ? { label: label.replace(/:\s*$/, ''), items: texts } : { items: texts };
}

function isCloudItem(node: HtmlNode, items: HtmlElement[]): boolean {
  if (!isElement(node)) return true;
  if (isPageChrome(node)) return true;
  if (!CLOUD_ITEM.has(node.tagName)) return false;
  const text = textOf(node);
  if (text === '') return true;
  const words = text.split(' ').length;
  if (words > TAG_CLOUD.maxWords || text.length > TAG_CLOUD.maxChars) return false;
  if (
    node.childNodes.some(
      (child) =>
        isElement(child) &&
        !CLOUD_ITEM.has(child.tagName) &&
        child.tagName !== 'img' &&
        child.tagName !== 'svg' &&
        child.tagName !== 'i',
    )
  )
    return false;
  items.push(node);
  return true;
}
