import { describe, expect, it } from 'vitest';
import { createProfileSupport } from '../../src/answer/support.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

const shipped = createProfileSupport(loadKnowledge('knowledge/profile.yaml'));

const prose = createProfileSupport(
  ProfileSchema.parse({
    identity: { name: 'Ana Lima', title: 'Backend Engineer' },
    summary: [
      'Based in Porto, Portugal. Eight years building payment systems.',
      'Open to remote contract work from January 2027.',
      'I have 8 years of experience in backend engineering.',
    ],
    skills: [
      {
        id: 'backend',
        name: 'Backend',
        skills: [{ name: 'Python' }, { name: 'Django' }, { name: 'Postgres' }],
      },
    ],
    roles: [
      {
        company: 'Acme',
        title: 'Engineer',
        highlights: ['Integrated Stripe subscriptions for 4,000 merchants'],
      },
    ],
    certifications: [{ name: 'AWS Certified Solutions Architect', issuer: 'Amazon' }],
  }),
);

describe('supportFor', () => {
  it('holds a listed skill, by alias too, with the skills line as evidence', () => {
    const go = shipped.supportFor('golang');
    expect(go.status).toBe('held');
    expect(go.canonical).toBe('Go');
    expect(go.evidence[0]?.where).toMatch(/^skills\./);
  });

  it('implies SQL through the relational databases listed, naming them', () => {
    const sql = shipped.supportFor('SQL');
    expect(sql.status).toBe('implied');
    expect(sql.via).toEqual(expect.arrayContaining(['PostgreSQL', 'MySQL']));
    expect(prose.supportFor('sql').via).toEqual(['Postgres']);
  });

  it('finds payments work through Stripe named in a role, without it being listed', () => {
    const payments = prose.supportFor('payments');
    expect(payments.status).toBe('mentioned');
    expect(payments.evidence).toContainEqual({
      text: 'Integrated Stripe subscriptions for 4,000 merchants',
      where: 'roles[0].highlights[0]',
    });
  });

  it('says absent only when nothing in the knowledge names it, with the closest listed skills', () => {
    const rust = shipped.supportFor('Rust');
    expect(rust.status).toBe('absent');
    expect(rust.evidence).toEqual([]);
    expect(rust.closest).toContain('Go');
    expect(shipped.supportFor('underwater basket weaving').status).toBe('absent');
  });

  it('finds a phrase the vocabulary does not know in the text', () => {
    const found = shipped.supportFor('recurring-event scheduling');
    expect(found.status).toBe('mentioned');
    expect(found.evidence[0]?.text).toContain('recurring-event scheduling engine');
  });
});

describe('certification', () => {
  it('is not held for a skill, only for a certification that names it', () => {
    expect(shipped.certification('Docker').held).toBe(false);
    const aws = prose.certification('AWS');
    expect(aws.held).toBe(true);
    expect(aws.evidence[0]?.where).toBe('certifications[0]');
    expect(prose.certification('Django').held).toBe(false);
  });
});

describe('technologiesIn', () => {
  it('names the technologies of a job description by canonical name', () => {
    const found = shipped.technologiesIn(
      'We need Go, k8s and Postgres experience; React/Next.js is a plus. CI/CD with GitHub Actions.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'Go',
        'Kubernetes',
        'PostgreSQL',
        'React',
        'Next.js',
        'GitHub Actions',
      ]),
    );
  });

  it('does not take everyday words for technologies', () => {
    expect(prose.technologiesIn('Team go-karting on Fridays; we move fast and ship.')).toEqual([]);
    expect(prose.technologiesIn('Go ahead and apply if you like to swift changes.')).toEqual([]);
  });
});

describe('search', () => {
  it('finds lines by words of the same meaning', () => {
    const lines = shipped.search('payments work');
    expect(lines.some((l) => /Stripe|billing/i.test(l.text))).toBe(true);
  });
});

describe('years, location, availability', () => {
  it('reads the fields when they are there', () => {
    expect(shipped.years()).toBe(6);
    expect(shipped.location()).toBe('Lahore, Pakistan');
  });

  it('reads the text when the fields are empty', () => {
    expect(prose.years()).toBe(8);
    expect(prose.location()).toBe('Porto, Portugal');
    expect(prose.availability()).toBe('Open to remote contract work from January 2027');
  });

  it('takes availability to mean hiring availability, never high availability', () => {
    expect(shipped.availability()).toBeUndefined();
    const uptime = createProfileSupport(
      ProfileSchema.parse({
        identity: { name: 'Ana Lima', title: 'Backend Engineer' },
        summary: ['Availability: high-availability design for 99.99% uptime.'],
        expertise: ['High-availability service design', 'Highly available Postgres clusters'],
      }),
    );
    expect(uptime.availability()).toBeUndefined();
  });
});
