import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/**
 * An invented platform engineer: a CV link, a section of weaknesses, a career told in prose,
 * an internship, a club presidency, EV work and a database tuned.
 */
const assistant = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Tomasz Wierzba',
      pronouns: { subject: 'he', object: 'him', possessive: 'his' },
      title: 'Platform Engineer',
      location: 'Gdańsk, Poland',
    },
    summary: [
      "I'm an individual contributor — I don't have direct reports, but I mentor two juniors.",
      'My work spans EV charging infrastructure and logistics.',
      'Fun fact I have sailed across the Baltic twice.',
      "I'm not looking for pure frontend roles.",
    ],
    expertise: ['PostgreSQL optimization (partitioning, indexes)'],
    skills: [
      {
        id: 'platform',
        name: 'Platform',
        skills: [
          { name: 'PostgreSQL' },
          { name: 'GitHub Actions' },
          { name: 'PagerDuty' },
          { name: 'Kubernetes' },
          { name: 'Go' },
        ],
      },
    ],
    roles: [
      {
        company: 'Voltline',
        title: 'Platform Engineer',
        start: '2021-03',
        highlights: [
          'Led the backend for the EV charging network, including the billing workflows.',
        ],
      },
      {
        company: 'Portside',
        title: 'Software Engineering Intern',
        start: '2019-06',
        end: '2019-09',
        highlights: [],
      },
    ],
    contact: {
      email: 'tomasz@example.com',
      other: [{ label: 'Résumé', url: 'https://tomasz.example/cv.pdf' }],
    },
    sections: [
      {
        id: 'background',
        title: 'Background',
        items: [
          "I've been writing software professionally for about twelve years, mostly on call for someone.",
        ],
      },
      {
        id: 'weak',
        title: "What I'm not good at",
        items: ['Estimating. I am an optimist: plan for half as long again.'],
      },
      {
        id: 'leadership',
        title: 'Leadership & Activities',
        items: ['President, Gdańsk Go Meetup · 2022 – present'],
      },
    ],
  }),
);
const ask = (q: string, conversation?: string) => answerToPlainText(assistant.ask(q, conversation));

describe('a product never stands for another product', () => {
  it('says a clear no to GitLab CI beside GitHub Actions, naming the closest', () => {
    const text = ask('gitlab ci?');
    expect(text).toMatch(/^No — GitLab CI isn't in Tomasz's profile/);
    expect(text).toContain('GitHub Actions');
  });

  it('says a clear no to Opsgenie beside PagerDuty', () => {
    expect(ask('does he use opsgenie')).toMatch(/^No — Opsgenie isn't/);
  });

  it('still finds the code host for "where is his code?" among the links', () => {
    expect(ask("where's his code?")).toMatch(/tomasz@example\.com/);
  });
});

describe('what recruiters ask beside skills', () => {
  it('links the CV when asked where to download it', () => {
    expect(ask('Where can I download his CV?')).toContain('https://tomasz.example/cv.pdf');
  });

  it('does not take PDF work for a request for the CV', () => {
    expect(ask('has he built pdf generation?')).not.toMatch(/CV/);
  });

  it('says references are not in the profile and how to ask him', () => {
    const text = ask('can you share a reference from someone he worked with?');
    expect(text).toMatch(/doesn't mention references/);
    expect(text).toContain('tomasz@example.com');
    expect(text).not.toMatch(/based in/);
  });

  it('does not read "the reference architecture" as a request for referees', () => {
    expect(ask('what does the reference architecture look like?')).not.toMatch(/references or/);
  });

  it('answers "would he be ok with on-call?" as his to say, never a skill verdict', () => {
    const text = ask('Would he be ok with being on-call? our team has a weekly rotation');
    expect(text).not.toMatch(/^No\b/);
    // The line that bears on it is quoted, and the way to ask him.
    expect(text).toContain('on call for someone');
    expect(text).toContain('tomasz@example.com');
  });

  it('quotes what the profile says of a role he is asked to be interested in', () => {
    const text = ask('would he be interested in a frontend dev role?');
    expect(text).toContain('not looking for pure frontend roles');
    expect(text).not.toMatch(/doesn't mention/);
  });

  it('quotes the section where he says what he is bad at', () => {
    expect(ask('what is he bad at?')).toContain('Estimating');
  });

  it('says "I am an individual contributor" first when asked about direct reports', () => {
    const text = ask('does he manage people / have direct reports?');
    expect(text.split('\n')[1]).toMatch(/individual contributor/);
  });

  it('puts the lines of a leadership section first', () => {
    const text = ask('any leadership experience?');
    expect(text.indexOf('President')).toBeGreaterThan(0);
    expect(text.indexOf('President')).toBeLessThan(text.indexOf('Led the backend'));
  });

  it('quotes the career length a line of prose tells instead of saying it is missing', () => {
    const text = ask('how many years has he been coding professionally');
    expect(text).toMatch(/twelve years/);
    expect(text).not.toMatch(/doesn't mention/);
  });

  it('reads a fun fact as something about him outside work', () => {
    expect(ask('any hobbies?')).toMatch(/sailed across the Baltic/);
  });

  it('says a clear no to an internship at a company he never worked for', () => {
    expect(ask('did he ever intern at Google?')).toMatch(/^No — Google isn't among the employers/);
  });
});

describe('words chats use', () => {
  it('reads "pg" as PostgreSQL', () => {
    expect(ask('does he know pg?')).toMatch(/^Yes — Tomasz lists PostgreSQL/);
  });

  it('reads "the EV space" as EV', () => {
    expect(ask('anything in the EV space?')).toMatch(/EV charg/);
  });

  it('finds "PostgreSQL optimization" for tuning asked after the databases', () => {
    ask('what databases has he worked with', 'tuning');
    expect(ask('has he done any tuning on them?', 'tuning')).toMatch(/optimization/);
  });

  it('answers "what was his role on it?" with what the line says he did', () => {
    ask('anything on EV charging?', 'part');
    expect(ask('and what was his role on it?', 'part')).toMatch(/Led the backend/);
  });

  it('gives the role before the current one after "what is his current role?"', () => {
    ask("what's his current role?", 'before');
    expect(ask('and what did he do before that?', 'before')).toMatch(/Portside/);
  });
});

describe('a profile whose words name a section or a thing released', () => {
  const kaggler = createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'Amaka Eze',
        pronouns: { subject: 'she', object: 'her', possessive: 'her' },
        title: 'ML Engineer',
      },
      summary: ['Took three months off and released pinhole, a tiny Go CLI (~900 stars).'],
      skills: [{ id: 'ml', name: 'ML', skills: [{ name: 'XGBoost' }, { name: 'PyTorch' }] }],
      sections: [{ id: 'kaggle', title: 'Kaggle', items: ['Competitions Expert · 🥇 1 · 🥈 2'] }],
      contact: { email: 'amaka@example.com' },
    }),
  );
  const askK = (q: string) => answerToPlainText(kaggler.ask(q));

  it('answers "whats her kaggle rank" from the section the word titles', () => {
    expect(askK('whats her kaggle rank')).toMatch(/Competitions Expert/);
  });

  it('says yes to gradient boosting through XGBoost', () => {
    expect(askK('does she know gradient boosting?')).toMatch(/^Yes[\s\S]*XGBoost/);
  });

  it('quotes a thing released instead of saying the profile has no projects', () => {
    const text = askK('any open source work?');
    expect(text).toContain('released pinhole');
    expect(text).not.toMatch(/doesn't mention/);
  });
});

describe('talks and papers', () => {
  const speaker = createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'Lena Brandt',
        pronouns: { subject: 'she', object: 'her', possessive: 'her' },
        title: 'Data Engineer',
      },
      summary: ["2019 — Won Fernwerk's internal hack week with a flaky-test detector."],
      publications: [
        { kind: 'publication', title: 'Cheap Baselines', venue: 'KDD', date: '2023' },
        { kind: 'publication', title: 'Drift Happens', venue: 'NeurIPS Workshop', date: '2022' },
        { kind: 'talk', title: 'Your model drifted', venue: 'PyData Berlin', date: '2024' },
      ],
    }),
  );
  const askS = (q: string) => answerToPlainText(speaker.ask(q));

  it('lists the talks first when asked about talks', () => {
    expect(askS('has she given any talks?').split('\n')[1]).toMatch(/Your model drifted/);
  });

  it('finds a hack week for "won any hackathons?"', () => {
    expect(askS('has she won any hackathons?')).toMatch(/hack week/);
  });
});

describe('the employer asked as "employed by"', () => {
  it('names the employer, not who the owner is', () => {
    const text = answerToPlainText(assistant.ask('Who is he currently employed by?'));
    expect(text).toMatch(/Voltline/);
    expect(text).not.toMatch(/^Tomasz Wierzba —/);
  });
});

describe('talks asked of pieces filed without a kind', () => {
  const writer = createAssistant(
    ProfileSchema.parse({
      identity: { name: 'Ola Berg', title: 'Security Engineer' },
      publications: [
        { kind: 'other', title: 'Unseal Keys Are People Too', venue: 'BSides Oslo', date: '2023' },
        { kind: 'other', title: 'Notes on Falcon rules', venue: 'my blog', date: '2024' },
      ],
    }),
  );
  const blogger = createAssistant(
    ProfileSchema.parse({
      identity: { name: 'Kai Lund', title: 'Security Engineer' },
      publications: [{ kind: 'other', title: 'Notes on Falcon rules', venue: 'my blog' }],
    }),
  );

  it('says yes where one was given at an event, and not for a blog post alone', () => {
    expect(answerToPlainText(writer.ask('has she given any conference talks?'))).toMatch(/^Yes — /);
    expect(answerToPlainText(blogger.ask('has he given any conference talks?'))).not.toMatch(
      /^Yes/,
    );
  });
});
