import type { PhrasingContent, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { gfmTable } from './gfm-table.ts';
import { entryBlockMarkdown, labelledLinesMarkdown } from './html-entry-blocks.ts';
import { layoutTableMarkdown } from './html-layout-table.ts';
import { iconBlockNames, isWidgetImage } from './icon-images.ts';
import { plain, stripTags, tidyName } from './line-text.ts';
import { sectionKind } from './section-kinds.ts';

/**
 * Profile READMEs often write their structure in raw HTML: a `<table>` of projects, sections
 * folded into `<details><summary>…</summary>`, rows of skill icons. This rewrites those HTML
 * blocks into the markdown they stand for, so the section and entry readers see them.
 */
export function liftHtmlBlocks(tree: Root): void {
  let depth = 1;
  let section = '';
  // The section a markdown heading opened: a fold inside it may be one of its entries.
  let owner = { title: '', depth: 1 };
  // The level of the last `<details>` closed: a heading after it is no part of that section.
  let closed: number | undefined;
  const out: RootContent[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading') {
      if (closed !== undefined && node.depth > closed) node.depth = closed as typeof node.depth;
      closed = undefined;
      depth = node.depth;
      section = node.depth >= 2 ? plain(node.children) : '';
      owner = { title: section, depth: node.depth };
    }
    if (node.type !== 'html') {
      out.push(node);
      continue;
    }
    // A GIF or a screenshot inside a section shows the work; its alt text names no fact.
    if (section !== '' && isPictureBlock(node.value)) continue;
    const lifted = liftHtml(node.value, depth, section, owner);
    if (lifted === undefined) out.push(node);
    else {
      out.push(...lifted);
      for (const n of lifted) {
        if (n.type !== 'heading') continue;
        depth = n.depth;
        section = plain(n.children);
        // `<h2>💼 Experience</h2>`: a section heading written in HTML owns the folds below it.
        if (sectionKind(section) && /<h[2-6]\b/i.test(node.value))
          owner = { title: section, depth };
      }
    }
    if (/<\/details\s*>/i.test(node.value)) closed = Math.min(Math.max(depth, 2), 6);
  }
  // Stats cards left among other content say nothing either.
  tree.children = withoutWidgetSections(out).filter((node) => !isWidgetParagraph(node));
}

/** An HTML block of pictures and nothing else: no link, no text, no skill icon. */
function isPictureBlock(html: string): boolean {
  if (!/<img\b/i.test(html) || /<a\b/i.test(html) || iconBlockNames(html).length > 0) return false;
  const rest = html
    .replace(/<img\b[^>]*>/gi, '')
    .replace(/<\/?(?:p|div|center|picture|source|br|figure)\b[^>]*>/gi, '')
    .replace(/&nbsp;/g, '');
  return rest.trim() === '';
}

/**
 * "### This week I spent my time on" over a WakaTime card and nothing else: a heading whose
 * whole content is stats cards drawn for an account says nothing about the owner.
 */
function withoutWidgetSections(nodes: RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  for (let at = 0; at < nodes.length; at++) {
    const node = nodes[at];
    if (!node) continue;
    let end = at + 1;
    while (end < nodes.length && nodes[end]?.type !== 'heading') end++;
    const content = nodes.slice(at + 1, end);
    // "# Noor Haddad" over a profile-views counter is the name, whatever follows it.
    const dropped =
      node.type === 'heading' &&
      node.depth > 1 &&
      content.some(isWidgetParagraph) &&
      content.every(isDecoration);
    if (dropped) at = end - 1;
    else out.push(node);
  }
  return out;
}

function isWidgetParagraph(node: RootContent): boolean {
  return node.type === 'paragraph' && node.children.every(isWidget);
}

/** A stats card, also inside the link to the account it is drawn for. */
function isWidget(node: PhrasingContent): boolean {
  if (node.type === 'link') return node.children.length > 0 && node.children.every(isWidget);
  return (
    (node.type === 'image' && isWidgetImage(`<img src="${node.url}">`)) ||
    (node.type === 'text' && node.value.trim() === '')
  );
}

function isDecoration(node: RootContent): boolean {
  return (
    isWidgetParagraph(node) || (node.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(node.value))
  );
}

interface IconData {
  icons?: boolean;
  /** The icon id behind each name the vocabulary gave: "GitHub Actions" → "githubactions". */
  iconIds?: Record<string, string>;
}

/** A paragraph made from a row of skill icons. */
export function isIconList(node: RootContent): boolean {
  return node.type === 'paragraph' && (node.data as IconData | undefined)?.icons === true;
}

/** The icon ids of the skill icons among the nodes, by the name they were read as. */
export function iconIdsOf(nodes: readonly RootContent[]): Map<string, string> {
  const ids = new Map<string, string>();
  for (const node of nodes) {
    const data = isIconList(node) ? (node.data as IconData).iconIds : undefined;
    for (const [name, id] of Object.entries(data ?? {})) ids.set(name.toLowerCase(), id);
  }
  return ids;
}

// "Older roles", "Earlier positions", "More projects", "Show all": more of what is above.
const MORE_OF =
  /^(?:older|earlier|previous|past|prior|more|other|additional|further|(?:show|see|view) (?:more|all))\b/i;

/** The markdown nodes one HTML block stands for, or `undefined` when it stays HTML. */
function liftHtml(
  html: string,
  depth: number,
  section: string,
  owner = { title: '', depth: 1 },
): RootContent[] | undefined {
  const icons = iconBlockNames(html);
  if (icons.length > 0) {
    return [
      {
        type: 'paragraph',
        children: [{ type: 'text', value: icons.map((icon) => icon.name).join(', ') }],
        data: {
          icons: true,
          iconIds: Object.fromEntries(
            icons.flatMap((icon) => (icon.id ? [[icon.name, icon.id]] : [])),
          ),
        } satisfies IconData as never,
      },
    ];
  }
  // "<div class="cv-entry"><span …>2017 — 2020</span><strong>PhD student</strong>, …": an entry.
  const entry = entryBlockMarkdown(html) ?? labelledLinesMarkdown(html);
  if (entry !== undefined)
    return (unified().use(remarkParse).use(remarkGfm).parse(entry) as Root).children;
  let markdown = html
    .replace(/<img\b[^>]*>/gi, (tag) => (isWidgetImage(tag) ? '' : tag))
    .replace(
      /<table\b[\s\S]*?<\/table\s*>/gi,
      (table) => `\n\n${layoutTableMarkdown(table) ?? tableMarkdown(table)}\n\n`,
    )
    .replace(/<summary\b[^>]*>([\s\S]*?)<\/summary\s*>/gi, (_whole, inner: string) => {
      const title = summaryTitle(inner);
      // "Older roles" folded under "Experience": more of the section it is in, not one of its own.
      if (MORE_OF.test(title) && !sectionKind(title) && sectionKind(section)) return '\n\n';
      // "🧾 Boleta — receipt scanner" folded under "Projects": an entry of that section, one
      // level down; a fold that names a section ("💼 Experience") is a section of its own.
      const level = sectionKind(owner.title) && !sectionKind(title) ? owner.depth + 1 : depth;
      return title ? `\n\n${'#'.repeat(Math.min(Math.max(level, 2), 6))} ${title}\n\n` : '';
    })
    .replace(/<\/?details\b[^>]*>|<br\b[^>]*>/gi, '')
    .replace(SECTION_HEADING, (whole, _level: string, inner: string) => {
      // `<h3 align="left">Languages and Tools:</h3>` over a row of icons: a section of its own.
      const title = tidyName(stripTags(inner));
      // A section after another one's folded entries is that section's sibling, not its entry.
      const level = sectionKind(owner.title) ? owner.depth : depth;
      // Past the first section any HTML heading opens one ("📊 GitHub stats" over its cards).
      return sectionKind(title) || sectionKind(owner.title)
        ? `\n\n${'#'.repeat(Math.min(Math.max(level, 2), 6))} ${title}\n\n`
        : whole;
    });
  if (markdown === html) return undefined;
  // What is left of a wrapper (`<p align="center">` … `</p>`) around nothing is dropped.
  markdown = markdown.replace(/<(p|div|a)\b[^>]*>\s*<\/\1\s*>/gi, '');
  if (markdown.trim() === '') return [];
  const fragment = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  // The blocks left between the headings (a `<p>` of icons) are lifted in turn.
  return fragment.children.flatMap((node) =>
    node.type === 'html' && node.value !== html
      ? (liftHtml(node.value, depth, section, owner) ?? [node])
      : [node],
  );
}

/** An HTML heading below the greeting's `<h1>`. */
const SECTION_HEADING = /<h([2-6])\b[^>]*>([\s\S]*?)<\/h\1\s*>/gi;

/** "💼 Where I've worked (click to expand)" → "Where I've worked". */
function summaryTitle(inner: string): string {
  const text = inner
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\((?:[^()]*\b(?:click|tap|expand|show|open)\b[^()]*)\)/gi, ' ');
  return tidyName(text);
}

/** A GFM table with the rows and cells of an HTML `<table>`, links and bold kept. */
function tableMarkdown(table: string): string {
  const rows = [...table.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr\s*>/gi)].map((row) =>
    [...(row[1] ?? '').matchAll(/<t([hd])\b[^>]*>([\s\S]*?)<\/t\1\s*>/gi)].map((cell) =>
      cellMarkdown(cell[2] ?? ''),
    ),
  );
  return gfmTable(rows);
}

function cellMarkdown(html: string): string {
  return (
    html
      .replace(/<a\b[^>]*\bhref\s*=\s*"([^"]*)"[^>]*>([\s\S]*?)<\/a\s*>/gi, '[$2]($1)')
      .replace(/<\/?(?:b|strong)\b[^>]*>/gi, '**')
      .replace(/<\/?(?:i|em)\b[^>]*>/gi, '*')
      .replace(/<\/?code\b[^>]*>/gi, '`')
      .replace(/<br\b[^>]*>/gi, ' ')
      // "Acme logo" says only whose logo it is: the cell beside it names them.
      .replace(/<img\b[^>]*\balt\s*=\s*"([^"]*)"[^>]*>/gi, (_tag, alt: string) =>
        /[\s_-]logo$/i.test(alt.trim()) ? ' ' : alt,
      )
      .replace(/<[^>]+>/g, ' ')
      .replace(/\|/g, '\\|')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
