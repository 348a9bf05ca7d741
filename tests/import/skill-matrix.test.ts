import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

const matrix = [
  '| Skill | Level | Years |',
  '|---|---|---|',
  '| Kotlin | ★★★★★ | 6 |',
  '| Ktor (routing, auth) | ★★★★☆ | 3 |',
  '| Gradle · Maven | ★★★☆☆ | 5 |',
  '| JVM internals / GraalVM | ★★★☆☆ | 2 |',
  '| Scala (learning) | ★☆☆☆☆ | <1 |',
];

const names = (profile: ReturnType<typeof imported>['profile']) =>
  profile.skills.flatMap((g) => g.skills.map((s) => s.name));

describe('a skills matrix of Skill | Level | Years', () => {
  it('reads one skill per named tool, its stars as a rating, never a number or a star as a name', () => {
    const { profile } = imported(
      ['# Noor Haddad', '', 'Backend engineer', '', '## Skills', '', ...matrix].join('\n'),
    );
    const skills = names(profile);
    expect(skills).toEqual(
      expect.arrayContaining(['Kotlin', 'Ktor', 'Gradle', 'Maven', 'GraalVM', 'Scala']),
    );
    expect(skills.join(' ')).not.toMatch(/\d|★|☆/);
    expect(profile.skills.flatMap((g) => g.skills).find((s) => s.name === 'Kotlin')?.note).toBe(
      '5/5, 6 years',
    );
    expect(profile.skills.flatMap((g) => g.skills).find((s) => s.name === 'Scala')?.note).toBe(
      'learning, 1/5',
    );
  });

  it('reads the matrix in a CV made of tables, where "Years" is no date column', () => {
    const { profile } = imported(
      [
        '| | |',
        '|---|---|',
        '| <img src="me.jpg" alt="photo"> | **NOOR HADDAD**<br>Backend Engineer<br>Amman, Jordan |',
        '',
        '### Experience',
        '',
        '| Period | Company | Role | Highlights |',
        '|---|---|---|---|',
        '| 01/2020 – present | **Qasr Apps**, Amman | Backend Engineer | Built the billing API<br>Cut p99 latency by half |',
        '',
        '### Skills',
        '',
        ...matrix,
      ].join('\n'),
    );
    const skills = names(profile);
    expect(skills).toEqual(expect.arrayContaining(['Kotlin', 'Ktor', 'Gradle', 'Maven']));
    expect(profile.skills.map((g) => g.name)).not.toContain('Kotlin');
    expect(skills.join(' ')).not.toMatch(/\d|★/);
  });
});
