import { describe, expect, it } from 'vitest';
import { fitFor, statusIn } from './profile-fit.ts';

const jd = (line: string) => `## Requirements\n- ${line}\n`;

describe('a practice asked with a choice of named tools', () => {
  it('counts the practice done with another tool of that kind as close, not met', () => {
    // The shipped profile runs CI/CD with GitHub Actions, and names neither tool asked here.
    const parens = jd('CI/CD for every service (CircleCI or Travis CI)');
    expect(statusIn('shipped', parens, 'CircleCI')).toBe('partial');
    const after = jd('Building CI/CD pipelines in Travis CI or CircleCI');
    expect(statusIn('shipped', after, 'Travis CI')).toBe('partial');
  });

  it('meets it when one of the named tools is held', () => {
    const docker = jd('Shipping services in containers (Docker or Podman)');
    expect(statusIn('shipped', docker, 'Podman')).toBe('met');
    const managed = jd('Running Kubernetes clusters in production (EKS or AKS)');
    expect(statusIn('pham-thu-ha', managed, 'EKS')).toBe('met');
  });
});

describe('a short technology name that names something else with the next word', () => {
  it('does not read "node pools" as Node.js for a profile that lists Node.js', () => {
    const report = fitFor('dan-okafor').fit(jd('Upgrading Kubernetes node pools without downtime'));
    const [requirement] = report.requirements;
    expect(requirement?.evidence.join(' ')).not.toMatch(/Node\.js/);
    expect(requirement?.status).not.toBe('met');
  });
});
