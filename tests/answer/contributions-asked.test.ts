import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** An invented profile with achievements and two projects, one of them open source. */
const assistant = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Teo Baptiste',
      pronouns: { subject: 'he', object: 'him', possessive: 'his' },
      title: 'Backend Engineer',
    },
    impact: ['Cut the nightly batch from four hours to twenty minutes.'],
    projects: [
      { id: 'queuelet', name: 'Queuelet', summary: 'An open-source job queue for Postgres.' },
      { id: 'ferry', name: 'Ferry', summary: 'A CLI that moves files between buckets.' },
    ],
  }),
);
const ask = (q: string) => answerToPlainText(assistant.ask(q));

describe('contributions asked beside projects or open source', () => {
  it('lists the projects, not the achievements', () => {
    for (const q of [
      'any side projects or contributions?',
      'what are his contributions to open source?',
      'has he contributed to open source?',
    ]) {
      const text = ask(q);
      expect(text).toContain('Queuelet');
      expect(text).not.toContain('nightly batch');
    }
  });

  it('still reads "his main contributions" alone as what he achieved', () => {
    expect(ask('what were his main contributions?')).toContain('nightly batch');
  });
});

/** An invented profile where no project is called open source; one is a contribution. */
const unsaid = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Ines Carvalho',
      pronouns: { subject: 'she', object: 'her', possessive: 'her' },
      title: 'Site Reliability Engineer',
    },
    projects: [
      { id: 'runbooks', name: 'Runbook Linter', summary: 'Checks runbooks for dead links.' },
      {
        id: 'prom',
        name: 'Alertmanager Contributions',
        summary: 'Fixed silences expiring early under clock skew.',
      },
    ],
  }),
);
const askU = (q: string) => answerToPlainText(unsaid.ask(q));

describe('open source asked where no project is said to be', () => {
  it('names the contribution and says the profile does not call it open source', () => {
    const text = askU('any open source contributions?');
    expect(text.split('\n')[1]).toContain('Alertmanager Contributions');
    expect(text).toMatch(/doesn't say whether it is open source/);
  });

  it('lists the projects without calling them open source', () => {
    const text = askU('does she have open source projects?');
    expect(text).toMatch(/doesn't say which of its projects, if any, are open source/);
    expect(text).toContain('Runbook Linter');
    expect(text).not.toMatch(/\d+ open-source projects|One open-source project/);
  });
});
