import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/**
 * A profile from outside software products: a skill group named by an acronym (a family of
 * standards), an employer whose name holds an ordinary word of the field, a thank-you typed
 * in a language the engine does not know.
 */
const assistant = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Meera Kondapalli',
      pronouns: { subject: 'she', object: 'her', possessive: 'her' },
      title: 'Lead Statistical Programmer',
      location: 'Pune, India',
      yearsOfExperience: 9,
    },
    summary: ['Statistical programmer with 9 years in clinical trials.'],
    skills: [
      { id: 'cdisc', name: 'CDISC', skills: [{ name: 'SDTM' }, { name: 'ADaM' }] },
      { id: 'programming', name: 'Programming', skills: [{ name: 'SAS' }, { name: 'R' }] },
    ],
    certifications: [{ name: 'SAS Certified Specialist: Base Programming', year: '2017' }],
    roles: [
      {
        company: 'Sahyadri Clinical Research',
        title: 'Lead Statistical Programmer',
        start: '2020-01',
        end: 'present',
        highlights: ['Lead programmer on 11 oncology studies.'],
      },
    ],
  }),
);
const ask = (question: string) => answerToPlainText(assistant.ask(question));

describe('words of a field outside software', () => {
  it('says no to a certificate in a skill group named by an acronym, listing those held', () => {
    const answer = ask('is she cdisc certified?');
    expect(answer).toMatch(/^No\b.*no CDISC certification/);
    expect(answer).toMatch(/SAS Certified Specialist/);
  });

  it('answers the years for "how many yrs in clinical programming", not the employer', () => {
    const answer = ask('how many yrs in clinical programming');
    expect(answer).toMatch(/9 years/);
    expect(answer).not.toMatch(/^Lead Statistical Programmer at Sahyadri/);
  });

  it('takes a short thank-you with words of another language as thanks', () => {
    expect(ask('chala thanks andi 🙏')).toMatch(/You're welcome/);
  });

  it("declines the traffic of the owner's city", () => {
    expect(ask('hows the traffic in the city today')).toMatch(/^I don't know/);
  });
});

describe('names nothing in the profile holds', () => {
  it('says no to a certificate named by a vendor no certificate held names', () => {
    expect(ask('micro focus certified?')).toMatch(/^No\b.*no micro focus certification/);
    expect(ask('is she a tüv certified functional safety engineer')).toMatch(
      /^No\b.*"tüv certified functional safety engineer" is not among Meera's certifications/,
    );
  });

  it('lists a held certificate asked by its title, with no "no"', () => {
    expect(ask('sas certified?')).not.toMatch(/^No\b/);
  });

  it('gives a clear no for a short acronym of consonants, not for chat shorthand', () => {
    expect(ask('qnx?')).toMatch(/^No\b.*QNX isn't in Meera's profile/);
    expect(ask('hmm?')).not.toMatch(/^No\b/);
  });

  it("does not answer experience of something never mentioned with the career's years", () => {
    expect(ask('any assembler / hlasm exp?')).not.toMatch(/9 years/);
    expect(ask('any aviation or maritime experience?')).not.toMatch(/9 years/);
  });
});

describe('a field shown by a standard written with its level', () => {
  it('never says no to what a listed standard implies, read from the text as written', () => {
    const engineer = createAssistant(
      ProfileSchema.parse({
        identity: {
          name: 'Ilinca Rusu',
          pronouns: { subject: 'she', object: 'her', possessive: 'her' },
          title: 'Embedded Software Engineer',
        },
        skills: [
          {
            id: 'safety',
            name: 'Safety & quality',
            skills: [{ name: 'ISO 26262 (ASIL-B/D)' }, { name: 'MISRA C:2012' }],
          },
        ],
      }),
    );
    const answer = answerToPlainText(engineer.ask('does she know ISO 26262?'));
    expect(answer).not.toMatch(/^No\b/);
    expect(answer).toMatch(/ISO 26262 \(ASIL-B\/D\)/);
  });
});

describe('what the tools of a field imply', () => {
  const programmer = createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'Meera Kondapalli',
        pronouns: { subject: 'she', object: 'her', possessive: 'her' },
        title: 'Statistical Programmer',
      },
      skills: [
        { id: 'r', name: 'R', skills: [{ name: 'Shiny' }, { name: 'ggplot2' }] },
        { id: 'coding', name: 'Clinical coding', skills: [{ name: 'MedDRA' }] },
      ],
    }),
  );
  const say = (q: string) => answerToPlainText(programmer.ask(q));

  it('answers dashboards through Shiny and coding dictionaries through MedDRA', () => {
    expect(say('has she built dashboards')).toMatch(/^Yes — through Shiny/);
    expect(say('which coding dictionaries does she know')).toMatch(/MedDRA/);
  });
});

describe('projects asked for by the account they live on', () => {
  const maker = createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'Ioana Surdu',
        pronouns: { subject: 'she', object: 'her', possessive: 'her' },
        title: 'Embedded Software Engineer',
      },
      projects: [
        { id: 'arxml-diff', name: 'arxml-diff', summary: 'Semantic diff for ARXML files.' },
      ],
      contact: { email: 'ioana@example.org', github: 'https://github.com/isurdu' },
    }),
  );
  const say = (q: string) => answerToPlainText(maker.ask(q));

  it('lists the projects for "side projects on github?", the address for "github?"', () => {
    expect(say('side projects on github?')).toMatch(/arxml-diff/);
    expect(say('any github / open source stuff?')).toMatch(/arxml-diff/);
    expect(say('github?')).toMatch(/github\.com\/isurdu/);
  });
});

describe('the employer asked the way recruiters ask', () => {
  it('answers "who\'s she with rn" with the current employer', () => {
    expect(ask("who's she with rn")).toMatch(/Sahyadri Clinical Research/);
  });
});

describe('greetings in more languages', () => {
  it.each(['bună ziua!', 'guten tag', 'vanakkam'])('greets back %j', (greeting) => {
    expect(ask(greeting)).toMatch(/^Hello!/);
  });
});

describe('more ways of asking', () => {
  const engineer = createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'Tobias Reinholt',
        pronouns: { subject: 'he', object: 'him', possessive: 'his' },
        title: 'Senior CFD Engineer',
        location: 'Stuttgart, Germany',
        yearsOfExperience: 12,
      },
      summary: ['CFD engineer with 12 years in industrial aerodynamics.'],
      skills: [{ id: 'hpc', name: 'HPC', skills: [{ name: 'OpenMPI' }, { name: 'Slurm' }] }],
      roles: [
        {
          company: 'Neckarwerk Aero',
          title: 'Senior CFD Engineer',
          start: '2019-01',
          end: 'present',
          highlights: ['Ran the external-aero CFD suite on 2,048 cores.'],
        },
      ],
    }),
  );
  const say = (q: string) => answerToPlainText(engineer.ask(q));

  it('answers "yrs of cfd exp" with the years and the lines about CFD', () => {
    expect(say('yrs of cfd exp')).toMatch(/12 years/);
  });

  it('answers parallel computing through MPI', () => {
    expect(say('parallel computing exp?')).toMatch(/^Yes — through OpenMPI/);
  });

  it('gives a clear no for a product asked with its version', () => {
    expect(say('catia v5')).toMatch(/^No — Catia isn't in Tobias's profile/);
  });

  it("declines where to eat near an employer's town", () => {
    expect(say('good places to eat in neckarwerk?')).toMatch(/^I don't know/);
  });
});

describe('a follow-up about the place just named', () => {
  it('answers "what did she work on there?" from the role the last answer named', () => {
    const conversation = createAssistant(
      ProfileSchema.parse({
        identity: {
          name: 'Gwen Le Goff',
          pronouns: { subject: 'she', object: 'her', possessive: 'her' },
          title: 'Formal Verification Engineer',
        },
        roles: [
          { company: 'Loirevia', title: 'Senior Engineer', start: '2021-01', end: 'present' },
          {
            company: 'Armor Secure',
            title: 'Engineer',
            start: '2017-01',
            end: '2020-12',
            highlights: ['Proved the separation kernel in Isabelle/HOL.'],
          },
        ],
        projects: [{ id: 'railml-tla', name: 'railml-tla', summary: 'TLA+ from railML.' }],
      }),
    );
    conversation.ask('where was she before loirevia?', 'thread-1');
    const next = conversation.ask('what did she work on there', 'thread-1');
    expect(answerToPlainText(next)).toMatch(/separation kernel/);
  });
});
