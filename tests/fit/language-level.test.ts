import { describe, expect, it } from 'vitest';
import { createFit } from '../../src/fit/fit.ts';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';
import { statusIn } from './profile-fit.ts';

const jd = (line: string) => `## Requirements\n- ${line}\n`;

describe('the level of a spoken language', () => {
  // Amara lists French at a basic (A2) level.
  it('counts a beginner level as close to a language the team works in', () => {
    const daily = jd('Fluent French, our clients call us in French all day');
    expect(statusIn('amara-okafor', daily, 'French')).toBe('partial');
  });

  it('meets a requirement that itself asks for a beginner level', () => {
    const basic = jd('Basic French for the odd supplier call');
    expect(statusIn('amara-okafor', basic, 'French')).toBe('met');
  });
});

describe('the level asked of each language', () => {
  const profile = ProfileSchema.parse(
    importMarkdownProfile(
      '# Lotte Vries\n\nData Engineer\n\n## Languages\n\n- Dutch (native)\n- English (fluent)\n- Portuguese (conversational)\n',
    ).profile,
  );
  const status = (line: string) =>
    createFit(profile).fit(`## Requirements\n- ${line}\n`).requirements[0]?.status;

  it('is not met by a lower level of that language', () => {
    expect(status('Portuguese at C1 level')).toBe('partial');
    expect(status('Português nível avançado (C1)')).toBe('partial');
    expect(status('Conversational Portuguese')).toBe('met');
  });

  it('is read for each language a line names, before or after its name', () => {
    expect(status('Fluent English and basic Portuguese')).toBe('met');
    expect(status('Fluent Portuguese and English')).toBe('partial');
    expect(status('Inglés profesional y portugués (B1)')).toBe('met');
  });
});

describe('a language called by its own name', () => {
  it('reads "Bahasa Indonesia" and "Bahasa Melayu" as Indonesian and Malay', () => {
    const profile = ProfileSchema.parse(
      importMarkdownProfile(
        '# Sari Wijaya\n\nSRE\n\n## Languages\n\n- Indonesian (native)\n- English (C1)\n',
      ).profile,
    );
    const status = createFit(profile).fit(
      '## Nice to have\n- Thai, Bahasa Indonesia or Bahasa Melayu\n',
    ).requirements[0]?.status;
    expect(status).toBe('met');
  });
});
