import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

// Invented: an SRE with two dated jobs, a dated degree and two dated certificates.
const assistant = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Efua Mensah',
      pronouns: { subject: 'she', object: 'her', possessive: 'her' },
      title: 'Site Reliability Engineer',
    },
    roles: [
      { company: 'Kora Pay', title: 'Senior SRE', start: '2021-01', end: 'present' },
      { company: 'Volta Telecom', title: 'Systems Engineer', start: '2016', end: '2020' },
    ],
    education: [{ institution: 'University of Ghana', degree: 'BSc', start: '2012', end: '2016' }],
    certifications: [
      { name: 'Certified Kubernetes Administrator (CKA)', year: '2022' },
      { name: 'HashiCorp Certified: Terraform Associate', year: '2021' },
    ],
  }),
);
const say = (q: string) => answerToPlainText(assistant.ask(q));

describe('a year asked', () => {
  it('gives the job that covers it, not every job or an "I don\'t know"', () => {
    for (const q of ['what was she doing in 2018?', 'where did she work in 2018', '2018?']) {
      const out = say(q);
      expect(out, q).toContain('Volta Telecom');
      expect(out, q).not.toContain('Kora Pay');
    }
  });

  it("leaves the asker's own year to the other answers", () => {
    expect(say('We were founded in 2018, has she worked at a startup?')).not.toMatch(/^In 2018/);
  });

  it('gives the studies of a year before the first job', () => {
    expect(say('what was she doing in 2014?')).toContain('University of Ghana');
  });

  it('quotes a line of the text that names the year', () => {
    const told = createAssistant(
      ProfileSchema.parse({
        identity: { name: 'Efua Mensah', title: 'SRE' },
        summary: ['In 2010 I was freelancing for NGOs in Kumasi.'],
        roles: [{ company: 'Kora Pay', title: 'Senior SRE', start: '2021', end: 'present' }],
      }),
    );
    expect(answerToPlainText(told.ask('what was she doing in 2010?'))).toContain(
      'freelancing for NGOs',
    );
  });

  it('says when nothing the profile dates covers the year', () => {
    expect(say('what was she doing in 2009?')).toMatch(/^None of the jobs or studies/);
  });

  it('finds the certificate of a year, never a no to a certificate the profile dates so', () => {
    expect(say('did she get certified in 2022?')).toMatch(
      /^Yes — in 2022.*\n• Certified Kubernetes/,
    );
    expect(say('certified in 2019?')).toMatch(/^No — none of the certifications/);
  });
});

describe('a verdict of fit for a named role, and a practice named with "capacity"', () => {
  const sre = createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'Efua Mensah',
        pronouns: { subject: 'she', object: 'her', possessive: 'her' },
        title: 'Site Reliability Engineer',
        availability: 'Open to remote roles from March.',
      },
      summary: ['Comfortable owning on-call, capacity planning and incident reviews.'],
      skills: [{ id: 'lang', name: 'Languages', skills: [{ name: 'Go' }] }],
    }),
  );
  const ask = (q: string) => answerToPlainText(sre.ask(q));

  it('gives no yes to "a good fit for a Go role", only what the profile shows', () => {
    const out = ask('is she a good fit for a Go role?');
    expect(out).not.toMatch(/^Yes/);
    expect(out).toMatch(/for you and her to judge/);
    expect(out).toContain('What the profile shows of Go');
  });

  it('finds capacity planning as the practice, not her availability', () => {
    const out = ask('capacity planning?');
    expect(out).toContain('capacity planning and incident reviews');
    expect(out).not.toContain('from March');
  });
});

describe('"certified?" after a technology was asked about', () => {
  it('answers for that technology, yes or no', () => {
    const ask = (q: string, c: string) => answerToPlainText(assistant.ask(q, c));
    ask('does she know terraform?', 'one');
    expect(ask('certified?', 'one')).toMatch(/^Yes — Efua holds HashiCorp Certified: Terraform/);
    ask('does she know ansible?', 'two');
    expect(ask('certified?', 'two')).toMatch(/^No\b.*Ansible certification/s);
  });
});

describe('managing people asked of someone who led a piece of work', () => {
  const architect = createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'Efua Mensah',
        pronouns: { subject: 'she', object: 'her', possessive: 'her' },
        title: 'Senior Backend Engineer',
      },
      impact: ['Led backend architecture for the EV charging platform.'],
    }),
  );
  const ask = (q: string) => answerToPlainText(architect.ask(q));

  it('gives no yes to "is she a manager?" or "can she lead a team of 10?"', () => {
    for (const q of ['is she a manager?', 'can she lead a team of 10?', 'has she led a team?']) {
      const out = ask(q);
      expect(out, q).not.toMatch(/^Yes/);
      expect(out, q).toMatch(/doesn't mention managing people/);
      expect(out, q).toContain('Led backend architecture');
    }
  });
});
