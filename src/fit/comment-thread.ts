/**
 * A forum post copied with its comments ("u/someone · 4h" over each): only the poster speaks
 * for the job. A bot's reminder, an agency's pitch or a reader's question asks nothing of the
 * candidate; the poster's own replies (marked "OP", or under the name the post was made by)
 * may add to what the post asks.
 */

/** "u/quietloop · 1h", "    u/poster OP · 58m": the line that heads one comment. */
const COMMENT_HEAD =
  /^\s*u\/([\w-]+)(\s+OP)?\s*[·•|-]\s*\d+\s*(?:s|m|h|d|w|mo|y|min|mins|hr|hrs|hours?|days?)(?:\s+ago)?\s*$/i;

/** "Posted by u/poster · 5h": who made the post. */
const POSTED_BY = /\bposted by\s+u\/([\w-]+)/i;

/** The lines with every comment not written by the poster left out, headers included. */
export function withoutOthersComments(raws: readonly string[]): string[] {
  const poster = raws
    .map((raw) => POSTED_BY.exec(raw)?.[1])
    .find(Boolean)
    ?.toLowerCase();
  const out: string[] = [];
  let skipping = false;
  for (const raw of raws) {
    const head = COMMENT_HEAD.exec(raw);
    if (head) {
      const byPoster = Boolean(head[2]) || head[1]?.toLowerCase() === poster;
      skipping = !byPoster;
      out.push('');
      continue;
    }
    out.push(skipping ? '' : raw);
  }
  return out;
}

/**
 * "[10:42, 03/06/2025] +91 98450 21377: …" (WhatsApp on a phone, copied), "03/06/2025, 10:42 -
 * Sneha K: …" (an exported chat): the line that opens one message, and who sent it.
 */
const MESSAGE_HEAD =
  /^\s*(?:\[\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?,\s*\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\]|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}[:.]\d{2}(?:\s?[AaPp][Mm])?\s+-)\s+([^:]{1,40}):\s?(.*)$/;
/** What a chat app writes in place of a message: no words of the post. */
const CHAT_MARKER =
  /^\s*(?:↪️?\s*)?(?:forwarded(?: many times)?|<media omitted>|<attached: [^>]*>|this message was deleted)\s*$/i;

/**
 * A chat copied with its replies: the first sender forwarded the post; what others wrote
 * back ("is remote from india ok?") asks nothing of the candidate, and the sender's own later
 * messages may add to the post.
 */
export function withoutOthersMessages(raws: readonly string[]): string[] {
  let sender: string | undefined;
  let skipping = false;
  return raws.map((raw) => {
    const head = MESSAGE_HEAD.exec(raw);
    if (head) {
      const who = (head[1] ?? '').trim().toLowerCase();
      sender ??= who;
      skipping = who !== sender;
      const rest = head[2] ?? '';
      return skipping || CHAT_MARKER.test(rest) ? '' : rest;
    }
    return skipping || CHAT_MARKER.test(raw) ? '' : raw;
  });
}
