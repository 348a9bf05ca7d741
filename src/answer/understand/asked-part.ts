/**
 * The part of a message that is the question: how the asker wants the answer laid out, a plea
 * for help around the question, and examples after an open question are framing, left out
 * before the question is read.
 */
export function askedPart(message: string): string {
  return withoutExamples(withoutHelpMe(withoutPoliteRequest(withoutLayout(heard(message)))));
}

/**
 * "does he no SQL?": a word written as it sounds. After "does he", "no" can only be "know";
 * read so, the question is not about NoSQL.
 */
function heard(text: string): string {
  // The cheap test first: most questions hold no "no" before a space.
  if (!/no\s/iu.test(text)) return text;
  return text.replace(
    /\b((?:do|does|did)\s+(?:he|she|they|you|\p{Lu}\p{L}+)\s+)no\s+(?=\S)/giu,
    '$1know ',
  );
}

/**
 * "Kindly let me know his current designation", "please let me know if he knows Go": the
 * request around the question is courtesy; what follows it is asked.
 */
const POLITE_REQUEST =
  /^\s*(?:(?:please|pls|plz|kindly)\s+)?(?:do\s+)?let\s+(?:me|us)\s+know\s+(?:about\s+)?|^\s*kindly\s+(?:share|tell me|confirm|provide|mention|send)\s+(?:me\s+|us\s+)?(?:about\s+)?/i;

function withoutPoliteRequest(text: string): string {
  const m = POLITE_REQUEST.exec(text);
  return m && m[0].length < text.trim().length ? text.slice(m[0].length) : text;
}

/**
 * "summarise his profile in 3 bullets pls": how the asker wants the answer laid out says nothing
 * about what is asked; the answer keeps its own shape.
 */
const LAYOUT =
  /,?\s+(?:in|as|with)\s+(?:\d+|one|two|three|four|five|a few|a couple of|a|an|some)\s+(?:short\s+)?(?:bullets?|bullet points?|points|lines?|sentences?|words|paragraphs?|tweets?)\b/gi;

function withoutLayout(text: string): string {
  // The cheap test first: a layout names the bullets, points, lines or words it wants.
  if (!/bullet|point|line|sentence|word|paragraph|tweet/i.test(text)) return text;
  return text.replace(LAYOUT, '');
}

/**
 * "can you help me get in touch with him?": asking for help with a question is the question.
 * What follows is read as asked ("get in touch with him"); a task ("help me fix my script")
 * stays a task, as the refusal reads it at the start.
 */
const HELP_ME =
  /^\s*(?:(?:hi|hey|hello)[,!.]?\s+)?(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+)?)?(?:please\s+)?help\s+(?:me|us)\s+(?:to\s+)?(?=(?:get|find|reach|contact|understand|figure out|know|learn|see)\b)/i;

function withoutHelpMe(text: string): string {
  const m = HELP_ME.exec(text);
  return m ? text.slice(m[0].length) : text;
}

/**
 * "what kind of domain has he worked in, like banking or ecommerce?": an open question with
 * examples after it asks for the list; the examples only illustrate it. They are left out, so
 * that the open question is answered rather than a yes-or-no on each example.
 */
const OPEN = /^\s*(?:what|which)\b/i;
const EXAMPLES =
  /\s*(?:[,(—–]|\s-)\s*(?:like|such as|e\.g\.?|eg|for example|for instance|say)\s+[^;!?()]*?(?:\s+or)?\s*\)?(?=[?!.]*\s*$)/i;

function withoutExamples(text: string): string {
  if (!OPEN.test(text)) return text;
  const m = EXAMPLES.exec(text);
  if (!m || m.index === 0) return text;
  const before = text.slice(0, m.index);
  // What stays must still be a question of its own: "which of these, like …" is not.
  if (before.trim().split(/\s+/).length < 4) return text;
  return `${before}${text.slice(m.index + m[0].length)}`;
}
