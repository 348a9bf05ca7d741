/**
 * Splits `text` where `pattern` matches outside parentheses: "modelled a warehouse (Kimball-style;
 * Snowflake, but BigQuery is fine too); SQL" splits once, after the closing bracket.
 */
export function splitOutsideBrackets(text: string, pattern: RegExp): string[] {
  const masked = maskBrackets(text);
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
  const parts: string[] = [];
  let start = 0;
  for (const match of masked.matchAll(new RegExp(pattern.source, flags))) {
    if (match[0] === '') continue;
    parts.push(text.slice(start, match.index));
    start = match.index + match[0].length;
  }
  parts.push(text.slice(start));
  return parts;
}

/** The text with everything inside parentheses (not the brackets) blanked to one inert letter. */
function maskBrackets(text: string): string {
  let depth = 0;
  let out = '';
  for (const c of text) {
    if (c === ')') depth = Math.max(0, depth - 1);
    out += depth > 0 ? 'x'.repeat(c.length) : c;
    if (c === '(') depth++;
  }
  return out;
}
