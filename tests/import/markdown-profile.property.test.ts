import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PortfolioBotError } from '../../src/errors.ts';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

// Pieces real READMEs are made of, including the awkward ones: emoji, mojibake, bare URLs,
// non-http links, empty labels, dates, tables and headings with nothing under them.
const word = fc.constantFrom(
  'Go',
  'React',
  'Senior Engineer',
  'Acme Corp',
  'Jan 2020 – Present',
  '2019–2021',
  '📍 Berlin, Germany',
  'ðŸ”¹',
  'ðŸ“',
  '🚀',
  'University of Porto',
  'BSc Physics',
  '(basic)',
  '(Go)',
  'hello@example.org',
  'https://github.com/x-example',
  '[site](https://x.example)',
  '[local](./docs/readme.md)',
  '[mail](mailto:not-an-email)',
  '**Label:**',
  '**Bold**',
  '—',
  '|',
  ':',
  ',',
  '?',
);
const text = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(' '));
const heading = fc.constantFrom(
  'About',
  'Skills',
  '🛠️ Toolbox',
  'Experience',
  'Work',
  'Projects',
  'Education',
  'Certifications',
  'Languages',
  'Industries',
  'Contact',
  'Principles',
  'Currently Learning',
  'FAQ',
  'What I do',
  'Mystery',
  '🎧',
);
const block = fc.oneof(
  text,
  text.map((t) => `- ${t}`),
  fc.tuple(text, text).map(([a, b]) => `- ${a}\n  - ${b}`),
  fc.tuple(heading, text).map(([h, t]) => `### ${h}\n${t}`),
  fc.tuple(text, text).map(([a, b]) => `| A | B |\n| --- | --- |\n| ${a} | ${b} |`),
  fc.constant('---'),
);
const section = fc
  .tuple(heading, fc.array(block, { maxLength: 4 }))
  .map(([h, blocks]) => `## ${h}\n\n${blocks.join('\n\n')}`);
const readme = fc
  .tuple(fc.option(text), fc.array(text, { maxLength: 3 }), fc.array(section, { maxLength: 6 }))
  .map(
    ([name, header, sections]) =>
      `${name === null ? '' : `# ${name}\n`}${header.join('  \n')}\n\n${sections.join('\n\n')}\n`,
  );

describe('importMarkdownProfile on arbitrary READMEs', () => {
  it('either returns a valid profile or refuses with a PortfolioBotError', () => {
    fc.assert(
      fc.property(readme, (markdown) => {
        let imported: ReturnType<typeof importMarkdownProfile>;
        try {
          imported = importMarkdownProfile(markdown);
        } catch (error) {
          expect(error).toBeInstanceOf(PortfolioBotError);
          return;
        }
        expect(ProfileSchema.safeParse(imported.profile).error?.issues ?? []).toEqual([]);
      }),
      {
        numRuns: Number(process.env.PROP_RUNS ?? 150),
        seed: process.env.PROP_SEED ? Number(process.env.PROP_SEED) : 20_240_601,
      },
    );
  });
});
