/** One table row: its words, and the heading of the column its tick stands in. */
export interface TableRow {
  text: string;
  label?: string;
}

/** A cell holding only a mark: the row is ticked in that column. */
const MARK = /^(?:[✅✔✓☑✗✘×xX●•★⭐🟢+]|\(x\)|yes|y)$/iu;
/** "| Kafka | Working knowledge | Nice |": a cell naming the row's kind is its label. */
const KIND_WORD =
  /^(?:musts?(?:[\s-]haves?)?|nice(?:[\s-]to[\s-]haves?)?|required|optional|preferred|desirable|essential|mandatory)$/i;
/** "| Competency | What good looks like | Weight |": a scorecard, each row a requirement. */
const ASKED_COLUMN = /^(?:competenc(?:y|ies)|requirements?|criteri(?:a|on)|qualifications?)$/i;
const KIND_ASIDE = /\s*\(([^()]+)\)\s*$/;
const TAUGHT =
  /\b(?:we(?:['’]ll| will) teach you|we teach|learn(?:ed)? on the job|no experience needed)\b/i;
/** "What we use it for", "Used for", "Purpose": a column that says what the tool does here. */
const USE_COLUMN =
  /^(?:what (?:we|it)(?:['’]s| is)? (?:use[sd]? (?:it )?for|for|does)|used for|use|usage|purpose|where|notes?|description|context)\b/i;
const WEIGHT = /^\d{1,3}\s?%$|^[x×]\s?\d(?:\.\d)?$/i;
const DIVIDER = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;

const isRow = (raw: string) => /^\s*\|.*\|\s*$/.test(raw);

function cellsOf(raw: string): string[] {
  return raw
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim());
}

/**
 * A markdown table ("| Skill | Required | Preferred |" over "|---|:---:|:---:|") read row by
 * row: the row's words are its text, and a column ticked with a mark gives the row
 * that column's heading as its label, which says whether it is a must or a nice-to-have.
 * Returns the rows and how many raw lines the table took, or undefined when no table starts here.
 */
export function readTable(
  raw: readonly string[],
  start: number,
  clean: (text: string) => string,
): { rows: TableRow[]; taken: number } | undefined {
  const header = raw[start];
  const divider = raw[start + 1];
  if (header === undefined || divider === undefined) return undefined;
  if (!isRow(header) || !DIVIDER.test(divider)) return undefined;
  const headings = cellsOf(header).map(clean);
  const rows: TableRow[] = [];
  let end = start + 2;
  const byColumn = headings.length >= 2 && headings.every((h) => KIND_WORD.test(h));
  for (; end < raw.length && isRow(raw[end] ?? ''); end++) {
    const cells = cellsOf(raw[end] ?? '').map(clean);
    if (byColumn) {
      rows.push(...columnCells(cells, headings));
      continue;
    }
    // "| Dagster | orchestration | 🎓 We'll teach you |": a tool taught on the job is asked of nobody.
    if (cells.some((cell) => TAUGHT.test(cell))) continue;
    const marked = cells.findIndex((cell) => MARK.test(cell));
    // "➕ Nice (Snowflake / Redshift counts)": the kind, then what else counts, in a bracket.
    const kindAt = cells.findIndex((cell) => KIND_WORD.test(cell.replace(KIND_ASIDE, '')));
    const kindCell = kindAt >= 0 ? cells[kindAt] : undefined;
    const aside = kindCell ? KIND_ASIDE.exec(kindCell)?.[1] : undefined;
    // "| Recommender systems | What good looks like | 25% |": a weight is how it is scored.
    // "| PostgreSQL | app DB + CDC source for the warehouse |": what the team uses it for is
    // no part of the ask.
    const words = cells.filter(
      (cell, i) =>
        cell !== '' &&
        !MARK.test(cell) &&
        cell !== kindCell &&
        !WEIGHT.test(cell) &&
        !(i > 0 && USE_COLUMN.test(headings[i] ?? '')),
    );
    if (aside) words.push(`(${aside})`);
    if (words.length === 0) continue;
    const label =
      kindCell ??
      (marked >= 0
        ? headings[marked]
        : ASKED_COLUMN.test(headings[0] ?? '')
          ? 'Required'
          : undefined);
    rows.push({
      text: words.join(' — ').replace(/ — \(/, ' ('),
      ...(label ? { label: label.replace(KIND_ASIDE, '') } : {}),
    });
  }
  return { rows, taken: end - start };
}

/**
 * "| Must | Nice |" with a must item and a nice item side by side: each filled cell is an item
 * of its column's kind, and an empty cell holds nothing.
 */
function columnCells(cells: readonly string[], headings: readonly string[]): TableRow[] {
  return cells.flatMap((cell, i) => {
    const label = headings[i];
    return cell === '' || MARK.test(cell) || label === undefined ? [] : [{ text: cell, label }];
  });
}
