import { NUMBER_WORDS } from '../knowledge/number-words.ts';
import type { JdLine } from './jd-lines.ts';

/**
 * "You'll have experience with at least three of the following:" over a nested list of options:
 * one requirement met by holding enough of the options, not one requirement per option.
 */
const LEAD_IN =
  /\b(?:(?:at least|any|some|a few|several|most|all)(?:\s+(\w+))?|(\w+)\s+or\s+more)\s+of\s+(?:the\s+following|these|this\s+list|the\s+list\s+below)\b[^:]*:\s*$/i;

/** How many options a lead-in asks for, given how many there are. */
function neededOf(lead: RegExpExecArray, options: number): number {
  const word = (lead[1] ?? lead[2] ?? '').toLowerCase();
  const count = NUMBER_WORDS[word] ?? (/^\d+$/.test(word) ? Number(word) : undefined);
  if (count !== undefined) return Math.min(count, options);
  const quantifier = /\b(any|some|a few|several|most|all)\b/i.exec(lead[0])?.[1]?.toLowerCase();
  if (quantifier === 'all') return options;
  if (quantifier === 'most') return Math.floor(options / 2) + 1;
  if (quantifier === 'several') return Math.min(3, options);
  if (quantifier === 'some' || quantifier === 'a few') return Math.min(2, options);
  return 1;
}

export interface ChoiceList {
  lead: JdLine;
  items: JdLine[];
  needed: number;
}

/** The lead-in at `index` and the nested options below it, or undefined when it is none. */
export function choiceListAt(lines: readonly JdLine[], index: number): ChoiceList | undefined {
  const lead = lines[index];
  const match = lead ? LEAD_IN.exec(lead.text) : null;
  if (!lead || !match) return undefined;
  const items: JdLine[] = [];
  for (const line of lines.slice(index + 1)) {
    if (!line.bullet || (line.indent ?? 0) <= (lead.indent ?? 0)) break;
    items.push(line);
  }
  if (items.length < 2) return undefined;
  return { lead, items, needed: neededOf(match, items.length) };
}
