import { describe, expect, it } from 'vitest';
import { createFit } from '../../src/fit/fit.ts';
import { profileOf } from './profile-fit.ts';

// REST APIs in Go, payments work, a blog but no papers.
const NOOR = profileOf(`# Noor Haddad

Backend Engineer | Go | Payments

Backend engineer with 6 years of experience.

## Skills

- **Languages:** Go, SQL
- **APIs:** REST, gRPC

## Experience

**Backend Engineer** · Tollgate · 2020 – present
- Built the card payments ledger and its REST API in Go.

## Writing

- *Idempotency keys in practice* — blog post, 2024
`);

const judged = (jd: string) => createFit(NOOR).fit(jd).requirements;

describe('what a choice is asked in', () => {
  it('is close, not met, when the language after "in" is missing', () => {
    const [r] = judged('## Requirements\n- Designing REST or GraphQL APIs in Node.js');
    expect(r?.status).toBe('partial');
  });

  it('is met when that language is held', () => {
    const [r] = judged('## Requirements\n- Designing REST or GraphQL APIs in Go');
    expect(r?.status).toBe('met');
  });

  it('does not count a setting after "in" as a technology to hold', () => {
    const [r] = judged('## Requirements\n- REST or gRPC in event-driven systems');
    expect(r?.status).toBe('met');
  });
});

describe('two asks in one sentence', () => {
  it('reads "…, or have some experience with Kafka" as a second way to meet the line', () => {
    const reqs = judged(
      '## Nice to have\n- A bonus if you have worked in payments before, or have some experience with Kafka or another event streaming platform.',
    );
    // One row, as the JD wrote it; payments meets it, and the row says the Kafka half is not.
    expect(reqs.map((r) => r.status)).toEqual(['met']);
    expect(reqs[0]?.parts?.map((p) => p.status)).toEqual(['met', 'missing']);
    expect(reqs[0]?.evidence.join(' ')).toMatch(/payment|stripe|billing/i);
  });
});

describe('published work asked at named venues', () => {
  it('calls a blog post close to papers at named conferences', () => {
    const [r] = judged('## Nice to have\n- Publications at RecSys, SIGIR, KDD or similar');
    expect(r?.status).toBe('partial');
  });

  it('meets a plain ask for writing in public', () => {
    const [r] = judged('## Nice to have\n- Blog posts or other technical writing');
    expect(r?.status).toBe('met');
  });
});
