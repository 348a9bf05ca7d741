/**
 * Org-mode's inline marks written the markdown way: `[[url][text]]` and `[[url]]` links,
 * `*bold*`, `/italic/`, `=verbatim=`, `~code~` and `+strike+`, timestamps as their date, and
 * footnote references left out. Link targets are set aside while the emphasis is read, so the
 * slashes of a URL are never taken for italics.
 */
export function orgInline(line: string): string {
  const kept: string[] = [];
  const hold = (text: string) => `\u0000${kept.push(text) - 1}\u0000`;
  const held = line
    .replace(/[=~]([^\s=~](?:[^=~\n]*?[^\s=~])?)[=~](?=[\s.,;:!?)'"]|$)/g, (whole, code, at) =>
      at === 0 || /[\s('"]/.test(line[at - 1] ?? '') ? hold(`\`${code}\``) : whole,
    )
    .replace(/\[\[([^\]\n]+)\](?:\[([^\]\n]*)\])?\]/g, (_, target: string, text?: string) =>
      hold(linkMarkdown(target, text)),
    );
  return held
    .replace(/(^|[\s('"])\*(?=\S)([^*\n]*?\S)\*(?=[\s.,;:!?)'"]|$)/g, '$1**$2**')
    .replace(/(^|[\s('"])\/(?=\S)([^/\n]*?\S)\/(?=[\s.,;:!?)'"]|$)/g, '$1*$2*')
    .replace(/(^|[\s('"])\+(?=\S)([^+\n]*?\S)\+(?=[\s.,;:!?)'"]|$)/g, '$1~~$2~~')
    .replace(/[<[](\d{4}-\d{2}(?:-\d{2})?)(?: [^\]>\n]*)?[>\]]/g, '$1')
    .replace(/\[fn:[^\]\n]*\]/g, '')
    .replace(/\\\\\s*$/, '  ')
    .replace(/\u0000(\d+)\u0000/g, (_, n: string) => kept[Number(n)] ?? '');
}

/** `mailto:` shows the address; `file:` and internal targets show their text alone. */
function linkMarkdown(target: string, text?: string): string {
  const shown = text?.trim() ?? '';
  if (target.startsWith('mailto:')) return shown || target.slice(7);
  if (!/^(?:https?|ftp):\/\//.test(target)) return shown || target.replace(/^file:/, '');
  return shown === '' || shown === target ? target : `[${shown}](${target})`;
}
