import { describe, expect, it } from 'vitest';
import { statusIn } from './profile-fit.ts';

// The shipped profile: Lahore, Pakistan (UTC+5); fintech and billing in its summary.
const jd = (...lines: string[]) => `## Requirements\n${lines.map((l) => `- ${l}`).join('\n')}\n`;

describe('hours of overlap with a time zone', () => {
  it('is missing from Lahore for four hours a day with EST, met with CET', () => {
    const text = jd(
      'Must be able to overlap at least 4 hrs/day with EST',
      'Must overlap at least 4 hours with CET',
    );
    expect(statusIn('shipped', text, 'with EST')).toBe('missing');
    expect(statusIn('shipped', text, 'with CET')).toBe('met');
  });
});

describe('fields named before "background" or "experience", apart by a slash', () => {
  it('judges each field: none held is missing, one held is met', () => {
    const text = jd('Travel / booking industry background', 'Fintech / payments background');
    expect(statusIn('shipped', text, 'Travel')).toBe('missing');
    expect(statusIn('shipped', text, 'Fintech')).toBe('met');
  });
});
