import { describe, expect, it } from 'vitest';
import { createFit } from '../../src/fit/fit.ts';
import { profileOf, statusIn } from './profile-fit.ts';

// The shipped profile: Lahore, Pakistan (UTC+5); Go, PostgreSQL, MySQL, Docker, Kubernetes.
const jd = (...lines: string[]) => `## Requirements\n${lines.map((l) => `- ${l}`).join('\n')}\n`;

describe('time-zone windows written around a zone', () => {
  it('is not met from Lahore for "within ±2h of CET" nor "UTC+1 ±2h"', () => {
    const text = jd('remote ok but must be within ±2h of CET', 'Remote within UTC+1 ±2h');
    expect(statusIn('shipped', text, '±2h of CET')).toBe('missing');
    expect(statusIn('shipped', text, 'UTC+1')).toBe('missing');
  });

  it("is met when the window holds the owner's offset", () => {
    expect(statusIn('shipped', jd('Remote within UTC+5 ±1h'), 'UTC+5')).toBe('met');
  });
});

describe('models deployed with a held tool', () => {
  it('comes close for "deploying models on Kubernetes" when no machine learning is shown', () => {
    expect(statusIn('shipped', jd('Experience deploying models on Kubernetes.'), 'models')).toBe(
      'partial',
    );
  });

  it('is no machine-learning ask in "data models in PostgreSQL"', () => {
    expect(statusIn('shipped', jd('Designing data models in PostgreSQL'), 'data models')).toBe(
      'met',
    );
  });
});

describe('German requirements', () => {
  it('does not take the nouns German capitalises for names asked for', () => {
    const text =
      '## Das bringst du mit\n- Sicherer Umgang mit SQL\n- Fundierte Kenntnisse in Kubernetes\n';
    expect(statusIn('shipped', text, 'Umgang')).toBe('met');
    expect(statusIn('shipped', text, 'Kenntnisse')).toBe('met');
  });

  it('reads "Eine Databricks-Zertifizierung" as the Databricks certificate', () => {
    const profile = profileOf(
      '# Lea Berg\n\nData Engineer\n\n## Certifications\n\n- Databricks Certified Data Engineer Associate, 2023\n',
    );
    const report = createFit(profile).fit('## Nice to have\n- Eine Databricks-Zertifizierung\n');
    expect(report.requirements[0]?.status).toBe('met');
  });
});
