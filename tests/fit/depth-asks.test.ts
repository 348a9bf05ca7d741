import { describe, expect, it } from 'vitest';
import { statusIn } from './profile-fit.ts';

describe('a technology asked for at depth', () => {
  const cloud = '## Requirements\n- Azure or AWS at depth (VPC networking, IAM)\n';
  it('takes a listed cloud as close, and work in the named areas as meeting it', () => {
    // Fahad lists AWS; Ingrid secured AWS with IAM.
    expect(statusIn('fahad-khan', cloud, 'at depth')).toBe('partial');
    expect(statusIn('ingrid-vasquez-holm', cloud, 'at depth')).toBe('met');
  });

  const database = '## Requirements\n- You know PostgreSQL: you can read a query plan\n';
  it('reads "X: you can …" as asking for more than a listing', () => {
    // Fahad optimised PostgreSQL; Ha lists it.
    expect(statusIn('fahad-khan', database, 'postgresql')).toBe('met');
    expect(statusIn('pham-thu-ha', database, 'postgresql')).toBe('partial');
  });
});

describe('a tool asked for on a mobile platform', () => {
  it('takes backend CI as close to mobile CI, not as meeting it', () => {
    const jd = '## Nice to have\n- Mobile CI/CD with GitHub Actions\n';
    expect(statusIn('fahad-khan', jd, 'mobile ci')).toBe('partial');
    expect(statusIn('arjun-mehta', jd, 'mobile ci')).toBe('met');
  });
});
