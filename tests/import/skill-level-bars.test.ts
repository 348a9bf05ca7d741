import { describe, expect, it } from 'vitest';
import { levelled } from '../../src/import/skill-levels.ts';
import { imported } from '../support/import-fixture.ts';

describe('a skill level drawn as a bar', () => {
  it('keeps the word as the level and drops the bar', () => {
    expect(levelled('Orekit · ■■■■■ Expert').text).toBe('Orekit (Expert)');
    expect(levelled('Docker ●●●○○').text).toBe('Docker');
  });

  it('reads a line of only a bar or a level word as a level', () => {
    expect(levelled('■■■■□').levelOnly).toBe('');
    expect(levelled('Advanced').levelOnly).toBe('Advanced');
  });

  it('reads a level word after a separator, with no bar, as the level', () => {
    expect(levelled('Terraform · Advanced').text).toBe('Terraform (Advanced)');
    // Printed to PDF, the dot may be lost: a capitalised level word at the end still is one.
    expect(levelled('Prometheus / Grafana Intermediate').text).toBe(
      'Prometheus / Grafana (Intermediate)',
    );
    // …but a tool's name that ends in a level word keeps it.
    expect(levelled('Visual Basic')).toEqual({ text: 'Visual Basic' });
  });

  it('leaves other lines alone', () => {
    expect(levelled('Go, Rust')).toEqual({ text: 'Go, Rust' });
  });
});

describe('a sidebar of skills with level bars, as résumé builders print them', () => {
  const { profile } = imported(
    [
      '# Ona Brandt',
      '',
      'Flight Software Engineer',
      '',
      '## Skills',
      '',
      'Rust · ■■■■■ Expert',
      '',
      'Python / NumPy',
      '',
      '- ■■■■□',
      '- Advanced',
      '',
      'MATLAB · ■■■□□ Good',
    ].join('\n'),
  );
  const skills = profile.skills.flatMap((c) => c.skills);

  it('lists no level word as a skill', () => {
    expect(skills.map((s) => s.name)).toEqual(['Rust', 'Python', 'NumPy', 'MATLAB']);
  });

  it('gives each skill its level', () => {
    expect(skills.map((s) => s.note)).toEqual(['expert', undefined, 'advanced', 'good']);
  });
});

describe('a generic word in capitals before a practice', () => {
  const { profile } = imported(
    [
      '# Ola Berg',
      '',
      'Security Engineer',
      '',
      '## Skills',
      '',
      '- **Offensive security:** Web & API penetration testing (OWASP Top 10), UI testing, Burp Suite',
    ].join('\n'),
  );

  it('names no tool "API" or "UI"', () => {
    const names = profile.skills.flatMap((c) => c.skills.map((s) => s.name));
    expect(names).not.toContain('API');
    expect(names).not.toContain('UI');
    expect(names).toContain('API penetration testing');
  });
});
