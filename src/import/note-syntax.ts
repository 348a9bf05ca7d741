/**
 * Markdown as personal knowledge bases (Obsidian, Logseq, Foam) write it: `[[Page|shown
 * text]]` links, `![[image.png]]` embeds, `key:: value` inline fields and `> [!note] Title`
 * callouts. Rewritten into the plain markdown the importer reads: a link is its shown text, an
 * embed nothing, an inline field a "Key: value" line, a callout's title a bold label, and the
 * vault's `#tags` nothing.
 */
export function withoutNoteSyntax(text: string): { text: string; rewritten: number } {
  let rewritten = 0;
  const count = (replacement: string) => {
    rewritten++;
    return replacement;
  };
  const out = text
    .replace(/!\[\[[^\]\n]*\]\]/g, () => count(''))
    .replace(/\[\[([^\]|\n]*)\|([^\]\n]*)\]\]/g, (_, _target, shown: string) => count(shown))
    .replace(/\[\[#?([^\]\n]*)\]\]/g, (_, page: string) => count(page))
    .replace(INLINE_FIELD, (_, key: string, value: string) => count(`${labelOf(key)}: ${value}  `))
    .replace(/^(>\s*)\[!(\w+)\][-+]?\s*(.*)$/gm, (_, quote: string, kind: string, title: string) =>
      count(`${quote}**${title.trim() || labelOf(kind)}**`),
    );
  // In such a note "#work/kadras", "#win" are tags for the vault, not words of the text.
  const untagged = rewritten > 0 ? out.replace(/(^|[ \t(])#\p{L}[\p{L}\d/_-]*/gmu, '$1') : out;
  return { text: untagged, rewritten };
}

// "role:: Staff Engineer" on a line of its own: a Dataview inline field.
const INLINE_FIELD = /^([A-Za-z][\w -]{0,30}?)::[ \t]*(\S.*)$/gm;

/** "spoken" → "Spoken", "tz" → "Tz": a field name as a label. */
const labelOf = (key: string): string => key.charAt(0).toUpperCase() + key.slice(1).trim();
