import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

// An invented "About me" page exported from a notes app: asides, toggle headings "(click to
// expand)", the career told in prose, a certificate as a sentence, and a line of contacts.
const page = `# About me

<aside>
👋 Olá! I'm Inês — most people call me Nês. Developer advocate at Papelstack, backend engineer at heart, based in Porto 🇵🇹
</aside>

## Who I am

I'm Inês Carvalho Ramos (she/her), a backend engineer turned developer advocate living in Porto, Portugal.

### My path (click to expand)

In 2019 I moved to Ribeira Cloud as a Senior Backend Engineer. Since mid-2022 I'm a Senior Developer Advocate at Papelstack (an API-first invoicing platform).

## Certs & stuff

Certified Kubernetes Application Developer (CKAD), 2021 — renewed 2024.

### Outside of work (click to expand)

I mentor with Código Douro, a volunteer group that helps people switch careers. When I'm not at a keyboard I'm surfing at Praia da Aguda or baking bread.

## Say hi

📬 nes@carvalho-ramos.example · [github.com/nescr](https://github.com/nescr) · Discord: nes.ps
`;

describe('an about page exported from a notes app', () => {
  const { profile } = imported(page);

  it('reads the current job from the story, told in the greeting too, once with its fuller title', () => {
    const roles = profile.roles.map((r) => `${r.title} @ ${r.company} ${r.start}–${r.end}`);
    expect(roles).toEqual([
      'Senior Developer Advocate @ Papelstack 2022–present',
      'Senior Backend Engineer @ Ribeira Cloud 2019–2022',
    ]);
    expect(profile.identity.title).toBe('Senior Developer Advocate');
  });

  it('reads a certificate whose renewal follows a dash, and no toggle heading as a certificate', () => {
    expect(profile.certifications).toEqual([
      { name: 'Certified Kubernetes Application Developer (CKAD)', year: '2021 (renewed 2024)' },
    ]);
  });

  it('reads the toggle under the certificates as a section of its own: pastimes, mentoring', () => {
    expect(profile.interests.map((i) => i.name)).toEqual([
      'surfing at Praia da Aguda',
      'baking bread',
    ]);
    expect(profile.volunteer.map((v) => `${v.position} @ ${v.organization}`)).toEqual([
      'Mentor @ Código Douro',
    ]);
  });

  it('keeps a labelled chat account among the links of a contact line', () => {
    expect(profile.contact.handles).toEqual([{ label: 'Discord', handle: 'nes.ps' }]);
    expect(profile.contact.email).toBe('nes@carvalho-ramos.example');
  });
});

describe('a nickname the intro gives', () => {
  it('is the name people use, though no word of the full name', () => {
    const { profile } = imported(
      "# Beatriz Moura Falcão\n\nBackend engineer.\n\nI'm Beatriz — most people call me Bia. I live in Lisbon, Portugal.\n",
    );
    expect(profile.identity.shortName).toBe('Bia');
  });
});
