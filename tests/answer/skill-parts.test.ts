import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

// Invented: a backend engineer who lists Redis and PostgreSQL, and writes of Redis Streams once.
const assistant = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Tove Lindqvist',
      pronouns: { subject: 'she', object: 'her', possessive: 'her' },
      title: 'Backend Engineer',
    },
    skills: [
      { id: 'data', name: 'Data', skills: [{ name: 'PostgreSQL' }, { name: 'Redis' }] },
      { id: 'web', name: 'Web', skills: [{ name: 'React' }] },
    ],
    roles: [
      {
        company: 'Nordljus',
        title: 'Backend Engineer',
        start: '2021',
        end: 'present',
        highlights: ['Moved the order events onto Redis Streams with consumer groups.'],
      },
    ],
  }),
);
const say = (q: string) => answerToPlainText(assistant.ask(q));

describe('a part of a listed technology', () => {
  it('is no bare yes when the profile never names the part', () => {
    const out = say('Postgres logical replication?');
    expect(out).not.toMatch(/^Yes/);
    expect(out).toMatch(
      /^Not by name — Tove lists PostgreSQL among her Data skills, but her profile doesn't mention PostgreSQL logical replication specifically/,
    );
    expect(say('React hooks?')).toMatch(/doesn't mention React hooks specifically/);
  });

  it('is a yes, with the line, when the profile names it', () => {
    const out = say('ever used Redis Streams?');
    expect(out).toMatch(/^Yes — Tove lists Redis/);
    expect(out).toContain('consumer groups');
  });

  it('leaves a question about the work with it to the other answers', () => {
    expect(say('does she know PostgreSQL')).toMatch(/^Yes — Tove lists PostgreSQL/);
    expect(say('how did she use Redis Streams?')).not.toMatch(/^Not by name/);
  });
});

describe('a kind of skill no group names', () => {
  it('says the profile does not mention it, then the skills it lists', () => {
    const out = say('communication skills?');
    expect(out).toMatch(/^Tove's profile doesn't mention communication skills/);
    expect(out).toContain('PostgreSQL');
  });

  it('quotes the lines when the profile does say it', () => {
    expect(say('consumer groups skills?')).toContain('consumer groups');
    expect(say('what are her technical skills')).toMatch(/^Tove's skills/);
  });
});

describe('a skill the profile also holds a certificate for', () => {
  const certified = createAssistant(
    ProfileSchema.parse({
      identity: { name: 'Tove Lindqvist', title: 'Platform Engineer' },
      skills: [{ id: 'ops', name: 'Ops', skills: [{ name: 'EKS' }, { name: 'Terraform' }] }],
      certifications: [{ name: 'Certified Kubernetes Administrator (CKA)', year: '2022' }],
    }),
  );
  const ask = (q: string) => answerToPlainText(certified.ask(q));

  it('names the certificate after the yes', () => {
    expect(ask('kubernetes?')).toMatch(
      /^Yes — through EKS[^\n]*\n\nTove also holds Certified Kubernetes Administrator \(CKA\) \(2022\)/,
    );
  });

  it('names no certificate about another technology', () => {
    expect(ask('terraform?')).not.toContain('also holds');
  });
});

describe('a contribution to a technology asked', () => {
  const contributor = createAssistant(
    ProfileSchema.parse({
      identity: { name: 'Tove Lindqvist', title: 'Backend Engineer' },
      skills: [{ id: 'data', name: 'Data', skills: [{ name: 'Redis' }, { name: 'PostgreSQL' }] }],
      projects: [
        { id: 'pg', name: 'PostgreSQL patches', summary: 'Contributed two patches to PostgreSQL.' },
      ],
    }),
  );
  const ask = (q: string) => answerToPlainText(contributor.ask(q));

  it('is no yes from the skill alone', () => {
    expect(ask('ever contributed to Redis?')).toMatch(
      /^Not that the profile says — Tove lists Redis as a skill, but no contribution to Redis/,
    );
  });

  it('is a yes with the line that tells of it', () => {
    expect(ask('has she contributed to PostgreSQL?')).toMatch(
      /^Yes — .*contributions to PostgreSQL/,
    );
  });
});
