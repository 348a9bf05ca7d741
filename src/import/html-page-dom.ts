import type { DefaultTreeAdapterTypes } from 'parse5';

export type HtmlNode = DefaultTreeAdapterTypes.ChildNode;
export type HtmlElement = DefaultTreeAdapterTypes.Element;
export type HtmlParent = DefaultTreeAdapterTypes.ParentNode;

export function isElement(node: HtmlNode | HtmlParent): node is HtmlElement {
  return 'tagName' in node;
}

export function isText(node: HtmlNode): node is DefaultTreeAdapterTypes.TextNode {
  return node.nodeName === '#text';
}

/** The value of an attribute, or `undefined` when the element has none. */
export function attribute(element: HtmlElement, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

/** The element's class names and id, lower-cased: what a page's chrome is usually named by. */
export function namesOf(element: HtmlElement): string[] {
  const classes = (attribute(element, 'class') ?? '').toLowerCase().split(/\s+/);
  const id = (attribute(element, 'id') ?? '').toLowerCase();
  return [...classes, id].filter(Boolean);
}

export function childElements(element: HtmlParent): HtmlElement[] {
  return element.childNodes.filter(isElement);
}

/** Every element under `root` (itself included) that `match` accepts, in document order. */
export function findElements(
  root: HtmlParent,
  match: (element: HtmlElement) => boolean,
): HtmlElement[] {
  const found: HtmlElement[] = [];
  const visit = (node: HtmlParent) => {
    if (isElement(node) && match(node)) found.push(node);
    for (const child of node.childNodes) if ('childNodes' in child) visit(child);
  };
  visit(root);
  return found;
}

/** The text under a node, its white space collapsed. */
export function textOf(node: HtmlNode | HtmlParent): string {
  const parts: string[] = [];
  const visit = (at: HtmlNode | HtmlParent) => {
    if ('value' in at && at.nodeName === '#text') parts.push(at.value);
    if ('childNodes' in at) for (const child of at.childNodes) visit(child);
  };
  visit(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
