import { describe, expect, it } from 'vitest';
import { createFit } from '../../src/fit/fit.ts';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';
import { fitFor, statusIn } from './profile-fit.ts';

const fitOf = (markdown: string) =>
  createFit(ProfileSchema.parse(importMarkdownProfile(markdown).profile));

const statusOf = (fit: ReturnType<typeof fitOf>, requirement: string) =>
  fit.fit(`## Requirements\n- ${requirement}`).requirements[0]?.status;

// Lists the technologies, and says nothing more about them.
const lister = fitOf(`# Mira Toth

Backend Engineer

## Skills

- **Stack:** Go, Redis, MySQL, Azure, Nomad
`);

// Tuned MySQL and secured Azure, in so many words.
const tuner = fitOf(`# Lev Ostrov

Backend Engineer

## Skills

- **Stack:** Go, Redis, MySQL, Azure, Nomad

## Experience

### Engineer, Quarry Ltd (2019 - present)

- Tuned slow MySQL queries and partitioned the largest tables.
- Hardened Azure security: least-privilege roles and key rotation.
`);

describe('a technology asked for with a depth word after it', () => {
  it('is close, not met, when the knowledge only lists "MySQL" for "MySQL at scale"', () => {
    const asked = 'MySQL at scale: query tuning, partitioning, failover';
    expect(statusOf(lister, asked)).toBe('partial');
    expect(statusOf(tuner, asked)).toBe('met');
  });

  it('is close, not met, when the knowledge only lists "Azure" for "Azure security"', () => {
    const asked = 'Azure security: role assignments, network rules, policies';
    expect(statusOf(lister, asked)).toBe('partial');
    expect(statusOf(tuner, asked)).toBe('met');
  });

  it('reads "beyond CRUD" as asking for more than the name, CRUD itself not asked', () => {
    const asked = 'MySQL beyond CRUD: query plans, partitioning';
    expect(statusOf(lister, asked)).toBe('partial');
    expect(statusOf(tuner, asked)).toBe('met');
  });

  it('reads "in depth" as asking for more than the name too', () => {
    expect(statusOf(lister, 'Nomad in depth: scheduling, scaling, networking')).toBe('partial');
    expect(statusOf(lister, 'Nomad: scheduling jobs')).toBe('met');
  });

  it('reads "at depth" the same way, and meets it with tuning shown', () => {
    expect(statusOf(lister, 'MySQL at depth: reading query plans, indexing')).toBe('partial');
    expect(statusOf(tuner, 'MySQL at depth: reading query plans, indexing')).toBe('met');
  });
});

describe('an everyday word in a job description', () => {
  it('names no technology written in lower case, even one the profile lists ("as you go")', () => {
    expect(statusOf(lister, 'You write Cypress tests as you go')).toBe('missing');
    expect(statusOf(lister, 'You write Go services and test them')).toBe('met');
  });
});

describe('a plain list in parentheses', () => {
  it('asks for every part of a stack of different kinds', () => {
    const stack = 'You own the platform end to end (Azure, Terraform, Jenkins)';
    expect(statusOf(lister, stack)).toBe('partial');
  });

  it('offers technologies of one kind as choices', () => {
    expect(statusOf(lister, 'Caching experience (Redis, Memcached)')).toBe('met');
  });
});

describe('a technology the knowledge shows only as reviewed', () => {
  const reviewer = fitOf(`# Ana Brisk

Security Engineer

## Skills

- **Cloud:** Ansible playbook reviews, Ansible, Azure
`);

  it('is close for writing it, however the line says reviewing is not enough', () => {
    const asked = "You've written Ansible yourself, not only reviewed other people's playbooks";
    expect(statusOf(reviewer, asked)).toBe('partial');
    expect(statusOf(reviewer, 'Reviews of Ansible playbooks')).toBe('met');
  });

  it('is close for the practice it implies ("infrastructure as code")', () => {
    expect(statusOf(reviewer, 'Infrastructure as code (modules, state)')).toBe('partial');
  });
});

describe('security work asked on a technology', () => {
  it('is close when the knowledge lists the technology with no security work on it', () => {
    const asked = 'Security reviews of MySQL and other data stores';
    expect(statusOf(lister, asked)).toBe('partial');
  });
});

describe('a remark closing a requirement', () => {
  it('names no technology asked for ("…, but we won\'t hold X against you")', () => {
    const asked = "Knowing AWS is a bonus, but we won't hold Azure or GCP against you";
    expect(statusOf(lister, asked)).not.toBe('met');
  });
});

describe('a cloud asked for its data services', () => {
  const builder = fitOf(`# Ana Ruiz

Data Engineer

## Skills

- **Stack:** Python, Azure, SQL

## Experience

### Data Engineer, Tide Ltd (2020 - present)

- Built the ingestion pipelines into our Azure data lake.
`);

  it('is close when the profile only lists the cloud, and met when it shows data work on it', () => {
    expect(statusOf(lister, 'Experience with Azure data services')).toBe('partial');
    expect(statusOf(builder, 'Experience with Azure data services')).toBe('met');
  });
});

describe('a skill table with a level column', () => {
  const expert = fitOf(`# Ola Berg

Frontend Engineer

## Skills

- **Stack:** TypeScript, React

## Awards

- Recognised as a Community Expert for web performance in 2022.
`);

  it('does not take the level word for something the profile must name', () => {
    const jd = [
      '| Skill | Level | Must/Nice |',
      '|---|---|---|',
      '| State management (Zustand or Jotai) | Expert | Must |',
    ].join('\n');
    expect(expert.fit(jd).requirements[0]?.status).not.toBe('met');
  });
});

describe('the design of an API asked for', () => {
  const client = fitOf(`# Lia Moss

Frontend Engineer

## Skills

- **Data:** Redux, GraphQL, REST
`);
  const designer = fitOf(`# Tom Vale

Backend Engineer

## Skills

- **Backend:** Go, REST

## Experience

### Engineer, Pier Ltd (2019 - present)

- Designed the public REST endpoints our partners integrate with.
`);

  it('is close for a profile listing REST among client libraries, met for one designing it', () => {
    expect(statusOf(client, 'Experience in the design of REST APIs')).toBe('partial');
    expect(statusOf(designer, 'Experience in the design of REST APIs')).toBe('met');
  });
});

describe('the client side of an API', () => {
  // Builds REST APIs for others to call.
  const server = fitOf(`# Ola Berg

Backend Engineer

## Skills

- **Stack:** Java, Spring Boot

## Expertise

- High-performance REST APIs for partner banks
`);
  // Lists the API styles among the tools of a mobile app.
  const client = fitOf(`# Ines Duarte

Android Developer

## Skills

- **Tools:** Kotlin, Retrofit, REST, GraphQL
`);

  it('is close, not met, when the knowledge only builds the API that "consuming" asks to call', () => {
    const asked = 'Experience consuming REST or GraphQL APIs';
    expect(statusOf(server, asked)).toBe('partial');
    expect(statusOf(client, asked)).toBe('met');
  });
});

describe('a skill listed only as of limited use', () => {
  const frontender = fitOf(`# Lina Haas

Frontend Engineer

## Skills

- **Frameworks:** React, Svelte
- **Backend-adjacent:** Node.js, Fastify, MySQL (enough to ship small endpoints)
`);

  it('is close, not met, for any ask of it or of what it implies', () => {
    expect(statusOf(frontender, 'Node.js services with Fastify')).toBe('partial');
    expect(statusOf(frontender, 'Good SQL skills')).toBe('partial');
    expect(statusOf(frontender, 'React in production')).toBe('met');
  });
});

describe('"a tool like X": examples of a kind', () => {
  // Nadia lists dashboard tools, none of them Looker or Metabase.
  const jd =
    '## Requirements\n- You have worked with a BI tool like Looker or Metabase\n- Looker or Metabase\n';

  it('is met by another tool of that kind, where a bare choice of names is not', () => {
    expect(statusIn('nadia-okonkwo', jd, 'a BI tool like')).toBe('met');
    const bare = fitFor('nadia-okonkwo')
      .fit(jd)
      .requirements.find((r) => r.requirement === 'Looker or Metabase');
    expect(bare?.status).not.toBe('met');
  });
});

describe('"you\'ve built or maintained …" names what was built', () => {
  const builder = fitOf(`# Noor Haddad

Frontend Engineer

## Skills

- **Frameworks:** React, Storybook

## Experience

### Frontend Engineer, Lumen (2020 - present)

- Built the company's icon font and the shared form toolkit used by five teams.
`);

  it('looks the built thing up in the knowledge, each alternative on its own', () => {
    expect(statusOf(builder, "You've built or maintained an icon font or a pattern library")).toBe(
      'met',
    );
    expect(statusOf(builder, "You've built a pattern library or a charting engine")).toBe(
      'missing',
    );
    expect(statusOf(builder, "You've worked on a charting engine")).toBe('missing');
  });
});

describe('a technology named after another', () => {
  const webDev = fitOf(`# Ada Quist

Frontend Engineer

## Skills

- **Frameworks:** React, Kotlin
`);

  it('is close (never met) when built on a held one, of the same kind or not', () => {
    expect(statusOf(webDev, 'React Native')).toBe('partial');
    expect(statusOf(webDev, 'Kotlin Coroutines')).toBe('partial');
  });
});

describe('a practice asked with a held tool', () => {
  const appDev = fitOf(`# Ines Quaresma

Mobile Engineer

## Skills

- **Mobile:** React Native, TypeScript

## Experience

### Mobile Engineer — Clinicapp · 2021 – present

- Built the booking app in React Native for 30 clinics.
`);

  it('is close, not met, when the profile never shows that practice', () => {
    expect(
      statusOf(appDev, 'You know how to profile React Native performance (Hermes, Flipper)'),
    ).toBe('partial');
    expect(statusOf(appDev, 'Production experience with React Native')).toBe('met');
  });
});
