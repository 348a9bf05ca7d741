// "Page 1 of 3": the footer of each page of a document saved as PDF and pasted as text, with the
// blank lines around it.
const FOOTER = /\n((?:[ \t]*\n)*)[ \t]*page \d+ of \d+[ \t]*(?:\n(?:[ \t]*\n)*|$)/gi;

/**
 * The text without page footers. A footer that cut a sentence in two ("stopped polling the /
 * Page 1 of 3 / database every 30 seconds.") joins its halves again; one between paragraphs
 * leaves them apart.
 */
export function withoutPageFooters(text: string): string {
  return text.replace(FOOTER, (_match, _blank, offset: number) => {
    const before = text.slice(0, offset).split('\n').pop() ?? '';
    const midSentence = before.trim() !== '' && !/[.!?:)\]]\s*$/.test(before);
    return midSentence ? '\n' : '\n\n';
  });
}
