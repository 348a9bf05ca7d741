import { describe, expect, it } from 'vitest';
import { createFit } from '../../src/fit/fit.ts';
import { readRequirements } from '../../src/fit/requirements.ts';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** An invented backend engineer who lists no Node.js and speaks no Spanish. */
const fit = createFit(
  ProfileSchema.parse(
    importMarkdownProfile(`# Greta Solberg

Senior Backend Engineer · Bergen, Norway

## Skills

- Go, PostgreSQL, Kubernetes

## Languages

- Norwegian (native), English (C2)
`).profile,
  ),
);
const statusOf = (requirement: string) =>
  fit.fit(`## Requirements\n- ${requirement}`).requirements[0]?.status;

/** An invented hiring thread, copied from a chat: the nice-to-haves asked for as a question. */
const thread = `#backend-hiring

Ana Ribeiro  9:02 AM
must haves:
• 5+ yrs backend in Go
• Postgres query tuning

Sam Okoye  9:05 AM
nice to haves?

Ana Ribeiro  9:07 AM
- a bit of Vue for the admin pages
- Terraform
`;

describe('a hiring thread', () => {
  const read = readRequirements(thread);

  it('reads the list answering "nice to haves?" as nice-to-haves', () => {
    const nice = read.filter((r) => r.kind === 'nice').map((r) => r.text);
    expect(nice).toEqual(['a bit of Vue for the admin pages', 'Terraform']);
  });

  it('never reports who posted a message, and when, as a requirement', () => {
    expect(read.map((r) => r.text)).not.toContainEqual(expect.stringMatching(/\d:\d\d/));
  });
});

describe('asks of two sides', () => {
  it('meets "Node.js or backend development" by the backend work', () => {
    expect(statusOf('Experience with Node.js or backend development.')).toBe('met');
    expect(statusOf('Experiencia en Node.js o desarrollo backend.')).toBe('met');
  });

  it('still finds neither side missing when neither is there', () => {
    expect(statusOf('Experience with Elixir or mobile development')).toBe('missing');
  });
});

describe('a spoken language asked in Spanish', () => {
  it('judges "Nivel de español alto" a missing language, not an unjudged line', () => {
    const report = fit.fit(
      '## Requisitos\n- Nivel de español alto (C1 o superior): el equipo trabaja en español.',
    );
    expect(report.requirements[0]?.status).toBe('missing');
  });
});

/** An invented engineer whose scheduling work is told in words apart from the ask's. */
const scheduler = createFit(
  ProfileSchema.parse(
    importMarkdownProfile(`# Hugo Marchetti

Backend Engineer

## Expertise

- Distributed scheduling engines
- Resilient background job processing
`).profile,
  ),
);

describe('an ask whose words the profile writes apart', () => {
  it('is close (partial), with the lines, not missing', () => {
    const report = scheduler.fit(
      '## Nice to have\n- Experience building job scheduling or batch processing systems',
    );
    expect(report.requirements[0]?.status).toBe('partial');
    expect(report.requirements[0]?.evidence.join(' ')).toMatch(/scheduling engines/);
  });

  it('stays missing when a word of it is nowhere', () => {
    const report = scheduler.fit('## Nice to have\n- Experience with game engine programming');
    expect(report.requirements[0]?.status).toBe('missing');
  });
});

describe('what an ask is for', () => {
  it('is no part of the ask: "Go so they can fix the billing service" is met by Go', () => {
    expect(statusOf('a bit of Go so they can fix the billing service when it breaks')).toBe('met');
  });

  it('leaves out the team’s own product the skill is for: "Go for our operator dashboard"', () => {
    expect(statusOf('Go for our operator dashboard')).toBe('met');
    expect(statusOf('Go for our charging backend')).toBe('met');
  });
});

/** An invented payments engineer who never writes "reconciliation". */
const payments = createFit(
  ProfileSchema.parse(
    importMarkdownProfile(`# Tariq Osei

Backend Engineer

## Skills

- Payments, Stripe, PostgreSQL

## Experience

### Ledgerly — Backend Engineer
*2021 – present*

- Built Stripe subscription & billing integrations.
`).profile,
  ),
);

describe('a practice named after a technology', () => {
  const status = (requirement: string) =>
    payments.fit(`## Requirements\n- ${requirement}`).requirements[0]?.status;

  it('is not met by the technology alone when the profile never writes the practice', () => {
    expect(status('Experience with payment reconciliation')).toBe('partial');
  });

  it('is met when the practice is written, in any of its forms', () => {
    expect(status('Experience with Stripe subscriptions')).toBe('met');
    expect(status('Previous work at a payments company')).toBe('met');
  });
});

describe('who uses what the candidate built', () => {
  const designer = createFit(
    ProfileSchema.parse(
      importMarkdownProfile(`# Ilse Maas

Design Engineer

## Experience

### Design Engineer — Ondas (2020 – present)

- Built Lumen, the company design system: 60 components, used by 4 product teams.
`).profile,
    ),
  );
  const asked =
    '## Requirements\n- You have built or maintained a design system used by more than one team';

  it('is the scale of the thing asked, not part of its name: met by the design system built', () => {
    expect(designer.fit(asked).requirements[0]?.status).toBe('met');
  });

  it('is still missing for a profile with no design system', () => {
    expect(fit.fit(asked).requirements[0]?.status).toBe('missing');
  });
});
