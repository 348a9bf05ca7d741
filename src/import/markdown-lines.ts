import type { List, ListItem, PhrasingContent, RootContent, Table } from 'mdast';
import { type Link, UrlSchema } from '../knowledge/schema.ts';
import { badgeName } from './badge-names.ts';
import { looksLikePlace } from './entry-text.ts';
import { EMOJI, EMOJI_PART, hostLabel, plain, tidy, tidyName, withoutImages } from './line-text.ts';
import { competencyColumns, competencyGrid, skillTableRows } from './skill-table.ts';

/**
 * A profile README states facts one line at a time: a paragraph line, a bullet, a table row.
 * `Line` is that unit, read from the mdast with its bold label, links and nested bullets.
 */
export interface Line {
  /** Plain text of the whole line, emoji at its edges removed. */
  text: string;
  /** Plain text with its emoji, whitespace collapsed. */
  raw: string;
  /** `Frontend (Selective)` in `**Frontend (Selective):** React, Vue` or `Email: x`. */
  label?: string;
  /** `Name` in `**Name** — summary` or `[Name](url): summary`. */
  lead?: string;
  /** What follows the label or the lead, separators removed. */
  rest?: string;
  /** `Title` in `2026 — *Title*, Venue`: the first italic phrase after the line's start. */
  italic?: string;
  /** Opens with an italic phrase and goes on: `*Senior Developer* · Cebu City`. */
  opensItalic?: true;
  /** That opening italic phrase: `*A Talk Title.* Venue, 2023`. */
  openingItalic?: string;
  /** http(s) links in the line, labelled by their text. */
  links: Link[];
  /** Addresses of mailto: links. */
  emails: string[];
  /** Alt texts of images (badges often name a skill or a network). */
  images: string[];
  /** The line is made only of links, images and separators. */
  linkOnly: boolean;
  /** The whole line is bold or italic, as dates and places under a heading often are. */
  emphasised: boolean;
  /** Nested bullets, continuation lines and later paragraphs of a list item. */
  children: Line[];
  from: 'paragraph' | 'item' | 'heading' | 'row' | 'html';
}

/**
 * Splits a paragraph at hard breaks (`  ` or `<br>` at line end) and at soft line endings that
 * end a line on purpose. A soft line ending inside a sentence is the editor's wrapping (prose
 * hard-wrapped at 80 or 100 columns): those lines are joined back into one.
 */
export function splitPhrasing(children: readonly PhrasingContent[]): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]];
  const current = () => lines[lines.length - 1] as PhrasingContent[];
  // A line that ends at a node's edge ("… on the graphics desk at" then a link) carries on only
  // when its last word leaves it open; a bold name or a link there most often starts a line.
  let open = false;
  const carryOn = (following: string) => {
    if (!open) return;
    open = false;
    const before = plain(current()).trim();
    if (following.trim() && OPEN_ENDING.test(before) && /\w$/.test(before))
      current().push({ type: 'text', value: ' ' });
    else lines.push([]);
  };
  for (const node of children) {
    if (
      node.type === 'break' ||
      (node.type === 'html' && /^<br\s*\/?>$/i.test(node.value.trim()))
    ) {
      open = false;
      lines.push([]);
    } else if (node.type === 'text' && node.value.includes('\n')) {
      const parts = node.value.split('\n');
      parts.forEach((part, index) => {
        // "Dataharvest, 2025" / ": *Scraping …*": a definition list's term and its definition.
        const definition = index > 0 && DEFINITION.exec(part);
        if (definition) current().push({ type: 'text', value: ' — ' });
        else if (index === 0) carryOn(part);
        else if (index === parts.length - 1 && !part) open = true;
        else if (!isWrapped(plain(current()), part, sourceWidth(node, parts, index - 1)))
          lines.push([]);
        else current().push({ type: 'text', value: ' ' });
        const rest = definition ? part.slice(definition[0].length) : part;
        if (rest) current().push({ type: 'text', value: rest });
      });
    } else {
      carryOn(plain([node]));
      current().push(node);
    }
  }
  return lines.filter((line) => plain(line).trim() !== '' || line.some(isLinkish));
}

const DEFINITION = /^:[ \t]+/;

// A line that ends like this has not finished its sentence or its name.
const OPEN_ENDING =
  /(?:[,;(&/–—-]|\b(?:and|or|of|the|a|an|to|in|for|with|at|on|by|from|as|into|across|over|&))$/i;
// What a deliberately separate line starts with: a label, a date, an emoji or a bullet sign.
// A web address ("linkedin.com/in/…", "www.…") starts a line of links, never a sentence's end.
// "Résumé/CV:" alone before its link: the label ends the source line's text.
const OWN_LINE = new RegExp(
  `^(?:[^\\s:]{1,20}:(?:\\s|$)|\\d{4}\\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{4}\\b|[${EMOJI_PART}•▪▸►→|·└├╰↳⤷]|[-*+]\\s|https?://|www\\.|[\\w-]+(?:\\.[\\w-]+)+/)`,
  'u',
);
const OPEN_DATE =
  /^(?:\d{4}\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}\b)/;
const LABELLED_LIST = /^[^:]{1,30}:\s+[^:]*,\s*[^:,]+$/;
/** Lines this long were wrapped by an editor, not broken by hand. */
const WRAP_WIDTH = 70;
const SENTENCE_YEAR =
  /\s\p{Ll}[\p{L},]*\s+(?:since|in|from|until|till|by|during|around|before|after)\s+(?:\p{L}+\s+)?(?:19|20)\d\d$/u;

const DESCRIPTION_BEGUN = /\s[—–-]\s+(?:an?|the)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+$/iu;

const count = (text: string, char: string) => text.split(char).length - 1;

/**
 * How far across the source its line `index` of a text node reaches: "**[pgwatchdog](…)**: a
 * small Go daemon that watches" fills 90 columns of the file though its text is 50 long.
 */
function sourceWidth(node: PhrasingContent, parts: readonly string[], index: number): number {
  const part = parts[index] ?? '';
  return index === 0 ? (node.position?.start.column ?? 1) - 1 + part.length : part.length;
}

/** The next source line carries on the text of the line before it. */
function isWrapped(before: string, next: string, width = 0): boolean {
  const previous = before.trim();
  // The editor's wrapping shows in the file's columns, the markup of links included.
  const long = Math.max(previous.length, width) >= WRAP_WIDTH;
  const following = next.trim();
  if (!previous || !following) return false;
  // "… zero outages in" / "2025.", "… roles starting in" / "February 2027.": a sentence left
  // open on a word carries on into a year or a month.
  if (OPEN_ENDING.test(previous) && /\w$/.test(previous) && OPEN_DATE.test(following)) return true;
  // "(formerly Ladies Learning" / "Code), 2017", "(Kafka" / "→ ClickHouse)": a bracket left
  // open carries on, unless a list item follows.
  if (count(previous, '(') > count(previous, ')') && !/^(?:[-*+•]\s|\|)/.test(following))
    return true;
  if (OWN_LINE.test(following)) return false;
  // "Brackenfield, UK · m.ashcombe@…": a line of parts with an address is a header line.
  if (/\s[·|]\s/.test(following) && /@|https?:\/\/|www\./.test(following)) return false;
  // "Gender: Male | Phone: … | Email: …" / "Current City: Hangzhou | GitHub: …": a line of
  // labelled parts, or one that opens with a label of a few words, stands on its own.
  if (
    /\s[|·]\s.*\s[|·]\s/.test(previous) ||
    /^\p{Lu}[^\s:]{0,19}(?:\s[^\s:]{1,20}){1,2}:\s/u.test(following)
  )
    return false;
  // "**Tidepool** — an open-source" / "SwiftUI app for …": a description begun after a dash
  // that is so far an article and a word or two has not named its thing yet.
  if (DESCRIPTION_BEGUN.test(previous)) return true;
  // "Weights &" / "Biases, Hydra, LaTeX": an unfinished line carries on, whatever follows.
  if (OPEN_ENDING.test(previous) && !/[,;]$/.test(previous)) return true;
  if (looksLikePlace(following)) return false;
  if (/^\p{Ll}/u.test(following) && !/[.!?:]$/.test(previous)) return true;
  if (OPEN_ENDING.test(previous)) return true;
  // "Cloud: AWS (S3, Glue), Azure" / "Data Factory": a labelled list carries on into a few
  // words that end no sentence.
  if (LABELLED_LIST.test(previous) && /^[^.!?]{1,40}$/.test(following)) return true;
  // "… lived in Vienna for a couple of years, and since 2019" / "I've lived in Ljubljana": a
  // long line whose sentence runs on into a year ("since 2019") was wrapped there.
  if (long && SENTENCE_YEAR.test(previous)) return true;
  // "**2022–present** · Research Software Engineer, Dept. of X, UK" / "Lead developer of …": a
  // line opening on its dates, its parts set apart, heads what follows, whatever its end.
  if (
    /^\**(?:19|20)\d\d\b/.test(previous) &&
    /\s[·|]\s/.test(previous) &&
    /^\p{Lu}/u.test(following)
  )
    return false;
  // "**Andes Pagos**, Santiago — Engineer → Senior Engineer (2013–2019)" / "Payments APIs …":
  // a line that closes on its dates heads what follows, however long.
  if (/(?:(?:19|20)\d\d|present|now|current|today)\s*\)?$/i.test(previous)) return false;
  return long && !/[:]$/.test(previous);
}

function isLinkish(node: PhrasingContent): boolean {
  return (
    node.type === 'link' ||
    node.type === 'image' ||
    (node.type === 'html' && /<(?:img|a)\b/i.test(node.value))
  );
}

const SEPARATOR_AFTER_LEAD = /^\s*(?:[—–:|·•,]|-(?=\s))\s*/;
// "\"Sleeping properly: power debugging\" — a talk": a colon inside an opening quote is no label.
const PLAIN_LABEL = /^(?!["“„«'‘])([^:]{1,40}?)\s*:\s+(\S.*)$/;

/** Reads one line of phrasing content. */
export function makeLine(
  nodes: readonly PhrasingContent[],
  from: Line['from'],
  children: Line[] = [],
): Line {
  const text = tidy(plain(nodes));
  const links: Link[] = [];
  const emails: string[] = [];
  const images: string[] = [];
  collect(nodes, links, emails, images);
  const meaningful = nodes.filter((n) => !(n.type === 'text' && n.value.trim() === ''));
  const linkOnly =
    meaningful.length > 0 &&
    meaningful.every(
      (n) =>
        isLinkish(n) ||
        (n.type === 'text' && /^[\s|·•,/–—-]*$/.test(n.value.replace(EMOJI, ''))) ||
        (n.type === 'html' && withoutImages(n.value).trim() === ''),
    ) &&
    (meaningful.some(isLinkish) || images.length > 0 || links.length > 0);
  const emphasised =
    meaningful.length === 1 &&
    (meaningful[0]?.type === 'emphasis' || meaningful[0]?.type === 'strong');
  const raw = plain(nodes).replace(/\s+/g, ' ').trim();
  const line: Line = { text, raw, links, emails, images, linkOnly, emphasised, children, from };

  const first = meaningful[0];
  if (first && (first.type === 'strong' || first.type === 'link') && !emphasised) {
    const leadText = tidyName(plain(first.type === 'strong' ? first.children : first.children));
    // From the nodes as given: the spaces that join a wrapped line are blank nodes of their own.
    const after = plain(nodes.slice(nodes.indexOf(first) + 1));
    const rawLead = plain(first.children).trim();
    if (first.type === 'strong' && rawLead.endsWith(':')) {
      line.label = leadText;
      line.rest = tidy(after);
    } else if (/^\s*:/.test(after)) {
      line.label = leadText;
      line.lead = leadText;
      line.rest = tidy(after.replace(/^\s*:\s*/, ''));
    } else {
      line.lead = leadText;
      line.rest = tidy(after.replace(SEPARATOR_AFTER_LEAD, ''));
    }
  } else {
    const match = PLAIN_LABEL.exec(text);
    if (match?.[1] && match[2] && !/https?$/i.test(match[1]) && match[1].split(' ').length <= 5) {
      line.label = tidyName(match[1]);
      line.rest = tidy(match[2]);
    }
  }
  if (line.rest === '') delete line.rest;
  const italic = meaningful.find((n, index) => index > 0 && n.type === 'emphasis');
  const italicText = italic?.type === 'emphasis' ? tidy(plain(italic.children)) : '';
  if (italicText && !emphasised) line.italic = italicText;
  if (meaningful[0]?.type === 'emphasis' && !emphasised) {
    line.opensItalic = true;
    line.openingItalic = tidy(plain(meaningful[0].children));
  }
  return line;
}

function collect(
  nodes: readonly PhrasingContent[],
  links: Link[],
  emails: string[],
  images: string[],
): void {
  for (const node of nodes) {
    if (node.type === 'link') {
      const url = node.url.trim();
      if (/^mailto:/i.test(url)) {
        const address = decodeURIComponent(url.replace(/^mailto:/i, '').split('?')[0] ?? '');
        if (address) emails.push(address);
      } else if (UrlSchema.safeParse(url).success) {
        const label = tidyName(plain(node.children));
        const bare = !label || /^https?:\/\//i.test(label);
        links.push({ label: bare ? hostLabel(url) : label, url });
      }
      collect(node.children, links, emails, images);
    } else if (node.type === 'image') {
      const alt = tidyName(node.alt ?? '') || tidyName(badgeName(node.url));
      if (alt) images.push(alt);
    } else if (node.type === 'html') {
      for (const match of node.value.matchAll(/<img\b[^>]*>/gi)) {
        const tag = match[0];
        const alt = /\balt\s*=\s*"([^"]*)"/i.exec(tag)?.[1];
        const src = /\bsrc\s*=\s*"([^"]*)"/i.exec(tag)?.[1];
        const name = tidyName(alt ?? '') || tidyName(badgeName(src ?? ''));
        if (name) images.push(name);
      }
      for (const match of node.value.matchAll(/<a\b[^>]*\bhref\s*=\s*"(https?:[^"]+)"/gi)) {
        if (match[1] && UrlSchema.safeParse(match[1]).success)
          links.push({ label: hostLabel(match[1]), url: match[1] });
      }
      // `<a href="mailto:…"><img …Gmail badge…></a>`: the address behind a badge.
      for (const match of node.value.matchAll(/<a\b[^>]*\bhref\s*=\s*"mailto:([^"?]+)/gi)) {
        const address = decodeURIComponent(match[1] ?? '').trim();
        if (address.includes('@')) emails.push(address);
      }
    } else if ('children' in node) {
      collect(node.children as PhrasingContent[], links, emails, images);
    }
  }
}

/**
 * Lines of a run of block content: paragraph lines, list items (with nested items as
 * children), table rows (`cell: cell, cell`), and text of raw HTML blocks.
 */
export function linesOf(nodes: readonly RootContent[]): Line[] {
  const lines: Line[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'paragraph':
        lines.push(...paragraphLines(node.children));
        break;
      case 'list':
        lines.push(...listLines(node));
        break;
      case 'table':
        lines.push(...tableLines(node));
        break;
      case 'blockquote':
        lines.push(...linesOf(node.children));
        break;
      case 'html': {
        const line = makeLine([{ type: 'html', value: node.value }], 'html');
        if (line.text || line.links.length > 0 || line.images.length > 0) lines.push(line);
        break;
      }
      case 'heading':
        lines.push(makeLine(node.children, 'heading'));
        break;
      case 'code':
        // Preformatted: each source line was broken by hand ("Location: Tartu" over "Remote: Yes").
        for (const text of node.value.split('\n'))
          if (text.trim())
            lines.push(makeLine([{ type: 'text', value: text.trim() }], 'paragraph'));
        break;
      default:
        break;
    }
  }
  return lines;
}

// "└ iOS lead for the Payments squad": a tree branch under a line tells more of that line.
const TREE_BRANCH = /^\s*[└├╰↳⤷]/u;

/** A paragraph's lines; a line opening with a tree branch is a detail of the line above. */
function paragraphLines(children: PhrasingContent[]): Line[] {
  const lines: Line[] = [];
  for (const part of splitPhrasing(children)) {
    const line = makeLine(part, 'paragraph');
    const above = lines.at(-1);
    if (above && TREE_BRANCH.test(line.raw)) above.children.push({ ...line, from: 'item' });
    else lines.push(line);
  }
  return lines;
}

function listLines(list: List): Line[] {
  return list.children.map(itemLine).filter((line): line is Line => line !== undefined);
}

function itemLine(item: ListItem): Line | undefined {
  const [first, ...others] = item.children;
  const children: Line[] = [];
  let head: Line | undefined;
  if (first?.type === 'paragraph') {
    const [headNodes, ...continuation] = splitPhrasing(first.children);
    if (headNodes) head = makeLine(headNodes, 'item');
    for (const nodes of continuation) children.push(makeLine(nodes, 'paragraph'));
  } else if (first) {
    children.push(...linesOf([first]));
  }
  children.push(...linesOf(others));
  if (!head) {
    head = children.shift();
    if (!head) return undefined;
    head.from = 'item';
  }
  head.children = [...head.children, ...children];
  return head;
}

const KEY_HEADER = /^(?:property|properties|field|key|attribute|item|label)$/i;
const VALUE_HEADER = /^(?:value|values|details?|info)$/i;

function tableLines(table: Table): Line[] {
  // A cell of "★★☆☆☆" alone is all decoration to the line reader, but it is the level.
  const text = (cell: PhrasingContent[]) => makeLine(cell, 'row').text.trim() || plain(cell).trim();
  // "| Property | Value |": a note's properties, one fact a row, however few rows there are.
  const [keyCell, valueCell] = table.children[0]?.children ?? [];
  const keyed =
    KEY_HEADER.test(text(keyCell?.children ?? [])) &&
    VALUE_HEADER.test(text(valueCell?.children ?? []));
  const skillRows = keyed
    ? undefined
    : (skillTableRows(table, text) ??
      competencyColumns(table, text) ??
      competencyGrid(table, text));
  if (skillRows) return skillRows.map((nodes) => makeLine(nodes, 'row'));
  // "| | | |" over rows of icons with names: a grid of equals, no header and no labels.
  const header = table.children[0]?.children ?? [];
  const cells = table.children.slice(1).flatMap((row) => row.children);
  const icons = cells.filter((cell) =>
    cell.children.some((n) => n.type === 'image' || (n.type === 'html' && /<img\b/i.test(n.value))),
  );
  if (
    header.length >= 3 &&
    header.every((cell) => text(cell.children) === '') &&
    icons.length * 2 >= cells.length
  ) {
    const items = cells.map((cell) => text(cell.children)).filter(Boolean);
    return items.length > 0 ? [makeLine([{ type: 'text', value: items.join(', ') }], 'row')] : [];
  }
  // The first row is the header; each further row reads "first cell: the other cells".
  return table.children.slice(1).flatMap((row) => {
    const cells = row.children.map((cell) => cell.children);
    const [labelCell, ...valueCells] = cells;
    if (!labelCell) return [];
    const values: PhrasingContent[] = valueCells.flatMap((cell, index) =>
      index === 0 ? cell : [{ type: 'text', value: ', ' } as PhrasingContent, ...cell],
    );
    const nodes: PhrasingContent[] =
      values.length > 0
        ? [
            { type: 'strong', children: [...labelCell, { type: 'text', value: ':' }] },
            { type: 'text', value: ' ' },
            ...values,
          ]
        : labelCell;
    return [makeLine(nodes, 'row')];
  });
}

/** Every line with its nested lines, depth first. */
export function flatten(lines: readonly Line[]): Line[] {
  return lines.flatMap((line) => [line, ...flatten(line.children)]);
}
