import { describe, expect, it } from 'vitest';
import { expiryStatus } from '../../src/import/certification-table.ts';
import { imported } from '../support/import-fixture.ts';

const CERTIFICATES = [
  '# Oskar Lindqvist',
  '',
  'Streaming Platform Engineer',
  '',
  '## Certifications',
  '',
  '| Certificate | Issued by | Licence No. | Obtained | Expiry |',
  '| --- | --- | --- | --- | --- |',
  '| Kafka Operator Professional | StreamGuild | SG-4471-Q | 02/2019 | 02/2021 (expired) |',
  '| Cloud Cost Practitioner | FinGuild | FG-0093 | 07/2024 | 07/2031 |',
  '| Lean Basics | KaizenOrg | KO-12 | 2015 | no expiry |',
].join('\n');

describe('a certifications table with issue and expiry dates', () => {
  const { profile } = imported(CERTIFICATES);

  it('reads each row as a certification named by its certificate column', () => {
    expect(profile.certifications.map((c) => c.name)).toEqual([
      'Kafka Operator Professional',
      'Cloud Cost Practitioner',
      'Lean Basics',
    ]);
  });

  it('says beside the issuer that a lapsed certificate expired, never that it is valid', () => {
    const kafka = profile.certifications[0];
    expect(kafka?.issuer).toBe('StreamGuild, issued 02/2019, expired 02/2021');
    expect(profile.certifications[1]?.issuer).toBe('FinGuild, issued 07/2024, valid until 07/2031');
    expect(profile.certifications[2]?.issuer).toBe('KaizenOrg, issued 2015, does not expire');
  });

  it('keeps the credential numbers as text', () => {
    expect(profile.sections.flatMap((s) => s.items)).toContain(
      'Kafka Operator Professional: credential ID SG-4471-Q',
    );
  });
});

describe('the expiry of a certificate', () => {
  const today = new Date(Date.UTC(2026, 10, 30));

  it('is past when its date is, even if the owner did not say so', () => {
    expect(expiryStatus('09/2025', today)).toBe('expired 09/2025');
    expect(expiryStatus('2024', today)).toBe('expired 2024');
  });

  it('is still valid through the month it names', () => {
    expect(expiryStatus('11/2026', today)).toBe('valid until 11/2026');
    expect(expiryStatus('2027-01 (renewed)', today)).toBe('valid until 2027-01, renewed');
  });
});

const KEYED = [
  '# Maren Solberg',
  '## Senior Data Platform Engineer',
  '',
  '**Location:** Bergen, Norway  ',
  '**E-mail:** maren@example.org  ',
  '**Phone:** +47 912 34 567  ',
  '**Notice period:** 3 months  ',
  '',
  '## Experience',
  '',
  '**Role:** Staff Data Engineer  ',
  '**Company:** Fjordlight AS, working for a shipping client  ',
  '**Location:** Bergen  ',
  '**Period:** 05/2021 – Present  ',
  '**Type:** Permanent  ',
  '',
  '- Moved the nightly loads to streaming jobs.',
  '',
  '**Role:** Data Engineer  ',
  '**Company:** Kystdata  ',
  '**Period:** Mar 2017 – Apr 2021  ',
  '',
  '- Ran the warehouse.',
].join('\n');

describe('a résumé written as labelled lines', () => {
  const { profile } = imported(KEYED);

  it('takes the heading right under the name as the title', () => {
    expect(profile.identity.title).toBe('Senior Data Platform Engineer');
  });

  it('reads the labelled header lines as place, contact and notice period', () => {
    expect(profile.identity.location).toBe('Bergen, Norway');
    expect(profile.contact.email).toBe('maren@example.org');
    expect(profile.contact.phone).toBe('+47 912 34 567');
    expect(profile.identity.availability).toBe('Notice period: 3 months');
  });

  it('reads each Role / Company / Period block as one job with its bullets', () => {
    expect(
      profile.roles.map((r) => [r.title, r.company, r.start, r.end, r.highlights.length]),
    ).toEqual([
      ['Staff Data Engineer', 'Fjordlight AS', '2021-05', 'present', 1],
      ['Data Engineer', 'Kystdata', '2017-03', '2021-04', 1],
    ]);
    expect(profile.roles[0]?.location).toBe('Bergen');
    expect(profile.roles[0]?.summary).toContain('working for a shipping client');
  });
});

const LANDING_PAGE = [
  '# Tomás Ferreira — storefronts for independent bakeries',
  '',
  '**Freelance web developer** · Braga, Portugal 🇵🇹 · reachable mornings',
  '',
  "## Hello, I'm Tomás 👋",
  '',
  "I've spent 9 years building shop fronts for small food brands.",
  '',
  '## Services',
  '',
  '- Store audits',
].join('\n');

describe('a landing page with a greeting heading', () => {
  const { profile } = imported(LANDING_PAGE);

  it('reads the greeting section as the introduction', () => {
    expect(profile.summary[0]).toContain('9 years building shop fronts');
    expect(profile.identity.yearsOfExperience).toBe(9);
  });

  it('takes a "City, Country" part marked by its flag as the place', () => {
    expect(profile.identity.location).toBe('Braga, Portugal');
  });
});

const JOURNEY = [
  '# Lena Brandt',
  '',
  'Data Engineer',
  '',
  '## my path',
  '',
  '### 2022 – now',
  '',
  'Staff Data Engineer at **Kranich Labs** in Leipzig, where I run the lakehouse.',
  '',
  '### 2018 – 2021',
  '',
  'Two years as a Data Analyst at **Elbflow GmbH**, mostly dashboards.',
].join('\n');

describe('a journey told in prose under year headings', () => {
  const { profile } = imported(JOURNEY);

  it('reads the jobs its paragraphs name', () => {
    expect(profile.roles.map((r) => [r.title, r.company])).toContainEqual([
      'Data Analyst',
      'Elbflow GmbH',
    ]);
  });

  it('keeps the story as the introduction, not as an unknown section', () => {
    expect(profile.summary.join(' ')).toContain('mostly dashboards');
    expect(profile.sections.map((s) => s.title)).not.toContain('my path');
  });
});
