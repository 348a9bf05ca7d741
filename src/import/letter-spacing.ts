/**
 * "C O N TA C T", "E X P E R I E N C E": headings set with wide letter spacing reach the text as
 * letters apart (a PDF's extractor, a copy from a styled page). Kerned pairs stay together
 * ("TA", "UA"), so a letter-spaced line is one of short upper-case pieces, most of them single
 * letters. Returns the line with the letters of each word joined; any other line as it is.
 */
export function unspaceLetters(text: string): string {
  const pieces = text.trim().split(/\s+/);
  const letters = pieces.filter((p) => /^\p{Lu}{1,3}$/u.test(p));
  const singles = letters.filter((p) => p.length === 1);
  const joiners = pieces.filter((p) => /^[&/·|+,:-]$/.test(p));
  if (pieces.length < 4 || letters.length + joiners.length < pieces.length) return text;
  if (singles.length < letters.length * 0.6) return text;
  // Words stay apart where the text kept a wider gap, and around "&", "/" or "·".
  return text
    .trim()
    .split(/\s{2,}/)
    .map((word) =>
      word
        .split(/\s+/)
        .join('')
        .replace(/([&/·|+])/g, ' $1 ')
        .replace(/([,:])/g, '$1 ')
        .trim(),
    )
    .join(' ')
    .replace(/\s+/g, ' ');
}
