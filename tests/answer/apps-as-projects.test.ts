import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** A mobile developer whose projects are apps, one of them with no description but its name. */
const profile = ProfileSchema.parse({
  identity: {
    name: 'Efua Mensah',
    pronouns: { subject: 'she', object: 'her', possessive: 'her' },
    title: 'Mobile Developer',
  },
  expertise: ['offline-first apps', 'app-store releases'],
  skills: [{ id: 'mobile', name: 'Mobile', skills: [{ name: 'Flutter' }] }],
  projects: [
    {
      id: 'tro-tracker',
      name: 'Tro Tracker',
      summary: 'Tro Tracker',
      details: ['Downloads: 50k+'],
    },
    { id: 'ledgerly', name: 'Ledgerly', summary: 'An offline ledger for market traders.' },
  ],
});
const ask = (q: string) => answerToPlainText(createAssistant(profile).ask(q, 'apps'));

describe('apps asked for as a mobile developer’s projects', () => {
  it('lists the projects for "what apps has she shipped?"', () => {
    const answer = ask('what apps has she shipped?');
    expect(answer).toContain('Tro Tracker');
    expect(answer).toContain('Ledgerly — An offline ledger for market traders.');
  });

  it('names a project once when its summary is only its name', () => {
    const answer = ask('what projects has she done?');
    expect(answer).toContain('Tro Tracker');
    expect(answer).not.toContain('Tro Tracker — Tro Tracker');
  });
});
