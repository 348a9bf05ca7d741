import { type Cell, unbold } from './table-cells.ts';
import { headingText, type Outline, type OutlineSection, sectionNamed } from './table-outline.ts';

/** Where the walk through the document is: still in the lines under the name, or past them. */
export interface WalkState {
  outline: Outline;
  inHeader: boolean;
  /** The label of the row that gave the name ("Personal information"), for its other lines. */
  headerLabel?: string;
  /** A date line whose entry may be the paragraph that follows it. */
  pendingDate?: string;
}

/** Whether a text is the owner's name, however its letters are cased. */
export function isOwnerName(text: string, state: WalkState): boolean {
  return unbold(text).toLowerCase() === state.outline.name.toLowerCase();
}

// A place written as a postal address: a postcode, then the town.
const ADDRESS = /\b(?:\d{2}-\d{3}|\d{4}-\d{3}|\d{4,6})\s+(\p{Lu}\p{L}.*)$/u;
const CONTACT =
  /[\w.+-]+@[\w-]+\.[\w.]+|https?:\/\/|\bwww\.|\b[\w-]+\.[a-z]{2,}\/\S|^\+?\d[\d\s()./-]{6,}\d$/i;

// "LinkedIn linkedin.com/in/jane": the label the address itself already says.
const CONTACT_LABEL =
  /^(?:linkedin|github|gitlab|twitter|x|website|web|homepage|blog|portfolio|e-?mail|mail|phone|tel|mobile)\s*:?\s+(?=\S+$)/i;

/**
 * Lines without a label of their own: under the name the address becomes the place and a way
 * to reach the owner a contact line; anywhere else they go to the section they stand in.
 */
export function addLines(lines: string[], state: WalkState, items = false): void {
  const { outline } = state;
  // Lines sharing a cell with the name: the first of the others is the headline.
  let headline = state.inHeader && lines.some((line) => isOwnerName(line.trim(), state));
  for (const line of headerPieces(lines, state)) {
    if (state.inHeader && !outline.place && ADDRESS.test(line) && !CONTACT.test(line)) {
      // The town after the postcode is where the owner is; the full address stays a line.
      outline.place = ADDRESS.exec(line)?.[1] ?? line;
      headerSection(state).blocks.push(line);
    } else if (state.inHeader && CONTACT.test(line))
      // "github.com/jane" as résumé headers write addresses: a contact line reads it so.
      outline.contact.push(contactText(line));
    else if (state.inHeader && !outline.place && PLACE_PIN.test(line))
      outline.place = line.replace(PLACE_PIN, '');
    else if (headline && outline.headlines.length === 0) {
      outline.headlines.push(line);
      headline = false;
    } else headerSection(state).blocks.push(items ? `- ${line}` : line);
  }
}

/**
 * "github.com/jane" as résumé headers write addresses; a link keeps its target whole, and a
 * bare number says it is a phone.
 */
function contactText(line: string): string {
  if (/\]\(/.test(line)) return line;
  const text = line.replace(CONTACT_LABEL, '').replace(/\bhttps?:\/\//g, '');
  return /^\+?\d[\d\s()./-]{6,}\d$/.test(text) ? `Phone: ${text}` : text;
}

// "📍 Ljubljana, Slovenia": a pin before a place.
const PLACE_PIN = /^📍\uFE0F?\s*/u;

/**
 * The lines to place; under the name, "✉️ jane@… · ☎️ +386 …" is one way to reach the owner
 * a piece, and the name's own line (the bold name atop the header cell) is no more than that.
 */
function headerPieces(lines: string[], state: WalkState): string[] {
  const kept = lines.map((l) => l.trim()).filter(Boolean);
  if (!state.inHeader) return kept;
  return kept
    .filter((line) => !isOwnerName(line, state))
    .flatMap((line) => {
      const pieces = line.split(/\s+·\s+/).map((piece) => piece.replace(LEADING_SYMBOLS, ''));
      return pieces.every((piece) => CONTACT.test(piece)) ? pieces : [line];
    });
}

// "✉️ ", "☎️ ", "🐙 ", "𝕏 ": a symbol standing for the kind of contact that follows.
const LEADING_SYMBOLS = /^(?:[^\p{L}\p{N}\s[(+]|𝕏)+\s*/u;

function headerSection(state: WalkState): OutlineSection {
  return (
    state.outline.current ??
    sectionNamed(state.outline, headingText(state.headerLabel ?? 'Personal information'))
  );
}

// "Location | Valparaíso, Chile", "Phone | +56 …" under the name: where the owner is and how to
// reach them, each on a labelled row.
const PLACE_LABEL = /^(?:location|address|city|residence|based in|place of residence)$/i;

/** A row under the name that gives the place or a way to reach the owner. */
export function isHeaderField(row: Cell[]): boolean {
  const [label, value] = row;
  return (
    PLACE_LABEL.test(unbold(label?.text ?? '')) ||
    CONTACT.test(value?.text ?? '') ||
    CONTACT.test(`${label?.text ?? ''} ${value?.text ?? ''}`)
  );
}

/** Takes a labelled row under the name as the place or a contact line; false when it is neither. */
export function addHeaderField(label: string, value: string, state: WalkState): boolean {
  const { outline } = state;
  if (PLACE_LABEL.test(label) && value) {
    outline.place ??= value;
    return true;
  }
  if (!CONTACT.test(value)) return false;
  outline.contact.push(value.replace(/\bhttps?:\/\//g, ''));
  return true;
}
