import type {
  Heading,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableRow,
} from 'mdast';
import { plain } from './line-text.ts';

/**
 * A word processor exports a header laid out side by side (name and title in one cell, the
 * contact lines in the other, `<br>` between lines) as a markdown table of one row: that row,
 * its alignment row, and no data under it, or under a header row left empty (`| | |`) when
 * its cells hold lines. GFM
 * takes the first row for column headers, which no reader keeps. A table that tabulates
 * nothing but one row is a layout: each cell becomes the paragraph of lines it was written as,
 * a cell opening with "# Name" a heading first. Returns how many tables were read so.
 */
export function liftLayoutTables(tree: Root): number {
  let lifted = 0;
  tree.children = tree.children.flatMap((node): RootContent[] => {
    const row = layoutRow(node);
    if (!row) return [node];
    lifted++;
    return row.children.flatMap((cell): RootContent[] =>
      plain(cell.children).trim() || cell.children.some((n) => n.type === 'link')
        ? cellBlocks(cell.children)
        : [],
    );
  });
  return lifted;
}

/** The one row of a table that holds one, under nothing or under an empty header row. */
function layoutRow(node: RootContent): TableRow | undefined {
  if (node.type !== 'table') return undefined;
  const [header, body, more] = (node as Table).children;
  if (!body) return header;
  const empty = header?.children.every((c) => !plain(c.children).trim());
  // "| Name | Mihail |" under an empty row is a label and its value; a layout's cells hold lines.
  return !more && empty && body.children.some(holdsLines) ? body : undefined;
}

/** A cell of several lines (`<br>` between them), or one that opens with a "# Name" heading. */
function holdsLines(cell: TableRow['children'][number]): boolean {
  const [first] = cell.children;
  return (
    cell.children.some((n) => n.type === 'html' && /^<br\s*\/?>$/i.test(n.value)) ||
    (first?.type === 'text' && /^#{1,6}\s/.test(first.value))
  );
}

/** "# LAN NGUYEN <br> **Senior Data Engineer**": the heading written inside a cell, then the rest. */
function cellBlocks(children: PhrasingContent[]): RootContent[] {
  const [first] = children;
  const mark = first?.type === 'text' ? /^(#{1,6})\s+(.+?)\s*$/.exec(first.value) : null;
  const br = children.findIndex((n) => n.type === 'html' && /^<br\s*\/?>$/i.test(n.value));
  if (!mark?.[1] || !mark[2] || br !== 1) return [{ type: 'paragraph', children }];
  const heading: Heading = {
    type: 'heading',
    depth: mark[1].length as Heading['depth'],
    children: [{ type: 'text', value: mark[2] }],
  };
  const rest = children.slice(2);
  return rest.length ? [heading, { type: 'paragraph', children: rest } as Paragraph] : [heading];
}
