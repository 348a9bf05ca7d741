import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** Facts an import left as labelled text, and a skills group named after its tool. */
const assistant = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Bram Okoye',
      pronouns: { subject: 'he', object: 'him', possessive: 'his' },
      title: 'Storefront developer',
      yearsOfExperience: 9,
    },
    skills: [
      { id: 'shopify', name: 'Shopify', skills: [{ name: 'Liquid' }, { name: 'Hydrogen' }] },
      { id: 'marketing', name: 'Marketing', skills: [{ name: 'Klaviyo' }] },
    ],
    sections: [
      {
        id: 'details',
        title: 'Details',
        items: ['Location: Ghent, Belgium (hybrid)', 'Studied: Applied Informatics, HOGENT'],
      },
    ],
  }),
);
const ask = (q: string) => answerToPlainText(assistant.ask(q));

describe('facts in labelled lines and group names', () => {
  it('finds the place on a "Location:" line instead of saying none is given', () => {
    expect(ask('where is he located')).toContain('Ghent, Belgium');
  });

  it('reads a group named after a tool as that tool held', () => {
    expect(ask('any ecommerce experience?')).toMatch(/^Yes — through Shopify/);
    expect(ask('does he do email marketing automation')).toMatch(/^Yes — through Klaviyo/);
  });

  it('answers years for "how many years in total", never a skill called "total"', () => {
    const out = ask('how many yrs of experience in total');
    expect(out).toContain('9 years');
    expect(out).not.toMatch(/Total isn't/);
  });

  it('reads "educational background" as education, never a skill called "educational"', () => {
    expect(ask("what's his educational background")).not.toMatch(/Educational isn't/);
  });
});

describe('a certification asked for by a named standard', () => {
  const withCerts = (names: string[]) =>
    createAssistant(
      ProfileSchema.parse({
        identity: {
          name: 'Lea Brandt',
          pronouns: { subject: 'she', object: 'her', possessive: 'her' },
          title: 'Firmware engineer',
        },
        summary: ['Learning: functional safety (ISO 26262) for the next project.'],
        certifications: names.map((name) => ({ name })),
      }),
    );
  const question = 'is she certified in functional safety (iso 26262)?';

  it('says no when no certificate names it, though the text mentions learning it', () => {
    const out = answerToPlainText(withCerts(['ISTQB Foundation Level']).ask(question));
    expect(out).toMatch(/^No — no (?:functional safety \(iso 26262\)|ISO 26262) certification/);
    expect(out).toContain('ISTQB Foundation Level');
  });

  it('never says no when a certificate names the standard', () => {
    const out = answerToPlainText(
      withCerts(['TÜV Certified Functional Safety Engineer (ISO 26262)']).ask(question),
    );
    expect(out).not.toMatch(/^No/);
    expect(out).toContain('TÜV Certified Functional Safety Engineer');
  });
});

describe('availability asked in a recruiter’s words', () => {
  const assistant = createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'Noor Haddad',
        pronouns: { subject: 'she', object: 'her', possessive: 'her' },
        title: 'Data engineer',
        availability: 'Booked until February 2027; taking calls for spring projects',
      },
      summary: ['Dutch citizen with a Swiss C permit.'],
    }),
  );
  const ask = (q: string) => answerToPlainText(assistant.ask(q));

  it('answers "is she free in january?" with the availability', () => {
    expect(ask('is she free in january? we need someone asap')).toContain('Booked until February');
  });

  it('answers a work-permit question with the line that states it', () => {
    expect(ask('does she need a work permit for switzerland')).toContain('Swiss C permit');
  });
});

describe('an expired certificate and a time zone', () => {
  const assistant = createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'Owen Price',
        pronouns: { subject: 'he', object: 'him', possessive: 'his' },
        title: 'Platform engineer',
        location: 'Swansea, UK',
        headline: 'Platform engineer · GMT (UTC+0): overlaps with EU mornings',
      },
      certifications: [
        { name: 'HashiCorp Certified: Terraform Associate', issuer: 'HashiCorp, expired 05/2023' },
      ],
    }),
  );
  const ask = (q: string) => answerToPlainText(assistant.ask(q));

  it('never says he holds a certificate the profile says has expired', () => {
    const out = ask('is his terraform certification still valid?');
    expect(out).not.toMatch(/^Yes/);
    expect(out).toMatch(/expired/);
  });

  it('gives the time zone line when asked for the time zone', () => {
    expect(ask('what timezone does he work in')).toContain('UTC+0');
  });
});

describe('a certificate said as a passed exam, and short greetings', () => {
  const assistant = createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'Ada Lind',
        pronouns: { subject: 'she', object: 'her', possessive: 'her' },
        title: 'Analytics engineer',
      },
      summary: ['In 2021 I passed the Tableau Desktop Specialist exam.'],
    }),
  );
  const ask = (q: string) => answerToPlainText(assistant.ask(q));

  it('never says no certificate is mentioned beside a passed exam', () => {
    expect(ask('any certifications?')).toContain('Tableau Desktop Specialist');
  });

  it('greets back a bare "morning!" and takes "merci, super helpful" as thanks', () => {
    expect(ask('morning! 👋')).toMatch(/^Hello!/);
    expect(ask('merci, super helpful')).toMatch(/^You're welcome/);
  });
});

describe('work named in template lines when no project is listed', () => {
  const assistant = createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'Tiago Melo',
        pronouns: { subject: 'he', object: 'him', possessive: 'his' },
        title: 'Backend dev',
      },
      summary: [
        'currently working on splitting our billing engine out of the monolith',
        'I maintain pix_br, a small gem for instant-payment QR codes',
      ],
    }),
  );
  const ask = (q: string) => answerToPlainText(assistant.ask(q));

  it('answers "what is he working on?" and "any open source?" from those lines', () => {
    expect(ask("what's he working on right now")).toContain('billing engine');
    expect(ask('any open source stuff?')).toContain('pix_br');
  });
});

describe('years asked for one field', () => {
  const assistant = createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'Ola Berg',
        pronouns: { subject: 'he', object: 'him', possessive: 'his' },
        title: 'Gameplay programmer',
        yearsOfExperience: 9,
      },
      roles: [
        {
          company: 'Fjord Forge',
          title: 'Programmer',
          highlights: ['Shipped two console games in Unreal.'],
        },
      ],
    }),
  );

  it('gives the overall years and says they are not per field, with the lines about it', () => {
    const out = answerToPlainText(assistant.ask('how many years has he been in games'));
    expect(out).toMatch(/^Ola has 9 years/);
    expect(out).toContain('not per field');
    expect(out).toContain('console games');
  });
});
