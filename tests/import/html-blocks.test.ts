import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

const skills = (profile: ReturnType<typeof imported>['profile']) =>
  profile.skills.map((c) => [c.name, c.skills.map((s) => s.name)]);

describe('a README that writes its structure in HTML', () => {
  const { profile } = imported(
    [
      '<h1 align="center">Hi, I\'m Ana Reis</h1>',
      '<h3 align="center">Backend engineer</h3>',
      '',
      '### Tools I use',
      '',
      '<p align="left">',
      '  <a href="https://skillicons.dev">',
      '    <img src="https://skillicons.dev/icons?i=go,postgres,kafka&perline=8" />',
      '  </a>',
      '</p>',
      '',
      '### Also at home with',
      '',
      '<p align="left">',
      '<img src="https://cdn.jsdelivr.net/gh/devicons/devicon/icons/java/java-original.svg" alt="java" width="40" height="40"/>',
      '<img src="https://cdn.jsdelivr.net/gh/devicons/devicon/icons/bash/bash-original.svg" width="40" height="40"/>',
      '<img src="https://example.org/logos/grpc.png" alt="grpc" width="40" height="40"/>',
      '</p>',
      '',
      '## Projects',
      '',
      '<table>',
      '  <tr><th>Project</th><th>What it does</th><th>Stack</th></tr>',
      '  <tr>',
      '    <td><a href="https://github.com/areis/queue-lens"><b>queue-lens</b></a></td>',
      '    <td>Shows consumer lag per partition</td>',
      '    <td>Go, Kafka</td>',
      '  </tr>',
      '  <tr>',
      '    <td><a href="https://github.com/areis/ledgerd"><b>ledgerd</b></a></td>',
      '    <td>A small double-entry ledger</td>',
      '    <td>Rust</td>',
      '  </tr>',
      '</table>',
      '',
      '<details>',
      "<summary><b>💼 Where I've worked (click to expand)</b></summary>",
      '<br>',
      '',
      '**Acme Pay** — Staff Engineer · *Mar 2022 – now* · remote',
      '- Own the ledger service',
      '',
      '</details>',
      '',
      '<details>',
      '<summary>🎓 Education &amp; certs</summary>',
      '',
      '- MSc Computer Science — University of Porto (2015)',
      '- HashiCorp Certified: Terraform Associate (003) — 2023',
      '',
      '</details>',
      '',
      '<p align="center">',
      '  <img src="https://github-readme-stats.vercel.app/api/top-langs/?username=areis" alt="top langs" />',
      '  <img src="https://streak-stats.demolab.com/?user=areis" alt="streak" />',
      '</p>',
    ].join('\n'),
  );

  it('reads skill icons as skills: a skillicons.dev strip, devicons and small logos', () => {
    expect(skills(profile)).toEqual([
      // Icon ids are given the vocabulary's names; an alt text is kept as written.
      ['Tools I use', ['Go', 'PostgreSQL', 'Kafka']],
      ['Also at home with', ['java', 'Bash', 'grpc']],
    ]);
  });

  it('reads an HTML table of projects like a markdown one', () => {
    expect(profile.projects.map((p) => [p.name, p.summary, p.technologies])).toEqual([
      ['queue-lens', 'Shows consumer lag per partition', ['Go', 'Kafka']],
      ['ledgerd', 'A small double-entry ledger', ['Rust']],
    ]);
  });

  it('takes a <details> summary for the heading of the section it folds', () => {
    expect(profile.roles.map((r) => [r.title, r.company])).toEqual([
      ['Staff Engineer', 'Acme Pay'],
    ]);
    expect(profile.education.map((e) => e.institution)).toEqual(['University of Porto']);
  });

  it('files a certificate listed among the degrees as a certification', () => {
    expect(profile.certifications.map((c) => c.name)).toEqual([
      'HashiCorp Certified: Terraform Associate (003)',
    ]);
  });

  it('takes no stats card, streak counter or link to an icon service for a fact', () => {
    const text = JSON.stringify(profile);
    expect(text).not.toMatch(/top langs|streak|skillicons/);
  });
});

describe('a row of small network icons', () => {
  const { profile } = imported(
    [
      '# Ana Reis',
      'Data scientist',
      '',
      '<p align="left">',
      '<a href="https://linkedin.com/in/ana-reis"><img src="https://example.org/icons/Social/linked-in-alt.svg" alt="ana-reis" height="30" width="40" /></a>',
      '<a href="https://kaggle.com/anareis"><img src="https://example.org/icons/Social/kaggle.svg" alt="anareis" height="30" width="40" /></a>',
      '</p>',
    ].join('\n'),
  );

  it('files the links as contact, and the icons are no skills', () => {
    expect(profile.skills).toEqual([]);
    expect(profile.contact.linkedin).toBe('https://linkedin.com/in/ana-reis');
    expect(profile.contact.other.map((o) => o.url)).toEqual(['https://kaggle.com/anareis']);
  });
});

describe('skill icons that carry only an id', () => {
  const { profile } = imported(
    [
      '# Dara Okonjo',
      '',
      'Mobile developer.',
      '',
      '## Stack',
      '',
      '<p>',
      '  <img src="https://skillicons.dev/icons?i=kotlin,cpp,githubactions,qwertyzz" />',
      '  <img src="https://cdn.jsdelivr.net/gh/devicons/devicon/icons/apachekafka/apachekafka-original.svg" width="40" height="40"/>',
      '</p>',
    ].join('\n'),
  );
  const listed = profile.skills.flatMap((c) => c.skills);

  it('names each by the vocabulary, keeping the id as an alias', () => {
    expect(listed).toEqual([
      { name: 'Kotlin', aliases: [] },
      { name: 'C++', aliases: ['cpp'] },
      { name: 'GitHub Actions', aliases: ['githubactions'] },
      { name: 'qwertyzz', aliases: [] },
      { name: 'Kafka', aliases: ['apachekafka'] },
    ]);
  });
});
