import { describe, expect, it } from 'vitest';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';

const readme = `# Kai Lindqvist

Mobile Developer

### Where I've been

| When | Where | What |
|------|-------|------|
| Mar 2022 – now | **Tapwire** (payments infra, remote) | Mobile Developer |
| 06/2019 – 02/2022 | **Nordpay**, Lisbon | Senior Android Engineer |
| summer 2016 | Lumo Labs | Mobile intern (iOS + Android) |
`;

const { profile } = importMarkdownProfile(readme);

describe('a career table headed When | Where | What', () => {
  it('reads each row as a job: the employer, its town apart, the title from "What"', () => {
    expect(profile.roles.map((r) => [r.company, r.title, r.location])).toEqual([
      ['Tapwire', 'Mobile Developer', undefined],
      ['Nordpay', 'Senior Android Engineer', 'Lisbon'],
      ['Lumo Labs', 'Mobile intern (iOS + Android)', undefined],
    ]);
  });

  it('dates a job within one year by that year alone', () => {
    expect(profile.roles[2]).toMatchObject({ start: '2016', end: '2016' });
  });
});
