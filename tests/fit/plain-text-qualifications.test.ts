import { describe, expect, it } from 'vitest';
import { readRequirements } from '../../src/fit/requirements.ts';

describe('a plain-text posting whose qualifications are lines without bullets', () => {
  it('reads each "experience with …" line as a requirement, not as a heading', () => {
    const texts = readRequirements(`Site Reliability Engineer

Qualifications:
Strong experience with Terraform
Experience with Prometheus and Grafana
Familiarity with Python or Go scripting

Benefits:
Dental insurance
`).map((r) => r.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Strong experience with Terraform',
        'Experience with Prometheus and Grafana',
        'Familiarity with Python or Go scripting',
      ]),
    );
    expect(texts.join('\n')).not.toMatch(/Dental/);
  });
});
