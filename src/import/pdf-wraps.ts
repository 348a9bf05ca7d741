/**
 * Joins a line a PDF wrapped to the text before it. A hyphen at the end of a line, before a
 * word in lower case, is kept and the space dropped ("retail-" + "banking" → "retail-banking",
 * "linkedin.com/in/jane-" + "doe"): browsers and word processors break lines at the hyphens a
 * text already has. The hyphen goes when the typesetter drew it to split a word: a hyphen
 * character no one types (U+2010, U+00AD, which browsers draw at a soft hyphen), or a word the
 * document writes elsewhere whole and never hyphenated ("Kuber-" + "netes").
 */
export function joinWrapped(before: string, after: string, words: ReadonlySet<string>): string {
  const end = /(\p{L}+)([-\u2010\u00AD])$/u.exec(before);
  const head = /^\p{Ll}[\p{L}\p{N}]*/u.exec(after)?.[0];
  if (!end || head === undefined) return `${before} ${after}`;
  const [, stem = '', hyphen] = end;
  const whole = `${stem}${head}`.toLowerCase();
  const split = hyphen !== '-' || (words.has(whole) && !words.has(`${stem}-${head}`.toLowerCase()));
  return split ? `${before.slice(0, -1)}${after}` : `${before}${after}`;
}
