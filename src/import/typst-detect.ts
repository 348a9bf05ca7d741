/**
 * A Typst source (`cv.typ`): `#import "@preview/…"`, `#show: … .with(`, `#let name(…) =`,
 * `#set page(`/`#set text(` lines and `=` headings, with nothing only markdown or AsciiDoc
 * writes. AsciiDoc also heads its page with `= Title`, but has `:attr:` lines, `[source]`,
 * `----` blocks and `link:`; Typst calls functions with `#`.
 */
const TYPST_LINES = [
  /^[ \t]*#import\s+"@preview\//,
  /^[ \t]*#show\s*:\s*[\w.-]+/,
  /^[ \t]*#let\s+[\w-]+\s*(?:\([^)]*\))?\s*=/,
  /^[ \t]*#set\s+(?:page|text|par|document|heading)\s*\(/,
];
const TYPST_CALL = /^[ \t]*#[A-Za-z][\w-]*(?:\.[\w-]+)?[([]/m;
const HEADING = /^=+[ \t]+\S/m;
const MARKDOWN = /^#{1,6}[ \t]|\]\(|^```|^\s*<\w/m;
const ASCIIDOC =
  /^:[\w-]+:(?:[ \t]|$)|^\[(?:source|quote|cols)\b|^-{4,}[ \t]*$|\blink:\S|^include::/m;

export function isTypst(text: string): boolean {
  if (MARKDOWN.test(text) || ASCIIDOC.test(text)) return false;
  const lines = text.split(/\r?\n/);
  const statements = lines.filter((line) => TYPST_LINES.some((pattern) => pattern.test(line)));
  if (statements.length === 0) return false;
  return statements.length >= 2 || HEADING.test(text) || TYPST_CALL.test(text);
}
