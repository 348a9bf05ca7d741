import { badgeName } from './badge-names.ts';
import { iconBlockNames } from './icon-images.ts';
import { stripTags, tidyName } from './line-text.ts';

/**
 * Profile READMEs lay things out with an HTML `<table>` that tabulates nothing: a row per skill
 * group ("**Backend**" beside a cell of icons), a row per job (a logo beside "<b>Title</b> @
 * Company<br><sub>dates · place</sub>"), two cells side by side ("About" | "Currently"). This
 * reads such a table as the markdown its rows stand for; `undefined` for a table of data.
 */
export function layoutTableMarkdown(table: string): string | undefined {
  // A header row makes it a table of data, read column by column.
  if (/<th\b/i.test(table)) return undefined;
  const rows = [...table.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr\s*>/gi)].map((row) =>
    [...(row[1] ?? '').matchAll(/<td\b[^>]*>([\s\S]*?)<\/td\s*>/gi)].map((cell) => cell[1] ?? ''),
  );
  if (rows.length === 0) return undefined;
  const out: string[] = [];
  for (const cells of rows) {
    const icons = iconRow(cells);
    if (icons !== undefined) {
      out.push(icons);
      continue;
    }
    const card = cardRow(cells, rows.length === 1);
    if (card === undefined) return undefined;
    out.push(`\n${card}\n`);
  }
  return out.join('\n');
}

/** Short words in a cell: a label ("Backend", "Cloud / Ops"), not a line of text. */
function isLabelCell(cell: string): boolean {
  const text = tidyName(stripTags(cell));
  return !/<(?:br|p|li|h\d)\b/i.test(cell) && !/\d/.test(text) && text.split(/\s+/).length <= 4;
}

/**
 * "**Backend**" | icons: one line "Backend: Kotlin, Java", one skill per icon; a row of icons
 * with no label is a line of their names.
 */
function iconRow(cells: readonly string[]): string | undefined {
  const names = cells.map((cell) => {
    const icons = iconBlockNames(cell).map((icon) => icon.name);
    return icons.length > 0 ? icons : badgeNames(cell);
  });
  if (!names.some((list) => list.length > 0)) return undefined;
  const others = cells.filter((_, index) => names[index]?.length === 0);
  if (!others.every(isLabelCell)) return undefined;
  // An employer's or a school's logo is no skill.
  if (names.flat().some((name) => /\blogo\b/i.test(name))) return undefined;
  const label = others
    .map((cell) => tidyName(stripTags(cell)).replace(/:$/, ''))
    .filter(Boolean)
    .join(' ');
  const list = names.flat().join(', ');
  return label ? `- **${label}:** ${list}` : `- ${list}`;
}

/** A cell of shields.io badges and nothing else: the name each badge shows. */
function badgeNames(cell: string): string[] {
  const tags = [...cell.matchAll(/<img\b[^>]*>/gi)].map((match) => match[0]);
  if (tags.length === 0 || stripTags(cell.replace(/<img\b[^>]*>/gi, '')).trim() !== '') return [];
  const names = tags.map((tag) => {
    const alt = /\balt\s*=\s*"([^"]*)"/i.exec(tag)?.[1]?.trim();
    return alt || badgeName(/\bsrc\s*=\s*"([^"]*)"/i.exec(tag)?.[1] ?? '');
  });
  if (!names.every(Boolean)) return [];
  // A shields.io badge names its skill; any other image only by a short alt text that names
  // a thing ("Jetpack Compose"), not a picture ("screenshot of the app", "GitHub stats").
  return tags.every(
    (tag, i) =>
      /img\.shields\.io\/badge\//i.test(tag) || isNameAlt(/\balt\s*=/i.test(tag), names[i]),
  )
    ? names
    : [];
}

const PICTURE_WORDS =
  /\b(?:screenshot|screen|banner|demo|gif|preview|photo|picture|image|logo|stats|streak|trophy|trophies|graph|chart|visitors?|views?|header|footer|animation|me|profile)\b/i;

/** An alt text that names one thing: a few words, none of them a picture's. */
function isNameAlt(hasAlt: boolean, name: string | undefined): boolean {
  return hasAlt && !!name && name.split(/\s+/).length <= 3 && !PICTURE_WORDS.test(name);
}

/**
 * A logo beside a card of lines ("<b>Title</b> @ Company<br><sub>dates · place</sub>"), or the
 * cells of a one-row layout: each text cell read as its own block, the images left out.
 */
function cardRow(cells: readonly string[], layout: boolean): string | undefined {
  const texts = cells.filter((cell) => stripTags(cell.replace(/<img\b[^>]*>/gi, '')).trim());
  const logo = texts.length < cells.length;
  const blocky = texts.some((cell) => /<(?:br|p|li|h\d|sub)\b/i.test(cell));
  // "<b>Title</b> @ Company<br>dates": an entry written as a bold line and the lines under it.
  const entry = texts.some((cell) => /^\s*<(?:b|strong)\b/i.test(cell) && /<br\b/i.test(cell));
  if (texts.length === 0 || !blocky || !(logo || layout || entry)) return undefined;
  const blocks = texts.map(blockMarkdown);
  // The cells of one entry ("Title @ Company" | "dates") are its lines; a layout's are blocks.
  return layout && !logo ? blocks.join('\n\n') : withBullets(blocks.join('\\\n'));
}

/**
 * "**Title** @ Company", "*dates · place*", then plain lines: what the job was, a bullet each,
 * as an experience entry writes its highlights. Under a bare name, the lines are its summary.
 */
function withBullets(block: string): string {
  const lines = block.split('\\\n');
  const plainAt = lines.findIndex((line, index) => index > 0 && !/^[*#-]/.test(line));
  if (plainAt < 0) return block;
  // "**[tidepool](…)**" and what it is, with no dates: a name and its summary on one line.
  if (plainAt === 1 && !/\b(?:19|20)\d\d\b/.test(lines[0] ?? ''))
    return `${lines[0]} — ${lines.slice(1).join(' ')}`;
  const bullets = lines.slice(plainAt).map((line) => `- ${line}`);
  return `${lines.slice(0, plainAt).join('\\\n')}\n\n${bullets.join('\n')}`;
}

/** The markdown of one cell: headings, bullets, paragraphs and line breaks kept. */
function blockMarkdown(html: string): string {
  return (
    html
      .replace(/\s+/g, ' ')
      .replace(/<img\b[^>]*>/gi, '')
      .replace(/<a\b[^>]*\bhref\s*=\s*"([^"]*)"[^>]*>([\s\S]*?)<\/a\s*>/gi, '[$2]($1)')
      .replace(/<(b|strong)\b[^>]*>\s*([\s\S]*?)\s*<\/\1\s*>/gi, '**$2**')
      .replace(/<(i|em|sub|sup|small)\b[^>]*>\s*([\s\S]*?)\s*<\/\1\s*>/gi, '*$2*')
      .replace(/<code\b[^>]*>([\s\S]*?)<\/code\s*>/gi, '`$1`')
      .replace(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1\s*>/gi, (_w, d: string, t: string) => {
        return `\n\n${'#'.repeat(Number(d))} ${t.trim()}\n\n`;
      })
      .replace(/<li\b[^>]*>/gi, '\n- ')
      .replace(/<\/?(?:ul|ol|p|div)\b[^>]*>/gi, '\n\n')
      // A backslash at a line's end is markdown's own line break.
      .replace(/<br\b[^>]*>/gi, '\\\n')
      .replace(/<[^>]+>/g, ' ')
      .split('\n')
      .map((line) => line.trim())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .replace(/\\(?=\n\n|\s*$)/g, '')
      .trim()
  );
}
