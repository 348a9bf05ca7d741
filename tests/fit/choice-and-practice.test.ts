import { describe, expect, it } from 'vitest';
import { fitFor } from './profile-fit.ts';

const statusOf = (key: string, line: string) =>
  fitFor(key).fit(`## Requirements\n- ${line}`).requirements[0]?.status;

describe('a choice with something added after it', () => {
  it('"MVVM or MVI and Clean Architecture": the addition alone comes close, not met', () => {
    // The shipped profile lists Clean Architecture among its principles, no MVVM nor MVI.
    expect(statusOf('shipped', 'Solid grasp of MVVM or MVI and Clean Architecture')).toBe(
      'partial',
    );
  });

  it('"Go or Rust and PostgreSQL": one of the choice and the addition is met', () => {
    expect(statusOf('shipped', 'Go or Rust and PostgreSQL')).toBe('met');
  });
});

describe('a practice asked on a platform', () => {
  it('running GCP is not cutting its bill: cost optimisation on GCP is close', () => {
    // The shipped profile lists GCP and says nothing of cost.
    expect(statusOf('shipped', 'cost optimization on GCP')).toBe('partial');
    expect(statusOf('shipped', 'Experience with GCP')).toBe('met');
  });
});
