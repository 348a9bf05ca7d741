import { unbold } from './table-cells.ts';
import { headingText, type Outline, sectionNamed } from './table-outline.ts';

/** Where the walk through the document is: still in the lines under the name, or past them. */
export interface WalkState {
  outline: Outline;
  inHeader: boolean;
  /** The label of the row that gave the name ("Personal information"), for its other lines. */
  headerLabel?: string;
}

/** Whether a text is the owner's name, however its letters are cased. */
export function isOwnerName(text: string, state: WalkState): boolean {
  return unbold(text).toLowerCase() === state.outline.name.toLowerCase();
}

// A place written as a postal address: a postcode, then the town.
const ADDRESS = /\b\d{4,6}\s+\p{Lu}\p{L}/u;
const CONTACT =
  /[\w.+-]+@[\w-]+\.[\w.]+|https?:\/\/|\bwww\.|\b[\w-]+\.[a-z]{2,}\/\S|^\+?\d[\d\s().\/-]{6,}\d$/i;

// "LinkedIn linkedin.com/in/jane": the label the address itself already says.
const CONTACT_LABEL =
  /^(?:linkedin|github|gitlab|twitter|x|website|web|homepage|blog|portfolio|e-?mail|mail|phone|tel|mobile)\s*:?\s+(?=\S+$)/i;

/**
 * Lines without a label of their own: under the name the address becomes the place and a way
 * to reach the owner a contact line; anywhere else they go to the section they stand in.
 */
export function addLines(lines: string[], state: WalkState, items = false): void {
  const { outline } = state;
  for (const line of lines.map((l) => l.trim()).filter(Boolean)) {
    if (state.inHeader && !outline.place && ADDRESS.test(line) && !CONTACT.test(line))
      outline.place = line;
    else if (state.inHeader && CONTACT.test(line))
      // "github.com/jane" as résumé headers write addresses: a contact line reads it so.
      outline.contact.push(line.replace(CONTACT_LABEL, '').replace(/\bhttps?:\/\//g, ''));
    else {
      const section =
        outline.current ??
        sectionNamed(outline, headingText(state.headerLabel ?? 'Personal information'));
      section.blocks.push(items ? `- ${line}` : line);
    }
  }
}
