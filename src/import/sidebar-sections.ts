import type { Root, RootContent } from 'mdast';
import { plain, tidyName } from './line-text.ts';
import { sectionKind } from './section-kinds.ts';

// "Page 1 of 2": the footer of each page of a document saved as PDF.
const PAGE_FOOTER = /^page \d+ of \d+$/i;

/**
 * A LinkedIn profile saved as PDF opens with a sidebar above the name: "Contact", "Top Skills",
 * "Languages", "Certifications", each a plain line over its items. Those lines become section
 * headings, and the sidebar moves below the name's header so the header is the headline.
 * Page footers are dropped wherever they are.
 */
export function liftSidebar(tree: Root): void {
  tree.children = tree.children.filter((node) => !isPageFooter(node));
  // "# Contact" over "## Top Skills": a converter may make the sidebar's first line, "Contact",
  // a title too; the name is then the first title that names no section.
  const titles = tree.children.filter((n) => n.type === 'heading' && n.depth === 1);
  const contactFirst = titles[0] !== undefined && headingKind(titles[0]) === 'contact';
  const nameAt = tree.children.findIndex(
    (n) => n.type === 'heading' && n.depth === 1 && !(contactFirst && isSectionHeading(n)),
  );
  if (nameAt <= 0) return;
  const before = tree.children.slice(0, nameAt);
  const first = before.findIndex((n) => isSidebarHeading(n) || isSectionHeading(n));
  if (first < 0) return;
  const sidebar: RootContent[] = before
    .slice(first)
    .map((node) =>
      (isSidebarHeading(node) && node.type === 'paragraph') ||
      (node.type === 'heading' && isSectionHeading(node))
        ? { type: 'heading', depth: 2, children: node.children }
        : node,
    );
  tree.children = [...before.slice(0, first), ...tree.children.slice(nameAt), ...sidebar];
}

function isSidebarHeading(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false;
  const text = tidyName(plain(node.children));
  return !text.includes('\n') && text.split(' ').length <= 3 && sectionKind(text) !== undefined;
}

/** "# Contact", "## Top Skills": a heading that names a section of the profile. */
function isSectionHeading(node: RootContent): boolean {
  return headingKind(node) !== undefined;
}

function headingKind(node: RootContent) {
  return node.type === 'heading' ? sectionKind(tidyName(plain(node.children))) : undefined;
}

function isPageFooter(node: RootContent): boolean {
  return node.type === 'paragraph' && PAGE_FOOTER.test(plain(node.children).trim());
}
