import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

const assistantFor = (markdown: string) =>
  createAssistant(ProfileSchema.parse(importMarkdownProfile(markdown).profile));

const architect = assistantFor(`# Omar Haddad

Senior Backend Engineer in Amman, Jordan.

## Experience

### Backend Engineer, Tallyo (2019 – present)

- Led the backend architecture of the invoicing platform.
- Migrated a legacy PHP monolith into Go services.
`);

const manager = assistantFor(`# Omar Haddad

Engineering Manager in Amman, Jordan.

## Experience

### Engineering Manager, Tallyo (2019 – present)

- Managed a team of 7 engineers and mentored two juniors into senior roles.
`);

const ask = (a: ReturnType<typeof assistantFor>, q: string) => answerToPlainText(a.ask(q));

describe('leadership asked in particular', () => {
  it('leading an architecture is not mentoring: says so, then shows the lead', () => {
    const text = ask(architect, 'does he mentor juniors?');
    expect(text).toMatch(/doesn't mention mentoring/);
    expect(text).toMatch(/Led the backend architecture/);
  });

  it('nor managing people, nor a team size', () => {
    const text = ask(architect, 'how big were the teams he worked in? does he manage people?');
    expect(text).toMatch(/doesn't mention managing people or the size of a team/);
  });

  it('a profile that states them gets no such claim', () => {
    const text = ask(manager, 'has he managed people? does he mentor?');
    expect(text).not.toMatch(/doesn't mention/);
    expect(text).toMatch(/team of 7 engineers/);
  });
});

describe('words of age in a question', () => {
  it('"old legacy code to something newer" still finds the migration', () => {
    const text = ask(
      architect,
      'has he ever worked on migrating old legacy code to something newer?',
    );
    expect(text).toMatch(/Migrated a legacy PHP monolith/);
  });
});
