import { withoutBoardChrome } from './board-chrome.ts';
import { withoutOthersComments, withoutOthersMessages } from './comment-thread.ts';
import { FIT_DEFAULTS } from './defaults.ts';
import { headingKind } from './heading-kinds.ts';
import { inlineNumbered } from './inline-numbered.ts';
import { readTable } from './jd-table.ts';
import { readCheckboxes, unfoldToggles } from './page-blocks.ts';
import { LIST_MARK as BULLET, reflow } from './reflow.ts';
import { QUESTION_TO_READER } from './requirement-cues.ts';
import { hasHashtag, iconListed, isTopicTags, withoutHashes } from './social-post.ts';
import { stackedLabels } from './stacked-labels.ts';
import { yamlBlocks } from './yaml-block.ts';

/** One meaningful line of a job description, its markup removed. */
export interface JdLine {
  text: string;
  /** A section title ("Requirements", "**Nice to have**", "WHAT YOU'LL BRING:"). */
  heading: boolean;
  /** A list item (-, *, •, o, 1., a)). */
  bullet: boolean;
  /** A heading only by its shape (short, no full stop): trusted only if its words name a section. */
  guessed?: boolean;
  /** A markdown heading's depth (1 for "#"); none for a heading shown by emphasis or shape. */
  level?: number;
  /** Right below another line, with no blank line between. */
  tight?: boolean;
  /** The heading of the table column that ticks this row ("Required", "Preferred"). */
  label?: string;
  /** A list item's indentation in columns, when it is indented: a nested item. */
  indent?: number;
}

const MARKDOWN_HEADING = /^\s*#{1,6}\s+/;
// "ours are a mess rn :sweat_smile:": a chat's emoji written as its code, which would end the line
// on a colon as a heading does. Read once the lines are joined, where it may end a chat line.
const EMOJI_CODES = /(?<=\S)\s+(?::[a-z][a-z0-9_+-]*:)+(?=\s|$)/g;
// ":white_check_mark: dbt in production": a chat's emoji code opening a line marks an item.
const LEADING_EMOJI_CODES = /^(\s*)(?::[a-z][a-z0-9_+-]*:\s*)+(?=\S)/;
const WRAPPED_EMPHASIS = /^(\*\*|__)(.+?)\1\s*:?\s*$/;
const SENTENCE_END = /[.!?;]["')\]]?$/;

/** Splits a job description into lines, telling headings and bullets apart from prose. */
export function readLines(text: string): JdLine[] {
  const lines: JdLine[] = [];
  const pasted = withoutBoardChrome(
    withoutOthersMessages(
      withoutOthersComments(unquoted(fromHtml(text.replace(/\r\n?/g, '\n'))).split('\n')),
    ),
  );
  const raws = inlineNumbered(
    reflow(readCheckboxes(unfoldToggles(yamlBlocks(stackedLabels(pasted))))),
  ).map((raw) => raw.replace(EMOJI_CODES, '').replace(LEADING_EMOJI_CODES, '$1• '));
  for (let i = 0; i < raws.length; i++) {
    const table = readTable(raws, i, clean);
    if (table) {
      // Each row is a list item of its own.
      for (const row of table.rows) lines.push({ ...row, heading: false, bullet: true });
      i += table.taken - 1;
      continue;
    }
    const raw = raws[i] ?? '';
    if (raw.trim() === '' || /^\s*([-*_=])\1{2,}\s*$/.test(raw) || isTopicTags(raw)) continue;
    if (FORM_FIELD.test(raw)) continue;
    const tight = i > 0 && (raws[i - 1] ?? '').trim() !== '';
    const indent = /^[ \t]*/.exec(raw)?.[0].replace(/\t/g, '    ').length ?? 0;
    for (const line of readLine(raw, iconListed(raws, i))) {
      const placed = line.bullet && indent > 0 ? { ...line, indent } : line;
      lines.push(tight ? { ...placed, tight } : placed);
    }
  }
  return lines;
}

/**
 * An application form pasted with the posting: "Resume/CV *", "Will you require visa
 * sponsorship? *" are fields to fill in, and "* indicates a required field" explains them.
 */
const FORM_FIELD = /[^\s*]\s+\*\s*$|^\s*\*\s+(?:indicates|denotes|marks)\b.*\brequired\b/i;

/** "> - Strong Python" in a forwarded mail: the quoted text is read as if it stood alone. */
const unquoted = (text: string): string => text.replace(/^[ \t]*(?:>[ \t]?)+/gm, '');

const HTML = /<\/?(?:ul|ol|li|p|br|div|h[1-6]|strong|b|em|i|span|aside|details|summary)\b[^>]*>/i;

/** A job description pasted as HTML: list items and headings on lines of their own, tags gone. */
function fromHtml(text: string): string {
  if (!HTML.test(text)) return text;
  return (
    text
      // A toggle's summary ("▸ Must-haves") titles what the toggle holds.
      .replace(/<(?:h[1-6]|summary)\b[^>]*>\s*[▸▹►▶]?\s*/gi, '\n## ')
      .replace(/<li\b[^>]*>/gi, '\n- ')
      .replace(
        /<(?:br|\/p|\/div|\/h[1-6]|\/li|\/ul|\/ol|\/?aside|\/?details|\/summary)\b[^>]*>/gi,
        '\n',
      )
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&nbsp;/g, ' ')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
  );
}

/** "3. MANDATORY CRITERIA (knock-out)": a numbered section of a tender, its title in capitals. */
function numberedCapitals(raw: string, body: string): boolean {
  if (!/^\s*\d{1,2}[.)]\s/.test(raw)) return false;
  const title = body.replace(/\([^()]*\)/g, ' ').trim();
  return /\p{Lu}{2}/u.test(title) && !/\p{Ll}/u.test(title) && title.split(/\s+/).length <= 8;
}

function readLine(raw: string, listed: boolean): JdLine[] {
  if (MARKDOWN_HEADING.test(raw)) {
    const level = raw.trim().indexOf(' ');
    return [
      { text: clean(raw.replace(MARKDOWN_HEADING, '')), heading: true, bullet: false, level },
    ];
  }
  const body = raw.replace(BULLET, '').trim();
  if ((listed && titlesExclusions(body)) || numberedCapitals(raw, body))
    return [{ text: clean(body), heading: true, bullet: false }];
  const bullet = listed || BULLET.test(raw);
  // A bold question to the reader is an item of a list of questions, not a title.
  if (QUESTION_TO_READER.test(clean(body)))
    return [{ text: clean(body), heading: false, bullet: true }];
  const emphasised = WRAPPED_EMPHASIS.exec(body);
  if (emphasised?.[2] && !bullet) {
    return [{ text: clean(emphasised[2]), heading: true, bullet: false }];
  }
  const inline = splitInlineHeading(body);
  if (inline && !bullet) {
    return [
      { text: inline.heading, heading: true, bullet: false },
      { text: inline.rest, heading: false, bullet: false },
    ];
  }
  const text = clean(body);
  if (text === '') return [];
  const shape = bullet ? 'none' : headingShape(body);
  const line = { text, heading: shape !== 'none', bullet, guessed: shape === 'guessed' };
  // "Senior #golang dev wanted:": a post's title line asks, in its hashtags, for what it names.
  if (line.heading && hasHashtag(body)) {
    return [line, { text: text.replace(/:$/, ''), heading: false, bullet: true }];
  }
  return [line];
}

/**
 * "🚫 You don't need" over "🚫 A degree": the first line of an icon-led list may title it; a
 * title saying what is not needed keeps the items under it from being read as asks.
 */
function titlesExclusions(body: string): boolean {
  const text = clean(body);
  return headingShape(body) !== 'none' && headingKind(text) === 'excluded';
}

/** "**You have:** five years of Go" → a heading and its text. */
function splitInlineHeading(body: string): { heading: string; rest: string } | undefined {
  const match = /^(?:\*\*|__)([^*_]{2,60}?):?(?:\*\*|__):?\s+(.+)$/.exec(body);
  if (!match?.[1] || !match[2]) return undefined;
  return { heading: clean(match[1]), rest: clean(match[2]) };
}

function headingShape(body: string): 'sure' | 'guessed' | 'none' {
  const text = clean(body);
  if (text.length === 0 || text.length > FIT_DEFAULTS.maxHeadingLength) return 'none';
  if (/:$/.test(text)) return 'sure';
  // "Location: Remote (UK only)" is a labelled line, not a title.
  if (/:\s+\S/.test(text)) return 'none';
  // "nice to haves?" asked in a thread: the list the next message gives is of that kind.
  if (/\?$/.test(text) && text.split(/\s+/).length <= 4) {
    const kind = headingKind(text.replace(/\?$/, ''));
    if (kind === 'must' || kind === 'nice') return 'sure';
  }
  if (SENTENCE_END.test(text)) return 'none';
  const letters = text.replace(/[^A-Za-z]/g, '');
  if (letters.length >= 3 && letters === letters.toUpperCase()) return 'sure';
  // A short title-like line: few words, no sentence punctuation, no comma-separated list.
  // "Dein Profil – das bringst du mit": short phrases joined by a dash, one naming a section.
  const parts = text.split(/\s+[–—|]\s+/);
  const named =
    parts.length > 1 &&
    parts.every((part) => part.split(/\s+/).length <= 6) &&
    parts.some((part) => headingKind(part) !== undefined);
  return (text.split(/\s+/).length <= 6 || named) && !text.includes(',') ? 'guessed' : 'none';
}

// "⚠️ Non-negotiable", "💡 TL;DR": a callout's icon is decoration, not a word. A tick alone stays.
const ICON = String.raw`\p{Extended_Pictographic}|\u{FE0F}|\u{200D}`;
const LEADING_ICONS = new RegExp(String.raw`^(?:\s|${ICON})+(?!\s|${ICON}|$)`, 'u');

/** Strips markdown emphasis, links and stray whitespace; keeps the words. */
export function clean(text: string): string {
  return withoutHashes(text)
    .replace(LEADING_ICONS, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|`)/g, '')
    .replace(/(^|\s)_(\S[^_]*\S|\S)_(?=\s|$|[.,;:])/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}
