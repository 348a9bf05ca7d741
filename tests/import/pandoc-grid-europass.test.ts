import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

// An invented Europass CV saved from Word and converted by pandoc: grid tables with labels on
// the left, the name in the first row, the address with street and postcode.
const rule = `+${'-'.repeat(32)}+${'-'.repeat(60)}+`;
const row = (label: string, text: string) => `| ${label.padEnd(31)}| ${text.padEnd(59)}|`;
const cv = [
  rule,
  row('', '**KATRIN MÄGI**'),
  rule,
  row('PERSONAL INFORMATION', 'Nationality: Estonian'),
  rule,
  row('', '**Address:** Pärnu mnt 22, 10141, Tallinn, Estonia (Home)'),
  row('', ''),
  row('', '**Email address:** katrin@example.ee'),
  rule,
  row('POSITION', 'Firmware Engineer'),
  rule,
  '',
  '**WORK EXPERIENCE**',
  '',
  rule,
  row('Dates', '01/02/2020 – CURRENT'),
  rule,
  row('Occupation or position held', '**Senior Firmware Engineer**'),
  rule,
  row('Employer', '**Lainekraft OÜ** – Tallinn, Estonia'),
  rule,
  row('Main activities and', '\\- Zephyr RTOS firmware for nRF52 sensor nodes'),
  row('responsibilities', '\\- Secure OTA updates with MCUboot'),
  rule,
  row('Dates', '01/09/2016 – 31/01/2020'),
  rule,
  row('Occupation or position held', '**Firmware Developer** (intern for the first year)'),
  rule,
  row('Employer', '**Sõber Elektroonika AS** – Tartu, Estonia'),
  rule,
  '',
  '**DIGITAL SKILLS**',
  '',
  'C | Zephyr RTOS | STM32',
].join('\n');

describe('a Europass CV converted by pandoc, its tables in grids', () => {
  const { profile } = imported(cv);

  it('reads the name in the first row and the title labelled "POSITION"', () => {
    expect(profile.identity.name).toBe('Katrin Mägi');
    expect(profile.identity.title).toBe('Firmware Engineer');
  });

  it('takes the town and country of the address, not the street or the postcode', () => {
    expect(profile.identity.location).toBe('Tallinn, Estonia');
  });

  it('reads each job of the grid: position, employer, dates and the escaped bullets', () => {
    expect(profile.roles.map((r) => [r.title, r.company, r.start, r.end])).toEqual([
      ['Senior Firmware Engineer', 'Lainekraft OÜ', '2020-02', 'present'],
      ['Firmware Developer', 'Sõber Elektroonika AS', '2016-09', '2020-01'],
    ]);
    expect(profile.roles[0]?.highlights).toEqual([
      'Zephyr RTOS firmware for nRF52 sensor nodes',
      'Secure OTA updates with MCUboot',
    ]);
  });
});
