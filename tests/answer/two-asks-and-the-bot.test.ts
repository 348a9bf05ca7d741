import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

const profile = ProfileSchema.parse(
  importMarkdownProfile(`# Ilse Brandt

Staff Data Engineer in Rotterdam, Netherlands. Pronouns: she/her

## Skills

- Python, Spark, Airflow, AWS, Snowflake

## Contact

- Email: ilse@example.org
`).profile,
);

const ask = (q: string) => answerToPlainText(createAssistant(profile).ask(q));

describe('two questions joined by "and"', () => {
  it('answers both: the place and the seniority', () => {
    const text = ask('@bot hi! quick one - where is ilse based and is she senior level?');
    expect(text).toMatch(/Rotterdam/);
    expect(text).toMatch(/Staff Data Engineer/);
  });

  it('answers both: the place and the email', () => {
    const text = ask("where is she based and what's her email?");
    expect(text).toMatch(/Rotterdam/);
    expect(text).toMatch(/ilse@example\.org/);
  });
});

describe('two asks, one of which the profile is silent on', () => {
  it('gives the place and says remote work is not mentioned', () => {
    const text = ask('where is she and is she open to remote?');
    expect(text).toMatch(/Rotterdam/);
    expect(text).toMatch(/doesn't mention remote work/);
  });

  it('a "-based" word in the profile is not taken for where she is based', () => {
    const other = ProfileSchema.parse(
      importMarkdownProfile(`# Ilse Brandt

Staff Data Engineer in Rotterdam, Netherlands.

## Experience

- Built a Kafka-based ingestion layer and a role-based access model.
`).profile,
    );
    const text = answerToPlainText(
      createAssistant(other).ask('where is she based and is she open to remote?'),
    );
    expect(text).toMatch(/Rotterdam/);
    expect(text).not.toMatch(/Kafka-based/);
  });
});

describe('a certificate asked in one sentence, its subject told in the next', () => {
  it('names the skill the profile lists and says no certificate of it is there', () => {
    const text = ask('is she a certified solutions architect? saw AWS on her profile');
    expect(text).toMatch(/^No/);
    expect(text).toMatch(/lists AWS as a skill/);
  });
});

describe('asking who answers', () => {
  it('says it is a bot, not the owner', () => {
    expect(ask('hey who am i talking to')).toMatch(/^I'm a bot, not Ilse\. I answer questions/);
    expect(ask('are you a bot?')).toMatch(/^I'm a bot/);
  });
});

describe('a place said only after the job title', () => {
  it('is read as the location by the import, the title without it, the pronouns from their label', () => {
    expect(profile.identity.location).toBe('Rotterdam, Netherlands');
    expect(profile.identity.title).toBe('Staff Data Engineer');
    expect(profile.identity.pronouns.subject).toBe('she');
  });

  it('is found in the text by the engine when no field holds it, never "doesn\'t mention"', () => {
    const bare = ProfileSchema.parse({
      identity: { name: 'Joris Vos', title: 'Data Engineer' },
      summary: ['Data Engineer in Utrecht, Netherlands, working on streaming pipelines.'],
    });
    const text = answerToPlainText(createAssistant(bare).ask('where is he based?'));
    expect(text).toMatch(/Utrecht, Netherlands/);
    expect(text).not.toMatch(/doesn't mention/);
  });
});
