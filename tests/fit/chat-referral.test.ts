import { describe, expect, it } from 'vitest';
import { reflow } from '../../src/fit/reflow.ts';
import { fitFor } from './profile-fit.ts';

const MESSAGE = `#hiring-backend
Lena Brandt  9:14 AM
hi all 👋 we need a *Backend Engineer* for the Billing crew, quick summary:
• must know Python well, we run Django everywhere
• you write tests (unit + some integration), nobody else will
• realtime stuff with websockets would be 🔥
• bonus if you've run Sentry in prod
tools fyi: Django, Celery, a bit of old jQuery, Postgres, Redis. we dropped Angular in 2022, don't ask 😬
budget is 30–38 LPA + ESOPs, referral bonus is ₹75k after probation 💸
pls ping me or post CVs here, will reply fast 🙌`;

describe('a referral message in chat', () => {
  it('keeps each chat line apart: a short line is not a page wrap', () => {
    const lines = reflow(MESSAGE.split('\n'));
    expect(lines).toContain("• bonus if you've run Sentry in prod");
    expect(lines.some((l) => l.startsWith('budget is'))).toBe(true);
  });

  it('reports neither the budget nor the referral reward as a requirement', () => {
    const report = fitFor('shipped').fit(MESSAGE);
    const texts = [...report.requirements.map((r) => r.requirement), ...report.unclassified];
    expect(texts.some((t) => /budget|referral|ping me|tools fyi/i.test(t))).toBe(false);
  });

  it('reads "… would be 🔥" as a nice-to-have', () => {
    const report = fitFor('shipped').fit(MESSAGE);
    const wish = report.requirements.find((r) => r.requirement.includes('websockets'));
    expect(wish?.kind).toBe('nice');
  });

  it('meets "you write tests" by a stated testing practice, and not without one', () => {
    const line = (key: string) =>
      fitFor(key)
        .fit(MESSAGE)
        .requirements.find((r) => r.requirement.startsWith('you write tests'));
    // The shipped profile states test-driven development; Priya states no testing at all.
    expect(line('shipped')?.status).toBe('met');
    expect(line('priya-raman')?.status).toBe('missing');
  });

  it('counts a named kind of test as more than the habit shows', () => {
    const report = fitFor('shipped').fit('## Requirements\n- Contract and integration tests');
    expect(report.requirements[0]?.status).toBe('partial');
  });
});

const FORWARD = `[09:12, 14/10/2026] +44 7700 900123: ↪️ Forwarded
*Backend Engineer – Payments* 💳
📍 Leeds, hybrid 2 days/wk
💰 £70-85k + 15% bonus + options
Need 👇
✅ Go (strong)
✅ PostgreSQL
✅ Kafka (nice)
✅ English fluent, Polish (nice)
relocation budget 3k if moving within UK
[09:20, 14/10/2026] Priya S: is remote ok? I know someone with Rust
[09:21, 14/10/2026] +44 7700 900123: no sorry, hybrid only 🙏`;

describe('a job post forwarded in a chat app, with replies', () => {
  const report = fitFor('shipped').fit(FORWARD);
  const all = [...report.requirements.map((r) => r.requirement), ...report.unclassified];
  const kindOf = (text: string) => report.requirements.find((r) => r.requirement === text)?.kind;

  it('reads "(nice)" after an item as a nice-to-have, for the last item of a list only', () => {
    expect(kindOf('Kafka (nice)')).toBe('nice');
    expect(kindOf('English fluent')).toBe('must');
    expect(kindOf('Polish (nice)')).toBe('nice');
    expect(kindOf('Go (strong)')).toBe('must');
  });

  it("asks nothing from a reader's reply, the pay line or the relocation budget", () => {
    expect(all.some((t) => /Rust|remote ok|£70|relocation budget|Forwarded/i.test(t))).toBe(false);
  });
});
