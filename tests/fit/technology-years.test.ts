import { describe, expect, it } from 'vitest';
import { createFit } from '../../src/fit/fit.ts';
import { profileOf } from './profile-fit.ts';

// Ten years in all; Elixir in dated roles for four of them, Rust only listed, Go in the headline.
const MIRA = profileOf(`# Mira Vale

Senior Backend Engineer | Go | Distributed Systems

Backend engineer with 10 years of experience.

## Skills

- **Languages:** Go, Elixir, Rust
- **Databases:** PostgreSQL

## Experience

**Backend Engineer** · Corvid Labs · 2019 – 2021
- Built the billing service in Elixir and Phoenix.

**Backend Engineer** · Tallow · 2016 – 2018
- Ran the Elixir event pipeline.

**Junior Developer** · Brightmoor · 2012 – 2016
- Wrote PHP plugins.
`);

const statusOf = (requirement: string) =>
  createFit(MIRA).fit(`## Requirements\n- ${requirement}`).requirements[0]?.status;

describe('years asked of one technology', () => {
  it('meets them with the dated roles that used it', () => {
    expect(statusOf('4+ yrs Elixir')).toBe('met');
    expect(statusOf('5+ yrs Elixir')).toBe('partial');
  });

  it('meets them with a technology the headline names for a career that long', () => {
    expect(statusOf('8+ yrs Go')).toBe('met');
  });

  it('counts a listed technology with no stated duration as close, not met', () => {
    expect(statusOf('2+ yrs Rust')).toBe('partial');
  });

  it('misses them for a technology the profile lacks, whatever the career', () => {
    expect(statusOf('2+ yrs Kotlin')).toBe('missing');
  });
});

describe('years asked of a kind, with technologies as examples', () => {
  // Listed BigQuery; the dated roles speak of "the warehouse" for five years.
  const keeper = createFit(
    profileOf(`# Ola Dahl

Data Engineer

## Skills

- **Storage:** BigQuery, PostgreSQL

## Experience

**Data Engineer** · Fjord Freight · 2019 – 2024
- Moved the nightly loads into the warehouse and modelled its marts.
`),
  );
  const asked =
    '## Requirements\n- 3 or more years in a cloud warehouse such as Snowflake or BigQuery\n';

  it('reads "3 or more years" as years asked', () => {
    expect(statusOf('3 or more years of Rust')).toBe('partial');
  });

  it('meets them with dated roles that speak of the kind, once an example is held', () => {
    expect(keeper.fit(asked).requirements[0]?.status).toBe('met');
    expect(createFit(MIRA).fit(asked).requirements[0]?.status).toBe('missing');
    const longer = asked.replace('3 or more', '6 or more');
    expect(keeper.fit(longer).requirements[0]?.status).toBe('partial');
  });
});

describe('years counted again for one technology', () => {
  const report = (line: string) =>
    createFit(MIRA)
      .fit(`## Requirements\n- ${line}\n`)
      .requirements.map((r) => [r.requirement, r.status]);

  it('judges "at least N of them in X" on its own: the career years do not meet it', () => {
    const kotlin = createFit(MIRA).fit(
      '## Requirements\n- 5+ years of backend development, at least 3 of them in Kotlin\n',
    ).requirements;
    expect(kotlin.map((r) => r.status)).toEqual(['partial']);
    expect(kotlin[0]?.parts).toEqual([
      { text: '5+ years of backend development', status: 'met' },
      { text: 'at least 3 of them in Kotlin', status: 'missing' },
    ]);
    expect(report('5+ years of backend development, at least 3 of them in Elixir')).toEqual([
      ['5+ years of backend development, at least 3 of them in Elixir', 'met'],
    ]);
  });
});

describe('years written after the technology', () => {
  it('judges "Kotlin: 2 years" by Kotlin, not by the career', () => {
    expect(statusOf('Kotlin: 2 years (required)')).toBe('missing');
    expect(statusOf('Elixir: 4 years')).toBe('met');
    expect(statusOf('Rust - 2 yrs')).toBe('partial');
  });
});

describe('years of work kinds sharing one noun', () => {
  it('reads "software or ML engineering" as software engineering or ML engineering', () => {
    expect(statusOf('8+ years of software or ML engineering experience')).toBe('met');
    expect(statusOf('8+ years of mobile or ML engineering experience')).toBe('missing');
  });
});

describe('years as a job-board chip', () => {
  it('reads "Experience: > 5 years" as years asked', () => {
    expect(statusOf('Experience: > 5 years')).toBe('met');
    expect(statusOf('Experience: > 12 years')).toBe('partial');
  });
});

describe('years of a technology asked after the career\'s, with "with"', () => {
  it('judges "at least 2 with Kotlin" on its own, not by the career years', () => {
    const report = createFit(MIRA).fit(
      '## Requirements\n- 8+ yrs backend dev, at least 2 with Kotlin in production',
    );
    expect(report.requirements.map((r) => r.status)).toEqual(['partial']);
    expect(report.requirements[0]?.parts).toEqual([
      { text: '8+ yrs backend dev', status: 'met' },
      { text: 'at least 2 with Kotlin in production', status: 'missing' },
    ]);
  });
});

describe('years whose clause goes on about something else', () => {
  it('asks for the technology the years name, not the work that follows "ideally"', () => {
    expect(
      statusOf(
        'At least 5 years of professional Kotlin experience, ideally building backend services and APIs.',
      ),
    ).toBe('missing');
  });

  it('still reads years of backend work as the career', () => {
    expect(statusOf('5+ years of backend development')).toBe('met');
  });
});
