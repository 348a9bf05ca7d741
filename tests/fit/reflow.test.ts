import { describe, expect, it } from 'vitest';
import { readRequirements } from '../../src/fit/requirements.ts';

const texts = (jd: string) => readRequirements(jd).map((r) => `${r.kind}: ${r.text}`);

describe('a job description pasted from a PDF', () => {
  const jd = [
    'MARLOW ROBOTICS LTD',
    '',
    'ABOUT US',
    '',
    'We build warehouse robots for grocers in twelve countries and our',
    'fleet software runs on Rust and Kuber-',
    'netes across three regions.',
    '',
    'MINIMUM QUALIFICATIONS',
    '',
    '• 4+ years of embedded C++ on ARM micro-',
    '  controllers in shipped products',
    '• Working knowledge of ROS 2 and real-time scheduling for motor',
    '  control loops',
    '',
    'Marlow Robotics Ltd | Internal | Page 1 of 2',
    '',
    'Firmware Engineer                                  Rev 7',
    '',
    '• Able to work from our Leeds office four days a week',
    '',
    'DESIRABLE',
    '',
    'o Experience with Zephyr or FreeRTOS on recharge-',
    '  able devices',
    'o Familiarity with CAN bus tooling',
    '',
    'Marlow Robotics Ltd | Internal | Page 2 of 2',
  ].join('\n');

  it('rejoins bullets wrapped over lines and words hyphenated across the break', () => {
    expect(texts(jd)).toEqual([
      'must: 4+ years of embedded C++ on ARM microcontrollers in shipped products',
      'must: Working knowledge of ROS 2 and real-time scheduling for motor control loops',
      'must: Able to work from our Leeds office four days a week',
      'nice: Experience with Zephyr or FreeRTOS on rechargeable devices',
      'nice: Familiarity with CAN bus tooling',
    ]);
  });

  it('keeps a page footer and running header from cutting a list in two', () => {
    const read = readRequirements(jd);
    expect(read.some((r) => /page \d|rev 7/i.test(r.text))).toBe(false);
    expect(read.find((r) => r.text.includes('Leeds'))).toMatchObject({
      kind: 'must',
      topic: 'location',
    });
  });

  it('keeps short unmarked lines under a heading apart: a list, not a wrapped sentence', () => {
    expect(texts('Requirements\n\npython and pandas\nsql in anger\n')).toEqual([
      'must: python and pandas',
      'must: sql in anger',
    ]);
  });
});
