import { headingKind } from './heading-kinds.ts';
import { splitOutsideBrackets } from './outside-brackets.ts';

/**
 * "Bonus: a design-system background, WebAssembly/Rust, anything CAD, GIS or 3D, or having
 * written about frontend in public": a serial-comma list (", or" / ", and" before its last
 * item) of differently shaped asks is one ask per item. An "X, Y or Z" run inside it, written
 * without the serial comma, is one choice among alternatives and stays one item. Under a
 * requirement the alternatives of an "or" list are one ask ("distributed systems, event
 * sourcing, or stream processing"); among nice-to-haves each is a bonus of its own.
 */
export function serialListItems(text: string, nice: boolean): string[] | undefined {
  const label = /^([^,:]{2,30}):\s+/.exec(text);
  const labelled = label?.[1] !== undefined && isKindLabel(label[1]);
  const body = labelled && label ? text.slice(label[0].length) : text;
  const pieces = splitOutsideBrackets(body, /,\s+/).map((p) => p.trim());
  const last = pieces[pieces.length - 1] ?? '';
  const joiner = /^(or|and)\s+/i.exec(last)?.[1]?.toLowerCase();
  if (pieces.length < 3 || !joiner || (joiner === 'or' && !nice && !labelled)) return undefined;
  pieces[pieces.length - 1] = last.slice(joiner.length).trim();
  const items = groupChoices(pieces);
  const phrases = items.filter(isPhrase).length;
  if (items.length < 3 || phrases < 2 || items.some(isExample)) return undefined;
  if (labelled && label) items[0] = `${label[0]}${items[0]}`;
  return items;
}

const isKindLabel = (label: string): boolean => {
  const kind = headingKind(label);
  return kind === 'must' || kind === 'nice';
};

/** "anything CAD", "GIS or 3D": bare names before an "or" without a comma are one choice. */
function groupChoices(pieces: readonly string[]): string[] {
  const out: string[] = [];
  for (const piece of pieces) {
    if (!CHOICE_END.test(piece)) {
      out.push(piece);
      continue;
    }
    let start = out.length;
    while (start > 0 && BARE_NAME.test(out[start - 1] ?? '')) {
      start--;
      if (OPENER.test(out[start] ?? '')) break;
    }
    const run = out.splice(start);
    out.push([...run, piece].join(', '));
  }
  return out;
}

/** A name written with a capital or a digit somewhere: "CAD", "3D", "iOS". */
const NAME = '(?=[\\p{L}\\d+#./-]*[\\p{Lu}\\d])[\\p{L}\\d][\\p{L}\\d+#./-]*';
/** "GIS or 3D (three.js)": two names joined by "or", with at most a bracket after. */
const CHOICE_END =
  /^[\p{Lu}\d][\p{L}\d+#./-]*\s+or\s+[\p{Lu}\d][\p{L}\d+#./-]*(?:\s*\([^()]*\))?$/u;
/** "CAD", "anything CAD": one name, maybe after a word opening a choice. */
const BARE_NAME = new RegExp(`^(?:(?:any|anything|either)\\s+)?${NAME}$`, 'u');
const OPENER = /^(?:any|anything|either)\s/i;

/** "a design-system background", "having written about frontend": words, not a bare name. */
const isPhrase = (item: string): boolean =>
  /^\p{Ll}/u.test(item) &&
  item
    .replace(/\([^()]*\)/g, '')
    .trim()
    .split(/\s+/).length >= 2;

const isExample = (item: string): boolean =>
  /^(?:for example|for instance|such as|e\.g\.?|like|including|notably|especially)\b/i.test(item);
