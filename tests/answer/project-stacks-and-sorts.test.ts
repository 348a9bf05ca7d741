import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** An invented mobile developer: apps with their stacks, one a side project, one for clinics. */
const profile = ProfileSchema.parse({
  identity: {
    name: 'Ruth Tesfaye',
    pronouns: { subject: 'she', object: 'her', possessive: 'her' },
    title: 'Mobile Engineer',
  },
  summary: [
    'I run everything through Fastlane, and these days I am slowly learning Elixir on weekends.',
  ],
  skills: [{ id: 'mobile', name: 'Mobile', skills: [{ name: 'Kotlin' }, { name: 'Flutter' }] }],
  roles: [
    {
      company: 'Gebeya Pay',
      title: 'Mobile Engineer',
      highlights: ['Built a payments SDK used by both apps', 'Shipped Flutter apps for retail'],
    },
  ],
  projects: [
    {
      id: 'gebeya-wallet',
      name: 'Gebeya Wallet',
      summary: 'A wallet app.',
      details: ['Store: Google Play'],
      technologies: ['Kotlin'],
    },
    {
      id: 'kuriftu',
      name: 'Kuriftu',
      summary: 'Kuriftu',
      details: ['Side project', 'Store: Google Play'],
      technologies: ['Flutter', 'Riverpod', 'Drift'],
    },
    {
      id: 'hakim',
      name: 'Hakim',
      summary: 'Appointment booking for rural clinics.',
      details: ['Store: App Store'],
      technologies: ['Flutter'],
    },
    {
      id: 'meskel',
      name: 'Meskel',
      summary: 'A festival guide.',
      details: ['Store: App Store'],
    },
  ],
});
const assistant = createAssistant(profile);
const ask = (q: string, conversation = 'stacks') =>
  answerToPlainText(assistant.ask(q, conversation));

describe('the projects of one sort, and what they are built with', () => {
  it('lists only the side projects, and follows "it" to that one project\'s stack', () => {
    const side = ask('does she have any side projects?', 'side');
    expect(side).toContain('Kuriftu');
    expect(side).not.toContain('Gebeya Wallet');
    const built = ask('what is it built with?', 'side');
    expect(built).toContain('Riverpod');
    expect(built).toContain('Drift');
    expect(built).not.toContain('payments SDK');
  });

  it('lists every app when the other words name all of them', () => {
    const answer = ask('which apps has she shipped to the stores?', 'stores');
    for (const name of ['Gebeya Wallet', 'Kuriftu', 'Hakim', 'Meskel'])
      expect(answer).toContain(name);
  });

  it('lists the projects whose own lines name the rest of the question', () => {
    const answer = ask('which projects are for clinics?', 'clinics');
    expect(answer).toContain('Hakim');
    expect(answer).not.toContain('Gebeya Wallet');
  });

  it("never says no to a tool named only in a project's stack", () => {
    const answer = ask('does she know Riverpod?', 'riverpod');
    expect(answer).not.toMatch(/^No\b/);
    expect(answer).toContain('Kuriftu');
  });
});

describe('the words around a skill asked about', () => {
  it('shows no line for saying "used" when asked "has she used …"', () => {
    const answer = ask('has she used Kotlin?', 'used');
    expect(answer).toMatch(/^Yes/);
    expect(answer).not.toContain('payments SDK used by both apps');
  });

  it('says a tool named only as being learned is not yet a skill', () => {
    const answer = ask('does she know Elixir?', 'elixir');
    expect(answer).toMatch(/^Learning it/);
  });

  it('searches each side of a slash that parts two phrases', () => {
    const answer = ask('distributed consensus algorithms / clinics?', 'slash');
    expect(answer).toContain('Appointment booking for rural clinics');
  });
});
