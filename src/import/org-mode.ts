import { readBlock, readDrawer, readTable } from './org-blocks.ts';
import { orgInline } from './org-inline.ts';

/**
 * A profile written in Emacs org-mode (a `cv.org` or `README.org`): `#+TITLE:`/`#+AUTHOR:`
 * keywords, `*` headings with TODO keywords and `:tags:`, property drawers, `[[url][text]]`
 * links, `| a | b |` tables and `#+begin_src` blocks. Rewritten into the markdown the readers
 * know. What org does not publish (a `:noexport:` subtree, a `COMMENT` heading, comment lines
 * and blocks) is left out, as are drawers that hold no facts and export settings.
 */
export function markOrgMode(text: string): { text: string; rewritten: boolean } {
  const lines = text.split(/\r?\n/);
  if (!isOrgMode(lines)) return { text, rewritten: false };
  const keywords = readKeywords(lines);
  const out = headerLines(keywords);
  const offset = out.length > 0 ? 1 : 0;
  out.push(...convertLines(dedentSections(lines), offset));
  const markdown = out.join('\n').replace(/\n{3,}/g, '\n\n');
  return { text: markdown.trim(), rewritten: true };
}

const KEYWORD = /^\s*#\+(\w+):\s*(.*?)\s*$/;
const HEADING = /^(\*+)\s+(.*?)\s*$/;
const MARKDOWN_SIGNS = /^#{1,6}\s|\]\(|^```|^\s*<\w/m;

/**
 * An export keyword only org writes (`#+TITLE:`, `#+AUTHOR:`, `#+OPTIONS:`), or at least two
 * `*` headings, one of them nested (`** `) or with a drawer or an org link beside them, in a
 * text with no markdown heading, link, fence or HTML.
 */
export function isOrgMode(lines: readonly string[]): boolean {
  if (lines.some((line) => /^#\+(?:title|author|options):/i.test(line))) return true;
  const headings = lines.filter((line) => HEADING.test(line));
  if (headings.length < 2 || MARKDOWN_SIGNS.test(lines.join('\n'))) return false;
  const nested = headings.some((line) => line.startsWith('** '));
  const orgOnly = lines.some((line) => /^\s*:PROPERTIES:\s*$|\[\[[^\]]+\]\[/.test(line));
  // Consecutive `* ` lines are a markdown list; headings stand apart from each other.
  const apart =
    headings.length >
    lines.filter((l, i) => HEADING.test(lines[i + 1] ?? '') && HEADING.test(l)).length * 2;
  return apart && (nested || orgOnly);
}

/** Body text indented under its heading (org's indent mode) brought to the margin. */
function dedentSections(lines: readonly string[]): string[] {
  const out: string[] = [];
  let start = 0;
  const flush = (end: number) => {
    const body = lines.slice(start, end);
    const margin = Math.min(
      ...body
        .filter((line) => line.trim() !== '')
        .map((line) => /^\s*/.exec(line)?.[0].length ?? 0),
    );
    out.push(...body.map((line) => (Number.isFinite(margin) ? line.slice(margin) : line)));
  };
  lines.forEach((line, i) => {
    if (!HEADING.test(line)) return;
    flush(i);
    out.push(line);
    start = i + 1;
  });
  flush(lines.length);
  return out;
}

function readKeywords(lines: readonly string[]): Map<string, string> {
  const keywords = new Map<string, string>();
  for (const line of lines) {
    const [, key = '', value = ''] = KEYWORD.exec(line) ?? [];
    if (key !== '' && value !== '' && !keywords.has(key.toLowerCase()))
      keywords.set(key.toLowerCase(), orgInline(value));
  }
  return keywords;
}

// A document title that names the kind of document rather than its owner.
const GENERIC_TITLE = /^(?:my\s+)?(?:cv|r[ée]sum[ée]|curriculum vitae|about(?: me)?|readme)$/i;

/** The owner's name as the top heading, then the subtitle, the title if it says more, the email. */
function headerLines(keywords: ReadonlyMap<string, string>): string[] {
  const author = keywords.get('author');
  const title = keywords.get('title');
  const name = author ?? title;
  if (!name) return [];
  const out = [`# ${name}`, ''];
  const rest = title?.replace(name, '').replace(/^[\s—–:|,-]+|[\s—–:|,-]+$/g, '') ?? '';
  if (author && rest !== '' && !GENERIC_TITLE.test(rest)) out.push(rest, '');
  const subtitle = keywords.get('subtitle');
  if (subtitle) out.push(subtitle, '');
  const email = keywords.get('email');
  if (email) out.push(`Email: ${email}`, '');
  return out;
}

// Task keywords, a priority cookie, and the tags at the end of a heading.
const TODO = /^(?:TODO|DONE|NEXT|WAITING|HOLD|CANCEL(?:L)?ED|STARTED|SOMEDAY)\s+/;
const PRIORITY = /^\[#[A-Z0-9]\]\s*/;
const TAGS = /\s+(:[\w@#%:]+:)\s*$/;

function convertLines(lines: readonly string[], offset: number): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const heading = HEADING.exec(lines[i] ?? '');
    if (heading) {
      i = convertHeading(lines, i, heading, offset, out);
      continue;
    }
    i = convertAt(lines, i, out);
  }
  return out;
}

/** A heading as its markdown level, or, when unpublished, nothing down to its next sibling. */
function convertHeading(
  lines: readonly string[],
  i: number,
  [, stars = '', rest = '']: RegExpExecArray,
  offset: number,
  out: string[],
): number {
  const tags = TAGS.exec(rest)?.[1] ?? '';
  const title = rest.replace(TAGS, '').replace(TODO, '').replace(PRIORITY, '').trim();
  if (/:noexport:/i.test(tags) || /^COMMENT\b/.test(title)) {
    let next = i + 1;
    while (next < lines.length && !isHeadingUpTo(lines[next] ?? '', stars.length)) next++;
    return next;
  }
  out.push('', `${'#'.repeat(Math.min(6, stars.length + offset))} ${orgInline(title)}`, '');
  return i + 1;
}

function isHeadingUpTo(line: string, level: number): boolean {
  const stars = HEADING.exec(line)?.[1];
  return stars !== undefined && stars.length <= level;
}

const LIST_ITEM = /^(\s*)(?:[-+]|(?<=\s)\*)\s+(?:\[[ xX-]\]\s+)?(.*)$/;
const ORDERED_ITEM = /^(\s*)(\d+|[a-z])[.)]\s+(.*)$/;
const DESCRIPTION = /^(.*?)\s+::(?:\s+(.*))?$/;

/** Converts the line at `i` (or the block, drawer or table it opens); returns the next index. */
function convertAt(lines: readonly string[], i: number, out: string[]): number {
  const line = lines[i] ?? '';
  const block = readBlock(lines, i, (body) => convertLines(body, 0)) ?? readDrawer(lines, i);
  if (block) {
    out.push(...block.out);
    return block.next;
  }
  if (/^\s*\|/.test(line)) {
    const table = readTable(lines, i);
    out.push('', ...table.out, '');
    return table.next;
  }
  if (/^\s*#(?:\s|$)/.test(line) || KEYWORD.test(line) || /^\s*#\+/.test(line)) return i + 1;
  if (/^\s*-{5,}\s*$/.test(line)) return i + 1;
  out.push(convertLine(line));
  return i + 1;
}

function convertLine(line: string): string {
  const item = LIST_ITEM.exec(line);
  if (item) {
    const [, indent = '', body = ''] = item;
    const description = DESCRIPTION.exec(body);
    const text = description
      ? `${orgInline(description[1] ?? '')}: ${orgInline(description[2] ?? '')}`.trimEnd()
      : orgInline(body);
    return `${indent}- ${text}`;
  }
  const ordered = ORDERED_ITEM.exec(line);
  if (ordered) return `${ordered[1]}1. ${orgInline(ordered[3] ?? '')}`;
  return orgInline(line);
}
