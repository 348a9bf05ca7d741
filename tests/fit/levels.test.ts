import { describe, expect, it } from 'vitest';
import { readRequirements } from '../../src/fit/requirements.ts';

const texts = (jd: string) => readRequirements(jd).map((r) => `${r.kind}: ${r.text}`);

describe('a posting that hires at more than one level', () => {
  it("reads the lowest level's list as musts and what higher levels add as nice-to-haves", () => {
    const jd = [
      '## Requirements (IC2)',
      '- 2+ years of Python',
      '## Requirements (IC3), in addition to IC2',
      '- You have mentored engineers',
      '## Bonus',
      '- Rust',
    ].join('\n');
    expect(texts(jd)).toEqual([
      'must: 2+ years of Python',
      'nice: You have mentored engineers',
      'nice: Rust',
    ]);
  });

  it('ranks levels named by seniority words too', () => {
    const jd =
      '## You bring (Staff)\n- Led a migration\n## You bring (Senior)\n- Go in production\n';
    expect(texts(jd)).toEqual(['nice: Led a migration', 'must: Go in production']);
  });

  it('leaves a single levelled list as musts', () => {
    expect(texts('## Requirements (L3)\n- TypeScript\n')).toEqual(['must: TypeScript']);
  });
});
