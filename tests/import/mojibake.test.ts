import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../src/import/mojibake.ts';

describe('repairMojibake', () => {
  it('turns UTF-8 read as Windows-1252 back into the emoji it was', () => {
    expect(repairMojibake('### ðŸ”¹ Recurring Event Scheduling Engine')).toEqual({
      text: '### 🔹 Recurring Event Scheduling Engine',
      repaired: 1,
      dropped: 0,
    });
  });

  it('repairs smart quotes, dashes and accented letters', () => {
    expect(repairMojibake('Itâ€™s â€œfastâ€\u009d â€” cafÃ© in SÃ£o Paulo').text).toBe(
      'It’s “fast” — café in São Paulo',
    );
  });

  it('undoes text that went through the wrong encoding twice', () => {
    expect(repairMojibake('ZÃƒÂ¼rich').text).toBe('Zürich');
  });

  it('drops a truncated sequence that cannot be repaired', () => {
    // 📍 is F0 9F 93 8D; 0x8D has no Windows-1252 character and was lost in copying.
    expect(repairMojibake('ðŸ“ Porto, Portugal')).toEqual({
      text: ' Porto, Portugal',
      repaired: 0,
      dropped: 1,
    });
  });

  it('leaves correct text alone, including Latin-1 letters next to punctuation', () => {
    for (const text of [
      'naïve résumé — ok',
      '«café»',
      'Zürich · São Paulo',
      'Ærøskøbing',
      '🔹 done',
    ]) {
      expect(repairMojibake(text)).toEqual({ text, repaired: 0, dropped: 0 });
    }
  });
});
