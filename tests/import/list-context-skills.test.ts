import { describe, expect, it } from 'vitest';
import { skillsFromListContext } from '../../src/import/list-context-skills.ts';
import { imported } from '../support/import-fixture.ts';

/**
 * A summary that lists the stack in one sentence names rare tools beside well-known ones; the
 * well-known ones tell that the list is a list of technologies.
 */
describe('names in a list of mostly known technologies', () => {
  const { profile } = imported(
    [
      '# Oskar Lindgren',
      '',
      'Payments Engineer at Fjordpay',
      '',
      '## Summary',
      '',
      'These days: Python 3.12 / Django, Temporal, Kubernetes (EKS, Karpenter, Velero), Redis, Tigerbeetle, PostgreSQL, Terraform.',
      'Earlier: Swedbank, Klarna, the tax office and my own consultancy.',
    ].join('\n'),
  );
  const names = profile.skills.flatMap((c) => c.skills.map((s) => s.name));

  it('takes the unknown items of the list as skills, as written', () => {
    expect(names).toEqual(
      expect.arrayContaining(['Karpenter', 'Velero', 'Tigerbeetle', 'Python 3.12']),
    );
  });

  it('keeps lists that are not mostly technologies out', () => {
    expect(names).not.toContain('Swedbank');
    expect(names).not.toContain('Klarna');
  });
});

describe('what a list of known technologies does not make a skill', () => {
  it('leaves lower-case phrases and sentences alone', () => {
    expect(
      skillsFromListContext([
        'Stack: Go, Kafka, Redis, PostgreSQL, a lot of glue code, Quibble CLI.',
      ]),
    ).toEqual(['Quibble CLI']);
  });

  it('needs three known items that make most of the list', () => {
    expect(skillsFromListContext(['Tools: Go, Kafka, Zephyrix, Quorra, Brightloom.'])).toEqual([]);
  });
});
