/** One vocabulary row and the technology it describes. */

/**
 * Each row: name, tags (space-separated), aliases ('|'-separated), and whether the name is also an
 * everyday word ("Go", "Echo", "Spring"), in which case it only counts as a technology when the
 * question is clearly about skills.
 */
export type Row = readonly [name: string, tags: string, aliases?: string, everydayWord?: boolean];

export interface Technology {
  name: string;
  tags: readonly string[];
  aliases: readonly string[];
  /** Also an everyday English word: only counts when the question is clearly about skills. */
  everydayWord: boolean;
  source: 'built-in' | 'linguist';
}

export function technologyOf([name, tags, aliases, everydayWord]: Row): Technology {
  return {
    name,
    tags: tags.split(' '),
    aliases: aliases ? aliases.split('|') : [],
    everydayWord: everydayWord ?? false,
    source: 'built-in',
  };
}
