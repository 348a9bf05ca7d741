import { describe, expect, it } from 'vitest';
import { readRequirements } from '../../src/fit/requirements.ts';

const texts = (jd: string) => readRequirements(jd).map((r) => `${r.kind}: ${r.text}`);

describe('a requirements list whose bullets carry their own markers', () => {
  const jd = [
    'Platform Engineer',
    '',
    'Requirements',
    '',
    '- 4+ years of backend work (required)',
    '- Terraform for our cloud accounts (preferred)',
    '- Experience with RabbitMQ (nice to have)',
    '- Solid Go (required), ideally with gRPC',
    '- Observability with Grafana',
  ].join('\n');

  it('reads a bullet marked "(preferred)" or "(nice to have)" as a nice-to-have, whole', () => {
    const read = texts(jd);
    expect(read).toContain('nice: Terraform for our cloud accounts (preferred)');
    expect(read).toContain('nice: Experience with RabbitMQ (nice to have)');
    expect(read.some((r) => /^\w+: (?:preferred|nice to have)$/.test(r))).toBe(false);
  });

  it('reads "X (required), ideally Y" as a must for X and a nice-to-have for Y', () => {
    const read = texts(jd);
    expect(read).toContain('must: Solid Go (required)');
    expect(read).toContain('nice: ideally with gRPC');
  });

  it('keeps unmarked bullets and bullets marked "(required)" as musts', () => {
    const read = texts(jd);
    expect(read).toContain('must: 4+ years of backend work (required)');
    expect(read).toContain('must: Observability with Grafana');
  });
});

describe('kinds written as words', () => {
  it('reads a "Nice:" line under the profile as a nice-to-have', () => {
    const jd = ['Your profile', '', '- You know Go', '- Nice: experiences with Terraform'].join(
      '\n',
    );
    expect(texts(jd)).toEqual(['must: You know Go', 'nice: experiences with Terraform']);
  });

  it('reads a table column of Must/Nice words as each row’s kind', () => {
    const jd = [
      '## What we look for',
      '',
      '| Skill | Level | Must/Nice |',
      '|---|---|---|',
      '| Go | Expert | Must |',
      '| RabbitMQ | Working knowledge | Nice |',
    ].join('\n');
    expect(texts(jd)).toEqual(['must: Go — Expert', 'nice: RabbitMQ — Working knowledge']);
  });
});

describe('a scorecard of competencies', () => {
  const jd = [
    '## Competencies: technical (we hire on these)',
    '- Production Rust',
    '## Competencies: bonus (nice, not needed for an offer)',
    '- Running services on Nomad',
    '## Competencies: how you work (graded in the values interview)',
    '- Ownership: you finish what you start',
    '- Calm under pressure',
  ].join('\n');

  it('reads bonus competencies "not needed for an offer" as nice-to-haves', () => {
    expect(texts(jd)).toContain('nice: Running services on Nomad');
  });

  it('leaves out the behaviours graded at interview', () => {
    expect(texts(jd)).toEqual(['must: Production Rust', 'nice: Running services on Nomad']);
  });
});

describe('a job description quoted in a forwarded mail', () => {
  it('reads the quoted lists as if they stood alone', () => {
    const jd = [
      'Hi, see below.',
      '',
      '---------- Forwarded message ---------',
      '> Must have:',
      '> - Strong Elixir',
      '>',
      '> Nice to have:',
      '> - Phoenix LiveView',
    ].join('\n');
    expect(texts(jd)).toEqual(['must: Strong Elixir', 'nice: Phoenix LiveView']);
  });
});
