import { parse } from 'parse5';
import { jsonLdPerson, type PagePerson } from './html-json-ld.ts';
import { childBlocks } from './html-page-blocks.ts';
import { isPageChrome } from './html-page-chrome.ts';
import {
  attribute,
  findElements,
  type HtmlElement,
  type HtmlParent,
  isElement,
} from './html-page-dom.ts';

// A saved page opens with its doctype or `<html>`, perhaps after a byte-order mark or comments.
const PAGE_START =
  /^(?:\uFEFF)?\s*(?:<!--[\s\S]*?-->\s*)*(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html\b|<html\b)/i;

/** Whether the text is a whole HTML document (a page saved from a browser), not markdown. */
export function isHtmlDocument(text: string): boolean {
  return PAGE_START.test(text);
}

export interface HtmlPage {
  /** The page's content as markdown: headings, paragraphs, lists, tables and links. */
  markdown: string;
  /** The `Person` the page describes in its JSON-LD, when it has one. */
  person: PagePerson | undefined;
}

/**
 * Reads a saved web page: the site around the owner's words (head, scripts, styles, icons,
 * navigation, footer, forms, banners, hidden parts) is set aside and the rest becomes the
 * markdown the profile reader understands.
 */
export function readHtmlPage(html: string): HtmlPage {
  const document = parse(html);
  const person = jsonLdPerson(document);
  const body = findElements(document, (element) => element.tagName === 'body')[0];
  if (!body) return { markdown: '', person };
  const h1s = findElements(body, (element) => element.tagName === 'h1').filter(
    (h1) => !insideChrome(h1, body),
  );
  const blocks = childBlocks(body, {
    base: pageAddress(document),
    shift: h1s.length > 1 ? 1 : 0,
    firstH1: h1s[0],
  });
  if (h1s.length === 0 && person?.name) blocks.unshift(`# ${person.name}`);
  return { markdown: `${blocks.join('\n\n')}\n`, person };
}

function insideChrome(element: HtmlElement, body: HtmlElement): boolean {
  for (let at: HtmlParent | null = element; at && at !== body; ) {
    if (!isElement(at)) return false;
    if (isPageChrome(at)) return true;
    at = at.parentNode;
  }
  return false;
}

/** The address relative links are read against: `<base href>`, the canonical link or `og:url`. */
function pageAddress(document: HtmlParent): string | undefined {
  const [found] = findElements(
    document,
    (element) =>
      (element.tagName === 'base' && attribute(element, 'href') !== undefined) ||
      (element.tagName === 'link' && attribute(element, 'rel') === 'canonical') ||
      (element.tagName === 'meta' && attribute(element, 'property') === 'og:url'),
  );
  const address = found && (attribute(found, 'href') ?? attribute(found, 'content'));
  return address && /^https?:\/\//i.test(address) ? address : undefined;
}
