/**
 * A CV typed as plain text for a terminal (kept in a dotfiles repository, printed from a text
 * editor): a centred name underlined with `=====`, section names framed as `+---+` boxes or
 * `--[ SKILLS ]------`, `Label ....... value` leaders, columns aligned with spaces and lines
 * wrapped under the column they continue. Read as markdown, its indented lines would be code
 * blocks; rewritten here into the markdown a résumé would use, then read like any other.
 */
export function markTeletypeCv(text: string): { text: string; rewritten: boolean } {
  const lines = text.split(/\r?\n/);
  if (!isTeletype(lines)) return { text, rewritten: false };
  const out: string[] = [];
  // The indentation and shape of the last line written, for lines that continue it.
  let last: { indent: number; continues: boolean; leader: boolean; wrapped: boolean } | undefined;
  // The indentation of the entry's own line ("  University …"), for the lines under it.
  let head: number | undefined;
  for (const raw of lines) {
    const line = raw.replace(/\s+$/, '');
    const indent = line.length - line.trimStart().length;
    const heading = sectionName(line);
    if (heading !== undefined) {
      if (heading) out.push('', `## ${heading}`, '');
      last = undefined;
      head = undefined;
    } else if (RULE.test(line)) {
      underline(out, line);
      last = undefined;
    } else if (line.trim() === '') {
      out.push('');
      last = undefined;
      head = undefined;
    } else if (
      (last?.continues && indent > last.indent && !BULLET.test(line)) ||
      (last?.wrapped && indent === last.indent && !BULLET.test(line) && !DATED_COLUMN.test(line))
    ) {
      out[out.length - 1] = `${out[out.length - 1]} ${line.trim()}`;
    } else {
      const bullet = BULLET.test(line);
      const leader = LEADER.test(line);
      // "Availability ..... from April" / "Work mode ..... hybrid": each label a paragraph.
      if (last?.leader) out.push('');
      // A dated line indented under a plain one ("  University" / "    MSc … 2012 - 2014")
      // is a part of that entry, not an entry of its own.
      const nested = head !== undefined && indent > head;
      if (!nested && !bullet) head = indent;
      out.push(rewriteLine(line.trim(), nested));
      const continues = bullet || leader || COLUMN_GAP.test(line.trim());
      // "flakeradar  (github.com/…)" over "  Open-source Python CLI that reads …,": a
      // description indented under its entry, wrapped; the lines after it at its indent go on.
      const wrapped = nested && !continues && !DATED_COLUMN.test(line);
      last = { indent, continues, leader, wrapped };
    }
  }
  return { text: out.join('\n'), rewritten: true };
}

const RULE = /^\s*[-=+_*~#]{10,}\s*$/;
const BOX_BORDER = /^\s*\+[-=+]{4,}\+\s*$/;
const BOX_NAME = /^\s*\|\s*(\S.*?)\s*\|\s*$/;
// "--[ EXPERIENCE ]-----", "== SKILLS ==", "*** PROJECTS ***".
const FRAMED_NAME =
  /^\s*[-=~*#]+\s*\[\s*(\S.*?)\s*\]\s*[-=~*#]*\s*$|^\s*[-=~*#]{2,}\s+(\p{Lu}[\p{Lu}\d &/+-]*?)\s+[-=~*#]{2,}\s*$/u;
const BULLET = /^\s*[*•o-]\s+\S/;
const LEADER = /^\s*\S.*?\s?\.{3,}\s+\S/;
const COLUMN_GAP = /\S {3,}\S/;

/** The name a framed or boxed section header gives; a box's border is no content. */
function sectionName(line: string): string | undefined {
  if (BOX_BORDER.test(line)) return '';
  const boxed = BOX_NAME.exec(line)?.[1];
  if (boxed) return boxed;
  const framed = FRAMED_NAME.exec(line);
  return framed ? (framed[1] ?? framed[2]) : undefined;
}

/** `=====` under the first line makes it the name; any other rule only separates. */
function underline(out: string[], line: string): void {
  const written = out.filter((l) => l.trim() !== '');
  if (line.trim().startsWith('=') && written.length === 1) {
    const at = out.findIndex((l) => l.trim() !== '');
    out[at] = `# ${(out[at] ?? '').trim()}`;
  }
  out.push('');
}

/**
 * A leader becomes a label, a bullet a list item, a gap between columns a
 * separator, a line of columns an item; a line whose right-hand column is a span of dates opens
 * an entry.
 */
function rewriteLine(line: string, nested: boolean): string {
  const leader = /^(\S.*?)\s?\.{3,}\s+(\S.*)$/.exec(line);
  if (leader) return `${leader[1]}: ${leader[2]}`;
  const bullet = /^[*•o-]\s+(\S.*)$/.exec(line);
  const body = bullet?.[1] ?? line;
  const joined = body.replace(/ {3,}/g, ' — ');
  if (bullet) return `- ${joined}`;
  if (DATED_COLUMN.test(line)) return nested ? `- ${joined}` : `### ${joined}`;
  // "tblgen-lsp      language server for …": a name and its description, one item each.
  return joined === body ? joined : `- ${joined}`;
}

// "Moravia Silicon s.r.o., Brno          09/2021 - present": dates alone in the last column.
const DATED_COLUMN =
  /\S {3,}(?:(?:\d{1,2}[/.])?(?:19|20)\d\d|\p{L}{3,9}\.? (?:19|20)\d\d)\s*(?:-|–|—|to)\s*(?:(?:\d{1,2}[/.])?(?:19|20)\d\d|\p{L}{3,9}\.? (?:19|20)\d\d|present|now|today|current)$/iu;

/**
 * Plain text, not markdown: no markdown heading, link or HTML tag, a rule or framed section
 * name somewhere, and most lines indented.
 */
function isTeletype(lines: readonly string[]): boolean {
  const content = lines.filter((l) => l.trim() !== '');
  if (content.length < 10) return false;
  if (content.some((l) => /^#{1,6}\s|\]\(|<[a-z][^>]*>/i.test(l))) return false;
  const framed = content.some((l) => RULE.test(l) || sectionName(l) !== undefined);
  const indented = content.filter((l) => /^ {2,}\S/.test(l)).length;
  return framed && indented * 2 > content.length;
}
