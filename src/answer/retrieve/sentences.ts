/** Words whose trailing full stop does not end a sentence ("Dr. Smith", "Acme Inc. in Berlin"). */
const ABBREVIATIONS = new Set([
  'approx',
  'cf',
  'dr',
  'etc',
  'fig',
  'inc',
  'jr',
  'ltd',
  // "max. 2 office days", "min. 3 years": a bound before its number.
  'max',
  'min',
  'mr',
  'mrs',
  'ms',
  'no',
  'prof',
  'sr',
  'st',
  'vs',
  // German and French CVs: "zzgl. MwSt.", "inkl. Kafka Streams", "ca. 40 Mio.", "env. 3 ans".
  'bzw',
  'ca',
  'env',
  'ggf',
  'inkl',
  'mio',
  'mrd',
  'usw',
  'vgl',
  'evtl',
  'zzgl',
]);

/** A candidate end: ".", "!" or "?" (closing quotes or brackets after it) and then a space. */
const END = /[.!?]["'”’)\]]*\s+/g;
/** Initialisms such as "e.g.", "i.e.", "U.S.", "a.k.a." keep their stops. */
const INITIALISM = /(?:^|[\s(])(?:\p{L}\.){2,}$|(?:^|[\s(])\p{L}\.$/u;

/**
 * The sentences of a paragraph, each trimmed; a line with one sentence comes back whole. A
 * stop ends a sentence when an upper-case letter, a digit or an opening quote follows and the
 * word before it is no abbreviation.
 */
export function sentences(paragraph: string): string[] {
  const out: string[] = [];
  let start = 0;
  END.lastIndex = 0;
  for (let m = END.exec(paragraph); m; m = END.exec(paragraph)) {
    const cut = m.index + m[0].length;
    const next = paragraph[cut];
    if (!next || !/[\p{Lu}\d"“'(]/u.test(next)) continue;
    const before = paragraph.slice(start, m.index + 1);
    if (paragraph[m.index] === '.' && endsInAbbreviation(before)) continue;
    // "– “Sharing is caring? Three years of …”": a quoted title's "?" ends no sentence.
    if (insideQuotes(paragraph.slice(start, m.index))) continue;
    out.push(paragraph.slice(start, cut).trim());
    start = cut;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/**
 * Whether a double quote opened in the text is still open at its end: “…”, "…", and German
 * „…“, which a keyboard often closes with a straight quote („…").
 */
function insideQuotes(text: string): boolean {
  if (!/["“„]/.test(text)) return false;
  let open: string | undefined;
  for (const ch of text) {
    if (open === undefined) {
      if (ch === '“' || ch === '„' || ch === '"') open = ch;
    } else if (ch === '”' || ch === '"' || (ch === '“' && open === '„')) open = undefined;
  }
  return open !== undefined;
}

function endsInAbbreviation(text: string): boolean {
  if (INITIALISM.test(text)) return true;
  const word = /([\p{L}]+)\.$/u.exec(text)?.[1];
  return word !== undefined && ABBREVIATIONS.has(word.toLowerCase());
}
