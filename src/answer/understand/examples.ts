/**
 * "what kind of domain has he worked in, like banking or ecommerce?": an open question with
 * examples after it asks for the list; the examples only illustrate it. They are left out, so
 * that the open question is answered rather than a yes-or-no on each example.
 */
const OPEN = /^\s*(?:what|which)\b/i;
const EXAMPLES =
  /\s*(?:[,(—–]|\s-)\s*(?:like|such as|e\.g\.?|eg|for example|for instance|say)\s+[^;!?()]*?(?:\s+or)?\s*\)?(?=[?!.]*\s*$)/i;

export function withoutExamples(text: string): string {
  if (!OPEN.test(text)) return text;
  const m = EXAMPLES.exec(text);
  if (!m || m.index === 0) return text;
  const before = text.slice(0, m.index);
  // What stays must still be a question of its own: "which of these, like …" is not.
  if (before.trim().split(/\s+/).length < 4) return text;
  return `${before}${text.slice(m.index + m[0].length)}`;
}
