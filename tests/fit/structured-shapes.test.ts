import { describe, expect, it } from 'vitest';
import { readRequirements } from '../../src/fit/requirements.ts';

const texts = (jd: string) => readRequirements(jd).map((r) => `${r.kind}: ${r.text}`);

describe('a posting written as YAML in a code block', () => {
  const jd = [
    'Here is the role as config.',
    '',
    '```yaml',
    '# role.yaml',
    'kind: Opening',
    'meta:',
    '  title: Site Reliability Engineer',
    '  pay: 70000-90000   # plus bonus',
    'spec:',
    '  purpose: >',
    '    Keep the lights on without anyone needing to know Nomad.',
    '  you_will:',
    '    - migrate our Nomad jobs to ECS',
    '  must_have:',
    '    - Rust in production',
    '    - you live in Spain or Italy',
    '  nice_to_have:',
    '    - Ansible (we still have some)',
    '  not_needed:',
    '    - a maths degree',
    '  perks:',
    '    - a yearly Erlang conference ticket',
    '```',
    '',
    'Write to us.',
  ].join('\n');

  it('reads the items under a must key as musts and under a nice key as nice-to-haves', () => {
    expect(texts(jd)).toEqual([
      'must: Rust in production',
      'must: you live in Spain or Italy',
      'nice: Ansible (we still have some)',
    ]);
  });

  it('leaves fields, duties, the not-needed list and perks out', () => {
    const all = texts(jd).join(' ');
    expect(all).not.toMatch(/Nomad|degree|Erlang|70000/);
  });

  it('reads a code block that holds no keyed list as before', () => {
    const code = '## Requirements\n- Go\n\n```\nmake build\n```\n';
    expect(texts(code)).toEqual(['must: Go']);
  });
});

describe('a numbered list written inline in one paragraph', () => {
  const jd = [
    'What you will do',
    'You will replace our old Perl scripts with a queue.',
    '',
    'Requirements 1) 5+ years of Scala; 2) solid SQL; 3) you live in Belgium. Preferred: Haskell, Nix, and Polish (we speak English at work, mostly).',
  ].join('\n');

  it('reads each numbered item as a must and each preferred item as a nice-to-have', () => {
    expect(texts(jd)).toEqual([
      'must: 5+ years of Scala',
      'must: solid SQL',
      'must: you live in Belgium',
      'nice: Haskell',
      'nice: Nix',
      'nice: Polish (we speak English at work, mostly).',
    ]);
  });

  it('does not take one stray number in a sentence for a list', () => {
    const prose = '## About us\nWe grew 3) times last year and 2) more offices opened.\n';
    expect(texts(prose)).toEqual([]);
  });
});

describe('a two-column table of musts and nice-to-haves', () => {
  const jd = [
    '## What we need',
    '',
    '| Must | Nice |',
    '|---|---|',
    '| Elixir in production | Phoenix LiveView |',
    '| Solid SQL | |',
    '| | Terraform |',
  ].join('\n');

  it('gives each filled cell the kind of its column and skips the empty cells', () => {
    expect(texts(jd)).toEqual([
      'must: Elixir in production',
      'nice: Phoenix LiveView',
      'must: Solid SQL',
      'nice: Terraform',
    ]);
  });
});

describe('what a posting says is not asked for', () => {
  it('reads the items under an icon-led "You don\'t need" title as not asked', () => {
    const jd = [
      'Must have ✅',
      '✅ Elixir in production',
      '✅ Solid SQL',
      '',
      "❌ You don't need",
      '❌ Erlang experience',
      '❌ A maths degree',
    ].join('\n');
    expect(texts(jd)).toEqual(['must: Elixir in production', 'must: Solid SQL']);
  });

  it('drops a stack sentence that ends by saying none of it is required', () => {
    const jd =
      'Acme | Backend Engineer | REMOTE\nYou should have 4+ years of Go. The rest of the stack is Ruby, Redis and an Elm app; none of that is required.';
    const all = texts(jd).join(' ');
    expect(all).toMatch(/4\+ years of Go/);
    expect(all).not.toMatch(/Ruby|Elm/);
  });

  it('does not read an "N-year-old" system as a years requirement', () => {
    const jd =
      'Acme | Backend Engineer | REMOTE\nYou should have strong Go. Our billing is a 12-year-old Perl app that we are rewriting.';
    expect(texts(jd).join(' ')).not.toMatch(/Perl/);
  });
});

describe('header lines of facts', () => {
  it('reads a city beside a bare "REMOTE" as the head office, not a place asked for', () => {
    const jd =
      'Acme | Backend Engineer | Austin, TX | REMOTE | $140k-$170k\nYou should have 4+ years of Go.';
    const all = texts(jd).join(' ');
    expect(all).not.toMatch(/Austin/);
    expect(all).toMatch(/4\+ years of Go/);
  });

  it('keeps only the place from an icon-led header line with pay in it', () => {
    const jd = [
      '💼 Backend Engineer',
      '🌏 Remote (Spain) · Full-time · ₹30–40 LPA + ESOPs',
      '',
      '## Requirements',
      '- Go',
    ].join('\n');
    expect(texts(jd)).toEqual(['must: Remote (Spain)', 'must: Go']);
  });
});

describe('an encouragement to apply', () => {
  it('is not read as a requirement', () => {
    const jd =
      '## Requirements\n- Go\n\n## Benefits\n- A bike\n\nWe would still hear from you, even if you only meet most of the must list.';
    expect(texts(jd)).toEqual(['must: Go']);
  });
});
