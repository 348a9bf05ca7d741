import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

/** An invented DACH freelancer's profile: a details table, rated skills, a project history. */
const profile = `# Profil

| | |
|---|---|
| **Name** | Jonas Vogelsang, Dipl.-Inf. |
| **Rolle** | Senior .NET Entwickler / Cloud-Architekt |
| **Standort** | Leipzig (Sachsen) – remote bevorzugt, vor Ort in Berlin nach Absprache |
| **Verfügbarkeit** | ab 01.05.2027, 60 % |
| **Sprachen** | Deutsch (Muttersprache), Englisch (fließend, C1) |
| **Kontakt** | jonas@vogelsang-it.example · +49 341 5550 1234 |

## Kenntnisse

**Sprachen & Frameworks**
- C# (10–12) ★★★★★
- ASP.NET Core / Entity Framework ★★★★☆
- RabbitMQ (inkl. MassTransit) ★★★☆☆

**Methoden**
- Scrum, Kanban – Experte

## Projekthistorie

### 03/2024 – 12/2026 · Kreditportal
**Kunde/Branche:** Sparkasse, Dresden
**Rolle:** Lead Developer (remote, 2 Tage/Monat vor Ort)
**Aufgaben:**
- Ablösung eines Monolithen durch Services auf Azure
- Technische Leitung eines Teams aus 5 Entwicklern
**Technologien:** C#, ASP.NET Core, Azure, RabbitMQ

## Zertifizierungen

- Microsoft Certified: Azure Developer Associate (AZ-204), 2023
- iSAQB CPSA-Foundation, 2021

---

*Referenzen auf Anfrage. Stand: 10/2026*
`;

describe("a freelancer's profile with a details table and a project history", () => {
  const { profile: read } = imported(profile);

  it('takes the name without its degree, and the title from the "Rolle" row', () => {
    expect(read.identity.name).toBe('Jonas Vogelsang');
    expect(read.identity.title).toBe('Senior .NET Entwickler / Cloud-Architekt');
  });

  it('reads the place, the languages and the phone from the details table', () => {
    expect(read.identity.location).toBe('Leipzig (Sachsen)');
    expect(read.languages.map((l) => l.name)).toEqual(['Deutsch', 'Englisch']);
    expect(read.contact.phone).toBe('+49 341 5550 1234');
  });

  it('reads each project for a client as the job held there and as a project', () => {
    expect(read.roles).toHaveLength(1);
    expect(read.roles[0]).toMatchObject({
      company: 'Sparkasse, Dresden',
      title: 'Lead Developer',
      start: '2024-03',
      end: '2026-12',
    });
    expect(read.roles[0]?.technologies).toContain('RabbitMQ');
    expect(read.roles[0]?.highlights.join(' ')).toMatch(/Teams aus 5 Entwicklern/);
    expect(read.projects.map((p) => p.name)).toEqual(['Kreditportal']);
  });

  it('keeps versions, stars and level words out of the skill names', () => {
    const names = read.skills.flatMap((c) => c.skills.map((s) => s.name));
    expect(names).toEqual(expect.arrayContaining(['C#', 'ASP.NET Core', 'Entity Framework']));
    expect(names).toContain('MassTransit');
    expect(names).toContain('Kanban');
    expect(names.some((n) => /★|10–12|Experte|inkl/.test(n))).toBe(false);
  });

  it('reads "iSAQB …" as a certificate of its own, and the note after the rule as none', () => {
    const names = read.certifications.map((c) => c.name);
    expect(names).toHaveLength(2);
    expect(names[0]).toMatch(/^Microsoft Certified: Azure Developer Associate/);
    expect(names[1]).toBe('iSAQB CPSA-Foundation');
  });
});

describe('a certifications table whose ID column holds the status', () => {
  const { profile: read } = imported(`# Ada Quill

Penetration Tester

## Certifications

| Certification | Issuer | Year | Credential ID |
|---|---|---|---|
| Certified Ethical Hacker (CEH) | EC-Council | 2017 | ECC44 *(expired 2020)* |
| Offensive Security Web Expert (OSWE) | OffSec | — | *In progress, exam booked Feb 2027* |
`);

  it('carries the status with the certificate, not with its ID', () => {
    const [ceh, oswe] = read.certifications;
    expect(ceh?.issuer).toMatch(/expired 2020/);
    expect(oswe?.issuer).toMatch(/In progress, exam booked Feb 2027/);
    expect(oswe?.year).toBeUndefined();
  });
});

describe('an employer beside its city in a job heading', () => {
  const { profile: read } = imported(`# Ada Quill

Penetration Tester

## Experience

### Northgate Assurance Partners — Manchester, UK
**Senior Penetration Tester** · August 2019 – February 2022

- Delivered 140+ tests.
`);

  it('is the company, the city its place, the line below the title', () => {
    expect(read.roles[0]).toMatchObject({
      company: 'Northgate Assurance Partners',
      title: 'Senior Penetration Tester',
      location: 'Manchester, UK',
    });
  });
});
