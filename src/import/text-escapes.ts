// Punctuation that means nothing to markdown inside a line of text: "C\+\+", "C\#", "3\.2",
// "05/2020 \- present", "40\%". Emphasis, links, code, HTML and table signs keep their
// backslash, since the text is written back into markdown and read again.
const TEXT_ESCAPE = /\\([!"$%&'()+,\-./:;=?@^{}~])|(?<=\S)\\(#)/g;

/**
 * Text cut from the markdown source as Google Docs writes it, where a backslash stands before
 * ASCII punctuation (CommonMark: `\-` is `-`): the punctuation as typed, so that dates, names
 * and separators read as they do in any other document.
 */
export function withoutTextEscapes(text: string): string {
  return text.replace(TEXT_ESCAPE, (_escape, sign?: string, hash?: string) => sign ?? hash ?? '');
}
