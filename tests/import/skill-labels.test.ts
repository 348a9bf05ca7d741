import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

const cv = `# Morag Lennox

Speech Engineer

## Technical Skills

**Frameworks:** PyTorch, TensorFlow (legacy models only), Kaldi
**Currently learning:** Rust (for on-device decoding), Zig
`;

describe('a skills block with a learning line and remarks in brackets', () => {
  const profile = ProfileSchema.parse(importMarkdownProfile(cv).profile);
  const skills = profile.skills.flatMap((c) => c.skills);

  it('keeps a remark in brackets as the note of its skill, never as a skill', () => {
    expect(skills.map((s) => s.name)).not.toContain('legacy models only');
    expect(skills.find((s) => s.name === 'TensorFlow')?.note).toBe('legacy models only');
  });

  it('files what the owner is learning under exploring, not skills', () => {
    expect(skills.map((s) => s.name)).not.toContain('Rust');
    expect(profile.exploring).toEqual(['Rust (for on-device decoding)', 'Zig']);
  });

  it('so "does she know rust?" gets no yes', () => {
    const answer = answerToPlainText(createAssistant(profile).ask('does she know rust?'));
    expect(answer).not.toMatch(/^Yes/);
    expect(answer).toMatch(/learning/i);
  });
});
