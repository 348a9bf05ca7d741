import { describe, expect, it } from 'vitest';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';

const imported = (markdown: string) => importMarkdownProfile(markdown).profile;

describe('a résumé header and its sections, written the way templates write them', () => {
  const profile = imported(`# Teodor Marin

**Senior Release Engineer** · build pipelines · mobile releases

📍 Iași, Romania (UTC+2) &nbsp;|&nbsp; ✉️ teo.marin@example.org &nbsp;|&nbsp; 📱 +40 742 118 903 &nbsp;|&nbsp; 🐙 [github.com/teomarin](https://github.com/teomarin)

Release engineer with 9 years between developers and the app stores.

## Talks

- **Mobile Dev Days 2024** (lightning talk): *Shipping on Fridays without fear*

## Languages

🇷🇴 Romanian — native · 🇬🇧 English — C1 · 🇫🇷 French — B1
`);

  it('reads every part of a contact line set apart with &nbsp; and icons', () => {
    expect(profile.identity.location).toBe('Iași, Romania (UTC+2)');
    expect(profile.contact).toMatchObject({
      email: 'teo.marin@example.org',
      phone: '+40 742 118 903',
      github: 'https://github.com/teomarin',
    });
  });

  it('reads "<job> with N years" as the years of experience', () => {
    expect(profile.identity.yearsOfExperience).toBe(9);
  });

  it("takes the italic part as a talk's title and the dated bold part as its event", () => {
    expect(profile.publications).toEqual([
      expect.objectContaining({
        kind: 'talk',
        title: 'Shipping on Fridays without fear',
        date: '2024',
      }),
    ]);
  });

  it('reads languages written after their flags', () => {
    expect(profile.languages).toEqual([
      { name: 'Romanian', proficiency: 'native' },
      { name: 'English', proficiency: 'C1' },
      { name: 'French', proficiency: 'B1' },
    ]);
  });
});

describe('an emoji heading whose joiner byte was lost in a copy', () => {
  it('still names its section', () => {
    // 🙋🏾‍♀️ saved as Windows-1252: the joiner's last byte (0x8D) has no character and is gone.
    const profile = imported(`# Ana Lima

Platform engineer

### ðŸ™‹ðŸ¾â€â™€ï¸ About me

- 💬 Ask me about **Kubernetes, Terraform**
- 🗣️ Portuguese (native), English
`);
    expect(profile.sections.map((s) => s.title)).toEqual([]);
    expect(profile.languages.map((l) => l.name)).toEqual(['Portuguese', 'English']);
  });
});

describe('years said at the head of a one-line summary', () => {
  it('reads "— 10 years turning …" as the years of experience', () => {
    const profile = imported(`# Elin Voss

> Senior BIM software developer — 10 years turning repetitive Revit work into add-ins.
`);
    expect(profile.identity.yearsOfExperience).toBe(10);
  });
});
