import { withoutLatexCommands } from './latex-commands.ts';

/**
 * The words of a LaTeX fragment as one line of inline markdown, the way the page shows them:
 * accents composed, `--` a dash, `~` a space, `\href{url}{text}` a markdown link, styling and
 * unknown commands gone with their words kept.
 */
export function latexText(fragment: string): string {
  let text = composeAccents(fragment)
    .replace(/\\\\(?:\[[^\]]*\])?|\\newline\b|\\par\b/g, ' ')
    .replace(/\$?\\(sim|rightarrow|to|leftarrow|pm|times|approx|leq|geq|cdot)\b\$?/g, (_, name) =>
      mathSymbol(name),
    )
    .replace(/(?<!\\)\$/g, '')
    .replace(/\\url\{([^{}]*)\}/g, '$1')
    // `\begin{cventries}`, `\end{tabular}`: an environment's name is no word of the page.
    .replace(/\\(?:begin|end)\s*\{[^{}]*\}(?:\[[^\]]*\])?/g, ' ');
  for (let pass = 0; pass < 8; pass++) {
    const next = withoutLatexCommands(text);
    text = next.text;
    if (next.removed === 0) break;
  }
  return text
    .replace(/``/g, '“')
    .replace(/''/g, '”')
    .replace(/---/g, '—')
    .replace(/--/g, '–')
    .replace(/(?<!\\)~/g, ' ')
    .replace(
      /\\(textbullet|ldots|dots|textasciitilde|euro|EUR|texttrademark|textregistered)\b/g,
      (_, name) => NAMED_SYMBOLS[name] ?? '',
    )
    .replace(/\\[,;:! ]/g, ' ')
    .replace(/\\[A-Za-z]+\*?(?:\[[^\]]*\])?/g, '')
    .replace(/(?<!\\)[{}]/g, '')
    .replace(/\\([{}~])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A fragment holding lists: the prose around them and each `\item` as a line of its own. */
export function latexItems(fragment: string): { prose: string; items: string[] } {
  const items: string[] = [];
  const prose = fragment.replace(
    /\\begin\{(itemize|enumerate|description|cvitems)\}([\s\S]*?)\\end\{\1\}/g,
    (_match, _list, body: string) => {
      for (const item of body.split(/\\item\b(?:\s*\[[^\]]*\])?/).slice(1)) {
        const line = latexText(item);
        if (line) items.push(line);
      }
      return ' ';
    },
  );
  return { prose: latexText(prose), items };
}

const NAMED_SYMBOLS: Readonly<Record<string, string>> = Object.freeze({
  textbullet: '•',
  ldots: '…',
  dots: '…',
  textasciitilde: '\\~',
  euro: '€',
  EUR: '€',
  texttrademark: '™',
  textregistered: '®',
});

function mathSymbol(name: string): string {
  const symbols: Record<string, string> = {
    sim: '\\~',
    rightarrow: '→',
    to: '→',
    leftarrow: '←',
    pm: '±',
    times: '×',
    approx: '≈',
    leq: '≤',
    geq: '≥',
    cdot: '·',
  };
  return symbols[name] ?? '';
}

// `\'e`, `\'{e}`, `\c{c}`, `\~n`: the letter with its combining mark.
const ACCENTS: Readonly<Record<string, string>> = Object.freeze({
  "'": '\u0301',
  '`': '\u0300',
  '^': '\u0302',
  '"': '\u0308',
  '~': '\u0303',
  '=': '\u0304',
  '.': '\u0307',
  c: '\u0327',
  v: '\u030C',
  u: '\u0306',
  H: '\u030B',
  r: '\u030A',
});

const LETTERS: Readonly<Record<string, string>> = Object.freeze({
  o: 'ø',
  O: 'Ø',
  ss: 'ß',
  ae: 'æ',
  AE: 'Æ',
  oe: 'œ',
  OE: 'Œ',
  aa: 'å',
  AA: 'Å',
  l: 'ł',
  L: 'Ł',
  i: 'ı',
});

function composeAccents(text: string): string {
  return text
    .replace(
      /\{?\\(o|O|ss|ae|AE|oe|OE|aa|AA|l|L|i)\b\}?(?:\{\})?/g,
      (_, name: string) => LETTERS[name] ?? name,
    )
    .replace(/\{?\\(['`^"~=.])\s*\{?([A-Za-zı])\}?\}?/g, (_, mark: string, letter: string) =>
      `${letter === 'ı' ? 'i' : letter}${ACCENTS[mark] ?? ''}`.normalize('NFC'),
    )
    .replace(/\{?\\([cvuHr])\s*\{([A-Za-z])\}\}?/g, (_, mark: string, letter: string) =>
      `${letter}${ACCENTS[mark] ?? ''}`.normalize('NFC'),
    );
}
