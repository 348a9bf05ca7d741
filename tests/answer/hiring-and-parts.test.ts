import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** An invented profile: Docker and Kubernetes listed, a lead role, no hiring said anywhere. */
const profile = (impact: string[]) =>
  createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'Mirela Dobos',
        pronouns: { subject: 'she', object: 'her', possessive: 'her' },
        title: 'Platform Engineer',
      },
      skills: [{ id: 'ops', name: 'Ops', skills: [{ name: 'Docker' }, { name: 'Kubernetes' }] }],
      impact,
    }),
  );
const lead = profile(['Led the migration of forty services to Kubernetes.']);
const ask = (q: string) => answerToPlainText(lead.ask(q));

describe('hiring asked about', () => {
  it('says hiring is not mentioned and shows the leadership there is', () => {
    for (const q of ['has she hired people?', 'did she do any hiring?', 'has she built a team?']) {
      const text = ask(q);
      expect(text).toMatch(/doesn't mention hiring/);
      expect(text).toMatch(/Led the migration/);
    }
  });

  it('shows the hiring a profile states', () => {
    const hirer = profile(['Hired 9 engineers and grew the platform team from 3 to 12.']);
    const text = answerToPlainText(hirer.ask('has she hired engineers?'));
    expect(text).not.toMatch(/doesn't mention/);
    expect(text).toMatch(/Hired 9 engineers/);
  });

  it('still gives the contact details to someone who wants to hire her', () => {
    expect(ask('interested in hiring her, who do I contact?')).not.toMatch(/leadership/);
  });
});

describe('a tool that is part of a listed one', () => {
  it('answers Docker Compose as "not by name", naming Docker, not as a yes or a bare no', () => {
    const text = ask('does she know docker compose?');
    expect(text).toMatch(/^Not by name — Mirela lists Docker/);
    expect(text).toMatch(/doesn't name Docker Compose/);
  });

  it('does not take "docker swarm" for Docker', () => {
    expect(ask('has she used docker swarm?')).not.toMatch(/^Yes/);
  });

  it('reads kubectl as used by whoever lists Kubernetes', () => {
    expect(ask('does she know kubectl?')).toMatch(/^Yes — through Kubernetes/);
  });
});
