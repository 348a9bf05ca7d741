import { describe, expect, it } from 'vitest';
import { importProfile } from '../../src/import/import-profile.ts';
import { learntTools } from '../../src/import/learning-skills.ts';

describe('tools the owner is learning', () => {
  it.each([
    ['SwiftUI animations and Rust for mobile (UniFFI).', ['SwiftUI', 'Rust', 'UniFFI']],
    ['Jetpack Compose Multiplatform', []],
    ['system design (slowly)', []],
    ['how to cook (Italian)', []],
  ])('"%s" names %j', (text, names) => {
    expect(learntTools(text)).toEqual(names);
  });

  it('become skills noted "learning", unless the profile already shows them in use', async () => {
    const markdown = [
      '# Ana Lima',
      '',
      'Embedded Engineer | Lisbon, Portugal',
      '',
      '- 🌱 I’m currently learning **Rust for embedded (Embassy)** and **Kotlin**.',
      '',
      '## Skills',
      '',
      '- **Languages:** Kotlin, Java',
      '',
    ].join('\n');
    const { profile } = await importProfile(Buffer.from(markdown));
    const learnt = profile.skills.flatMap((c) => c.skills).filter((s) => s.note === 'learning');
    expect(learnt.map((s) => s.name)).toEqual(['Rust', 'Embassy']);
  });
});
