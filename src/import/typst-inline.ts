import { readCall, type TypstArgs, type TypstValue } from './typst-source.ts';

/**
 * Typst markup inside a line as markdown: `*strong*` bold, `_emph_` and `` `raw` `` kept,
 * `#link("url")[text]` a markdown link, `#strong[…]`, `#text(…)[…]`, `#box`, `#align` their
 * text, `#h`/`#v` a space, `$math$` its text, escapes, dashes and `~` read as characters.
 */
export function typstInline(markup: string): string {
  let out = '';
  for (let i = 0; i < markup.length; i++) {
    const char = markup[i] ?? '';
    const rest = markup.slice(i, i + 80);
    if (char === '\\') {
      const next = markup[i + 1] ?? '';
      // A backslash before a line end (or a space) is Typst's line break.
      out += /\s/.test(next) || next === '' ? '\n' : next;
      i++;
    } else if (char === '#') {
      const name = /^#([A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*)/.exec(rest)?.[1];
      if (!name) {
        out += char;
        continue;
      }
      const [call, end] = readCall(markup, i + 1, name);
      out += valueMarkdown(call);
      i = end - 1;
    } else if (char === '*' && /\S/.test(markup[i + 1] ?? '')) {
      const end = markup.indexOf('*', i + 1);
      if (end < 0) out += char;
      else {
        out += `**${typstInline(markup.slice(i + 1, end)).trim()}**`;
        i = end;
      }
    } else if (char === '`' || char === '$') {
      const end = markup.indexOf(char, i + 1);
      const inner = end < 0 ? '' : markup.slice(i + 1, end);
      out += char === '`' ? `\`${inner}\`` : (MATH_SYMBOLS[inner.trim()] ?? inner.trim());
      i = end < 0 ? i : end;
    } else if (rest.startsWith('---')) {
      out += '—';
      i += 2;
    } else if (rest.startsWith('--')) {
      out += '–';
      i += 1;
    } else if (char === '~') out += ' ';
    else out += char;
  }
  return out.replace(/[ \t]{2,}/g, ' ').replace(/[ \t]*\n[ \t]*/g, '\n');
}

// Separators CV templates write as math (`$dot$`, `$|$`): the character, not the word.
const MATH_SYMBOLS: Readonly<Record<string, string>> = Object.freeze({
  dot: '·',
  'dot.c': '·',
  bullet: '•',
  bar: '|',
  'dash.em': '—',
  'dash.en': '–',
  arrow: '→',
  'arrow.r': '→',
});

const SPACES = new Set(['h', 'v', 'linebreak', 'colbreak', 'parbreak', 'pagebreak']);
const DROPPED = new Set(['image', 'fa-icon', 'icon', 'lorem', 'line', 'datetime.today', 'counter']);

/** A value as inline markdown: a string its text, content its markup read, a call its text. */
export function valueMarkdown(value: TypstValue | undefined): string {
  if (!value) return '';
  switch (value.kind) {
    case 'str':
      return value.text;
    case 'content':
      return typstInline(value.markup).trim();
    case 'args':
      return [...value.args.positional, ...value.args.named.values()]
        .map(valueMarkdown)
        .filter(Boolean)
        .join(', ');
    case 'call':
      return callMarkdown(value.name, value.args);
    default:
      return '';
  }
}

function callMarkdown(name: string, args: TypstArgs): string {
  const [first, ...rest] = args.positional;
  if (SPACES.has(name)) return ' ';
  if (DROPPED.has(name)) return '';
  if (name === 'link') {
    const url = valueMarkdown(first);
    const text = rest.map(valueMarkdown).join(' ').trim();
    return text && text !== url ? `[${text}](${url})` : url;
  }
  if (name === 'strong') return `**${valueMarkdown(first)}**`;
  if (name === 'emph') return `_${valueMarkdown(first)}_`;
  if (name === 'dates-helper') {
    const dates = ['start-date', 'end-date'].map((key) => valueMarkdown(args.named.get(key)));
    return dates.filter(Boolean).join(' – ');
  }
  return args.positional.map(valueMarkdown).filter(Boolean).join(' ');
}

/** Inline markdown as plain words: bold and emphasis marks gone. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\*\*|(?<!\w)_|_(?!\w)/g, '')
    .replace(/\s+-{2,3}\s+/g, ' – ')
    .replace(/\s+/g, ' ')
    .trim();
}
