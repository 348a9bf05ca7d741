import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** An invented ML engineer who says which role she is after, and when she can start. */
const MARKDOWN = `# Marit Solberg

Machine Learning Engineer

Lately I miss research, so I'm looking for an Applied Scientist role where I can own problems
end to end. I'm available from March 2026, in Oslo or remote within the EU.

## Skills

- **Data engineering:** Python, Airflow, dbt
`;

const assistant = createAssistant(ProfileSchema.parse(importMarkdownProfile(MARKDOWN).profile));
const ask = (q: string) => answerToPlainText(assistant.ask(q));

describe('a role asked about beside what the owner seeks', () => {
  it('is a yes, with the line, for the role the profile says is sought', () => {
    const text = ask('is she open to applied scientist positions?');
    expect(text).toMatch(/^Yes\b/);
    expect(text).toContain('looking for an Applied Scientist role');
  });

  it('is no yes for a role of a skill group she lists but does not seek', () => {
    expect(ask('is she open to a data engineering role?')).not.toMatch(/^Yes\b/);
  });
});
