/**
 * Python-Markdown's extensions, as MkDocs (Material) pages use them: admonitions
 * (`!!! info "Currently"`, collapsible `??? note "Older roles"`) and content tabs
 * (`=== "2022–now"`) whose content is indented four spaces, which CommonMark would read as a
 * code block; attribute lists (`{ .lg .middle }`), icon shortcodes (`:material-sleep:`) and
 * abbreviation definitions (`*[SRE]: Site Reliability Engineering`).
 *
 * A block's title becomes a bold line of its own (a tab's "2022–now" then dates the entry under
 * it, as a CV's date line does) and its content is written out of the indent. Attribute lists
 * and icons are decoration; abbreviation definitions are the site's glossary, not facts about
 * the owner. A page without an admonition or a tab is left as it is.
 */

// A tab always has its label: "===" alone is a setext heading's underline.
const OPENER =
  /^([ \t]*)(?:(?:!!!|\?\?\?\+?)(?:[ \t]+[\w-]+)+(?:[ \t]+"([^"]*)")?|===\+?[ \t]+"([^"]*)")[ \t]*$/;
const ATTRIBUTES =
  /\{:?[ \t]*(?:[.#][\w-]+|[\w-]+=(?:"[^"]*"|\S+))(?:[ \t]+(?:[.#][\w-]+|[\w-]+=(?:"[^"]*"|\S+)))*[ \t]*\}/g;
const ICON = /:(?:material|fontawesome|octicons|simple)-[\w-]+:[ \t]?/g;
const ABBREVIATION = /^\*\[[^\]\n]+\]:.*$\n?/gm;

export function withoutMkDocsBlocks(text: string): { text: string; rewritten: number } {
  const lines = text.split('\n');
  if (!lines.some((line) => OPENER.test(line))) return { text, rewritten: 0 };
  const out: string[] = [];
  let rewritten = 0;
  for (let i = 0; i < lines.length; i++) {
    const opener = OPENER.exec(lines[i] ?? '');
    if (!opener) {
      out.push(lines[i] ?? '');
      continue;
    }
    rewritten++;
    const indent = opener[1] ?? '';
    // A tab's label dates the entry it holds: one paragraph with it, as a CV's date line is.
    const tab = opener[3] !== undefined;
    const title = (opener[2] ?? opener[3] ?? '').trim();
    if (title) out.push(`${indent}**${title}**`, ...(tab ? [] : ['']));
    if (tab) while ((lines[i + 1] ?? 'x').trim() === '') i++;
    const inner = `${indent}    `;
    // The content: indented lines, and blank lines between them.
    for (; i + 1 < lines.length; i++) {
      const next = lines[i + 1] ?? '';
      if (next.trim() !== '' && !next.startsWith(inner)) break;
      if (next.trim() === '' && !(lines.slice(i + 2).find((l) => l.trim()) ?? '').startsWith(inner))
        break;
      out.push(next.trim() === '' ? '' : `${indent}${next.slice(inner.length)}`);
    }
    out.push('');
  }
  const joined = out.join('\n').replace(ATTRIBUTES, '').replace(ICON, '').replace(ABBREVIATION, '');
  return { text: joined, rewritten };
}
