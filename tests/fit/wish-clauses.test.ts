import { describe, expect, it } from 'vitest';
import { readRequirements } from '../../src/fit/requirements.ts';
import { fitFor, statusIn } from './profile-fit.ts';

const kinds = (jd: string) => new Map(readRequirements(jd).map((r) => [r.text, r.kind]));

describe('a wish tacked onto a requirement', () => {
  it('reads "– X is a plus" after a dash as its own nice-to-have', () => {
    const found = kinds('Requirements\n- Fluent Spanish (C1) – Portuguese is a plus\n');
    expect(found.get('Fluent Spanish (C1)')).toBe('must');
    expect(found.get('Portuguese is a plus')).toBe('nice');
  });

  it('reads "; X is an asset" as its own nice-to-have', () => {
    const found = kinds('Requirements\n- Strong written Italian; French is an asset\n');
    expect(found.get('Strong written Italian')).toBe('must');
    expect(found.get('French is an asset')).toBe('nice');
  });
});

describe('a certification asked for in the language of the posting', () => {
  it('is not met by another certificate of the same vendor', () => {
    const jd = 'Dein Profil\n- AWS Security Specialty Zertifizierung\n';
    expect(statusIn('pham-thu-ha', jd, 'Zertifizierung')).not.toBe('met');
  });
});

describe('sentences and lists inside one item', () => {
  it('reads a second sentence that is only a wish as its own nice-to-have', () => {
    const found = kinds(
      'Requirements\n- New code is TypeScript only. knowing Elm would be a plus\n',
    );
    expect(found.get('New code is TypeScript only')).toBe('must');
    expect(found.get('knowing Elm would be a plus')).toBe('nice');
  });

  it('keeps "A, B and C tooling" together as one ask', () => {
    const jd =
      'Requirements\n- You have set up ESLint, Prettier and Stylelint checks in CI (e.g. Husky, Lefthook)\n';
    const texts = fitFor('shipped')
      .fit(jd)
      .requirements.map((r) => r.requirement);
    expect(texts.some((t) => t.includes('ESLint, Prettier and Stylelint checks'))).toBe(true);
  });
});
