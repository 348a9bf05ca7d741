import { gfmTable } from './gfm-table.ts';
import { orgInline } from './org-inline.ts';

// Property keys that state a fact about the entry they sit under; the rest (IDs, custom IDs,
// export settings, effort estimates) are bookkeeping.
const FACT_KEYS = new Set([
  'location',
  'place',
  'city',
  'country',
  'dates',
  'date',
  'period',
  'start',
  'end',
  'from',
  'to',
  'company',
  'employer',
  'organization',
  'organisation',
  'client',
  'title',
  'role',
  'position',
  'url',
  'website',
  'link',
  'degree',
  'school',
  'institution',
  'email',
  'phone',
  'github',
  'linkedin',
  'stack',
  'technologies',
  'skills',
  'issuer',
  'level',
]);

const BARE_KEYS = /^(?:location|place|city|dates?|period)$/i;

const DRAWER = /^\s*:([\w-]+):\s*$/;
const PROPERTY = /^\s*:([\w-]+?)\+?:\s*(.*)$/;

/**
 * A drawer from its opening line to `:END:`: a `:PROPERTIES:` drawer gives its fact-like
 * properties as `Key: value` lines, any other drawer (a clock log, notes) gives nothing.
 * Returns the lines written and the index after the drawer, or undefined when `i` opens none.
 */
export function readDrawer(
  lines: readonly string[],
  i: number,
): { out: string[]; next: number } | undefined {
  const name = DRAWER.exec(lines[i] ?? '')?.[1];
  if (!name || name.toUpperCase() === 'END') return undefined;
  let end = i + 1;
  while (end < lines.length && !/^\s*:END:\s*$/i.test(lines[end] ?? '')) end++;
  if (end >= lines.length) return undefined;
  const out: string[] = [];
  if (name.toUpperCase() === 'PROPERTIES') {
    for (const line of lines.slice(i + 1, end)) {
      const [, key = '', value = ''] = PROPERTY.exec(line) ?? [];
      if (!FACT_KEYS.has(key.toLowerCase()) || value.trim() === '') continue;
      // A place or a period reads as the entry's own meta line, as a markdown résumé writes it.
      const label = BARE_KEYS.test(key)
        ? ''
        : `${key.charAt(0).toUpperCase()}${key.slice(1).toLowerCase()}: `;
      out.push(`${label}${orgInline(value)}`);
    }
  }
  return { out: out.length > 0 ? [...out, ''] : out, next: end + 1 };
}

const RULE = /^\s*\|[-+:\s]*\|?\s*$/;

/**
 * An org table (`| a | b |` rows, `|---+---|` rules) from `i`: with a rule under its first row,
 * a GFM table; with none, a list whose items join a row's cells with " — ".
 */
export function readTable(lines: readonly string[], i: number): { out: string[]; next: number } {
  let end = i;
  while (end < lines.length && /^\s*\|/.test(lines[end] ?? '')) end++;
  const body = lines.slice(i, end);
  const firstRow = body.findIndex((line) => !RULE.test(line));
  const header = firstRow >= 0 && RULE.test(body[firstRow + 1] ?? '');
  const rows = body.filter((line) => !RULE.test(line)).map(cellsOf);
  if (!header) return { out: rows.map((row) => `- ${row.filter(Boolean).join(' — ')}`), next: end };
  return { out: gfmTable(rows).split('\n'), next: end };
}

function cellsOf(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split('|').map((cell) => orgInline(cell.trim()).replace(/\|/g, '\\|'));
}

const BLOCK = /^\s*#\+begin_(\w+)(?:\s+(.*))?$/i;

/**
 * A `#+begin_…` block up to its `#+end_…`: source and example blocks as fenced code, a quote
 * as a markdown quote, a comment or an export block as nothing, anything else as its lines.
 * `convert` rewrites the lines of a block that holds org text.
 */
export function readBlock(
  lines: readonly string[],
  i: number,
  convert: (body: string[]) => string[],
): { out: string[]; next: number } | undefined {
  const [, kind = '', argument = ''] = BLOCK.exec(lines[i] ?? '') ?? [];
  if (kind === '') return undefined;
  const closing = new RegExp(`^\\s*#\\+end_${kind}\\s*$`, 'i');
  let end = i + 1;
  while (end < lines.length && !closing.test(lines[end] ?? '')) end++;
  const body = lines.slice(i + 1, end);
  const next = end + 1;
  switch (kind.toLowerCase()) {
    case 'src':
    case 'example':
      return { out: ['', `\`\`\`${argument.split(/\s/)[0] ?? ''}`, ...body, '```', ''], next };
    case 'comment':
    case 'export':
      return { out: [], next };
    case 'quote':
      return { out: ['', ...convert(body).map((line) => `> ${line}`.trimEnd()), ''], next };
    default:
      return { out: ['', ...convert(body), ''], next };
  }
}
