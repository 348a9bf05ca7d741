import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { profileJsonSchema } from '../../src/knowledge/schema.ts';

describe('knowledge/profile.schema.json', () => {
  it('matches the zod schema (run `npm run schema -- --out knowledge/profile.schema.json` after changing it)', () => {
    const committed = JSON.parse(readFileSync('knowledge/profile.schema.json', 'utf8'));
    expect(committed).toEqual(profileJsonSchema());
  });

  it('is what `schema --out` writes, byte for byte', () => {
    const written = `${JSON.stringify(profileJsonSchema(), null, 2)}\n`;
    expect(readFileSync('knowledge/profile.schema.json', 'utf8')).toBe(written);
  });
});
