/** `text` as a regular expression that matches it literally: "C++ (17)" → "C\+\+ \(17\)". */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
