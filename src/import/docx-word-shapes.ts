import { takeDates } from './entry-dates.ts';
import { sectionKind } from './section-kinds.ts';

/** The part of mammoth's document model (docx → paragraphs, runs, tabs, text) read here. */
export interface WordNode {
  type: string;
  children?: WordNode[];
  value?: string;
  styleId?: string | null;
  styleName?: string | null;
  numbering?: unknown;
  isBold?: boolean;
}

// A bold ALL-CAPS line this short, alone in its paragraph, is a section heading set by hand.
const CAPS_HEADING_MAX_CHARS = 40;
// A first line this short, without digits, "@" or ":", can be the owner's name.
const NAME_MAX_WORDS = 5;
// A line naming an entry (company, place) above its dates line is no longer than this.
const ENTRY_NAME_MAX_CHARS = 80;
// What a tab between two items of one line reads as: the separator CV headers use.
const TAB_SEPARATOR = ' · ';

/**
 * Gives the shapes Word CVs are written in the structure the profile reader knows: a CV with
 * no Title-styled paragraph has its name on its first line (however it is set); a bold
 * ALL-CAPS line or a paragraph in a custom "…Heading" style becomes a section heading;
 * "Company<tab>Jan 2020 – Present" becomes an entry heading one level under its section (or,
 * when it reads "Title<tab>Dates", the bold company line above it does); the
 * tabs between a contact line's items become separators; non-breaking spaces become spaces.
 */
export function settleWordShapes(document: WordNode): WordNode {
  const blocks = document.children ?? [];
  for (const block of blocks) normaliseText(block);
  const name = unstyledName(blocks);
  if (name) name.styleName = 'Title';
  // A heading set by hand sits at the level of the document's own section headings.
  const styled = blocks.flatMap((block) => headingLevel(block) ?? []);
  const handLevel = styled.length > 0 ? Math.min(...styled) : 2;
  let sectionLevel = 1;
  let previous: WordNode | undefined;
  for (const block of blocks) {
    if (block.type !== 'paragraph' || block === name) {
      previous = undefined;
      continue;
    }
    if (isCapsHeading(block) || /heading/i.test(block.styleName ?? '')) {
      const level = headingLevel(block) ?? handLevel;
      setHeading(block, level);
      sectionLevel = level;
    } else if (isEntryLine(block)) {
      // "Fjordpay" in bold, then "Senior SRE<tab>2021 – Present": the line above names the entry.
      const entry = previous && isEntryName(previous) ? previous : block;
      setHeading(entry, Math.min(sectionLevel + 1, 6));
    }
    previous = block;
  }
  for (const paragraph of descendants(document, 'paragraph')) separateTabs(paragraph);
  return document;
}

/** The first line, when nothing is in the Title or a heading style before it and it reads as a name. */
function unstyledName(blocks: readonly WordNode[]): WordNode | undefined {
  const first = blocks.find((block) => textOf(block).trim() !== '');
  if (first?.type !== 'paragraph' || first.numbering) return undefined;
  if (/title|heading/i.test(first.styleName ?? '')) return undefined;
  const text = textOf(first).trim();
  const words = text.split(/\s+/);
  // "PROFILE" first: the name is in the page header, which the reader does not see.
  if (words.length > NAME_MAX_WORDS || /[\d@:]/.test(text) || sectionKind(text)) return undefined;
  return first;
}

function headingLevel(paragraph: WordNode): number | undefined {
  const level = /^heading\s*(\d)$/i.exec(paragraph.styleName ?? '')?.[1];
  return level === undefined ? undefined : Number(level);
}

function setHeading(paragraph: WordNode, level: number): void {
  paragraph.styleId = `Heading${level}`;
  paragraph.styleName = `Heading ${level}`;
}

function isCapsHeading(paragraph: WordNode): boolean {
  const text = textOf(paragraph).replace(/\t/g, ' ').trim();
  if (paragraph.numbering || text.length > CAPS_HEADING_MAX_CHARS) return false;
  if (!/\p{Lu}/u.test(text) || text !== text.toUpperCase()) return false;
  return isAllBold(paragraph);
}

function isAllBold(paragraph: WordNode): boolean {
  const runs = descendants(paragraph, 'run').filter((run) => textOf(run).trim() !== '');
  return runs.length > 0 && runs.every((run) => run.isBold);
}

/** "Fjordpay<tab>Mar 2021 – Present": a name, then, after a tab, its dates and nothing else. */
function isEntryLine(paragraph: WordNode): boolean {
  if (paragraph.numbering) return false;
  const parts = textOf(paragraph)
    .split('\t')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const dates = parts.length >= 2 ? takeDates(parts[parts.length - 1] ?? '') : undefined;
  return dates !== undefined && dates.rest === '';
}

/** A short line in bold, or with a tab ("Fjordpay<tab>Bergen"), above an entry's dates line. */
function isEntryName(paragraph: WordNode): boolean {
  const text = textOf(paragraph).trim();
  if (paragraph.numbering || /heading|title/i.test(paragraph.styleName ?? '')) return false;
  if (text === '' || text.length > ENTRY_NAME_MAX_CHARS || isEntryLine(paragraph)) return false;
  return text.includes('\t') || isAllBold(paragraph);
}

/** Tabs between items become separators; tabs that only indent or pad a line go. */
function separateTabs(paragraph: WordNode): void {
  const leaves = descendants(paragraph, 'text', 'tab');
  let seenText = false;
  let pendingTab: WordNode | undefined;
  for (const leaf of leaves) {
    if (leaf.type === 'tab') {
      leaf.type = 'text';
      leaf.value = '';
      if (seenText && !pendingTab) pendingTab = leaf;
    } else if ((leaf.value ?? '').trim() !== '') {
      if (pendingTab) pendingTab.value = TAB_SEPARATOR;
      pendingTab = undefined;
      seenText = true;
    }
  }
}

function normaliseText(node: WordNode): void {
  if (node.type === 'text' && node.value) node.value = node.value.replace(/[\u00a0\u202f]/g, ' ');
  for (const child of node.children ?? []) normaliseText(child);
}

function textOf(node: WordNode): string {
  if (node.type === 'text') return node.value ?? '';
  if (node.type === 'tab') return '\t';
  return (node.children ?? []).map(textOf).join('');
}

function descendants(node: WordNode, ...types: string[]): WordNode[] {
  const found: WordNode[] = [];
  for (const child of node.children ?? []) {
    if (types.includes(child.type)) found.push(child);
    found.push(...descendants(child, ...types));
  }
  return found;
}
