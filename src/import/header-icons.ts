import type { RootContent } from 'mdast';
import { splitList } from './entry-text.ts';
import { isIconList } from './html-blocks.ts';
import { plain } from './line-text.ts';
import type { Draft } from './markdown-sections.ts';

/**
 * A strip of skill icons under the name (skillicons.dev, devicons): the owner's stack, one
 * skill an icon — never a title, a place or a sentence of the summary.
 */
export function readHeaderIcons(nodes: readonly RootContent[], draft: Draft): number {
  const names = [
    ...new Set(
      nodes
        .filter(isIconList)
        .flatMap((node) => (node.type === 'paragraph' ? splitList(plain(node.children)) : [])),
    ),
  ];
  if (names.length === 0) return 0;
  draft.skills.push({
    id: 'stack',
    name: 'Stack',
    aliases: [],
    skills: names.map((name) => ({ name, aliases: [] })),
  });
  return names.length;
}
