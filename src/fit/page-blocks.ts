import { headingKind } from './heading-kinds.ts';

/**
 * Blocks of a pasted wiki page (Notion and the like) that are not plain text:
 * - a toggle ("▸ Why Go?") folds an aside under its title, with its content indented below;
 * - a checkbox ("- [ ] …") is a list item that may be ticked.
 */

const TOGGLE = /^(\s*)[▸▹►▶]\s+(.+)$/u;
const CHECKBOX = /^(\s*)(?:([-*+])\s+)?\[([ xX])\]\s+/;

const indentOf = (raw: string): number => /^\s*/.exec(raw)?.[0].length ?? 0;

/**
 * A toggle whose title names requirements ("▸ Must-haves") titles what it holds; any other
 * toggle is an aside (a company fact, internal notes) and is left out with its content. Marks
 * with nothing folded under them, one after another, are only a list's bullets.
 */
export function unfoldToggles(raws: readonly string[]): string[] {
  const out: string[] = [];
  let asideIndent: number | undefined;
  raws.forEach((raw, i) => {
    if (asideIndent !== undefined) {
      if (raw.trim() === '' || indentOf(raw) > asideIndent) return;
      asideIndent = undefined;
    }
    const toggle = TOGGLE.exec(raw);
    if (!toggle?.[2]) {
      out.push(raw);
      return;
    }
    if (bulletMark(raws, i)) {
      out.push(`${toggle[1] ?? ''}- ${toggle[2]}`);
      return;
    }
    const title = toggle[2].replace(/^[^\p{L}\d]+/u, '').trim();
    const kind = headingKind(title);
    if (kind === 'must' || kind === 'nice') out.push(`**${title}**`);
    else asideIndent = indentOf(raw);
  });
  return out;
}

/** The nearest non-blank line before or after `i`, in the direction `step`. */
function neighbour(raws: readonly string[], i: number, step: 1 | -1): string | undefined {
  for (let j = i + step; j >= 0 && j < raws.length; j += step) {
    if ((raws[j] ?? '').trim() !== '') return raws[j];
  }
  return undefined;
}

/** A mark with nothing folded under it, beside another such mark: a bullet of a list. */
function bulletMark(raws: readonly string[], i: number): boolean {
  const indent = indentOf(raws[i] ?? '');
  const folds = (raw: string | undefined) => raw !== undefined && indentOf(raw) > indent;
  const bare = (raw: string | undefined) => raw !== undefined && TOGGLE.test(raw);
  const next = neighbour(raws, i, 1);
  if (folds(next)) return false;
  return bare(next) || bare(neighbour(raws, i, -1));
}

/**
 * A run of checkboxes with any of them ticked is a checklist being worked through (hiring
 * admin), not a list of asks: it is left out. An unticked run is a list; its boxes are dropped.
 */
export function readCheckboxes(raws: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < raws.length; ) {
    const run = checkboxRun(raws, i);
    if (run.length === 0) {
      out.push(raws[i] ?? '');
      i++;
      continue;
    }
    const ticked = run.some((raw) => /\[[xX]\]/.test(CHECKBOX.exec(raw)?.[0] ?? ''));
    if (!ticked) out.push(...run.map((raw) => raw.replace(CHECKBOX, '$1- ')));
    i += run.length;
  }
  return out;
}

/** The checkbox lines from `start` on, with blank lines between them kept in the run. */
function checkboxRun(raws: readonly string[], start: number): string[] {
  let end = start;
  let last = start;
  while (end < raws.length) {
    const raw = raws[end] ?? '';
    if (CHECKBOX.test(raw)) last = end + 1;
    else if (raw.trim() !== '') break;
    end++;
  }
  return raws.slice(start, last);
}
