import { decodeNamedCharacterReference } from 'decode-named-character-reference';

const REFERENCE = /&(#[xX][\da-fA-F]{1,6}|#\d{1,7}|[A-Za-z][A-Za-z\d]{1,31});/g;

/**
 * Text with its character references read: `&nbsp;` → a no-break space, `&mdash;` → "—",
 * `&#183;` → "·". A reference HTML does not know stays as written.
 */
export function decodeEntities(text: string): string {
  return text.replace(REFERENCE, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const hex = ref[1] === 'x' || ref[1] === 'X';
      const code = Number.parseInt(ref.slice(hex ? 2 : 1), hex ? 16 : 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    const named = decodeNamedCharacterReference(ref);
    return named === false ? whole : named;
  });
}
