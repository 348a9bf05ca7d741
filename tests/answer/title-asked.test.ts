import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** An invented profile: a current title, an earlier role, a frontend group, a summary line. */
const assistant = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Joris Lindahl',
      pronouns: { subject: 'he', object: 'him', possessive: 'his' },
      title: 'Senior Platform Engineer',
    },
    summary: ['I am a backend and infrastructure engineer who likes quiet pagers.'],
    skills: [
      { id: 'ops', name: 'Ops', skills: [{ name: 'Kubernetes' }, { name: 'Terraform' }] },
      { id: 'frontend', name: 'Frontend', skills: [{ name: 'Svelte' }] },
    ],
    roles: [
      { company: 'Tidemark', title: 'Data Analyst', start: '2016', end: '2019' },
      { company: 'Norrsken Labs', title: 'Senior Platform Engineer', start: '2019' },
    ],
  }),
);
const ask = (q: string) => answerToPlainText(assistant.ask(q));

describe('asking whether the owner holds a job title', () => {
  it('says yes from the title, a developer being an engineer of the same kind', () => {
    expect(ask('is he a platform developer?')).toMatch(
      /^Yes — Joris is a Senior Platform Engineer at Norrsken Labs/,
    );
  });

  it('says an earlier role was held then, with the title held now', () => {
    const text = ask('is he a data analyst?');
    expect(text).toMatch(/Joris was a Data Analyst at Tidemark \(2016 – 2019\)/);
    expect(text).toMatch(/title now is Senior Platform Engineer/);
  });

  it('says no to a title nowhere in the profile, giving the one it holds', () => {
    const text = ask('is he a data scientist?');
    expect(text).toMatch(/^No — Joris's profile doesn't call him a data scientist/);
    expect(text).toMatch(/Senior Platform Engineer/);
  });

  it('gives the skills of a field the title names instead of a bare no', () => {
    const text = ask('is he a frontend developer?');
    expect(text).not.toMatch(/^No\b/);
    expect(text).toMatch(/doesn't call him a frontend developer/);
    expect(text).toMatch(/Frontend skills: Svelte/);
  });

  it('quotes a line that holds the title’s words rather than saying no', () => {
    const text = ask('is he a backend engineer?');
    expect(text).not.toMatch(/doesn't call/);
    expect(text).toMatch(/backend and infrastructure engineer/);
  });

  it('leaves a judgement ("a good engineer") unanswered by the title', () => {
    expect(ask('is he a good engineer?')).not.toMatch(/^Yes/);
  });
});

describe('a title asked beside a skill group of its word', () => {
  const designer = createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'Ana Reis',
        pronouns: { subject: 'she', object: 'her', possessive: 'her' },
        title: 'Design Engineer',
      },
      skills: [
        { id: 'design', name: 'Design', skills: [{ name: 'Figma' }, { name: 'Design tokens' }] },
        { id: 'motion', name: 'Motion', skills: [{ name: 'GSAP' }, { name: 'Lottie' }] },
      ],
    }),
  );
  const askAna = (q: string) => answerToPlainText(designer.ask(q));

  it('gives the group instead of a bare no, with "a" before a "u" said as "you"', () => {
    const text = askAna('is she a ux designer?');
    expect(text).not.toMatch(/^No\b/);
    expect(text).toMatch(/doesn't call her a ux designer/);
    expect(text).toMatch(/Design skills: Figma, Design tokens/);
  });

  it('reads animation as done through the motion tools listed', () => {
    expect(askAna('does she do animation?')).toMatch(/animation skills: GSAP, Lottie\./);
    expect(askAna('what animation tools does she use?')).toMatch(
      /animation skills: GSAP, Lottie\./,
    );
  });
});

describe('a title whose word only stands in the text as a verb', () => {
  const builder = createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'Pavel Horak',
        pronouns: { subject: 'he', object: 'him', possessive: 'his' },
        title: 'Backend Engineer',
      },
      summary: ['I spend my days designing APIs and architecting event pipelines.'],
      expertise: ['Event-driven architecture'],
    }),
  );
  const askPavel = (q: string) => answerToPlainText(builder.ask(q));

  it('says the title is not given, with the lines that tell of the work, not a bare no', () => {
    const text = askPavel('is he a designer?');
    expect(text).toMatch(/^Pavel's profile doesn't call him a designer/);
    expect(text).toMatch(/It does say:\n• .*designing APIs/);
  });

  it('counts a word built on the title\'s ("architecture") as telling of the work', () => {
    expect(askPavel('is he an architect?')).toMatch(/• .*Event-driven architecture/);
  });

  it('gives a plain no when nothing tells of the work', () => {
    expect(askPavel('is he a consultant?')).toMatch(/^No — .*doesn't call him a consultant/);
  });
});
