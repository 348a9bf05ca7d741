/** What a reStructuredText document defines once and refers to by name. */
export interface RstReferences {
  /** `.. _label: url` targets, by normalised label. */
  targets: Map<string, string>;
  /** `.. |name| image:: url` (as a markdown image) and `.. |name| replace:: text`, by name. */
  substitutions: Map<string, string>;
}

export const referenceKey = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * reStructuredText's inline marks written the markdown way: ``literal`` as `literal`,
 * `` `text <url>`_ `` and `` `text`_ `` (resolved through the targets) as links, `:role:`text``
 * as its text, `|name|` substitutions resolved, footnote references and escapes left out.
 * `*emphasis*` and `**strong**` are already markdown.
 */
export function rstInline(line: string, references: RstReferences): string {
  const kept: string[] = [];
  const hold = (text: string) => `\u0000${kept.push(text) - 1}\u0000`;
  return line
    .replace(/``(.+?)``/g, (_, code: string) => hold(`\`${code}\``))
    .replace(/`([^`<]*?)\s*<([^>`]+)>`__?/g, (_, text: string, url: string) =>
      hold(linkOf(text.trim(), url)),
    )
    .replace(/(?::[\w.+-]+:)?`([^`]+)`(?::[\w.+-]+:)?(__?)?/g, (_, text: string, ref?: string) => {
      const shown = text.replace(/\s*<[^>]*>$/, '');
      const url = ref ? references.targets.get(referenceKey(shown)) : undefined;
      return hold(url ? linkOf(shown, url) : shown);
    })
    .replace(/\b([\w-]+)__?(?=[\s.,;:!?)]|$)/g, (whole, word: string) => {
      const url = references.targets.get(referenceKey(word));
      return url ? hold(linkOf(word, url)) : whole;
    })
    .replace(/\|([^|\s][^|]*?)\|(?:__?)?/g, (whole, name: string) => {
      const value = references.substitutions.get(referenceKey(name));
      return value === undefined ? whole : hold(value);
    })
    .replace(/\s?\[(?:#[\w-]*|\*|\d+)\]_/g, '')
    .replace(/\\ /g, '')
    .replace(/\u0000(\d+)\u0000/g, (_, n: string) => kept[Number(n)] ?? '');
}

function linkOf(text: string, url: string): string {
  if (url.startsWith('mailto:')) return text || url.slice(7);
  return text === '' || text === url ? url : `[${text}](${url})`;
}
