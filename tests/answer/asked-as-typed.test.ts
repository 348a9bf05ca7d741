import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

const assistant = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Lucía Ferreyra',
      pronouns: { subject: 'she', object: 'her', possessive: 'her' },
      title: 'Security Engineer',
      location: 'Rosario, Argentina',
    },
    skills: [
      { id: 'tools', name: 'Tools', skills: [{ name: 'Burp Suite' }, { name: 'Linux' }] },
      { id: 'lang', name: 'Languages', skills: [{ name: 'Python' }] },
    ],
    roles: [
      {
        company: 'Puerto Seguro',
        title: 'Security Engineer',
        start: '2020',
        end: 'present',
        highlights: [
          'Ran red team exercises against the payments API twice a year.',
          'Built the consent service behind our cookie banners (IAB TCF v2.2).',
        ],
      },
    ],
    sections: [
      {
        id: 'teaching',
        title: 'Teaching',
        items: ['Guest lecturer, Secure Coding workshop, Universidad Nacional de Rosario'],
      },
      {
        id: 'awards',
        title: 'Awards',
        items: ['Premio Ekoparty 2023 for a TLS downgrade finding'],
      },
    ],
  }),
);
const say = (q: string) => answerToPlainText(assistant.ask(q));

describe('questions typed as people type them', () => {
  it('reads a misspelt "certified" as a certification question, never a skill yes', () => {
    const out = say('is she burp suite certifed');
    expect(out).not.toMatch(/^Yes\b/);
    expect(out).toMatch(/no Burp Suite certification/i);
  });

  it('reads "red team" as the profile writes it, not the language Red', () => {
    const out = say('red team experience');
    expect(out).not.toMatch(/^No\b/);
    expect(out).toContain('red team exercises');
  });

  it('reads an everyday word before a noun as the word, not a language or principle', () => {
    // Linguist's "Clean", "SOLID": neither is what "clean code" or "solid experience" asks.
    expect(say('Clean code?')).not.toMatch(/Clean isn't/);
    expect(say('does she write clean code')).not.toMatch(/Clean isn't/);
    expect(say('Solid experience with Python?')).toMatch(/^Yes — Lucía lists Python/);
  });

  it('finds consent work for a GDPR question in other words', () => {
    const out = say('does she know the gdpr cookie banner stuff');
    expect(out).not.toMatch(/^No\b/);
    expect(out).toContain('consent service');
  });

  it('finds prizes under awards and classes under teaching', () => {
    expect(say('has she won any prizes')).toContain('Premio Ekoparty');
    expect(say('does she teach classes')).toContain('Guest lecturer');
    expect(say('does she teach at the uni')).toContain('Guest lecturer');
  });
});

describe('questions that are not about her', () => {
  it('does not answer where to eat with a skill', () => {
    const out = say('any good taco place near rosario centro?');
    expect(out).toMatch(/^I don't know/);
  });

  it('does not answer the weather with her city', () => {
    expect(say("what's the weather in rosario today")).toMatch(/^I don't know/);
  });

  it('greets back a greeting that asks how the bot is, in Greek', () => {
    expect(assistant.ask('γεια σου! τι κάνεις;').topic).toBe('greeting');
  });
});

describe('a place asked that is not hers', () => {
  it('says no and names both places', () => {
    expect(say('is she based in buenos aires?')).toMatch(
      /^No — Lucía is based in Rosario, Argentina, not Buenos Aires/,
    );
  });
});

describe('how a hiring manager asks', () => {
  it('reads "lately" and "level up" as what she is learning', () => {
    const learner = createAssistant(
      ProfileSchema.parse({
        identity: { name: 'Ada Ruiz', title: 'Engineer' },
        exploring: ['Formal verification with TLA+'],
      }),
    );
    const out = answerToPlainText(
      learner.ask("what's she digging into lately, anything she's trying to level up on?"),
    );
    expect(out).toContain('Formal verification with TLA+');
  });

  it('declines a task asked with "can u"', () => {
    expect(say('can u draft a rejection email to her for me, keep it polite')).toMatch(
      /^Sorry, I can't help with that/,
    );
  });

  it('does not answer a reading list with what she is learning', () => {
    expect(say('any good book recs for learning python?')).toMatch(/^I don't know/);
  });

  it('names the word asked beside the skill it stands for', () => {
    expect(say('does she do on-call?')).toMatch(
      /^No — on-call \(Incident management\) isn't in Lucía's profile/,
    );
  });
});

describe('what people ask beside the profile', () => {
  const tutor = createAssistant(
    ProfileSchema.parse({
      identity: { name: 'Teo Varga', title: 'Platform Engineer', location: 'Pécs, Hungary' },
      skills: [{ id: 'ops', name: 'Ops', skills: [{ name: 'Kubernetes' }] }],
      impact: ['Adjunct lecturer for distributed systems at the University of Pécs.'],
    }),
  );
  const ask = (q: string) => answerToPlainText(tutor.ask(q));

  it('names a certificate in full, beside the skill it is about', () => {
    expect(ask('does he have the CKA')).toMatch(
      /^No — Teo lists Kubernetes as a skill, but no CKA \(Certified Kubernetes Administrator\) certification/,
    );
  });

  it('finds lecturing for "does he teach anywhere"', () => {
    expect(ask('does he teach anywhere')).toContain('Adjunct lecturer');
  });

  it('does not answer the time of day with the profile', () => {
    expect(ask('what time is it in pecs rn')).toMatch(/^I don't know/);
  });
});

describe('when a title was reached', () => {
  const promoted = createAssistant(
    ProfileSchema.parse({
      identity: { name: 'Milan Horvat', title: 'Lead Data Engineer' },
      roles: [
        {
          company: 'Brodovi d.o.o.',
          title: 'Lead Data Engineer',
          start: '2023-03',
          end: 'present',
          highlights: [],
        },
        {
          company: 'Brodovi d.o.o.',
          title: 'Data Engineer',
          start: '2019-09',
          end: '2023-02',
          highlights: [],
        },
      ],
    }),
  );
  const ask = (q: string) => answerToPlainText(promoted.ask(q));

  it('dates the title asked after "become", and the step before it', () => {
    expect(ask('when did he become lead')).toMatch(
      /^Milan became Lead Data Engineer at Brodovi d\.o\.o\. in 2023-03, after Data Engineer/,
    );
  });

  it('dates the latest promotion', () => {
    expect(ask('when was he promoted')).toMatch(/became Lead Data Engineer .* in 2023-03/);
  });

  it('does not answer a title no role has with another one', () => {
    expect(ask('did he become a manager')).not.toMatch(/became Lead Data Engineer/);
  });
});

describe('typos and fields', () => {
  const chemist = createAssistant(
    ProfileSchema.parse({
      identity: { name: 'Ilona Kis', title: 'Computational Chemist', location: 'Szeged, Hungary' },
      skills: [{ id: 'chem', name: 'Analysis', skills: [{ name: 'RDKit' }, { name: 'OpenMM' }] }],
      roles: [
        {
          company: 'Molekula Labs',
          title: 'Computational Chemist',
          start: '2020',
          end: 'present',
          highlights: [],
        },
      ],
    }),
  );
  const ask = (q: string) => answerToPlainText(chemist.ask(q));

  it('reads two swapped letters as a typo', () => {
    expect(ask('where is she wokring atm')).toContain('Molekula Labs');
  });

  it('keeps a short word with swapped letters as typed: "valeu" is thanks, not "value"', () => {
    expect(chemist.ask('valeu, obrigado!').topic).toBe('thanks');
  });

  it('counts a cheminformatics toolkit as cheminformatics', () => {
    expect(ask('does she know any cheminformatics tools')).toMatch(/^Yes — through RDKit/);
  });

  it('counts a molecular dynamics engine as molecular dynamics', () => {
    expect(ask('any molecular dynamics experience?')).not.toMatch(/^No\b/);
  });
});

describe('a language name typed alone', () => {
  const solver = createAssistant(
    ProfileSchema.parse({
      identity: { name: 'Rosa Paz', title: 'Optimization Engineer' },
      skills: [{ id: 'lang', name: 'Languages', skills: [{ name: 'Python' }, { name: 'Julia' }] }],
    }),
  );
  const ask = (q: string) => answerToPlainText(solver.ask(q));

  it('asks about that language when the name is no everyday word', () => {
    expect(ask('ampl?')).toMatch(/^No — AMPL isn't in Rosa's profile/);
  });

  it('asks about nothing in particular when the name is an everyday word', () => {
    expect(ask('red?')).not.toMatch(/^No — Red/);
  });
});
