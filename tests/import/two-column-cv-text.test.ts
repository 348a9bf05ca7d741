import { describe, expect, it } from 'vitest';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';

/** An invented CV copied out of a two-column PDF: sidebar first, entries stacked line by line. */
const cv = `MARTA KOWALCZYK
Site Reliability Engineer | ex-SDET

CONTACT
marta.kowalczyk@example.com
Gdańsk, Poland

CERTIFICATES
Certified Kubernetes Security Specialist
(CKS), 2024
HashiCorp Certified: Vault
Associate (002), 2023

WORK EXPERIENCE

Site Reliability Engineer
Baltic Freight Systems | Gdańsk
04/2021 – Present
• Run 3 k3s edge clusters with KEDA autoscaling
• Own the on-call rotation and SLO reviews

Senior SDET
Amberline | Sopot (remote)
01/2018 – 03/2021
• Built the Playwright suite for the booking app
`;

describe('a CV copied out of a two-column PDF', () => {
  const { profile } = importMarkdownProfile(cv);

  it('reads each stacked entry: title, then employer and place, then numeric dates', () => {
    expect(profile.roles.map((r) => [r.title, r.company, r.start, r.end])).toEqual([
      ['Site Reliability Engineer', 'Baltic Freight Systems', '2021-04', 'present'],
      ['Senior SDET', 'Amberline', '2018-01', '2021-03'],
    ]);
    expect(profile.roles[0]?.highlights).toContain('Own the on-call rotation and SLO reviews');
  });

  it('joins certificate names the narrow column wrapped before their year', () => {
    expect(profile.certifications.map((c) => [c.name, c.year, c.issuer])).toEqual([
      ['Certified Kubernetes Security Specialist (CKS)', '2024', undefined],
      ['HashiCorp Certified: Vault Associate (002)', '2023', undefined],
    ]);
  });

  it('finds k3s and KEDA named in a role', () => {
    expect(profile.roles[0]?.technologies).toEqual(expect.arrayContaining(['k3s', 'KEDA']));
  });
});

describe('a freelancer page with jobs held before', () => {
  const page = `# Hi, I'm Tomasz 👋 I build apps.

**Freelance Android developer** · Kotlin

## Before freelancing

- **Senior Android Engineer — Kolej Apps** (Łódź, remote) · 2019–2022
  Ticketing app for 2M riders; moved the team to Jetpack Compose.
- **Mobile Developer — Pixel Studio** (Kraków) · 2016–2019
  Client apps for local brands.

**Education:** BSc Computer Science, Łódź University of Technology, 2016

## Elsewhere

- Off-screen: sea kayaking and board games
`;
  const { profile } = importMarkdownProfile(page);

  it('reads dated job lines under a heading of its own wording as roles, with what was done', () => {
    expect(profile.roles.map((r) => [r.title, r.company, r.location, r.start, r.end])).toEqual([
      ['Senior Android Engineer', 'Kolej Apps', 'Łódź, remote', '2019', '2022'],
      ['Mobile Developer', 'Pixel Studio', 'Kraków', '2016', '2019'],
    ]);
    expect(profile.roles[0]?.highlights.join(' ')).toContain('Jetpack Compose');
  });

  it('reads an "Off-screen:" line as pastimes', () => {
    expect(profile.interests.map((i) => i.name)).toEqual(['sea kayaking', 'board games']);
  });
});
