import { describe, expect, it } from 'vitest';
import { readRequirements } from '../../src/fit/requirements.ts';
import { statusIn } from './profile-fit.ts';

const withOptions = (lead: string, options: string[]) => `## Requirements

- 3+ years of backend work
- ${lead}
  - ${options.join('\n  - ')}
- You write clear docs
`;

describe('"at least N of the following" over a nested list of options', () => {
  const jd = withOptions('Experience with at least two of the following:', [
    'Go in production',
    'PostgreSQL',
    'Haskell',
    'Erlang/OTP',
  ]);

  it('reads the lead-in and its options as one requirement', () => {
    const texts = readRequirements(jd).map((r) => r.text);
    expect(texts).toContain('Experience with at least two of the following');
    expect(texts).not.toContain('Haskell');
    expect(texts).toContain('You write clear docs');
  });

  it('is met when the profile holds enough options, partial for fewer, missing for none', () => {
    expect(statusIn('shipped', jd, 'at least two of the following')).toBe('met');
    const three = withOptions('Experience with at least three of the following:', [
      'Go in production',
      'Haskell',
      'Erlang/OTP',
      'COBOL',
    ]);
    expect(statusIn('shipped', three, 'at least three of the following')).toBe('partial');
    const none = withOptions('Any two of the following:', ['Haskell', 'Erlang/OTP', 'COBOL']);
    expect(statusIn('shipped', none, 'any two of the following')).toBe('missing');
  });
});

describe('what a posting says it does not ask for', () => {
  it('reads no requirement from "Not required: …" and "No … required" sentences', () => {
    const texts = readRequirements(`## Requirements

- Python in production

Not required: a cloud certification. Also not required: a degree. No prior fintech experience needed.
`).map((r) => r.text);
    expect(texts.join('\n')).not.toMatch(/certification|degree|fintech/);
    expect(texts).toContain('Python in production');
  });

  it('reads no requirement from a pasted application form', () => {
    const texts = readRequirements(`## Requirements

- Python in production

Apply for this job

* indicates a required field

Full Name *
Resume *
Will you now or in the future need an employer to sponsor your work permit? *
Are you willing to relocate to Oslo? *
`).map((r) => r.text);
    expect(texts.join('\n')).not.toMatch(/sponsor|relocate|Resume/);
  });
});
