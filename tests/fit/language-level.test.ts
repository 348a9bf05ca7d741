import { describe, expect, it } from 'vitest';
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
