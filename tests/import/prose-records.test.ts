import { describe, expect, it } from 'vitest';
import { rolesFromProse } from '../../src/import/prose-records.ts';

describe('jobs stated in sentences', () => {
  it('reads "spent … at Company as a Title" and "worked at Company as a Title"', () => {
    expect(
      rolesFromProse(
        'Before that I spent four years at Ocado Technology as a platform engineer on the robots team. I worked at Wise as an SRE until 2020.',
      ),
    ).toEqual([
      { company: 'Ocado Technology', title: 'Platform engineer' },
      { company: 'Wise', title: 'SRE' },
    ]);
  });

  it('reads "first as … and later as …" as two roles, and no job at a place', () => {
    expect(
      rolesFromProse(
        'I was at Ocado, first as a systems engineer and later as a senior SRE. I spent a year at home as a parent.',
      ),
    ).toEqual([
      { company: 'Ocado', title: 'Systems engineer' },
      { company: 'Ocado', title: 'Senior SRE' },
    ]);
  });
});
