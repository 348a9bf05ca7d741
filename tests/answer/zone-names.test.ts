import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';
import { offsetWindowIn } from '../../src/knowledge/time-zones.ts';

/** An invented profile whose time zone is said only by its abbreviation in a summary line. */
const bot = createAssistant(
  ProfileSchema.parse({
    identity: { name: 'Tama Ngata', title: 'Data Engineer', location: 'Auckland, New Zealand' },
    summary: ['I build pipelines in dbt and Airflow.', 'Working hours 9–5 NZDT, async-first.'],
    skills: [{ id: 'data', name: 'Data', skills: [{ name: 'dbt' }, { name: 'Airflow' }] }],
  }),
);

describe('time zones named by their abbreviations', () => {
  it("answers the time zone from the line that names the profile's zone", () => {
    expect(answerToPlainText(bot.ask('what time zone does he work in?'))).toMatch(/9–5 NZDT/);
  });

  it("reads a job ad's window around a zone of the same list", () => {
    expect(offsetWindowIn('Must overlap 4 hours with PDT')).toEqual({ from: -11, to: -3 });
  });
});
