import type { RootContent } from 'mdast';
import { stripTags, tidy } from './line-text.ts';

export interface HtmlHeader {
  /** Text of the first `<h1>`, e.g. "Hi 👋, I'm Priya Raman". */
  h1?: string;
  /** Text of the first `<h2>` or `<h3>` after it: the tagline under the greeting. */
  subtitle?: string;
  /** The nodes with those headings taken out of their HTML. */
  nodes: RootContent[];
}

const HEADING = /<h([1-3])\b[^>]*>([\s\S]*?)<\/h\1\s*>/gi;

/**
 * Reads the centred HTML greeting many profile READMEs open with:
 * `<h1 align="center">Hi 👋, I'm NAME</h1>` and `<h3 align="center">tagline</h3>`.
 */
export function readHtmlHeader(nodes: readonly RootContent[]): HtmlHeader {
  const header: HtmlHeader = { nodes: [] };
  for (const node of nodes) {
    if (node.type !== 'html') {
      header.nodes.push(node);
      continue;
    }
    const value = node.value.replace(HEADING, (whole, level: string, inner: string) => {
      const text = tidy(decodeEntities(stripTags(inner)));
      if (!text) return whole;
      if (level === '1' && header.h1 === undefined) header.h1 = text;
      else if (level !== '1' && header.subtitle === undefined && header.h1 !== undefined)
        header.subtitle = text;
      else return whole;
      return ' ';
    });
    header.nodes.push({ ...node, value });
  }
  return header;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d{1,7});/g, (whole, code: string) => character(Number(code)) ?? whole)
    .replace(
      /&#x([\da-f]{1,6});/gi,
      (whole, code: string) => character(Number.parseInt(code, 16)) ?? whole,
    )
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"');
}

function character(code: number): string | undefined {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}
