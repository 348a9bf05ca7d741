import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** An invented profile whose skill groups name fields: Frontend, Observability. */
const assistant = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Mireille Okoro',
      pronouns: { subject: 'she', object: 'her', possessive: 'her' },
      title: 'Platform Engineer',
    },
    skills: [
      { id: 'backend', name: 'Backend', skills: [{ name: 'Go' }, { name: 'PostgreSQL' }] },
      { id: 'frontend', name: 'Frontend', skills: [{ name: 'Svelte' }] },
      { id: 'ops', name: 'DevOps', skills: [{ name: 'Kubernetes' }, { name: 'Docker' }] },
      { id: 'obs', name: 'Observability', skills: [{ name: 'Prometheus' }, { name: 'Grafana' }] },
    ],
  }),
);
const ask = (q: string) => answerToPlainText(assistant.ask(q));

describe('a skill group listed beside a technology', () => {
  it('answers the group too, by what it holds', () => {
    for (const q of ['kubernetes / observability?', 'does she know docker and observability?']) {
      const text = ask(q);
      expect(text, q).toMatch(/Observability: yes — Prometheus and Grafana/);
      expect(text, q).toMatch(/Yes to all 2/);
    }
    expect(ask('frontend, go?')).toMatch(/Frontend: yes — Svelte/);
  });

  it('leaves a group that only sets the scene to the group answer', () => {
    const text = ask('does she know go for backend?');
    expect(text).not.toMatch(/Backend: yes/);
    expect(text).toMatch(/Backend \(Go\) skills/);
  });
});

describe('the work shown beside a group', () => {
  const owner = createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'Jun Takeda',
        pronouns: { subject: 'he', object: 'him', possessive: 'his' },
        title: 'Backend Engineer',
      },
      skills: [{ id: 'data', name: 'Databases', skills: [{ name: 'Redis' }, { name: 'MySQL' }] }],
      expertise: ['Redis-backed asynchronous task queues for order processing'],
      exploring: ['Durable background workflows with Temporal'],
    }),
  );

  it('is work done, never what the owner is only exploring', () => {
    const text = answerToPlainText(
      owner.ask('any experience w/ async job queues or background workers?'),
    );
    expect(text).toMatch(/Redis/);
    expect(text).not.toMatch(/Temporal/);
  });
});

describe('a thing of the work asked with its size', () => {
  const designer = createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'Inês Carvalho',
        pronouns: { subject: 'she', object: 'her', possessive: 'her' },
        title: 'Design Engineer',
      },
      summary: ['I sketch in Figma in the morning and ship the same components by the afternoon.'],
      skills: [{ id: 'design', name: 'Design', skills: [{ name: 'Figma' }, { name: 'Framer' }] }],
      roles: [
        {
          company: 'Maré Travel',
          title: 'Lead Design Engineer',
          start: '2022',
          end: 'present',
          highlights: [
            'Built Ondas, the company design system: 60 components, used by 4 product teams.',
          ],
        },
      ],
    }),
  );

  it('quotes the line that says how big, the words of the asking aside', () => {
    const text = answerToPlainText(
      designer.ask(
        'roughly how big is that design system, like how many components + how many teams use it',
      ),
    );
    expect(text).toMatch(/60 components, used by 4 product teams/);
  });
});
