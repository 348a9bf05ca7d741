import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { createFit } from '../../src/fit/fit.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** A skill listed with the note "learning", as a portfolio's skill component rates it. */
const profile = ProfileSchema.parse({
  identity: {
    name: 'Tove Lindqvist',
    pronouns: { subject: 'she', object: 'her', possessive: 'her' },
    title: 'Systems Engineer',
  },
  skills: [
    {
      id: 'skills',
      name: 'Skills',
      skills: [
        { name: 'Rust', note: 'advanced' },
        { name: 'eBPF', note: 'learning' },
      ],
    },
  ],
});
const ask = (q: string) => answerToPlainText(createAssistant(profile).ask(q, 'learning-note'));

describe('a skill listed as being learned', () => {
  it('is not answered with a yes', () => {
    const answer = ask('does she know eBPF?');
    expect(answer).not.toMatch(/^yes/i);
    expect(answer).toMatch(/learning/i);
    expect(ask('does she know Rust and eBPF?')).toMatch(/eBPF: learning it/);
  });

  it('does not meet a job requirement, only comes close to it', () => {
    const report = createFit(profile).fit('## Requirements\n\n- eBPF experience\n- Rust\n');
    const status = (part: string) =>
      report.requirements.find((r) => r.requirement.includes(part))?.status;
    expect(status('eBPF')).toBe('partial');
    expect(status('Rust')).toBe('met');
  });
});
