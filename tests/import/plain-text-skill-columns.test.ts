import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

/** An invented plain-text résumé: skills typed as padded columns parted by pipes and tabs. */
const cv = [
  'TOMASZ KRAWIEC',
  'Platform Engineer',
  'Gdansk, Poland  |  tomasz@example.com',
  '',
  '',
  'TECHNICAL SKILLS',
  '================',
  'Containers      | Docker | Kubernetes | Helm',
  'IaC / Config    | Terraform | Ansible',
  'OS              | Linux (Debian, Ubuntu)',
  'Other:\tGit\tNginx\tHAProxy',
  '',
  '',
  'EXPERIENCE',
  '==========',
  '',
  'NORDPORT SHIPPING, Gdansk — Platform Engineer          Mar 2019 - Present',
  ' * Runs the Kubernetes clusters behind the booking platform.',
].join('\n');

describe('a plain-text skills grid', () => {
  const { profile } = imported(cv);

  it('reads each padded row as a group named by its label', () => {
    expect(profile.skills.map((c) => [c.name, c.skills.map((s) => s.name)])).toEqual([
      ['Containers', ['Docker', 'Kubernetes', 'Helm']],
      ['IaC / Config', ['Terraform', 'Ansible']],
      ['OS', ['Linux', 'Debian', 'Ubuntu']],
      ['Other', ['Git', 'Nginx', 'HAProxy']],
    ]);
  });

  it('never takes a row label for a skill', () => {
    const names = profile.skills.flatMap((c) => c.skills.map((s) => s.name));
    expect(names).not.toContain('Config');
    expect(names).not.toContain('Containers');
  });
});
