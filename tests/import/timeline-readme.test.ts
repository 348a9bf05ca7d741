import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';
import { imported } from '../support/import-fixture.ts';

/** An invented mobile developer's README: jobs as a timeline of emoji lines, tree branches under. */
const readme = `# Rui Matos

Senior iOS Engineer

### Tech I use

![Swift](https://img.shields.io/badge/Swift-FA7343?logo=swift)

Day to day it's Swift with SwiftUI and Combine, plus Hilt on Android. I want to learn Rust next.

### Where I've worked

🏢 2022 → now · Senior iOS Engineer @ **Ondas** (remote, Lisbon HQ)
  └ iOS lead for the Checkout squad (4 iOS devs); cut cold start from 2.8s to 1.1s

🏢 2019 → 2022 · Mobile Developer (iOS & Android) @ **Marisco Digital Studio Lda** (Porto)
  └ agency work: 11 apps for retail, banking and tourism clients

### Apps

| App | Platform | Stack |
|---|---|---|
| **Maré** | iOS · watchOS | SwiftUI, WidgetKit |
`;

describe('a timeline of jobs with tree branches under each', () => {
  const { profile } = imported(readme);

  it('reads each branch as a highlight of the job above it, the place out of the employer', () => {
    expect(profile.roles.map((r) => [r.company, r.location])).toEqual([
      ['Ondas', 'remote, Lisbon HQ'],
      ['Marisco Digital Studio Lda', 'Porto'],
    ]);
    expect(profile.roles[0]?.highlights[0]).toMatch(/^iOS lead for the Checkout squad/);
    expect(profile.roles[1]?.highlights[0]).toMatch(/^agency work: 11 apps/);
  });

  it('takes the tools a sentence beside the badges says are used, not the one to learn', () => {
    const names = profile.skills.flatMap((c) => c.skills.map((s) => s.name));
    expect(names).toEqual(expect.arrayContaining(['Swift', 'SwiftUI', 'Combine', 'Hilt']));
    expect(names).not.toContain('Rust');
  });

  it('answers an Apple Watch question from the watchOS app, not with a no', () => {
    const assistant = createAssistant(ProfileSchema.parse(profile));
    const text = answerToPlainText(assistant.ask('any apple watch experience?'));
    expect(text).not.toMatch(/^No/);
    expect(text).toMatch(/watchOS/);
  });
});
