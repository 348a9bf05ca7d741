import { describe, expect, it } from 'vitest';
import { readRequirements } from '../../src/fit/requirements.ts';

const kinds = (jd: string) => new Map(readRequirements(jd).map((r) => [r.text, r.kind]));

describe('headings in other European languages over English bullets', () => {
  it('reads German profile and wish headings, and leaves tasks and offers out', () => {
    const found = kinds(`Backend Engineer (m/w/d)

## Deine Aufgaben

- You build the billing service in Kotlin

## Das bringst du mit

- 4+ years with Kotlin
- Solid SQL

## Von Vorteil

- Kafka

## Was wir bieten

- 30 Urlaubstage and a Deutschlandticket
`);
    expect(found.get('4+ years with Kotlin')).toBe('must');
    expect(found.get('Solid SQL')).toBe('must');
    expect(found.get('Kafka')).toBe('nice');
    const all = [...found.keys()].join('\n');
    expect(all).not.toContain('billing service');
    expect(all).not.toContain('Urlaubstage');
  });

  it('reads French and Dutch headings the same way', () => {
    const french = kinds(
      `## Vos missions\n\n- You run the data platform\n\n## Profil recherché\n\n- Python in production\n\n## Atouts\n\n- Airflow\n`,
    );
    expect(french.get('Python in production')).toBe('must');
    expect(french.get('Airflow')).toBe('nice');
    expect([...french.keys()].join('\n')).not.toContain('data platform');
    const dutch = kinds(
      `## Wat breng je mee\n\n- React and TypeScript\n\n## Mooi meegenomen\n\n- Next.js\n\n## Wat bieden wij\n\n- A lease bike\n`,
    );
    expect(dutch.get('Next.js')).toBe('nice');
    expect([...dutch.keys()].join('\n')).not.toContain('lease bike');
  });
});

describe('wishes and languages in other words', () => {
  it('reads "would also be welcome" as a nice-to-have', () => {
    const found = kinds(
      '## Who we are looking for\n\nYou know SQL well. Some exposure to Flink would also be welcome.\n',
    );
    expect(found.get('You know SQL well.')).toBe('must');
    expect(found.get('Some exposure to Flink would also be welcome.')).toBe('nice');
  });
});
