import { describe, expect, it } from 'vitest';
import { createFit } from '../../src/fit/fit.ts';
import { readRequirements } from '../../src/fit/requirements.ts';
import { profileOf } from './profile-fit.ts';

/** An invented front-end engineer in Ghent: React listed, a design system built. */
const builder = profileOf(`# Ilse Maes

Front-end Engineer

📍 Ghent, Belgium

## Skills

- React, TypeScript, Figma

## Experience

### Front-end Engineer — Kleurlab (2020 – present)

- Built Tegel, the company design system: 45 components used by three teams.
`);

/** An invented back-end engineer in Porto who lists React and built no component library. */
const user = profileOf(`# Duarte Pires

Backend Engineer

📍 Porto, Portugal

## Skills

- Go, PostgreSQL, React

## Experience

### Backend Engineer — Marés (2019 – present)

- Built the billing API in Go.
`);

const statusOf = (profile: ReturnType<typeof profileOf>, jd: string, part: string) =>
  createFit(profile)
    .fit(jd)
    .requirements.find((r) => r.requirement.includes(part))?.status;

describe('a Slack message copied with its sender in bold', () => {
  const post = `**Ana Ribeiro**  9:12 AM
hey team, we finally have the headcount for the platform role!!
we need someone who's run Go services in production
they should be comfortable with PostgreSQL day to day
bonus points if they've used Terraform before
`;

  it('reads each line as its own ask, as typed', () => {
    const asks = readRequirements(post).map((r) => `${r.kind}: ${r.text}`);
    expect(asks).toEqual(
      expect.arrayContaining([
        "must: we need someone who's run Go services in production",
        'must: they should be comfortable with PostgreSQL day to day',
        "nice: bonus points if they've used Terraform before",
      ]),
    );
  });
});

describe('a French posting whose skills are under "Compétences"', () => {
  it('reads the list as requirements', () => {
    const jd = `## Compétences\n\n- Conception d'API REST et gRPC\n- Bases de données relationnelles, idéalement PostgreSQL\n`;
    expect(statusOf(user, jd, 'PostgreSQL')).toBe('met');
  });
});

describe('a thing made with a technology', () => {
  const jd = `## Requirements\n- You have built and shipped a component library in React\n`;

  it('is only close when the profile lists the technology but never the thing', () => {
    expect(statusOf(user, jd, 'component library')).toBe('partial');
  });

  it('is met by a design system of components built with it', () => {
    expect(statusOf(builder, jd, 'component library')).toBe('met');
  });
});

describe('a place to live beside a place to visit', () => {
  const jd = `## Requirements\n- Must be based in the EU, we're remote-first but we meet up in Berlin once a quarter\n`;

  it('judges where one must live, not where the team meets', () => {
    expect(statusOf(user, jd, 'based in the EU')).toBe('met');
  });
});

describe('asks read past what surrounds them', () => {
  const status = (line: string, part: string) =>
    statusOf(user, `## Requirements\n- ${line}\n`, part);

  it('meets "React exposure" and "React to help out on X" with React listed', () => {
    expect(status('Some React exposure for our internal ops dashboard', 'React')).toBe('met');
    expect(status('Some React to help out on the internal billing admin panel', 'React')).toBe(
      'met',
    );
  });

  it('meets "Google Cloud Platform" at a line’s start with GCP by its other name', () => {
    const gcp = profileOf('# Rui Lobo\n\nCloud Engineer\n\n## Skills\n\n- GCP, Terraform\n');
    expect(statusOf(gcp, '## Skills\n- Google Cloud Platform (GCP)\n', 'Google')).toBe('met');
  });

  it('judges "our checkout is still on Go 1.12 so Go experience helps" on Go alone', () => {
    expect(status('our old checkout is still Go 1.12 so Go experience helps', 'Go')).toBe('met');
  });

  it('keeps a chat line that ends in an emoji code', () => {
    const post = `**Ana Ribeiro**  9:12 AM\nwe need someone who's run Go services in production\nbonus points if they've used Terraform, ours is a mess rn :sweat_smile:\n`;
    expect(readRequirements(post).map((r) => r.kind)).toEqual(['must', 'nice']);
  });
});
