import type { Paragraph, Root, RootContent, Table } from 'mdast';
import { plain } from './markdown-lines.ts';

/**
 * A word processor exports a header laid out side by side (name and title in one cell, the
 * contact lines in the other, `<br>` between lines) as a markdown table of one row: that row,
 * its alignment row, and no data under it. GFM takes the row for column headers, which no
 * reader keeps. A table with nothing under its header tabulates nothing: each cell becomes the
 * paragraph of lines it was written as. Returns how many tables were read so.
 */
export function liftLayoutTables(tree: Root): number {
  let lifted = 0;
  tree.children = tree.children.flatMap((node): RootContent[] => {
    if (!isLayoutRow(node)) return [node];
    lifted++;
    return (node.children[0]?.children ?? []).flatMap((cell): Paragraph[] =>
      plain(cell.children).trim() || cell.children.some((n) => n.type === 'link')
        ? [{ type: 'paragraph', children: cell.children }]
        : [],
    );
  });
  return lifted;
}

/** A table of one row, the alignment row under it and nothing more. */
function isLayoutRow(node: RootContent): node is Table {
  return node.type === 'table' && node.children.length === 1;
}
