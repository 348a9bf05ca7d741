/**
 * "Languages ........... Java, TypeScript": a plain-text CV joins a label to its values with a
 * row of dots, as a table of contents does. The row is a colon, so the line reads as a labelled
 * list ("Languages: Java, TypeScript"). Four dots or more: three are an ellipsis.
 */
const DOT_LEADER = /^([ \t]*(?:[-*•]\s+)?)(\p{L}[^.\n]{0,40}?)[ \t]*\.{4,}[ \t]*(\S[^\n]*)$/gmu;

export function withDotLeaders(text: string): string {
  return text.includes('....') ? text.replace(DOT_LEADER, '$1$2: $3') : text;
}
