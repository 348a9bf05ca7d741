import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** An invented researcher's author page in an academic site theme: degrees in the front matter. */
const page = `---
title: Oyelaran Adebayo
role: Research Engineer @ Kelp Labs
education:
  courses:
    - course: PhD in Computer Vision
      institution: University of Ibadan
      year: 2020
    - course: BSc in Physics
      institution: Obafemi Awolowo University
      year: 2014
social:
  - icon: github
    icon_pack: fab
    link: https://github.com/oyeadebayo
---

Hi, I'm Oyelaran. I'm a Research Engineer at Kelp Labs, where I build segmentation models for
satellite images. During the PhD I spent a summer as a Research Intern at Lumio Vision (2018).

I'm a native speaker of Yoruba, fluent in English (I've worked in it for ten years), and I
speak some French.
`;

const { profile } = importMarkdownProfile(page);
const assistant = createAssistant(ProfileSchema.parse(profile));
const ask = (q: string) => answerToPlainText(assistant.ask(q));

describe('an academic theme’s author page', () => {
  it('reads the degrees its front matter lists', () => {
    expect(profile.education).toEqual([
      expect.objectContaining({
        institution: 'University of Ibadan',
        degree: 'PhD',
        field: 'Computer Vision',
        end: '2020',
      }),
      expect.objectContaining({ institution: 'Obafemi Awolowo University', end: '2014' }),
    ]);
  });

  it('reads "a native speaker of Yoruba" and "fluent in English (…)" with their levels', () => {
    expect(profile.languages).toEqual(
      expect.arrayContaining([
        { name: 'Yoruba', proficiency: 'native' },
        { name: 'English', proficiency: 'fluent' },
      ]),
    );
  });

  it('answers the undergraduate studies from the degrees', () => {
    expect(ask('where did she do her undergrad?')).toMatch(/Obafemi Awolowo University/);
  });

  it('says yes to having worked at an employer the prose names', () => {
    expect(ask('did she ever work at Lumio Vision?')).toMatch(/^Yes\b.*Research Intern/);
  });
});
