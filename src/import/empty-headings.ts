import type { Root } from 'mdast';
import { plain } from './line-text.ts';

/**
 * "####" alone on a line: an empty paragraph a word processor left in a heading style (Google
 * Docs writes one wherever a blank line kept the style of the heading above). It heads nothing,
 * but as a heading it would cut the list above it from its section.
 */
export function dropEmptyHeadings(tree: Root): void {
  tree.children = tree.children.filter(
    (node) =>
      node.type !== 'heading' ||
      plain(node.children).trim() !== '' ||
      node.children.some((child) => child.type === 'image' || child.type === 'link'),
  );
}
