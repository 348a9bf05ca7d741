import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** An invented SRE: Istio only in a role's bullet, never in a skills list. */
const assistant = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Aga Wrobel',
      pronouns: { subject: 'she', object: 'her', possessive: 'her' },
      title: 'Site Reliability Engineer',
    },
    skills: [{ id: 'ops', name: 'Ops', skills: [{ name: 'Kubernetes' }, { name: 'Terraform' }] }],
    roles: [
      {
        company: 'Harborline',
        title: 'Site Reliability Engineer',
        highlights: ['Migrated service-to-service traffic onto Istio with mutual TLS.'],
      },
    ],
  }),
);
const ask = (q: string) => answerToPlainText(assistant.ask(q));

describe('a kind of tool asked for, held through a tool of that kind', () => {
  it('never says no to service mesh where Istio is in the work', () => {
    for (const q of ['any service mesh experiance?', 'has she used a service mesh?']) {
      const answer = ask(q);
      expect(answer).not.toMatch(/^No\b/);
      expect(answer).toContain('Istio');
    }
  });

  it('still says no to a tool of the kind that is not there', () => {
    expect(ask('does she know Linkerd?')).toMatch(/^No — /);
  });
});
