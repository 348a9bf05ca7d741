import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** A profile with no spoken languages, no availability and a high-availability line. */
const assistant = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Tobias Lindqvist',
      pronouns: { subject: 'he', object: 'him', possessive: 'his' },
      title: 'Platform Engineer',
      location: 'Umeå, Sweden',
    },
    skills: [
      { id: 'lang', name: 'Languages', skills: [{ name: 'Rust' }, { name: 'Python' }] },
      {
        id: 'web',
        name: 'Web',
        skills: [{ name: 'Axum' }, { name: 'Actix Web' }, { name: 'Django' }],
      },
      { id: 'data', name: 'Databases', skills: [{ name: 'PostgreSQL' }, { name: 'SQLite' }] },
    ],
    exploring: ['High-availability control planes'],
    impact: ['Migrated a legacy Perl billing job into three Rust microservices.'],
    contact: { email: 'tobias@example.com' },
  }),
);
const say = (q: string) => answerToPlainText(assistant.ask(q));

describe('a word in one sense does not answer the other', () => {
  it('does not take "high-availability" for when he can start', () => {
    const out = say('is he open to new roles? when could he start');
    expect(out).not.toContain('High-availability');
    expect(out).toMatch(/doesn't mention availability/);
    expect(out).toContain('tobias@example.com');
  });

  it('still finds the high-availability line for uptime work', () => {
    expect(say('any reliability work?')).toContain('High-availability control planes');
  });

  it('does not read a closing adverb as a tool he lacks', () => {
    const out = say('is he a nice guy to work with honestly');
    expect(out).not.toMatch(/^No\b/);
    expect(out).not.toMatch(/Honestly/);
  });

  it('still says no to an unknown tool after "work with"', () => {
    expect(say('has he worked with zorblax?')).toMatch(/^No — Zorblax/);
  });
});

describe('spoken languages a profile never names', () => {
  it('says the profile does not state them, never "No"', () => {
    const out = say('what languages does he speak (human ones lol), is his english ok');
    expect(out).not.toMatch(/^No\b/);
    expect(out).toMatch(/doesn't mention spoken languages, English included/);
    expect(out).toContain('tobias@example.com');
  });

  it('answers "does he speak German" the same way', () => {
    expect(say('does he speak german')).toMatch(/doesn't mention spoken languages, German/);
  });
});

describe('a question with the asker context in a second sentence', () => {
  it('finds the line one sentence is about', () => {
    const out = say('could he lead our migration? we are moving an outdated monolith to services');
    expect(out).toContain('Migrated a legacy Perl billing job');
  });

  it('reads "old" as age, not as legacy code', () => {
    expect(say('how old is he')).not.toContain('legacy');
  });
});

describe('a group asked for with one of its members named', () => {
  it('lists the group narrowed by language, the member among them', () => {
    const out = say('which rust web frameworks does he use? axum?');
    expect(out).toMatch(/Axum/);
    expect(out).toMatch(/Actix Web/);
    expect(out).not.toMatch(/Django/);
  });

  it('lists the databases when one is named after the question', () => {
    const out = say('which databases does he use? postgres?');
    expect(out).toMatch(/PostgreSQL/);
    expect(out).toMatch(/SQLite/);
  });

  it('still answers a yes-or-no about the member alone', () => {
    expect(say('does he know axum')).toMatch(/^Yes — Tobias lists Axum/);
  });
});
