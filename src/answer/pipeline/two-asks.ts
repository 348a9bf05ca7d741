import type { Candidate } from './types.ts';
import { SCORES } from './types.ts';

// "Can you send me his GitHub and also tell me if he knows Vue?": two asks joined.
// "Where is she based and is she senior?": "and" before a question's own opening words.
const JOINS =
  /\s+and\s+also\s+|,\s*also\s+|\s+and\s+(?:can you\s+|could you\s+|please\s+)?(?:also\s+)?(?:tell|let)\s+me\b|\?\s+(?:and\s+|also\s+)?(?=\p{L})|,?\s+and\s+(?=(?:is|are|does|do|did|has|have|can|could|would|will)\s+(?:he|she|they|it)\b|(?:what|where|when|which|who|how)(?:['’]s)?\s+\p{L})/iu;

const PLAIN_AND = /,?\s+and\s+/i;

/** What every match of `JOINS` or `PLAIN_AND` holds, read with the same flags. */
const MAY_JOIN = /and|also|\?\s/iu;

/** A part's answer worth giving: a found one, or a searched absence. */
function said(c: Candidate): boolean {
  return c.absent === true
    ? c.score >= SCORES.absence
    : c.score >= SCORES.topic && c.answer.answered;
}

/**
 * Two asks of different kinds in one message (a contact channel and a skill, a place and the
 * years): each is answered, one after the other. Asks of one kind are left to that kind, which
 * answers several at once ("Go and Rust?").
 */
export function twoAsks(
  text: string,
  answer: (part: string) => Candidate | undefined,
): Candidate | undefined {
  // The cheap test first: every join holds an "and", an "also" or a question mark.
  if (!MAY_JOIN.test(text)) return undefined;
  const joined = JOINS.exec(text);
  // "his current designation and total experience": two topics joined by a bare "and" are two
  // asks only when each names a topic of its own; "Go and Rust" is one kind's list.
  const at = joined ?? PLAIN_AND.exec(text);
  if (!at) return undefined;
  const first = text.slice(0, at.index + (at[0].startsWith('?') ? 1 : 0)).trim();
  const second = text.slice(at.index + at[0].length).trim();
  if (first.split(/\s+/).length < 2 || second.split(/\s+/).length < 2) return undefined;
  const a = answer(first);
  const b = answer(second.replace(/^(?:tell|let)\s+me\s+(?:know\s+)?/i, ''));
  // "knows mqtt? what about BLE": two questions of one kind, each asked on its own, are
  // answered one after the other; one kind's list in one question is that kind's to answer.
  if (!a || !b || (a.kind === b.kind && !at[0].startsWith('?'))) return undefined;
  if (a.kind === b.kind && a.answer.title === b.answer.title) return undefined;
  if (!joined && (a.kind === 'search' || b.kind === 'search' || a.absent || b.absent))
    return undefined;
  // "where is he and is he open to remote?": a place, and an honest "doesn't mention remote
  // work" after the whole knowledge was searched, are both answers; one of them must find.
  if (!said(a) || !said(b) || (a.absent && b.absent)) return undefined;
  return {
    kind: a.kind,
    score: Math.max(a.score, b.score),
    why: `two asks: ${a.kind} and ${b.kind}`,
    evidence: [...a.evidence, ...b.evidence],
    answer: {
      ...a.answer,
      text: `${a.answer.text}\n\n${b.answer.text}`,
      fields: [...a.answer.fields, ...b.answer.fields],
      links: [...a.answer.links, ...b.answer.links],
    },
    ...(b.state ? { state: b.state } : a.state ? { state: a.state } : {}),
  };
}
