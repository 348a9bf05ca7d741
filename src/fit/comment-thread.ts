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
