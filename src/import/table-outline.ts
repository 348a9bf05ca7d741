/**
 * The outline a table document is rewritten into: the name, the lines under it, and sections
 * of markdown blocks in the order the document gives them.
 */
export interface Outline {
  name: string;
  /** Headline lines under the name, in bold as written. */
  headlines: string[];
  /** "Location: …" and the ways to reach the owner, each a line under the name. */
  place?: string;
  contact: string[];
  sections: OutlineSection[];
  /** The section blocks go to when a row names none of its own. */
  current?: OutlineSection;
}

export interface OutlineSection {
  title: string;
  /** Markdown blocks: a paragraph, a "- item", a "### heading". */
  blocks: string[];
}

export function emptyOutline(name: string): Outline {
  return { name, headlines: [], contact: [], sections: [] };
}

/** The section of that title, opened at the end when the outline has none yet. */
export function sectionNamed(outline: Outline, title: string): OutlineSection {
  const key = title.toLowerCase();
  const found = outline.sections.find((section) => section.title.toLowerCase() === key);
  if (found) return found;
  const section = { title, blocks: [] };
  outline.sections.push(section);
  return section;
}

/** Opens a section and makes it the one later rows without a label of their own go to. */
export function openSection(outline: Outline, title: string): OutlineSection {
  outline.current = sectionNamed(outline, title);
  return outline.current;
}

/** "WORK EXPERIENCE" → "Work experience": a label written in capitals, as a heading. */
export function headingText(label: string): string {
  if (/\p{Ll}/u.test(label)) return label;
  const lower = label.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** The markdown of the outline: the name as H1, its lines, then one H2 per section. */
export function renderOutline(outline: Outline): string {
  const head = [`# ${outline.name}`, ...outline.headlines];
  if (outline.place) head.push(`Location: ${outline.place}`);
  if (outline.contact.length > 0) head.push(outline.contact.join(' · '));
  const sections = outline.sections
    .filter((section) => section.blocks.length > 0)
    .map((section) => [`## ${section.title}`, ...section.blocks]);
  return `${joinBlocks([...head, ...sections.flat()])}\n`;
}

// Items next to each other make one list; every other block stands apart by a blank line.
function joinBlocks(blocks: string[]): string {
  let out = '';
  for (const [index, block] of blocks.entries()) {
    const previous = blocks[index - 1];
    if (previous === undefined) out = block;
    else out += isItem(block) && isItem(previous) ? `\n${block}` : `\n\n${block}`;
  }
  return out;
}

function isItem(block: string): boolean {
  return block.startsWith('- ');
}
