import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importJsonResume } from '../../src/import/json-resume.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

const OFFICIAL = dirname(createRequire(import.meta.url).resolve('@jsonresume/schema/package.json'));
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as unknown;
const FIXTURE = 'tests/fixtures/profiles/round-trip/lena-marchetti.resume.json';

/** Every string a resume states, but for its schema link and file metadata. */
function statedTexts(value: unknown, key = ''): string[] {
  if (['$schema', 'meta'].includes(key)) return [];
  if (typeof value === 'string') return value.trim() ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item) => statedTexts(item));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => statedTexts(v, k));
  return [];
}

// Lower-cased: a GitHub profile is kept under the key `github`, which names its network.
const squash = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

describe('importing a JSON Resume', () => {
  const resumes = [
    FIXTURE,
    join(OFFICIAL, 'sample.resume.json'),
    ...readdirSync(join(OFFICIAL, 'examples')).map((name) => join(OFFICIAL, 'examples', name)),
  ];

  it.each(resumes)('keeps every stated value of %s somewhere searchable', (file) => {
    const resume = readJson(file);
    const { profile } = importJsonResume(resume);
    expect(ProfileSchema.safeParse(profile).error?.issues ?? []).toEqual([]);
    const kept = squash(JSON.stringify(profile, null, 0).replace(/\\n/g, ' '));
    const missing = statedTexts(resume).filter(
      (text) => !kept.includes(squash(JSON.stringify(squash(text)).slice(1, -1))),
    );
    expect(missing).toEqual([]);
  });

  it('puts each part of the resume in its own field', () => {
    const { profile, notes } = importJsonResume(readJson(FIXTURE));
    expect(profile.identity).toMatchObject({
      name: 'Lena Marchetti',
      title: 'Platform Engineer',
      location: 'Turin, Italy',
      yearsOfExperience: 9,
      availability: 'Open to remote contract work from March 2027',
    });
    expect(profile.contact).toMatchObject({
      email: 'lena.marchetti@example.org',
      github: 'https://github.com/lmarchetti',
      linkedin: 'https://www.linkedin.com/in/lena-marchetti',
      website: 'https://lena.example.org',
    });
    expect(profile.roles.map((r) => [r.company, r.title, r.start, r.end])).toEqual([
      ['Pagora', 'Senior Platform Engineer', '2021-04', undefined],
      ['Fintessa', 'DevOps Engineer', '2017-09', '2021-03'],
    ]);
    expect(profile.skills.map((c) => [c.name, c.note, c.skills.map((s) => s.name)])).toEqual([
      ['Cloud', 'Expert', ['Kubernetes', 'Terraform', 'AWS']],
      ['Languages', undefined, ['Go', 'Python']],
      ['Skills', undefined, ['Rust']],
    ]);
    expect(profile.skills[2]?.skills[0]?.note).toBe('Learning');
    expect(profile.certifications.map((c) => c.name)).toEqual([
      'Certified Kubernetes Administrator (CKA)',
      'HashiCorp Certified: Terraform Associate',
    ]);
    expect(profile.publications[0]).toMatchObject({
      title: 'Budgets as code',
      venue: 'KubeCon EU',
    });
    expect(profile.projects[0]).toMatchObject({
      name: 'kube-budget',
      technologies: ['Go', 'Kubernetes'],
    });
    expect(profile.education[0]).toMatchObject({ degree: 'MSc', field: 'Computer Engineering' });
    expect(profile.languages).toHaveLength(2);
    expect(profile.awards).toHaveLength(1);
    expect(profile.volunteer[0]).toMatchObject({ organization: 'Django Girls Torino' });
    expect(profile.interests[0]).toEqual({ name: 'Climbing', keywords: ['bouldering', 'alpine'] });
    // No field of its own: kept as text, and said so.
    expect(profile.sections[0]?.items).toEqual(
      expect.arrayContaining(['Mastodon: lena@hachyderm.io', 'Pagora: https://pagora.example.com']),
    );
    expect(notes).toContain('other fields → kept as section "resume-details" (3)');
  });

  it('refuses a document the official schema rejects, listing each problem', () => {
    expect(() => importJsonResume({ basics: { name: 'A' }, work: { name: 'not a list' } })).toThrow(
      /not a valid JSON Resume.*\n\s+- work is not of a type\(s\) array/,
    );
  });

  it('imports a date the schema flags, and warns about it', () => {
    const { profile, warnings } = importJsonResume({
      basics: { name: 'Ana Ruiz', label: 'Engineer' },
      work: [{ name: 'Acme', position: 'Engineer', startDate: 'March 2020' }],
    });
    expect(profile.roles[0]?.start).toBe('March 2020');
    expect(warnings).toEqual([expect.stringMatching(/^JSON Resume schema: work\[0\]\.startDate/)]);
  });
});

describe('a JSON Resume that names its talks only in highlights', () => {
  const { profile } = importJsonResume({
    basics: { name: 'Ana Lee', label: 'Frontend Engineer' },
    work: [
      {
        name: 'Acme',
        position: 'Design Systems Lead',
        startDate: '2022-03',
        highlights: ["Started the agency's accessibility audit practice"],
      },
    ],
    volunteer: [
      {
        organization: 'City Frontend Meetup',
        position: 'Co-organiser',
        highlights: ["Gave the talk 'Design tokens are an API' (2023)"],
      },
    ],
  });

  it('reads a talk title in single quotes, and no apostrophe for a quote', () => {
    expect(profile.publications.map((p) => [p.kind, p.title])).toEqual([
      ['talk', 'Design tokens are an API'],
    ]);
  });
});

describe('a JSON Resume location', () => {
  it('keeps every part it states, a region named after its city too', () => {
    const { profile } = importJsonResume({
      basics: {
        name: 'Eleni Sava',
        label: 'Backend Engineer',
        location: { city: 'Larnaca', region: 'Larnaca District', countryCode: 'CY' },
      },
    });
    expect(profile.identity.location).toBe('Larnaca, Larnaca District, Cyprus');
  });
});
