/**
 * A recruiter's sentence that lists what the client wants: "They need someone with 8+ years in
 * software engineering, strong hands-on AWS knowledge (the … Professional is a must), a good
 * grasp of event-driven architecture and comfort presenting to C-level stakeholders." Each item
 * is an ask of its own.
 */
import { splitOutsideBrackets } from './outside-brackets.ts';

/** "They need someone with A, B, C and D": the lead-in, then a list of asks. */
const SOMEONE_WITH =
  /^.*?\b(?:need|needs|want|wants|require|requires|looking for|seeking)\s+(?:someone|somebody|a candidate|candidates|an? [\w-]+(?: [\w-]+)?)\s+(?:with|who has|who have)\s+(.+)$/i;
/** "… and comfort presenting to …": the last item's "and" that opens an ask of its own. */
const AND_ASK =
  /\s+and\s+(?=(?:an? |the |some )?(?:good |strong |solid |deep |proven )?(?:comfort|experience|knowledge|grasp|understanding|familiarity|background|ability|skills?)\b)/i;
/** "(the AWS … Professional is a must for this one …)": a bracket that asks on its own. */
const ASKING_BRACKET =
  /\s*\(([^()]*\b(?:is|are) (?:a must|required|essential|mandatory)\b[^()]*)\)/i;

/**
 * "in a customer-facing, consulting or pre-sales role": words of one item that its commas split
 * (a word, then a short "X or Y noun" after it) are joined back.
 */
function withSerialAdjectives(items: readonly string[]): string[] {
  const out: string[] = [];
  for (const item of items) {
    const last = out.at(-1);
    if (last !== undefined && /^[\w-]+\s+or\s+[\w-]+(?:\s+[\w-]+)?$/.test(item.trim()))
      out[out.length - 1] = `${last}, ${item}`;
    else out.push(item);
  }
  return out;
}

export function someoneWith(sentence: string): string[] | undefined {
  const list = SOMEONE_WITH.exec(sentence.replace(/\.$/, ''))?.[1];
  if (!list) return undefined;
  const items = withSerialAdjectives(splitOutsideBrackets(list, /,\s+/)).flatMap((item, i, all) =>
    i === all.length - 1 ? item.split(AND_ASK) : [item],
  );
  if (items.length < 3) return undefined;
  return items.flatMap((item) => {
    const bracket = ASKING_BRACKET.exec(item);
    const plain = item.replace(/^(?:and|or)\s+/i, '').trim();
    return bracket?.[1] ? [plain.replace(bracket[0], '').trim(), bracket[1].trim()] : [plain];
  });
}
