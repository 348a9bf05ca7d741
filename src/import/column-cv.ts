/**
 * A CV typed as plain text with its dates pushed to the right margin, as people keep one for
 * e-mail: headings in capitals underlined with `====`, "Title          04/2021 - present"
 * over the employer's line, "Languages:     Go, Python" columns whose wrapped lines are
 * indented under the value. Read as markdown, every entry would run into the next one as one
 * paragraph. Rewritten here: a line with a right-hand date opens an entry (a heading), the gap
 * between columns is a separator, and an indented line continues the line above it.
 */
export function markColumnCv(text: string): { text: string; rewritten: boolean } {
  const lines = text.split(/\r?\n/);
  if (!isColumnCv(lines)) return { text, rewritten: false };
  const out: string[] = [];
  let previous = '';
  for (const [i, raw] of lines.entries()) {
    const line = raw.replace(/\s+$/, '');
    if (UNDERLINE.test(line) && isCapsHeading(lines[i - 1] ?? '', line)) continue;
    if (isCapsHeading(line, lines[i + 1] ?? '')) {
      // "EXPERIENCE" over "==========": a section, over the entries its dated lines open.
      out.push('', `## ${line.trim()}`, '');
      previous = '';
      continue;
    }
    const indent = line.length - line.trimStart().length;
    const above = out.length > 0 ? (out[out.length - 1] as string) : '';
    if (line === '') {
      out.push('');
    } else if (continues(line, indent, previous) && above !== '') {
      out[out.length - 1] = `${above} ${line.trim()}`;
    } else if (RIGHT_DATED.test(line) && !BULLET.test(line)) {
      if (above !== '') out.push('');
      out.push(`### ${columns(line.trim())}`);
    } else {
      // "Languages:      Go, Python" under "Frameworks:    …": each label a paragraph of its own.
      if (LABEL_COLUMN.test(line) && /^\S[^:]{0,30}:\s/.test(above)) out.push('');
      out.push(BULLET.test(line) ? line : columns(line));
    }
    previous = line;
  }
  return { text: out.join('\n'), rewritten: true };
}

const BULLET = /^\s*[*•o-]\s+\S/;
const LABEL_COLUMN = /^\S[^:]{0,30}:\s{2,}\S/;
const UNDERLINE = /^\s*(?:=+|-+)\s*$/;
const MARKDOWN = /^#{1,6}\s|\]\(|<[a-z][^>]*>|^\s*```/i;

// "Security Engineer          09/2018 - 03/2021", "M.Sc. Informatik       2015",
// "CSSLP (ISC2)          in progress, exam scheduled": a right-hand column of when.
const WHEN =
  '(?:(?:\\d{1,2}[/.])?(?:19|20)\\d\\d|\\p{L}{3,9}\\.? (?:19|20)\\d\\d)(?:\\s*(?:-|–|—|to)\\s*(?:(?:\\d{1,2}[/.])?(?:19|20)\\d\\d|\\p{L}{3,9}\\.? (?:19|20)\\d\\d|present|now|today|current))?';
const RIGHT_DATED = new RegExp(
  `^\\S.*\\S {4,}(?:${WHEN}|(?:in progress|expected|exam scheduled|scheduled|ongoing)[\\p{L}\\d ,.]*)$`,
  'iu',
);

/**
 * Plain text, not markdown, with two or more lines whose dates stand at the right margin and
 * section headings typed in capitals (underlined or alone).
 */
function isColumnCv(lines: readonly string[]): boolean {
  if (lines.some((line) => MARKDOWN.test(line))) return false;
  const dated = lines.filter((line) => RIGHT_DATED.test(line.replace(/\s+$/, ''))).length;
  const headings = lines.filter((line, i) => isCapsHeading(line, lines[i + 1] ?? '')).length;
  return dated >= 2 && headings >= 2;
}

/** "TALKS & WRITING" over "---------------": a heading typed in capitals, underlined. */
function isCapsHeading(line: string, next: string): boolean {
  return /^\p{Lu}[\p{Lu} &/-]{2,40}$/u.test(line.trim()) && UNDERLINE.test(next);
}

/**
 * A line indented past the start of the line above, not a bullet or an underline: it wraps
 * that line ("Availability: notice period …" / "              Hybrid in Leipzig …").
 */
function continues(line: string, indent: number, previous: string): boolean {
  if (indent === 0 || previous.trim() === '' || BULLET.test(line) || UNDERLINE.test(line))
    return false;
  const previousIndent = previous.length - previous.trimStart().length;
  // Under a bullet, markdown joins the wrapped line itself.
  if (BULLET.test(previous)) return false;
  return indent > previousIndent;
}

/** "Languages:      Go, Python" → "Languages: Go, Python"; "German      native" → "German — native". */
function columns(line: string): string {
  return line.replace(/:\s{2,}/g, ': ').replace(/(\S) {3,}(?=\S)/g, '$1 — ');
}
