/**
 * AsciiDoc's inline marks written the markdown way: `{name}` references resolved from the
 * document's attributes, `link:url[text]`, `url[text]` and `mailto:` links as `[text](url)`,
 * `image:url[alt]` as `![alt](url)`, `*strong*` and `_emphasis_` in markdown's signs, `--` as a
 * dash and a trailing ` +` as a hard line break.
 */
export function inlineMarkdown(line: string, attributes: ReadonlyMap<string, string>): string {
  return withMarkdownLinks(withAttributes(line, attributes))
    .replace(/(^|[^\p{L}\d*\\])\*(?=\S)([^*\n]*?\S)\*(?![\p{L}\d*])/gu, '$1**$2**')
    .replace(/(^|[^\p{L}\d_\\])_(?=\S)([^_\n]*?\S)_(?![\p{L}\d_])/gu, '$1*$2*')
    .replace(/(^|\s)--(?=\s|$)/g, '$1—')
    .replace(/\s\+$/, '  ');
}

// Attributes every AsciiDoc processor knows, standing for one character each.
const BUILT_IN: Readonly<Record<string, string>> = Object.freeze({
  nbsp: ' ',
  sp: ' ',
  empty: '',
  zwsp: '',
  amp: '&',
  lt: '<',
  gt: '>',
  plus: '+',
  startsb: '[',
  endsb: ']',
  vbar: '|',
  caret: '^',
  asterisk: '*',
  tilde: '~',
  backslash: '\\',
  backtick: '`',
  'two-colons': '::',
  'two-semicolons': ';;',
  apos: "'",
  quot: '"',
  deg: '°',
});

/** `{name}` replaced by the attribute's value; an unknown name stays as written. */
export function withAttributes(line: string, attributes: ReadonlyMap<string, string>): string {
  return line.replace(/\\?\{([\w-]+)\}/g, (whole: string, name: string) => {
    if (whole.startsWith('\\')) return whole.slice(1);
    const key = name.toLowerCase();
    return attributes.get(key) ?? BUILT_IN[key] ?? whole;
  });
}

// `image:url[alt, width]` (inline) and `image::url[alt]` (a block of its own).
const IMAGE = /image::?([^\s[\]]+)\[([^\]\n]*)\]/g;
// `link:url[text]`, `mailto:address[text]`, `https://…[text]`: a link with its shown text.
const LINK =
  /(?:link:([^\s[\]]+)|(mailto:[^\s[\]]+)|((?:https?|ftp|irc):\/\/[^\s[\]]+))\[([^\]\n]*)\]/g;
// `<<id,text>>` and `xref:file.adoc[text]`: links within the documents, shown as their text.
const CROSS_REFERENCE = /<<([^,>\n]+)(?:,\s*([^>\n]+))?>>|xref:[^\s[\]]+\[([^\]\n]*)\]/g;
// `kbd:[Ctrl+C]`, `btn:[Save]`, `pass:[…]`, `footnote:[…]`: their content as text.
const CONTENT_MACRO = /\b(kbd|btn|menu|pass|footnote|footnoteref|icon):([^\s[\]]*)\[([^\]\n]*)\]/g;

function withMarkdownLinks(line: string): string {
  return line
    .replace(
      IMAGE,
      (_, url: string, attributes: string) => `![${firstAttribute(attributes)}](${url})`,
    )
    .replace(LINK, (_, link?: string, mail?: string, bare?: string, text = '') => {
      const url = link ?? mail ?? bare ?? '';
      const shown = firstAttribute(text).replace(/\^$/, '');
      return shown === '' ? url.replace(/^mailto:/, '') : `[${shown}](${url})`;
    })
    .replace(CROSS_REFERENCE, (_, id?: string, text?: string, xref?: string) =>
      (text ?? xref ?? id ?? '').trim(),
    )
    .replace(CONTENT_MACRO, (_, kind: string, target: string, content: string) => {
      if (kind === 'footnote' || kind === 'footnoteref') return content ? ` (${content})` : '';
      return kind === 'icon' ? '' : content || target;
    });
}

/** `alt text, width=20` → "alt text"; a quoted first attribute keeps its commas. */
function firstAttribute(attributes: string): string {
  const quoted = /^\s*"([^"]*)"/.exec(attributes);
  if (quoted) return quoted[1] ?? '';
  const first = attributes.split(',')[0] ?? '';
  return first.includes('=') ? '' : first.trim();
}
