/**
 * "Requirements 1) four years of Go; 2) strong SQL; 3) you live in Spain. Preferred: Kafka, dbt":
 * a paragraph holding a numbered list inline. The words before "1)" title the list, each
 * numbered item is a list item, and the text after the last item's full stop is a paragraph of
 * its own.
 */

/** "1) ", "2. " or "(3) " standing for an item's number inside prose. */
const NUMBER = /(?:^|\s)\(?(\d{1,2})[.)]\s+/g;
/** The title before the first item: a few words, no sentence of their own. */
const TITLE = /^[\p{L}'’ -]{2,40}:?$/u;

/** Rewrites each paragraph with an inline numbered list into a title, items and the rest. */
export function inlineNumbered(raws: readonly string[]): string[] {
  return raws.flatMap((raw) => numberedParagraph(raw) ?? [raw]);
}

function numberedParagraph(raw: string): string[] | undefined {
  const marks = [...raw.matchAll(NUMBER)];
  // Numbered from 1 and counting up: "1) … 2) … 3)", not a stray "3) " in a sentence.
  if (marks.length < 3 || !marks.every((m, i) => Number(m[1]) === i + 1)) return undefined;
  const first = marks[0] as RegExpMatchArray;
  const title = raw.slice(0, first.index).trim();
  if (!TITLE.test(title)) return undefined;
  const items: string[] = [];
  marks.forEach((mark, i) => {
    const start = (mark.index ?? 0) + mark[0].length;
    const next = marks[i + 1]?.index ?? raw.length;
    items.push(raw.slice(start, next).trim().replace(/[;,]$/, ''));
  });
  const last = items.pop() ?? '';
  const cut = /^(.*?[.!?])\s+(?=\p{Lu})(.*)$/u.exec(last);
  const lastItem = cut?.[1] ?? last;
  const rest = cut?.[2];
  return [
    '',
    `## ${title.replace(/:$/, '')}`,
    ...[...items, lastItem.replace(/\.$/, '')].map((item) => `- ${item}`),
    '',
    ...(rest ? [rest, ''] : []),
  ];
}
