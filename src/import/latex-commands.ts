/**
 * LaTeX left in a markdown résumé written for pandoc: layout commands on lines of their own,
 * `\hfill` pushing a date or a place to the right margin, `\textbf{…}` around words, and `--`
 * for a dash. Rendered, none of it is text; read raw, it glues fields together.
 */

// A line of layout alone: "\newpage", "\vspace{2mm}", "\noindent", "\bigskip".
const LAYOUT_LINE =
  /^[ \t]*(?:\\(?:newpage|clearpage|pagebreak|linebreak|noindent|bigskip|medskip|smallskip|vfill|hrulefill)\b|\\[vh]space\*?\{[^}\n]*\})(?:[ \t]*\\[vh]space\*?\{[^}\n]*\}|[ \t]*\\\w+\b)*[ \t]*(?:\r?\n|$)/gm;

// Space pushed between two fields of one line: the fields stay apart, as the page shows them.
const SPACERS = /[ \t]*(?:\\hfill\b|\\hspace\*?\{[^}\n]*\}|\\qquad\b|\\quad\b)[ \t]*/g;

// Commands that only style the words in their braces.
const STYLING =
  /\\(?:textbf|textit|emph|textsc|texttt|underline|textsf|textrm|mbox|small|large)\{([^{}\n]*)\}/g;

export interface Unlatexed {
  text: string;
  /** How many commands were taken out or translated. */
  removed: number;
}

/** The page without LaTeX layout and styling commands, with their words kept. */
export function withoutLatexCommands(text: string): Unlatexed {
  let removed = 0;
  const count = (replacement: string) => () => {
    removed++;
    return replacement;
  };
  const out = text
    .replace(LAYOUT_LINE, count('\n'))
    .replace(SPACERS, count(' — '))
    .replace(STYLING, (_match, words: string) => {
      removed++;
      return words;
    })
    .replace(/\\href\{([^{}\n]*)\}\{([^{}\n]*)\}/g, (_match, url: string, words: string) => {
      removed++;
      return `[${words}](${url})`;
    })
    // "Apr 2022 -- Present", "pp. 4121--4125": the en dash pandoc typesets for `--`.
    .replace(/(?<=\S) -- (?=\S)/g, ' – ')
    .replace(/(?<=\d)--(?=\d)/g, '–')
    .replace(/\\([&%$#_])/g, '$1');
  return { text: out, removed };
}
