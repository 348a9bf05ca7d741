/**
 * Repairs mojibake: UTF-8 bytes that were once decoded as Windows-1252 (or Latin-1), so that
 * "🔹" reads "ðŸ”¹" and "’" reads "â€™". Profiles copied between editors often carry it.
 */

// Windows-1252 maps most of 0x80–0x9F to typographic characters; Latin-1 leaves them as C1
// controls. Text decoded either way maps back to the same byte, so both spellings are accepted.
// The table is spelled out because Node's TextDecoder('windows-1252') decodes as Latin-1.
const CP1252_80_9F =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

const BYTE_OF = (() => {
  const map = new Map<string, number>();
  for (let byte = 0x80; byte <= 0xff; byte++) {
    map.set(String.fromCharCode(byte), byte);
    const windows = CP1252_80_9F[byte - 0x80];
    if (windows) map.set(windows, byte);
  }
  return map;
})();

const continuation = [...BYTE_OF]
  .filter(([, byte]) => byte >= 0x80 && byte <= 0xbf)
  .map(([char]) => escapeForClass(char))
  .join('');

// A UTF-8 lead byte (0xC2–0xF4 read as Latin-1 is Â–ô) followed by continuation bytes.
const SUSPECT = new RegExp(`[\\u00C2-\\u00F4][${continuation}]{1,3}`, 'gu');

// "ð" and "ï" start emoji and the emoji variation selector; in real text they are almost never
// followed by a continuation character, so even a two-character remnant (a selector whose last
// byte was lost) is dropped.
const RARE_LEADS = ['\u00F0', '\u00EF'];

// "â€" is the start of U+2000–U+203F (dashes, quotes, the emoji joiner U+200D); alone, its last
// byte was lost (0x8D has no Windows-1252 character, so a copy drops it).
const LOST_PUNCTUATION = '\u00E2\u20AC';

const utf8 = new TextDecoder('utf-8', { fatal: true });

export interface MojibakeRepair {
  text: string;
  /** Sequences turned back into the characters they were meant to be. */
  repaired: number;
  /** Broken sequences that decode to nothing sensible, removed. */
  dropped: number;
}

/**
 * Re-encodes each suspect sequence to bytes and decodes it as UTF-8; keeps the result when that
 * round-trips. A sequence of three or more suspect characters that does not decode is a
 * truncated character (a lost byte) and is dropped; shorter ones are left alone, since "é»" in
 * «café» is ordinary text, except after the emoji leads "ð" and "ï".
 */
export function repairMojibake(input: string): MojibakeRepair {
  let repaired = 0;
  let dropped = 0;
  let text = input;
  // Text saved through the wrong encoding twice is mangled twice; undo up to three layers.
  for (let pass = 0; pass < 3; pass++) {
    let changed = false;
    text = text.replace(SUSPECT, (sequence) => {
      // Every suspect character is in the BMP, so string indices are characters.
      const bytes = Uint8Array.from(sequence, (char) => BYTE_OF.get(char) ?? 0);
      const expected = utf8Length(bytes[0] ?? 0);
      const whole = bytes.subarray(0, expected);
      if (whole.length === expected) {
        try {
          const decoded = utf8.decode(whole);
          repaired++;
          changed = true;
          return decoded + sequence.slice(expected);
        } catch {
          // Falls through to the drop rule.
        }
      }
      if (
        sequence.length >= 3 ||
        (sequence.length === 2 &&
          (RARE_LEADS.includes(sequence[0] ?? '') || sequence === LOST_PUNCTUATION))
      ) {
        dropped++;
        changed = true;
        return '';
      }
      return sequence;
    });
    if (!changed) break;
  }
  return { text, repaired, dropped };
}

function utf8Length(lead: number): number {
  if (lead >= 0xf0) return 4;
  if (lead >= 0xe0) return 3;
  return 2;
}

function escapeForClass(char: string): string {
  return char.replace(/[\\\]^-]/g, '\\$&');
}
