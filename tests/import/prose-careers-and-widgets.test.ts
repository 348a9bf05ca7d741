import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

/** An invented blog "About" page: a career told in paragraphs, a short list of gear. */
const about = imported(
  [
    '---',
    'title: About',
    'layout: page',
    '---',
    '',
    "Hi, I'm Ines Varga, a site reliability engineer living in Graz, Austria.",
    '',
    'In 2013 I moved to Vienna to join Lindwurm as a Systems Engineer. This was the era of racks',
    'and hand-written Bash, Puppet and a lot of MySQL. After three years at Lindwurm I joined a',
    'small startup called Ferrolabs, a freight marketplace based in Linz, as their first data',
    'engineer. I moved everything onto AWS with Terraform and set up Prometheus and Grafana.',
    '',
    'From 2019 until last autumn I was a Staff Engineer at Kaiserhof Health, mostly on GCP with',
    'GKE, Argo CD and Vault, and a lot of Python glue.',
    '',
    'On the certificate front: I passed the CKA (Certified Kubernetes Administrator) exam back',
    'in 2020.',
    '',
    '### Things I use',
    '',
    '- neovim + tmux',
    '- a ThinkPad',
    '',
  ].join('\n'),
).profile;

describe('a career told in paragraphs', () => {
  it('reads the tools the paragraphs name as skills beside a short list of gear', () => {
    const skills = about.skills.flatMap((c) => c.skills.map((s) => s.name));
    for (const tool of ['Puppet', 'MySQL', 'Terraform', 'Prometheus', 'GKE', 'Python'])
      expect(skills).toContain(tool);
  });

  it('reads a certificate passed as an exam, its bracketed name kept', () => {
    expect(about.certifications.map((c) => c.name)).toContain(
      'CKA (Certified Kubernetes Administrator)',
    );
  });

  it('reads "joined a small startup called X as their first …" as a job there', () => {
    expect(about.roles).toContainEqual(
      expect.objectContaining({ company: 'Ferrolabs', title: 'Data engineer' }),
    );
  });

  it('ends a job "after three years at" it, and one held "until last autumn"', () => {
    const lindwurm = about.roles.find((r) => r.company === 'Lindwurm');
    expect(lindwurm).toMatchObject({ start: '2013', end: '2016' });
    const kaiserhof = about.roles.find((r) => r.company === 'Kaiserhof Health');
    expect(kaiserhof).toMatchObject({ start: '2019', end: 'last autumn' });
  });
});

describe('a GitHub profile README', () => {
  const readme = (cards: string) =>
    imported(
      [
        '# Hi, I am Tomás Ruiz 👋',
        '',
        'Backend developer from Sevilla.',
        '',
        '- 📜 AWS Certified Developer – Associate (2023)',
        '- 📫 tomas@example.com',
        '',
        cards,
      ].join('\n'),
    ).profile;

  it('takes the account its stats and streak cards are drawn for as its GitHub', () => {
    const profile = readme(
      '<img src="https://github-readme-stats.vercel.app/api?username=truiz-dev&show_icons=true"/>\n<img src="https://streak-stats.demolab.com/?user=truiz-dev"/>',
    );
    expect(profile.contact.github).toBe('https://github.com/truiz-dev');
  });

  it('takes none when the cards name two accounts', () => {
    const profile = readme(
      '<img src="https://github-readme-stats.vercel.app/api?username=truiz-dev"/>\n<img src="https://github-readme-stats.vercel.app/api?username=someone-else"/>',
    );
    expect(profile.contact.github).toBeUndefined();
  });

  it('reads a certificate line in an about list as a certificate, never as the title', () => {
    const profile = readme('');
    expect(profile.certifications.map((c) => c.name)).toContain(
      'AWS Certified Developer – Associate',
    );
    expect(profile.identity.title).toBe('Backend developer');
  });
});

describe('an education entry as LinkedIn writes it', () => {
  it('keeps "degree" with the degree, the field after the comma', () => {
    const { profile } = imported(
      [
        '# Ana Sousa',
        '',
        'Mobile Engineer',
        '',
        '## Education',
        '',
        'Universidade do Minho',
        '',
        "Master's degree, Human-Computer Interaction · (2017 - 2019)",
        '',
      ].join('\n'),
    );
    expect(profile.education[0]).toMatchObject({
      degree: "Master's degree",
      field: 'Human-Computer Interaction',
    });
  });
});

describe('job titles in gender-neutral Spanish', () => {
  it('reads "Desarrolladore" as a job title, so each job of the list is a role', () => {
    const { profile } = imported(
      [
        '# Alex Ferrer',
        '',
        'Desarrolladore full-stack en Valencia.',
        '',
        '## 💼 Experiencia',
        '',
        '- **Fluxa Pagos** — Desarrolladore Full-Stack Senior (2021–actualidad)',
        '- **Mercadillo Digital** — Desarrolladore Full-Stack (2018–2021)',
        '- **Agencia Tramuntana** — Desarrolladore Frontend Junior (2016–2018)',
        '',
      ].join('\n'),
    );
    expect(profile.roles.map((r) => r.company)).toEqual([
      'Fluxa Pagos',
      'Mercadillo Digital',
      'Agencia Tramuntana',
    ]);
  });
});

describe('volunteering told in a sentence about life outside work', () => {
  const page = imported(
    [
      "I'm Bram Verhulst, a backend developer in Leuven.",
      '',
      'Outside of computers I run a lot and volunteer as a coach at Hack Your Future Belgium on',
      'Sundays. I also volunteer with Leuven Repair Café.',
      '',
    ].join('\n'),
  ).profile;
  it('reads the group and the part played, whatever kind of group it is', () => {
    expect(page.volunteer).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ organization: 'Hack Your Future Belgium', position: 'Coach' }),
        expect.objectContaining({ organization: 'Leuven Repair Café', position: 'Volunteer' }),
      ]),
    );
  });
});
