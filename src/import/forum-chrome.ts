// "pkowalska 3 hours ago | parent | next [–]": the byline a comment page prints above a comment
// saved with it, and the "reply" link below it. Neither says anything about the owner.
const BYLINE =
  /^[ \t]*[\w.-]{2,40}[ \t]+(?:\d+|an?)[ \t]+(?:minute|hour|day|week|month|year)s?[ \t]+ago\b[^\n]*(?:\|[^\n]*)?$/gim;
const REPLY = /^[ \t]*(?:reply|\[-\]|\[–\])[ \t]*$/gim;

/** The text without a comment page's byline and "reply" lines; `removed` counts them. */
export function withoutForumChrome(text: string): { text: string; removed: number } {
  let removed = 0;
  const drop = () => {
    removed++;
    return '';
  };
  // Only a byline marks a saved comment: without one, a line "reply" is the owner's own.
  const withoutByline = text.replace(BYLINE, drop);
  if (removed === 0) return { text, removed };
  return { text: withoutByline.replace(REPLY, drop), removed };
}
