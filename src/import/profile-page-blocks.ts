import { looksLikePlace } from './entry-text.ts';

// "Mar 2022 - Present · 4 yrs 10 mos", "2010 - 2014": an entry's dates, and its tenure after.
export const DATES =
  /^((?:\p{L}{3,9}\.?\s+)?\d{4})\s*[-–—]\s*((?:\p{L}{3,9}\.?\s+)?\d{4}|Present|Now|Current|Today)(?:\s+·\s+.*)?$/iu;

// "Bogotá, Colombia · Hybrid": a place with the way of working there.
export const WORKPLACE = /\s+·\s+(?:On-site|Onsite|Hybrid|Remote)$/i;

/** A section's lines in blocks, as blank lines part them. */
function blocksOf(lines: readonly string[]): string[][] {
  const blocks: string[][] = [[]];
  for (const line of lines) {
    if (line === '') blocks.push([]);
    else blocks.at(-1)?.push(line);
  }
  return blocks.filter((block) => block.length > 0);
}

/**
 * The entries of a section: its blocks, and within a block pasted without blank lines, one
 * entry per dates line. A school ends at its dates; a position starts on the lines over its
 * dates that are no sentence (its title and company), after the description before them.
 */
export function entryBlocks(lines: readonly string[], shape: 'position' | 'school'): string[][] {
  return blocksOf(lines).flatMap((block) =>
    shape === 'school' ? cutAfterDates(block) : cutBeforeHeads(block),
  );
}

function cutAfterDates(block: string[]): string[][] {
  const entries: string[][] = [[]];
  for (const line of block) {
    entries.at(-1)?.push(line);
    if (DATES.test(line)) entries.push([]);
  }
  return entries.filter((entry) => entry.length > 0);
}

function cutBeforeHeads(block: string[]): string[][] {
  const dated = block.flatMap((line, i) => (DATES.test(line) ? [i] : []));
  // Each dates line after the first opens an entry on the title and company over it.
  const starts = dated.slice(1).map((i) => i - headLines(block, i));
  const cuts = [0, ...starts.filter((start, k) => start > (dated[k] ?? 0)), block.length];
  return cuts.slice(1).map((end, k) => block.slice(cuts[k], end));
}

/** How many of the two lines over a dates line head its entry: a title, and its company. */
function headLines(block: string[], at: number): number {
  const over = block[at - 1] ?? '';
  const above = block[at - 2] ?? '';
  // "Title at Company", "Company · Full-time" say both on one line.
  if (/\s(?:at|@)\s\p{Lu}|\s·\s/u.test(over)) return 1;
  return isHeadLine(above) && !looksLikePlace(above.replace(WORKPLACE, '')) ? 2 : 1;
}

function isHeadLine(line: string): boolean {
  return (
    line !== '' && !DATES.test(line) && line.split(/\s+/).length <= 8 && !/[.!?:;]$/.test(line)
  );
}
