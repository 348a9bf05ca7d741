import { describe, expect, it } from 'vitest';
import { createFit } from '../../src/fit/fit.ts';
import { readRequirements } from '../../src/fit/requirements.ts';
import { profileOf } from './profile-fit.ts';

const withAvailability = (line: string) =>
  profileOf(`# Kofi Mensah\n\nBackend Engineer\n\n> ${line}\n\n## Skills\n\n- Go\n`);

const statusOf = (profile: ReturnType<typeof profileOf>, line: string) =>
  createFit(profile).fit(`## Requirements\n- ${line}\n`).requirements[0];

describe('a start date asked as a requirement', () => {
  const ask = 'Available to start within 2 weeks of offer';

  it('is met by a notice period that fits, and missing when it is longer', () => {
    expect(statusOf(withAvailability('Notice period: 1 week'), ask)?.status).toBe('met');
    const long = statusOf(withAvailability('My notice period is 4 weeks'), ask);
    expect(long?.status).toBe('missing');
    expect(long?.closest.join(' ')).toContain('4 weeks');
  });

  it('is met by "available immediately", only close to a date, missing when never said', () => {
    expect(statusOf(withAvailability('Available immediately'), ask)?.status).toBe('met');
    expect(statusOf(withAvailability('Open to contract work from March 2027'), ask)?.status).toBe(
      'partial',
    );
    const silent = profileOf('# Kofi Mensah\n\nBackend Engineer\n\n## Skills\n\n- Go\n');
    expect(statusOf(silent, ask)?.status).toBe('missing');
  });
});

describe('contracting or freelance work asked as a requirement', () => {
  const ask = 'Previous contracting / freelance engagements';

  it('is met by a contract role, missing without one', () => {
    const contractor = profileOf(
      '# Lea Brandt\n\nFrontend Engineer\n\n## Experience\n\n### UI Developer (contract) — Stadtwerke Kiel (2019 – 2020)\n\n- Built the outage map.\n',
    );
    expect(statusOf(contractor, ask)?.status).toBe('met');
    const employee = profileOf(
      '# Lea Brandt\n\nFrontend Engineer\n\n## Experience\n\n### UI Developer — Stadtwerke Kiel (2019 – 2020)\n\n- Wrote smart contracts tests.\n',
    );
    expect(statusOf(employee, ask)?.status).toBe('missing');
  });
});

describe('a "PROCESS" section', () => {
  it('holds no requirements', () => {
    const jd = `MUST HAVE\n- Go\n\nPROCESS\nOne technical call, then a pairing session.\nNo CV-only submissions please — send a short note on the most complex billing system you've worked on.\n`;
    expect(readRequirements(jd).map((r) => r.text)).toEqual(['Go']);
  });
});
