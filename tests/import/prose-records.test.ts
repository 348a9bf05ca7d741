import { describe, expect, it } from 'vitest';
import { certificationsFromProse } from '../../src/import/prose-records.ts';
import { rolesFromProse } from '../../src/import/prose-roles.ts';

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

describe('more ways a sentence states a job or a certificate', () => {
  it('reads "first as … and then as … leading …" and "I was a … at …"', () => {
    expect(
      rolesFromProse(
        'Before Lumo I spent three years at Brightwave, first as a backend engineer and then as an engineering manager leading a team of six. Before that I was a web developer at Kojo Digital here in Lagos.',
      ),
    ).toEqual([
      { company: 'Brightwave', title: 'Backend engineer' },
      { company: 'Brightwave', title: 'Engineering manager' },
      { company: 'Kojo Digital', title: 'Web developer' },
    ]);
  });

  it('reads "I\'m also a Certified …" without the issuer', () => {
    expect(
      certificationsFromProse("I'm also a Certified Kanban Practitioner through a local school."),
    ).toEqual([{ name: 'Certified Kanban Practitioner' }]);
  });
});
