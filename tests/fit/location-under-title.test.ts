import { describe, expect, it } from 'vitest';
import { readRequirements } from '../../src/fit/requirements.ts';

describe('the place on its own line under a posting’s title', () => {
  const requirements = readRequirements(`# Staff Backend Engineer, Payments

Remote - United States or Canada

At Ledgerwise we move money for 40,000 small businesses. We're a Series C company.

## Minimum qualifications
- Expert-level Go
`);

  it('is the posting’s location requirement', () => {
    const place = requirements.find((r) => r.text.includes('United States or Canada'));
    expect(place?.topic).toBe('location');
  });

  it('does not make the company blurb under it a requirement', () => {
    expect(requirements.map((r) => r.text).join('\n')).not.toMatch(/Ledgerwise|Series C/);
  });
});

describe('the place in brackets after a posting’s title', () => {
  const requirements = readRequirements(`Senior Platform Engineer — Nordlys Energy (Remote, EU)

About us: Nordlys builds software for grid operators.

Requirements
- Production experience with Kubernetes
`);

  it('is a location requirement said as the place, not the title again', () => {
    const place = requirements.find((r) => r.topic === 'location');
    expect(place?.text).toBe('Location: Remote, EU (from the job title)');
    expect(requirements.map((r) => r.text)).not.toContain(
      'Senior Platform Engineer — Nordlys Energy (Remote, EU)',
    );
  });
});
