import { describe, expect, it } from 'vitest';
import { createFit } from '../../src/fit/fit.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

// An invented platform engineer: AWS and PostgreSQL, role-based access control in a project,
// no EKS, no Node.js, no security clearance.
const profile = {
  identity: { name: 'Mirela Dobos', title: 'Platform Engineer', location: 'Cluj, Romania' },
  skills: [
    { id: 'cloud', name: 'Cloud', skills: [{ name: 'AWS' }, { name: 'PostgreSQL' }] },
    { id: 'api', name: 'APIs', skills: [{ name: 'gRPC' }, { name: 'Go' }] },
  ],
  projects: [{ id: 'gate', name: 'Gate', summary: 'Admin portal with role-based access control.' }],
};
const fitFor = (extra: object = {}) => createFit(ProfileSchema.parse({ ...profile, ...extra })).fit;
const rowOf = (report: ReturnType<ReturnType<typeof fitFor>>, start: string) =>
  report.requirements.find((r) => r.requirement.startsWith(start));

describe('what the team tells beside an ask', () => {
  const report = fitFor()(
    [
      '## Requirements',
      '- Hands-on AWS experience; we run on EKS, RDS and MSK',
      "- You've shipped something with Node on the backend, since that's where half the work is, we use Postgres",
      '- must know Postgres properly, not just "used an ORM once"',
      '- gRPC experience is nice, all our internal calls are gRPC',
    ].join('\n'),
  );

  it('judges the ask, never what the team runs, as a requirement of its own', () => {
    expect(rowOf(report, 'Hands-on AWS')?.status).toBe('met');
    expect(report.requirements.some((r) => /^we run on/i.test(r.requirement))).toBe(false);
  });

  it('does not meet a Node.js ask through the Postgres the team uses', () => {
    expect(rowOf(report, "You've shipped")?.status).toBe('missing');
  });

  it('meets "Postgres properly, not just an ORM" through PostgreSQL', () => {
    expect(rowOf(report, 'must know Postgres')?.status).toBe('met');
  });

  it('meets "you write tests (we use Vitest …)" through a testing practice, not the team’s tools', () => {
    const tested = fitFor({ principles: ['Test-driven development'] })(
      '## Requirements\n- Also you write tests without being asked (we use Vitest + Playwright but whatever you know is fine).',
    );
    expect(rowOf(tested, 'Also you write tests')?.status).toBe('met');
  });

  it('reads "X experience is nice" as nice to have', () => {
    expect(rowOf(report, 'gRPC experience')?.kind).toBe('nice');
  });
});

describe('a security clearance asked', () => {
  const asked = '## Requirements\n- Active SC clearance is required for this role';

  it('is missing when the profile states none, whatever its access-control work', () => {
    const row = rowOf(fitFor()(asked), 'Active SC clearance');
    expect(row?.status).toBe('missing');
    expect(row?.evidence).toEqual([]);
  });

  it('is met by a clearance the profile states', () => {
    const cleared = fitFor({ summary: ['I hold active SC clearance (renewed 2024).'] })(asked);
    expect(rowOf(cleared, 'Active SC clearance')?.status).toBe('met');
  });
});

describe('a work permit asked', () => {
  const asked = '## Requirements\n- EU work permit (we cannot sponsor visas)';

  it('is missing for someone who only lives in the EU, the location the closest', () => {
    const row = rowOf(fitFor()(asked), 'EU work permit');
    expect(row?.status).toBe('missing');
    expect(row?.closest.join(' ')).toMatch(/Cluj/);
  });

  it('is met by the profile’s own statement', () => {
    const stated = fitFor({ summary: ['EU citizen: no visa sponsorship needed.'] })(asked);
    expect(rowOf(stated, 'EU work permit')?.status).toBe('met');
  });
});

describe('a technology asked in a choice of clouds', () => {
  it('is not met by the cloud alone: what runs there is asked too', () => {
    const report = fitFor()("## Requirements\n- You've run workloads on Kubernetes in AWS or GCP");
    expect(rowOf(report, "You've run workloads")?.status).toBe('partial');
    const held = fitFor({
      skills: [{ id: 'ops', name: 'Ops', skills: [{ name: 'AWS' }, { name: 'Kubernetes' }] }],
    })("## Requirements\n- You've run workloads on Kubernetes in AWS or GCP");
    expect(rowOf(held, "You've run workloads")?.status).toBe('met');
  });
});

describe('an implied skill asked by its own name', () => {
  it('meets "containerized applications (Docker, Kubernetes)" through the tools listed', () => {
    const report = fitFor({
      skills: [{ id: 'ops', name: 'Ops', skills: [{ name: 'Docker' }, { name: 'Kubernetes' }] }],
    })('## Requirements\n- Experience with containerized applications (Docker, Kubernetes)');
    expect(rowOf(report, 'Experience with containerized')?.status).toBe('met');
  });
});
