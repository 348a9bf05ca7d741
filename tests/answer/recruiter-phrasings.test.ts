import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/**
 * An invented SRE's profile asked the way recruiters write: courtesy around the question, two
 * topics joined by "and", a word written as it sounds, another company's pay, a follow-up on
 * "it".
 */
const assistant = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Oyelaran Bakare',
      pronouns: { subject: 'he', object: 'him', possessive: 'his' },
      title: 'Site Reliability Engineer',
      location: 'Lagos, Nigeria',
      yearsOfExperience: 8,
    },
    skills: [
      { id: 'data', name: 'Databases', skills: [{ name: 'PostgreSQL' }, { name: 'Redis' }] },
      { id: 'ops', name: 'Operations', skills: [{ name: 'Kubernetes' }, { name: 'Go' }] },
    ],
    roles: [
      { company: 'Kora Logistics', title: 'Senior SRE', start: '2021-03', end: '2024-08' },
      { company: 'Kora Logistics', title: 'SRE', start: '2018-01', end: '2021-02' },
    ],
    projects: [
      {
        id: 'lagwatch',
        name: 'lagwatch',
        summary: 'Open-source Go tool that alerts on PostgreSQL replica lag.',
      },
      { id: 'runbooks', name: 'Runbook portal', summary: 'Internal runbook site for on-call.' },
    ],
    awards: [{ title: 'Reliability Award', awarder: 'Kora Logistics', date: '2022' }],
    volunteer: [{ organization: 'Code Lagos', position: 'Mentor' }],
    contact: { email: 'oye@example.com' },
  }),
);

const say = (...turns: string[]) => {
  let text = '';
  for (const turn of turns) text = answerToPlainText(assistant.ask(turn, 'c1'));
  return text;
};

describe('questions as recruiters write them', () => {
  it('answers both topics of "his current designation and total experience"', () => {
    const text = say('Kindly let me know his current designation and total experience.');
    expect(text).toMatch(/Site Reliability Engineer/);
    expect(text).toMatch(/\b8\b/);
  });

  it('reads "does he no SQL?" as knowing SQL, through what he lists', () => {
    const text = say('does he no SQL?');
    expect(text).toMatch(/^Yes/);
    expect(text).toMatch(/PostgreSQL/);
  });

  it('does not know what other people are paid, and gives no skill verdict', () => {
    const answer = assistant.ask('what do senior SREs at Kora Logistics typically get paid?');
    expect(answer.answered).toBe(false);
    expect(answerToPlainText(answer)).not.toMatch(/^Yes/);
  });

  it('gives the whole time at an employer held in two roles', () => {
    expect(say('how long was he at Kora Logistics?')).toMatch(
      /All 2 of Oyelaran's roles at Kora Logistics \(2018-01 – 2024-08, 6 years 7 months\)/,
    );
  });

  it('answers "any awards or volunteer work?" with both', () => {
    const text = say('any awards or volunteer work I can mention?');
    expect(text).toMatch(/Reliability Award/);
    expect(text).toMatch(/Code Lagos/);
  });

  it('lists only the open-source project, and names what "it" is written in next', () => {
    const first = say('any open source stuff?');
    expect(first).toMatch(/lagwatch/);
    expect(first).not.toMatch(/Runbook portal/);
    const next = say('any open source stuff?', "what's it written in?");
    expect(next).toMatch(/lagwatch/);
    expect(next).toMatch(/\bGo\b/);
    expect(next).not.toMatch(/talks or writing/);
  });
});

describe('an embedded engineer asked about chip families and two tools in two questions', () => {
  const embedded = createAssistant(
    ProfileSchema.parse({
      identity: { name: 'Tarmo Kask', title: 'Firmware Engineer' },
      skills: [
        {
          id: 'fw',
          name: 'Firmware',
          skills: [{ name: 'STM32' }, { name: 'MQTT' }, { name: 'Bluetooth Low Energy' }],
        },
      ],
    }),
  );
  const ask = (q: string) => answerToPlainText(embedded.ask(q));

  it('answers ARM Cortex-M through the STM32 it lists, never a no', () => {
    const text = ask('ARM Cortex-M experience?');
    expect(text).toMatch(/^Yes — through STM32/);
  });

  it('answers both of "knows mqtt? what about BLE"', () => {
    const text = ask('knows mqtt? what about BLE');
    expect(text).toMatch(/MQTT/);
    expect(text).toMatch(/Bluetooth Low Energy/);
  });
});

describe('plans written as an unticked task list', () => {
  const planner = createAssistant(
    ProfileSchema.parse({
      identity: { name: 'Ines Ardelean', title: 'Full-stack Engineer' },
      skills: [{ id: 'cloud', name: 'Cloud', skills: [{ name: 'AWS' }, { name: 'React' }] }],
      certifications: [{ name: 'AWS Certified Developer – Associate', year: '2023' }],
      projects: [{ id: 'shelf', name: 'Shelf', summary: 'A book-tracking app in React.' }],
      sections: [
        {
          id: 'goals',
          title: 'Goals',
          items: [
            'Planned: CKAD (studying)',
            'Planned: Rust basics',
            'Planned: AWS Certified Solutions Architect – Associate (exam booked for March)',
          ],
        },
        { id: 'looking', title: 'About', items: ["What I'm looking for"] },
      ],
    }),
  );
  const ask = (q: string) => answerToPlainText(planner.ask(q));

  it('says no to a certificate named only among plans, and shows the plan', () => {
    const text = ask('is she CKAD certified?');
    expect(text).toMatch(/^No/);
    expect(text).toMatch(/only among plans/);
  });

  it('says no to a cloud certificate asked by its tier, without "certified"', () => {
    expect(ask("she's an AWS solutions architect associate, right?")).toMatch(/^No/);
  });

  it('does not claim a skill named only among plans', () => {
    expect(ask('does she know rust')).toMatch(/^Not a listed skill/);
  });

  it('reads "projects I can look at" as the projects, not what she is looking for', () => {
    expect(ask('any side projects i can look at?')).toMatch(/Shelf/);
  });
});
