import { decodeEntities } from './html-entities.ts';

/**
 * A CV page of a static-site theme writes each entry as a `<div>`: the dates in a floated
 * `<span>`, the title in `<strong>`, the employer in `<em>`, the details in `<ul><li>`. This
 * rewrites such a block into the markdown entry it stands for — the title line, the dates on the
 * line after it, the details as bullets — so the entry readers see one entry, not one long line.
 * `undefined` for any other block.
 */
export function entryBlockMarkdown(html: string): string | undefined {
  if (!ENTRY_BLOCK.test(html) || !/<(?:strong|b)\b/i.test(html)) return undefined;
  const dates: string[] = [];
  const rest = html.replace(DATE_SPAN, (_whole, inner: string) => {
    dates.push(inner.replace(/<[^>]+>/g, ' ').trim());
    return ' ';
  });
  if (dates.length === 0) return undefined;
  const text = decodeEntities(
    rest
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<\/?(?:strong|b)\b[^>]*>/gi, '**')
      .replace(/<\/?(?:em|i)\b[^>]*>/gi, '*')
      .replace(/<a\b[^>]*\bhref\s*=\s*"([^"]*)"[^>]*>([\s\S]*?)<\/a\s*>/gi, '[$2]($1)')
      .replace(/<li\b[^>]*>/gi, '\n- ')
      .replace(/<\/(?:div|ul|ol|p|section|article)\s*>|<br\b[^>]*>/gi, '\n')
      .replace(/<[^>]+>/g, ' '),
  );
  const blocks: string[] = [];
  for (const entry of text.split(/\n\s*\n|\n(?=\s*\*\*)/)) {
    const lines = entry
      .split('\n')
      .map((line) => line.replace(/[ \t]+/g, ' ').trim())
      .filter(Boolean);
    const [head, ...more] = lines;
    if (!head) continue;
    const when = head.startsWith('**') ? dates.shift() : undefined;
    blocks.push([head, ...(when ? [when] : []), ...(more.length ? ['', ...more] : [])].join('\n'));
  }
  return blocks.join('\n\n');
}

/** `<div class="cv-entry">`, `<section class="resume-item">`: an entry's wrapper. */
const ENTRY_BLOCK = /^\s*<(?:div|section|article|li)\b[^>]*>/i;

/** `<span class="float-right text-muted">09/2020 – 02/2023</span>`: a span holding a year. */
const DATE_SPAN =
  /<span\b[^>]*>((?:(?!<\/span)[\s\S]){0,60}?\b(?:19|20)\d\d\b(?:(?!<\/span)[\s\S]){0,40}?)<\/span\s*>/gi;

/**
 * `<span class="skill-label">Data:</span> PostgreSQL, BigQuery<br>`: labelled lines broken by
 * `<br>`, one list item each ("- **Data:** PostgreSQL, BigQuery"). `undefined` for other blocks.
 */
export function labelledLinesMarkdown(html: string): string | undefined {
  const lines = html
    .replace(/^\s*<(?:div|p|section)\b[^>]*>|<\/(?:div|p|section)\s*>\s*$/gi, '')
    .split(/<br\b[^>]*>/i)
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length < 2 || !lines.every((line) => LABELLED_LINE.test(line))) return undefined;
  return lines
    .map((line) => {
      const [, label = '', rest = ''] = LABELLED_LINE.exec(line) ?? [];
      const plain = (text: string) => decodeEntities(text.replace(/<[^>]+>/g, ' ')).trim();
      return `- **${plain(label)}** ${plain(rest).replace(/\s+/g, ' ')}`;
    })
    .join('\n');
}

/** A line that opens with its label in a tag: `<span …>Data:</span> PostgreSQL`. */
const LABELLED_LINE =
  /^<(?:span|b|strong|em|i)\b[^>]*>([^<]{2,40}:)\s*<\/(?:span|b|strong|em|i)\s*>\s*(.+)$/is;
