/**
 * Text pasted from a PDF arrives hard-wrapped: a bullet runs on over indented lines, a word is
 * hyphenated across the break ("Kuber-" / "netes") and each page ends in a footer and starts
 * with a running header. Reflowing puts each bullet and paragraph back on one line, so the
 * reader sees whole requirements and page furniture never splits a list.
 */

/**
 * A list item's mark at the start of a raw line (a PDF's "o" as well as "-" or "•"). A PDF set
 * in Symbol or Wingdings pastes its bullets as private-use glyphs (U+F0B7) or as the Latin
 * letters those fonts map them to ("ü" a tick, "Ø" an arrow, "§" a square) before a capital.
 * A Japanese posting's "・" needs no space after it. A tender numbers its criteria "M1.", "D3.".
 */
export const LIST_MARK =
  /^\s*(?:(?:[-*+•●◦▪‣–—·✓✔→>\u{F000}-\u{F0FF}]|[oüØ§](?=\s+\p{Lu})|\d{1,2}[.)]|[a-z][.)]|\p{Lu}{1,2}\d{1,2}[.):])\s+|・\s*)/u;

const PAGE_FOOTER = /\bpage\s+\d+\s*(?:of|\/)\s*\d+\b/i;
/** A running header set in columns: text, a wide gap, more text. */
const COLUMNS = /\S\s{4,}\S/;
const SENTENCE_END = /[.!?:;]["')\]]?\s*$/;
const ROOM_SLACK = 6;
const LONGEST_WRAP = 100;
/** A prose line this long or longer that stops mid-sentence was wrapped by the page, not ended. */
const WRAP_WIDTH = 40;

/** Joins wrapped lines and drops page footers and running headers. */
export function reflow(raws: readonly string[]): string[] {
  // A chat message ("Sanne Bakker  10:42 AM" above it) is typed one thought a line.
  const chat = raws.some((raw) => CHAT_HEADER.test(raw));
  const out: string[] = [];
  // Whether the last kept line is a list item or runs on from one.
  let inItem = false;
  let afterFooter = false;
  // The source line before this one: a page wraps each line, not the paragraph joined so far.
  let lastRaw = '';
  for (const raw of raws) {
    if (PAGE_FOOTER.test(raw) && !LIST_MARK.test(raw)) {
      afterFooter = true;
      continue;
    }
    if (raw.trim() === '') {
      out.push(raw);
      inItem = false;
      continue;
    }
    if (afterFooter) {
      afterFooter = false;
      if (COLUMNS.test(raw.trim()) && !LIST_MARK.test(raw)) continue;
    }
    const last = out.length > 0 ? out[out.length - 1] : undefined;
    const joined =
      last !== undefined && !chat ? joinWrapped(last, raw, inItem, lastRaw) : undefined;
    lastRaw = raw;
    if (joined !== undefined) {
      out[out.length - 1] = joined;
      continue;
    }
    out.push(raw);
    inItem = LIST_MARK.test(raw);
  }
  return out;
}

/**
 * "Sanne Bakker  10:42 AM", "Priya R. — Today at 9:15", "**Sanne Bakker**  10:42 AM" (the
 * sender in bold, as a copied Slack message has it): a chat message's sender and time.
 */
const CHAT_HEADER =
  /^\s*(?:\*\*|__)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\*\*|__)?\s*(?:[—–-]\s*)?(?:Today at\s+|Yesterday at\s+)?\d{1,2}:\d{2}\s*(?:[AP]M)?\s*$/iu;

/** "…long story 😅", "…in this thread :pray:": a chat line ends where its emoji closes it. */
const CHAT_END = /(?:\p{Extended_Pictographic}|:[a-z0-9_+-]+:)\uFE0F?\s*$/u;

/**
 * Whether the next line's first word would have fitted on this one: a page wraps a line only
 * when the next word does not fit, so a line shorter than the one after it by more than that
 * word ended where its writer ended it.
 */
function roomLeft(head: string, tail: string): boolean {
  const firstWord = tail.split(/\s+/)[0] ?? '';
  // An e-mail client wraps at about 72 columns, give or take a few: within that, the line was
  // full.
  return head.trim().length + 1 + firstWord.length + ROOM_SLACK < tail.length;
}

/** The previous line with this one run on, or undefined when this line starts afresh. */
function joinWrapped(
  last: string,
  raw: string,
  inItem: boolean,
  lastRaw: string,
): string | undefined {
  if (last.trim() === '' || LIST_MARK.test(raw) || /^\s*(?:#|\||<)/.test(raw)) return undefined;
  const head = last.trimEnd();
  const tail = raw.trim();
  // "Kuber-" / "netes": a word broken at the line's end.
  if (/\p{Ll}-$/u.test(head) && /^\p{Ll}/u.test(tail)) return head.slice(0, -1) + tail;
  // An indented line under a list item is the item running on, as in markdown.
  const hanging = inItem && /^\s/.test(raw);
  // "nice: payments exp (stripe/adyen), graphql": a short label opens a line of its own.
  const wrapped =
    /^\p{Ll}/u.test(tail) &&
    !/^\p{L}[\p{L} -]{0,20}:\s/u.test(tail) &&
    !SENTENCE_END.test(head) &&
    !CHAT_END.test(head) &&
    head.trim().length >= WRAP_WIDTH &&
    !roomLeft(lastRaw, tail) &&
    // A chat's or a mail's long lines ran as long as their writer typed them: no page or
    // editor wraps past about 100 columns.
    Math.max(lastRaw.trim().length, tail.length) <= LONGEST_WRAP;
  // "… pitch in on the internal admin tool in" / "TypeScript and React …": a long line left
  // open on a small word runs on, whatever the next one starts with.
  const open =
    OPEN_WORD.test(head) &&
    head.trim().length >= WRAP_WIDTH &&
    !/^\p{L}[\p{L} -]{0,20}:\s/u.test(tail);
  return hanging || wrapped || open ? `${head} ${tail}` : undefined;
}

const OPEN_WORD =
  /\s(?:of|in|to|and|or|the|a|an|with|for|on|at|by|from|as|into|is|are|be|need|needs|your|our|their|you|who|that|which)$/i;
