import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/**
 * A profile that states no spoken language and no working terms, whose summary says
 * "cloud-native", and a project built for live data: what recruiters screen for in chat.
 */
const assistant = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Rahel Tesfaye',
      pronouns: { subject: 'she', object: 'her', possessive: 'her' },
      title: 'Senior Platform Engineer',
      location: 'Addis Ababa, Ethiopia',
    },
    summary: ['I build cloud-native platforms for logistics companies.'],
    skills: [{ id: 'ops', name: 'Ops', skills: [{ name: 'Kubernetes' }, { name: 'Go' }] }],
    projects: [
      {
        id: 'tracker',
        name: 'Fleet tracker',
        summary: 'Live vehicle positions with real-time event streaming over WebSockets.',
      },
    ],
    contact: { email: 'rahel@example.org' },
  }),
);
const ask = (q: string) => answerToPlainText(assistant.ask(q));

describe('a recruiter’s context beside the question', () => {
  it('"we are hiring for …" frames the question; it does not ask for contact details', () => {
    const text = ask(
      "We're hiring for a real-time systems team. Has she built anything real-time?",
    );
    expect(text).toContain('Fleet tracker');
    expect(text).not.toMatch(/reach Rahel/);
  });

  it('still gives contact details when the hiring asker names a channel', () => {
    expect(ask("we're hiring, what's her email?")).toContain('rahel@example.org');
  });

  it('answers the sentence that asks, beside one that only explains why', () => {
    const text = ask(
      'Is she senior or more mid level? Trying to figure out which req to put her on',
    );
    expect(text).toMatch(/Senior Platform Engineer/);
  });
});

describe('absences said about what was asked', () => {
  it('"cloud-native" is no spoken language: none stated is said so', () => {
    const text = ask('what languages does she speak? (spoken, not programming lol)');
    expect(text).toMatch(/doesn't mention spoken languages/);
  });

  it('names remote work when asked about it and nothing is stated', () => {
    expect(ask('Is she open to fully remote roles?')).toMatch(/doesn't mention remote work/);
    expect(ask('would she relocate?')).toMatch(/doesn't mention relocation/);
  });
});

describe('context and follow-ups a recruiter types', () => {
  const fintech = createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'Omar Siddiqui',
        pronouns: { subject: 'he', object: 'him', possessive: 'his' },
        title: 'Backend Engineer',
        location: 'Karachi, Pakistan',
      },
      expertise: ['Subscription billing integrations with Stripe'],
      impact: ['Led the backend of a solar micro-grid platform, including tariff logic.'],
      skills: [{ id: 'be', name: 'Backend', skills: [{ name: 'Go' }] }],
      contact: { email: 'omar@example.org' },
    }),
  );
  const say = (q: string, id = 'talk') => answerToPlainText(fintech.ask(q, id));

  it('searches the asker’s own context when they only ask what is relevant', () => {
    const text = say(
      'We run a solar micro-grid company in Germany. Anything relevant in his background?',
    );
    expect(text).toContain('micro-grid platform');
  });

  it('takes "Germany" as the country it is, not a misspelt "German"', () => {
    expect(
      say('We run a solar micro-grid company in Germany. Anything relevant in his background?'),
    ).not.toMatch(/spoken languages/);
  });

  it('"is that in India?" after the place asks about that place', () => {
    say("where's omar based", 'place');
    expect(say('is that in india?', 'place')).toMatch(
      /^No — Omar is based in Karachi, Pakistan, not India/,
    );
  });

  it('"where\'s omar based" asks for the place, not about a place called "where omar"', () => {
    expect(say("where's omar based", 'where')).toBe('Omar is based in Karachi, Pakistan.');
  });

  it('"which provider was that with?" after payments names the tool beside them', () => {
    say('any payments work?', 'pay');
    expect(say('which provider was that with?', 'pay')).toMatch(/^Through Stripe/);
  });
});

describe('shapes recruiters type about a listed tool, pay and years', () => {
  const dev = createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'Bilal Qureshi',
        pronouns: { subject: 'he', object: 'him', possessive: 'his' },
        title: 'Backend Engineer',
        location: 'Islamabad, Pakistan',
        yearsOfExperience: 7,
      },
      expertise: ['Redis-backed job queues for invoice generation'],
      skills: [{ id: 'be', name: 'Backend', skills: [{ name: 'Go' }, { name: 'Redis' }] }],
      contact: { email: 'bilal@example.org' },
    }),
  );
  const say = (q: string, id?: string) => answerToPlainText(dev.ask(q, id));

  it('"for what tho" after a tool asks where it is used', () => {
    say('does he use redis?', 'redis');
    expect(say('for what tho', 'redis')).toContain('invoice generation');
  });

  it('a version asked is not answered with a bare yes', () => {
    expect(say('which Go version does he work with? we need 1.22+')).toMatch(
      /^Bilal's profile names Go, but doesn't say which version/,
    );
  });

  it('pay asked beside a skill group is about pay', () => {
    expect(say('What salary would he expect for a senior backend role?')).toMatch(
      /doesn't mention salary expectations/,
    );
  });

  it('years asked in Spanish, the place asked in Urdu written in Latin letters', () => {
    expect(say('¿Cuántos años de experiencia tiene Bilal?')).toMatch(/7 years/);
    expect(say('Bilal kahan se hai?')).toContain('Islamabad');
  });
});
