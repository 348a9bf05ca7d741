import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** An invented SRE whose skills carry notes naming more tools. */
const profile = ProfileSchema.parse({
  identity: { name: 'Noor Haddad', title: 'Site Reliability Engineer' },
  skills: [
    {
      id: 'os',
      name: 'OS',
      skills: [{ name: 'Linux' }, { name: 'eBPF tooling', note: 'bcc/bpftrace' }],
    },
  ],
});
const ask = (q: string) => answerToPlainText(createAssistant(profile).ask(q));

describe("a tool named only in a skill's note", () => {
  it('is found, never denied', () => {
    const answer = ask('does she know bpftrace?');
    expect(answer).not.toMatch(/^No\b|isn't in/);
    expect(answer).toContain('eBPF tooling (bcc/bpftrace)');
  });
});
