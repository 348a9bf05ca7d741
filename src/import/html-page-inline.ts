import { isPageChrome } from './html-page-chrome.ts';
import { attribute, type HtmlElement, type HtmlNode, isElement, isText } from './html-page-dom.ts';

/** Where a page's relative links point: its `<base>`, canonical or `og:url` address. */
export interface InlineContext {
  base: string | undefined;
}

/**
 * Markdown for a run of inline HTML: text with its white space collapsed, links (made absolute
 * against the page's address), bold, italics, code and images with their alt text.
 */
export function inlineMarkdown(nodes: readonly HtmlNode[], context: InlineContext): string {
  const text = nodes.map((node) => nodeMarkdown(node, context)).join('');
  return text
    .split('\n')
    .map((line) => escapeLineStart(tidySpaces(line)))
    .filter(Boolean)
    .join('\n');
}

function nodeMarkdown(node: HtmlNode, context: InlineContext): string {
  if (isText(node)) return escapeText(node.value.replace(/\s+/g, ' '));
  if (!isElement(node) || isPageChrome(node)) return '';
  const inner = () => inlineMarkdown(node.childNodes, context).replace(/\n/g, ' ');
  switch (node.tagName) {
    case 'br':
      return '\n';
    case 'img':
      return imageMarkdown(node, context);
    case 'a':
      return linkMarkdown(node, inner(), context);
    case 'strong':
    case 'b':
      return wrap(inner(), '**');
    case 'em':
    case 'i':
      return wrap(inner(), '*');
    case 'code':
    case 'kbd':
    case 'samp':
      return codeSpan(node);
    default:
      // A `<span>` or `<time>` laid out as a box of its own still reads as a word of its own.
      return ` ${node.childNodes.map((child) => nodeMarkdown(child, context)).join('')} `;
  }
}

function wrap(text: string, mark: string): string {
  return text ? ` ${mark}${text}${mark} ` : '';
}

function codeSpan(element: HtmlElement): string {
  const text = element.childNodes
    .map((child) => (isText(child) ? child.value : ''))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return text ? `\`${text.replace(/`/g, "'")}\`` : '';
}

function linkMarkdown(element: HtmlElement, text: string, context: InlineContext): string {
  const href = absoluteUrl(attribute(element, 'href'), context.base);
  if (!text) return '';
  return href ? ` [${text}](${href}) ` : ` ${text} `;
}

function imageMarkdown(element: HtmlElement, context: InlineContext): string {
  const alt = (attribute(element, 'alt') ?? '').replace(/\s+/g, ' ').trim();
  const src = absoluteUrl(attribute(element, 'src'), context.base);
  return alt && src ? ` ![${escapeText(alt)}](${src}) ` : '';
}

/** The link's address, absolute; `undefined` for in-page anchors and scripts. */
export function absoluteUrl(
  href: string | undefined,
  base: string | undefined,
): string | undefined {
  const trimmed = href?.trim();
  if (!trimmed || trimmed.startsWith('#') || /^javascript:/i.test(trimmed)) return undefined;
  try {
    return encodeURI(decodeURI(new URL(trimmed, base).href)).replace(/[()]/g, encodeURIComponent);
  } catch {
    // Without a base a relative address stays as written, which still names the page.
    return /^[\w./-]+$/.test(trimmed) ? trimmed : undefined;
  }
}

/** Text with the characters markdown would read as markup escaped. */
function escapeText(text: string): string {
  return text.replace(/[\\`*[\]<]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\$&');
}

/** One space between words, none inside brackets or before punctuation. */
function tidySpaces(line: string): string {
  return line
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ (?=[,.;:!?)])/g, '')
    .replace(/(?<=[(]) /g, '')
    .trim();
}

/** A line that would open a heading, quote or list in markdown keeps its characters as text. */
function escapeLineStart(line: string): string {
  return line
    .replace(/^(#{1,6}(?=\s|$)|>|[-+](?=\s))/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s)/, '$1\\$2');
}
