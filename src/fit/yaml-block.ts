/**
 * A job description written as YAML in a fenced code block ("```yaml … must_have: - Go …"):
 * a key that opens a list is a section title, its "- " items are list items, and the fields
 * with a value of their own ("title: …", "salary: …") and the fences are page furniture.
 */

const FENCE = /^\s*(?:```|~~~)/;
/** "must_have:", "  nice-to-have:  # optional": a key opening a nested block. */
const OPENING_KEY = /^\s*([A-Za-z][\w\s-]{0,40}):\s*(?:#.*)?$/;
/** "- Helm (we package charts)": a list item, its comment dropped. */
const LIST_ITEM = /^\s*-\s+(.+?)\s*(?:\s#.*)?$/;
/** "mission: >" / "mission: |": a folded or literal text whose lines follow, more indented. */
const TEXT_KEY = /^\s*[A-Za-z][\w-]*:\s*[>|][-+]?\s*$/;

const indentOf = (raw: string): number => /^\s*/.exec(raw)?.[0].length ?? 0;

/** Rewrites every YAML code block into markdown headings and list items. */
export function yamlBlocks(raws: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i] ?? '';
    if (!FENCE.test(raw)) {
      out.push(raw);
      continue;
    }
    const end = raws.findIndex((line, j) => j > i && FENCE.test(line));
    const body = raws.slice(i + 1, end < 0 ? raws.length : end);
    if (!isYamlList(body)) {
      out.push(raw);
      continue;
    }
    out.push('', ...yamlLines(body), '');
    i = end < 0 ? raws.length : end;
  }
  return out;
}

/** A block is a YAML list only when a key opens "- " items. */
function isYamlList(body: readonly string[]): boolean {
  return body.some((raw, j) => OPENING_KEY.test(raw) && LIST_ITEM.test(body[j + 1] ?? ''));
}

function yamlLines(body: readonly string[]): string[] {
  const out: string[] = [];
  let foldedAt = -1;
  for (const raw of body) {
    if (raw.trim() === '' || /^\s*#/.test(raw)) continue;
    if (foldedAt >= 0 && indentOf(raw) > foldedAt) continue;
    foldedAt = TEXT_KEY.test(raw) ? indentOf(raw) : -1;
    const item = LIST_ITEM.exec(raw)?.[1];
    const key = OPENING_KEY.exec(raw)?.[1];
    if (item !== undefined) out.push(`- ${item}`);
    else if (key !== undefined) out.push('', `## ${key.replace(/[_-]+/g, ' ').trim()}`);
  }
  return out;
}
