import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** An invented backend engineer at a named employer, with an availability note and an email. */
const profile = {
  identity: {
    name: 'Oren Castellví',
    pronouns: { subject: 'he', object: 'him', possessive: 'his' },
    title: 'Backend Engineer',
    location: 'Girona, Spain',
    availability: 'Open to new roles from March 2027.',
  },
  skills: [{ id: 'backend', name: 'Backend', skills: [{ name: 'Go' }, { name: 'PostgreSQL' }] }],
  roles: [
    {
      company: 'Tramuntana Labs',
      title: 'Backend Engineer',
      start: '2022',
      end: 'present',
      highlights: ['Built the invoicing service in Go'],
    },
  ],
  contact: { email: 'oren@example.com' },
};
const assistant = createAssistant(ProfileSchema.parse(profile));
const ask = (q: string) => answerToPlainText(assistant.ask(q));

describe('the terms of a job asked at a named employer', () => {
  it('answers a notice period from the availability, not with the job', () => {
    const text = ask('how long is his notice period at tramuntana labs?');
    expect(text).toMatch(/March 2027/);
    expect(text).not.toMatch(/invoicing service/);
  });

  it('says the pay is not in the profile and points to the owner', () => {
    const text = ask('what was his salary at tramuntana?');
    expect(text).toMatch(/doesn't mention salary/);
    expect(text).toMatch(/oren@example\.com/);
  });

  it('still answers what he did there, even where the employer is named by a terms word', () => {
    expect(ask('what did he do at tramuntana labs?')).toMatch(/invoicing service/);
    const payer = ProfileSchema.parse({
      ...profile,
      roles: [{ ...profile.roles[0], company: 'Sóng Pay' }],
    });
    expect(
      answerToPlainText(createAssistant(payer).ask('tell me about his job at Sóng Pay')),
    ).toMatch(/invoicing service/);
  });
});

describe('what the owner is doing now, on a profile with no job held now', () => {
  const freelancer = createAssistant(
    ProfileSchema.parse({
      identity: { name: 'Ines Dufay', title: 'Freelance Data Engineer' },
      summary: ['I build batch and streaming pipelines for small retailers.'],
      exploring: ['Apache Iceberg'],
      projects: [{ id: 'shelfwatch', name: 'shelfwatch', summary: 'Stock alerts from POS data' }],
    }),
  );
  it('answers with how the profile presents the owner, never "I don\'t know"', () => {
    const text = answerToPlainText(freelancer.ask('what is she up to these days?'));
    expect(text).toMatch(/Freelance Data Engineer/);
    expect(text).toMatch(/streaming pipelines/);
    expect(text).toMatch(/Apache Iceberg/);
    expect(text).not.toMatch(/I don't know/);
  });
});

describe('experiments and split tests', () => {
  const analyst = createAssistant(
    ProfileSchema.parse({
      identity: { name: 'Tove Lindqvist', title: 'Data Scientist' },
      skills: [{ id: 'stats', name: 'Statistics', skills: [{ name: 'Causal inference' }] }],
      roles: [
        {
          company: 'Brygga',
          title: 'Data Scientist',
          highlights: ['Ran the growth team’s A/B tests: 40+ experiments a year'],
        },
      ],
    }),
  );
  const say = (q: string) => answerToPlainText(analyst.ask(q));
  it('finds "experiments" for experimentation, never a false no', () => {
    const text = say('any experimentation experience?');
    expect(text).toMatch(/40\+ experiments/);
    expect(text).not.toMatch(/^No\b/);
  });
  it('reads split testing as A/B testing', () => {
    expect(say('has she done split testing?')).toMatch(/^Yes\b[\s\S]*A\/B tests/);
  });
  it('still says no to split testing on a profile without it', () => {
    expect(ask('has he done split testing?')).toMatch(/^No\b/);
  });
});

describe('volunteering asked by its German name', () => {
  const volunteer = createAssistant(
    ProfileSchema.parse({
      identity: { name: 'Greta Lindner', title: 'Backend-Entwicklerin' },
      volunteer: [{ organization: 'Java User Group Dresden', position: 'Mitorganisatorin' }],
    }),
  );
  it('finds the volunteering list for "Ehrenamt"', () => {
    expect(answerToPlainText(volunteer.ask('ehrenamt?'))).toMatch(/Java User Group Dresden/);
  });
});

describe('a way of working stated beside the availability, in the owner’s words', () => {
  const base = {
    identity: {
      name: 'Jonas Reiter',
      title: 'Backend-Entwickler',
      availability: 'Verfügbar ab 01.04.2027.',
    },
    roles: [
      {
        company: 'Spedix',
        title: 'Backend-Entwickler',
        highlights: ['Led a fully remote team of four'],
      },
    ],
  };
  it('says yes with the line that states it, a bound like "max. 2" kept in its sentence', () => {
    const jonas = createAssistant(
      ProfileSchema.parse({
        ...base,
        summary: ['Ich suche bevorzugt remote oder hybrid mit max. 2 Bürotagen pro Woche.'],
      }),
    );
    const text = answerToPlainText(jonas.ask('is he open to remote work?'));
    expect(text).toMatch(/^Yes\b.*bevorzugt remote oder hybrid mit max\. 2 Bürotagen/);
  });
  it('takes no yes from how a past job was done', () => {
    const jonas = createAssistant(ProfileSchema.parse(base));
    expect(answerToPlainText(jonas.ask('is he open to remote work?'))).not.toMatch(/^Yes\b/);
  });
});

describe('code review and pairing, asked as practices', () => {
  it('finds code reviews the owner mentions, and says no where nothing mentions them', () => {
    const reviewer = createAssistant(
      ProfileSchema.parse({
        identity: { name: 'Sami Aho', title: 'Android Engineer' },
        summary: ['I care about fast CI pipelines and kind code reviews.'],
      }),
    );
    expect(answerToPlainText(reviewer.ask('does he do code reviews?'))).toMatch(
      /kind code reviews/,
    );
    expect(ask('has he done code reviews?')).toMatch(/^No\b.*Code review/);
  });
});

describe('a tool asked with the practice it is for', () => {
  const tester = createAssistant(
    ProfileSchema.parse({
      identity: { name: 'Aoife Brennan', title: 'QA Engineer' },
      skills: [{ id: 'perf', name: 'Performance', skills: [{ name: 'JMeter' }, { name: 'k6' }] }],
    }),
  );
  const say = (q: string) => answerToPlainText(tester.ask(q));
  it('says no to a tool nothing names, never yes through the practice', () => {
    expect(say('has she used Quuxbench for perf testing?')).toMatch(/^No\b.*Quuxbench/);
  });
  it('says yes to a listed tool asked the same way', () => {
    expect(say('has she used JMeter for perf testing?')).toMatch(/^Yes\b/);
  });
});

describe('a domain asked that the industries list holds', () => {
  it('says yes and where it shows, in the jobs', () => {
    const qa = createAssistant(
      ProfileSchema.parse({
        identity: { name: 'Niall Boyle', title: 'QA Engineer' },
        industries: ['Healthcare', 'Payments'],
        roles: [
          {
            company: 'Cairn Health Systems',
            title: 'QA Engineer',
            highlights: ['Automated the hospital admissions app tests'],
          },
        ],
      }),
    );
    const text = answerToPlainText(qa.ask('any healthcare domain experience?'));
    expect(text).toMatch(/^Yes\b/);
    expect(text).toMatch(/Where it shows:[\s\S]*Cairn Health Systems/);
  });
});

describe('a paper asked about by its subject', () => {
  it('says yes with the paper, "published" being what a paper is', () => {
    const author = createAssistant(
      ProfileSchema.parse({
        identity: { name: 'Marta Zielińska', title: 'Researcher' },
        publications: [
          { title: 'Conformal Prediction Intervals for Load Forecasts', kind: 'publication' },
        ],
      }),
    );
    expect(
      answerToPlainText(author.ask('has she published anything on conformal prediction?')),
    ).toMatch(/^Yes\b[\s\S]*Conformal Prediction Intervals/);
  });
});
