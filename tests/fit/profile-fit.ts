import { readFileSync } from 'node:fs';
import { createFit } from '../../src/fit/fit.ts';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** The fit for the shipped profile ('shipped') or a fixture profile by its file stem. */
export const fitFor = (key: string) =>
  createFit(
    key === 'shipped'
      ? loadKnowledge('knowledge/profile.yaml')
      : ProfileSchema.parse(
          importMarkdownProfile(readFileSync(`tests/fixtures/profiles/${key}.md`, 'utf8')).profile,
        ),
  );

/** The status of the requirement containing `part` in a job description. */
export const statusIn = (key: string, jd: string, part: string) =>
  fitFor(key)
    .fit(jd)
    .requirements.find((r) => r.requirement.toLowerCase().includes(part.toLowerCase()))?.status;

/** A profile imported from markdown written in the test. */
export const profileOf = (markdown: string) =>
  ProfileSchema.parse(importMarkdownProfile(markdown).profile);
