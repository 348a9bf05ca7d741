import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** An invented data engineer's README: a skills table, an aside that leaves a language out. */
const readme = `# Noa Berglund

Senior Data Engineer in Malmö, Sweden.

## Skills

| Area | Tools | Years |
|---|---|---|
| Languages | Python, SQL, Scala | 7 |
| Batch | Apache Spark, Databricks | 5 |

> not on the list on purpose: Java. I *can* read it. please don't make me write it.

## Certs

**Certifications:** Databricks Certified Data Engineer Professional (2023) · SnowPro Core Certification (2022)
`;

const { profile } = importMarkdownProfile(readme);
const assistant = createAssistant(ProfileSchema.parse(profile));
const ask = (q: string) => answerToPlainText(assistant.ask(q));

describe('a language the owner leaves off the list on purpose', () => {
  it('is no skill of the profile', () => {
    const skills = profile.skills.flatMap((c) => c.skills.map((s) => s.name));
    expect(skills).toContain('Scala');
    expect(skills).not.toContain('Java');
  });

  it('is a no, never a yes', () => {
    expect(ask('does she code in java?')).toMatch(/^No\b/);
    expect(ask('does she code in scala?')).toMatch(/^Yes\b/);
  });
});

describe('a labelled line of certificates under a certificates heading', () => {
  it('is one certificate each, with its year', () => {
    expect(profile.certifications).toEqual([
      expect.objectContaining({
        name: 'Databricks Certified Data Engineer Professional',
        year: '2023',
      }),
      expect.objectContaining({ name: 'SnowPro Core Certification', year: '2022' }),
    ]);
  });

  it('answers "is the candidate Databricks certified?" with a yes', () => {
    expect(ask('Is the candidate Databricks certified?')).toMatch(
      /^Yes\b.*Databricks Certified Data Engineer Professional/,
    );
  });
});
