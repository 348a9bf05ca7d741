import { describe, expect, it } from 'vitest';
import { createFit } from '../../src/fit/fit.ts';
import { profileOf } from './profile-fit.ts';

/** A data scientist: Python and FastAPI, no Django, no Go. */
const pythonist = createFit(
  profileOf(`# Noor Haddad

Machine Learning Engineer

## Skills
- **Languages:** Python, SQL
- **Serving:** FastAPI, Docker
- **Cloud:** AWS
`),
);
/** A Go engineer with no Python. */
const gopher = createFit(
  profileOf(`# Ivo Brandt

Backend Engineer

## Skills
- **Languages:** Go, SQL
- **Data:** PostgreSQL, Redis
`),
);

const statusOf = (fit: typeof pythonist, line: string) =>
  fit
    .fit(`## Requirements\n\n- ${line}\n- 3+ years of software engineering\n`)
    .requirements.find((r) => r.requirement.startsWith(line.slice(0, 12)))?.status;

describe('a choice between asks, one of them with frameworks in brackets', () => {
  it('meets the line for someone who holds the other choice', () => {
    expect(statusOf(gopher, 'Strong Python (Django / DRF) or Go')).toBe('met');
    expect(statusOf(gopher, 'Python (Django or Flask) or Go')).toBe('met');
    expect(statusOf(gopher, 'Go or Python (Django/DRF)')).toBe('met');
  });

  it('is only close for someone with the language but not the framework asked with it', () => {
    expect(statusOf(pythonist, 'Strong Python (Django / DRF) or Go')).toBe('partial');
    expect(statusOf(pythonist, 'Go or Python (Django/DRF)')).toBe('partial');
  });
});

describe('frameworks after a language, set apart by a slash', () => {
  it('asks for one of the frameworks, the language alone coming close', () => {
    expect(statusOf(pythonist, 'Python (Django/DRF)')).toBe('partial');
  });

  it("still reads a platform's own services in brackets as what the platform means", () => {
    expect(statusOf(pythonist, 'AWS (EC2/S3)')).toBe('met');
  });
});
