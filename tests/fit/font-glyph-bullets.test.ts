import { describe, expect, it } from 'vitest';
import { readRequirements } from '../../src/fit/requirements.ts';

const kinds = (jd: string) => new Map(readRequirements(jd).map((r) => [r.text, r.kind]));

describe('list marks a pasted document keeps from its fonts', () => {
  it('reads each Symbol or Wingdings bullet of a PDF as its own requirement', () => {
    const found = kinds(
      [
        'Data Platform Engineer',
        '',
        'What you bring',
        '\uF0B7 Four years of Scala on Spark',
        '\uF0B7 Airflow in production',
        '',
        'Good to have',
        'ü Snowflake',
        'ü A Databricks certiﬁcation',
        'Ø Experience in the insurance sector',
        '',
      ].join('\n'),
    );
    expect(found.get('Four years of Scala on Spark')).toBe('must');
    expect(found.get('Airflow in production')).toBe('must');
    // Each glyph starts a new item: the wishes are not one run-on line.
    expect(found.get('Snowflake')).toBe('nice');
    expect(found.get('Experience in the insurance sector')).toBe('nice');
  });

  it('reads a Japanese posting whose "・" items sit under Must and Want headings', () => {
    const found = kinds(
      [
        '■ Required Skills/Experience (Must)',
        '・2+ years building Rust services',
        '・Experience with Redis',
        '',
        '■ Welcome Skills (Want)',
        '・Experience with ClickHouse',
        '・Conversational Korean',
        '',
      ].join('\n'),
    );
    expect(found.get('2+ years building Rust services')).toBe('must');
    expect(found.get('Experience with Redis')).toBe('must');
    expect(found.get('Experience with ClickHouse')).toBe('nice');
    expect(found.get('Conversational Korean')).toBe('nice');
  });

  it('reads the Dutch "Wat vragen we" as the requirements', () => {
    const found = kinds(
      [
        'Wat vragen we',
        '• Drie jaar ervaring met Svelte',
        '',
        'Pré',
        '• Ervaring met Deno',
        '',
      ].join('\n'),
    );
    expect(found.get('Drie jaar ervaring met Svelte')).toBe('must');
    expect(found.get('Ervaring met Deno')).toBe('nice');
  });
});
