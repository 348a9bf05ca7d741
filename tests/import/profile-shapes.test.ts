import { describe, expect, it } from 'vitest';
import { readSkillItem } from '../../src/import/skill-item.ts';
import { imported } from '../support/import-fixture.ts';

const skills = (profile: ReturnType<typeof imported>['profile']) =>
  profile.skills.map((c) => [c.name, c.skills.map((s) => s.name)]);

describe('a badge-heavy GitHub README', () => {
  const { profile } = imported(
    [
      '<p align="center">',
      '  <h1 align="center">Hi 👋, I\'m Jonas Weber</h1>',
      '  <h3 align="center">Data engineer (Spark + Kafka) from Hamburg, Germany</h3>',
      '</p>',
      '',
      '<p align="center"><img src="https://example.org/banner.gif" alt="banner"/></p>',
      '',
      '### About',
      '- 12 years and counting as a data engineer.',
      '- Previously **Data Engineer @ Otto** (2016–2020) and **Developer @ Xing** (2012–2016).',
      '',
      '### Tech Stack',
      '',
      '**Languages**',
      '',
      '![Python](https://img.shields.io/badge/-Python-3776AB?logo=python)',
      '![](https://img.shields.io/badge/-Scala-DC322F?logo=scala)',
      '<img src="https://img.shields.io/badge/Apache%20Kafka-231F20?logo=apachekafka"/>',
      '',
      '**Databases**',
      '',
      '![](https://img.shields.io/badge/PostgreSQL-4169E1) ![](https://img.shields.io/badge/SQL-blue)',
      '',
      '### Projects',
      '',
      '| Project | What it is | Tech | ⭐ |',
      '|---|---|---|---|',
      '| [kafka-lens](https://github.com/jweber/kafka-lens) | Topic browser | Scala, Kafka | 1.2k |',
      '| [spark-diff](https://github.com/jweber/spark-diff) | Compares two tables | Scala | 310 |',
    ].join('\n'),
  );

  it('never takes the name for the title; reads the place and years', () => {
    expect(profile.identity).toMatchObject({
      name: 'Jonas Weber',
      title: 'Data engineer (Spark + Kafka)',
      location: 'Hamburg, Germany',
      yearsOfExperience: 12,
    });
  });

  it('makes one skill per badge, under the bold label above the row', () => {
    expect(skills(profile)).toEqual([
      ['Languages', ['Python', 'Scala', 'Apache Kafka']],
      ['Databases', ['PostgreSQL', 'SQL']],
    ]);
    expect(profile.summary.join(' ')).not.toMatch(/banner/);
  });

  it('reads the projects table: links, technologies and stars', () => {
    expect(
      profile.projects.map((p) => [p.name, p.technologies, p.details, p.links[0]?.url]),
    ).toEqual([
      [
        'kafka-lens',
        ['Scala', 'Kafka'],
        ['1.2k stars on GitHub'],
        'https://github.com/jweber/kafka-lens',
      ],
      ['spark-diff', ['Scala'], ['310 stars on GitHub'], 'https://github.com/jweber/spark-diff'],
    ]);
    // Every project lives in one account: that is the owner's GitHub.
    expect(profile.contact.github).toBe('https://github.com/jweber');
  });

  it('reads past roles written in a bullet, with their dates', () => {
    expect(profile.roles.map((r) => [r.title, r.company, r.start, r.end])).toEqual([
      ['Data Engineer', 'Otto', '2016', '2020'],
      ['Developer', 'Xing', '2012', '2016'],
    ]);
  });
});

describe('a hard-wrapped résumé', () => {
  const { profile } = imported(
    [
      '# Ana Lee',
      '',
      '**Site Reliability Engineer**',
      '',
      'Porto, Portugal · [ana@example.org](mailto:ana@example.org) · ana.dev · [GitHub](https://github.com/analee) · [LinkedIn](https://www.linkedin.com/in/analee)',
      '',
      '> Open to remote contract work from January 2027.',
      '',
      '## Summary',
      '',
      'I keep payment systems up and have done so for the last decade, first as an operator and',
      'then as an engineer who writes the automation instead of running the runbook by hand every',
      'night.',
      '',
      '## Certifications',
      '',
      '- AWS Certified Solutions Architect –',
      '  Professional (2023)',
      '- Certified Kubernetes Administrator (2022)',
      '',
      '## Talks & Writing',
      '',
      '- "Runbooks Are Code" — SREcon EMEA, 2024',
      '- Blog: *Paging less* — Medium, 2022',
    ].join('\n'),
  );

  it('reads the contact line as place and links, the quote as availability', () => {
    expect(profile.identity.location).toBe('Porto, Portugal');
    expect(profile.identity.availability).toBe('Open to remote contract work from January 2027');
    expect(profile.contact).toMatchObject({
      email: 'ana@example.org',
      github: 'https://github.com/analee',
      linkedin: 'https://www.linkedin.com/in/analee',
      website: 'https://ana.dev',
    });
    expect(profile.summary.join(' ')).not.toMatch(/Open to remote|Porto/);
  });

  it('joins wrapped lines: one summary paragraph, one certificate per bullet', () => {
    expect(profile.summary).toHaveLength(1);
    expect(profile.summary[0]).toMatch(/operator and then as an engineer .* every night\.$/);
    expect(profile.certifications.map((c) => [c.name, c.year])).toEqual([
      ['AWS Certified Solutions Architect – Professional', '2023'],
      ['Certified Kubernetes Administrator', '2022'],
    ]);
  });

  it('files talks and writing as publications of their kind', () => {
    expect(profile.publications.map((p) => [p.kind, p.title, p.venue, p.date])).toEqual([
      ['talk', 'Runbooks Are Code', 'SREcon EMEA', '2024'],
      ['article', 'Paging less', 'Medium', '2022'],
    ]);
  });
});

describe('a profile written as prose', () => {
  const { profile } = imported(
    [
      '# About me',
      '',
      "Hi, I'm Marek Zielinski. I lead the Platform team at Fakturio, and I have been building",
      'backend systems for about fifteen years. I live in Gdańsk, Poland.',
      '',
      'Before Fakturio I spent five years at Tidal Bank, first as a backend developer and later as',
      'a senior engineer on the ledger. My first job was as a PHP developer at Netlab.',
      '',
      'I hold the Certified Kubernetes Administrator (CKA) certification. I studied Mathematics at',
      'University of Warsaw. My talk "Ledgers Without Tears" was at Devoxx Poland 2023.',
      '',
      'Day to day I write Go and Kotlin, run PostgreSQL and Kafka, and deploy to Kubernetes.',
      '',
      "I'm not looking right now, but I'm open to staff roles from 2027.",
      'Reach me at marek@example.org or https://www.linkedin.com/in/marekz.',
    ].join('\n'),
  );

  it('finds the name in the greeting, not in the "About me" heading', () => {
    expect(profile.identity).toMatchObject({
      name: 'Marek Zielinski',
      title: 'Platform team lead',
      location: 'Gdańsk, Poland',
      yearsOfExperience: 15,
      availability: 'Open to staff roles from 2027',
    });
  });

  it('reads each job the sentences name', () => {
    expect(profile.roles.map((r) => [r.title, r.company])).toEqual([
      ['Platform team lead', 'Fakturio'],
      ['Backend developer', 'Tidal Bank'],
      ['Senior engineer', 'Tidal Bank'],
      ['PHP developer', 'Netlab'],
    ]);
  });

  it('reads certificates, studies, talks, tools and contact from the sentences', () => {
    expect(profile.certifications.map((c) => c.name)).toEqual([
      'Certified Kubernetes Administrator (CKA)',
    ]);
    expect(profile.education.map((e) => [e.institution, e.field])).toEqual([
      ['University of Warsaw', 'Mathematics'],
    ]);
    expect(profile.publications.map((p) => [p.kind, p.title])).toEqual([
      ['talk', 'Ledgers Without Tears'],
    ]);
    expect(profile.skills.flatMap((c) => c.skills.map((s) => s.name))).toEqual(
      expect.arrayContaining(['Go', 'Kotlin', 'PostgreSQL', 'Kafka', 'Kubernetes']),
    );
    expect(profile.contact).toMatchObject({
      email: 'marek@example.org',
      linkedin: 'https://www.linkedin.com/in/marekz',
    });
  });
});

describe('skill items written as people write them', () => {
  it.each([
    ['CSS/Sass', ['CSS', 'Sass']],
    ['CI/CD', ['CI/CD']],
    ['Coroutines & Flow', ['Coroutines', 'Flow']],
    ['VoiceOver / NVDA testing', ['VoiceOver', 'NVDA testing', 'NVDA']],
    ['ARIA patterns', ['ARIA patterns', 'ARIA']],
    ['Design tokens', ['Design tokens']],
    ['a little Rust (WebAssembly)', ['Rust', 'WebAssembly']],
    ['RxJava (legacy)', ['RxJava']],
    ['Hilt/Dagger DI', ['Hilt', 'Dagger DI', 'Dagger']],
    ['Kafka/event sourcing', ['Kafka', 'event sourcing']],
    ['Fedora and Alpine hosts', ['Fedora and Alpine hosts', 'Fedora', 'Alpine']],
  ])('"%s" gives %j', (item, names) => {
    expect(readSkillItem(item).map((skill) => skill.name)).toEqual(names);
  });

  it('keeps the qualifier as a note', () => {
    expect(readSkillItem('a little Rust')).toEqual([
      { name: 'Rust', aliases: [], note: 'a little' },
    ]);
    expect(readSkillItem('RxJava (legacy)')[0]?.note).toBe('legacy');
  });
});

describe('a certificate split over two bullets', () => {
  it('is one certificate: the bullet that carries on its name joins it', () => {
    const { profile } = imported(
      [
        '# Ana Lee',
        'Cloud Engineer',
        '',
        '## Certifications',
        '- AWS Certified Solutions Architect',
        '- – Professional (2023)',
        '- Certified Kubernetes Administrator (2022)',
      ].join('\n'),
    );
    expect(profile.certifications.map((c) => [c.name, c.year])).toEqual([
      ['AWS Certified Solutions Architect – Professional', '2023'],
      ['Certified Kubernetes Administrator', '2022'],
    ]);
  });
});

describe('a language line that names a certificate', () => {
  const { profile } = imported(
    [
      '# Ana Lima',
      'Backend engineer',
      '',
      '## Languages',
      '- Portuguese — native',
      '- German — professional working proficiency (C1, Goethe-Zertifikat)',
      '- Japanese (JLPT N3)',
    ].join('\n'),
  );

  it('lists the certificate as a certification and keeps the language', () => {
    expect(profile.certifications.map((c) => c.name)).toEqual(['Goethe-Zertifikat', 'JLPT N3']);
    expect(profile.languages.map((l) => l.name)).toEqual(['Portuguese', 'German', 'Japanese']);
  });
});

describe('an education line naming a school in its own language', () => {
  it('reads "Universitat", "Uniwersytet" and "Yliopisto" as institutions', () => {
    const { profile } = imported(
      [
        '# Ana Lima',
        'Backend engineer',
        '',
        '## Education',
        '- **BSc Computer Engineering**, Universitat Politècnica de València, 2016',
        '- **MSc Informatics**, Uniwersytet Warszawski, 2018',
        '- **PhD Statistics**, Helsingin yliopisto, 2022',
      ].join('\n'),
    );
    expect(profile.education.map((e) => [e.degree, e.institution, e.end])).toEqual([
      ['BSc', 'Universitat Politècnica de València', '2016'],
      ['MSc', 'Uniwersytet Warszawski', '2018'],
      ['PhD', 'Helsingin yliopisto', '2022'],
    ]);
  });
});

describe('a résumé with a platform in its skill names and the degree on a line of its own', () => {
  const { profile } = imported(
    [
      '# Rosa Lindqvist',
      'Mainframe Developer · Columbus, Ohio',
      '',
      '## Skills',
      '- Mainframe: z/OS 2.5, DB2 for z/OS, PL/I, CSS/Sass',
      '',
      '## Education',
      '',
      '**Ohio University**, Athens, OH · 2010',
      '',
      'B.S. in Computer Science',
    ].join('\n'),
  );

  it('keeps "DB2 for z/OS" and "PL/I" whole, and still splits a pair of tools', () => {
    const names = profile.skills.flatMap((c) => c.skills.map((s) => s.name));
    expect(names).toEqual(
      expect.arrayContaining(['z/OS 2.5', 'DB2 for z/OS', 'PL/I', 'CSS', 'Sass']),
    );
    expect(names).not.toContain('DB2 for z');
    expect(names).not.toContain('OS');
  });

  it('gives the school above the degree written under it', () => {
    expect(profile.education).toMatchObject([
      { institution: 'Ohio University', degree: 'B.S.', field: 'Computer Science', end: '2010' },
    ]);
  });
});

describe('schools written in bold, and a section set one level too deep', () => {
  const { profile } = imported(
    [
      '# Caio Nogueira',
      'Quant Developer · Recife, Brazil',
      '',
      '## Talks',
      '',
      '- *Risk engines in Rust* — RustConf Brasil 2024',
      '',
      '### Certifications',
      '',
      '- FRM (Financial Risk Manager), GARP — 2019',
      '',
      '## Education',
      '',
      '**IMPA — Instituto de Matemática Pura e Aplicada**',
      '',
      'M.Sc. in Mathematics, 2016',
      '',
      '**UFPE**',
      '',
      'B.Sc. in Computer Engineering, 2013',
    ].join('\n'),
  );

  it('reads certifications under a heading one level below the talks as certifications', () => {
    expect(profile.certifications.map((c) => c.name)).toEqual([
      'FRM (Financial Risk Manager), GARP',
    ]);
    expect(profile.publications.map((p) => p.title)).toEqual(['Risk engines in Rust']);
  });

  it('gives each bold school the degree line under it, with its year', () => {
    expect(profile.education).toMatchObject([
      {
        institution: 'IMPA – Instituto de Matemática Pura e Aplicada',
        degree: 'M.Sc.',
        end: '2016',
      },
      { institution: 'UFPE', degree: 'B.Sc.', field: 'Computer Engineering', end: '2013' },
    ]);
  });
});

describe('a talk named in a list, beside lines that are no sentences', () => {
  const { profile } = imported(
    [
      '# Callan Reid',
      'Incident Response Lead · Hobart, Australia',
      '',
      'I run incident response for a security startup.',
      '',
      '## Looking for',
      '',
      '- Company size: Seed, Series A, Series B',
      '- Available to start: February 2027',
      '',
      '## Achievements',
      '',
      '- Speaker at BSides Hobart 2025: "Your EDR saw it, you didn\'t"',
      '- Workshop, AusCERT 2024: "Timelines in an afternoon"',
    ].join('\n'),
  );

  it('reads each talk whole and never runs one list line into the next', () => {
    const titles = profile.publications.map((p) => p.title);
    expect(titles).toContain("Your EDR saw it, you didn't");
    expect(titles.some((t) => /Available to start|Series B/.test(t))).toBe(false);
  });
});

describe('job titles of security and developer-relations work', () => {
  const { profile } = imported(
    [
      '# Callan Reid',
      'Incident Response Lead · Hobart, Australia',
      '',
      '## Experience',
      '',
      '### Senior Incident Responder at Torrens Cyber',
      '',
      'Jul 2018 – Feb 2022',
      '',
      'Ransomware cases across ANZ.',
      '',
      '### Developer Advocate at Quokka Cloud',
      '',
      'Mar 2015 – Jun 2018',
      '',
      'Talks and sample apps.',
    ].join('\n'),
  );

  it('reads "Incident Responder" and "Developer Advocate" as job titles', () => {
    expect(profile.roles.map((r) => [r.title, r.company])).toEqual([
      ['Senior Incident Responder', 'Torrens Cyber'],
      ['Developer Advocate', 'Quokka Cloud'],
    ]);
  });
});

describe('things made and languages spoken, told in passing', () => {
  const { profile } = imported(
    [
      '# Callan Reid',
      'Incident Response Lead · Hobart, Australia',
      '',
      'I run incident response for a security startup. Languages: English (native), Bahasa Indonesia (conversational).',
      '',
      '## Achievements',
      '',
      '- Creator of evtx-scope, an open-source Windows event log explorer (900 stars on GitHub)',
      '- Maintainer of velo-bundles, a public set of Velociraptor artifacts',
    ].join('\n'),
  );

  it('reads the projects the owner created or maintains', () => {
    expect(profile.projects.map((p) => p.name)).toEqual(['evtx-scope', 'velo-bundles']);
  });

  it('reads the languages of a labelled sentence that closes a paragraph, and keeps the paragraph', () => {
    expect(profile.languages.map((l) => [l.name, l.proficiency])).toEqual([
      ['English', 'native'],
      ['Bahasa Indonesia', 'conversational'],
    ]);
    expect(profile.summary.join(' ')).toMatch(/security startup/);
  });
});
