import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { ImportOptions } from '../../src/import/import-result.ts';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** A profile README from tests/fixtures/profiles. */
export const fixture = (name: string) => readFileSync(`tests/fixtures/profiles/${name}`, 'utf8');

/** Imports markdown and asserts the result is a valid profile as it stands. */
export function imported(markdown: string, options: ImportOptions = {}) {
  const result = importMarkdownProfile(markdown, options);
  expect(ProfileSchema.safeParse(result.profile).error?.issues ?? []).toEqual([]);
  return result;
}
