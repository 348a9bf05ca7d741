import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';
import { imported } from '../support/import-fixture.ts';

// A profile README written in reStructuredText: an overlined title, a field list, a badge,
// comments, a note, definition-list roles, a list table, links with inline and named targets,
// a literal block, and a comment block holding what is not meant to be published.
const readme = [
  '=============',
  'Priya Raghavan',
  '=============',
  '',
  ':Title: Staff Platform Engineer',
  ':Location: Bengaluru, India',
  ':Email: priya.raghavan@example.dev',
  ':GitHub: https://github.com/praghavan',
  '',
  '.. image:: https://img.shields.io/badge/Python-3.12-blue',
  '   :alt: Python',
  '   :target: https://www.python.org',
  '',
  '.. This comment is private: remember to ask for a visa sponsor.',
  '',
  'Platform engineer building internal developer platforms on Kubernetes and ``Terraform``.',
  '',
  '.. note::',
  '',
  '   Available for staff roles from **June 2027**.',
  '',
  'Experience',
  '==========',
  '',
  'Staff Platform Engineer, `Kestrel Pay`_ (2021–present)',
  '   - Built the internal developer platform on Kubernetes and Argo CD',
  '   - Cut build times by 60% with Bazel remote caching',
  '',
  'Senior DevOps Engineer, Lumen Logistics (2017–2021)',
  '   - Moved 120 services from Jenkins to GitHub Actions',
  '   - Ran PostgreSQL on AWS RDS for the routing team',
  '',
  'Skills',
  '======',
  '',
  '.. list-table::',
  '   :header-rows: 1',
  '',
  '   * - Area',
  '     - Tools',
  '   * - Languages',
  '     - Python, Go, Bash',
  '   * - Infrastructure',
  '     - Kubernetes, Terraform, Helm',
  '   * - Observability',
  '     - Prometheus, Grafana',
  '',
  'Projects',
  '========',
  '',
  '- `kube-sentry <https://github.com/praghavan/kube-sentry>`_ — admission webhook that blocks risky manifests',
  '- `helmlint`_ — a linter for Helm charts',
  '',
  '.. _helmlint: https://github.com/praghavan/helmlint',
  '.. _Kestrel Pay: https://kestrelpay.example',
  '',
  'Certifications',
  '==============',
  '',
  '- Certified Kubernetes Security Specialist (CKS), 2024',
  '- HashiCorp Certified: Terraform Associate, 2022',
  '',
  'Languages',
  '=========',
  '',
  '- Tamil (native)',
  '- English (fluent)',
  '- Kannada (conversational)',
  '',
  'Contact',
  '=======',
  '',
  '- LinkedIn: `linkedin.com/in/praghavan <https://www.linkedin.com/in/praghavan>`_',
  '',
  'Example config::',
  '',
  '    platform:',
  '      clusters: 3',
  '',
  '..',
  '   Old role at Hidden Corp (2015) kept out of the public CV.',
].join('\n');

describe('a profile README written in reStructuredText', () => {
  const { profile, notes } = imported(readme);
  const skills = profile.skills.flatMap((g) => g.skills.map((s) => s.name));
  const ask = (question: string) =>
    answerToPlainText(createAssistant(ProfileSchema.parse(profile)).ask(question));

  it('takes the name from the overlined title and the rest from the field list', () => {
    expect(profile.identity.name).toBe('Priya Raghavan');
    expect(profile.identity.title).toBe('Staff Platform Engineer');
    expect(profile.identity.location).toBe('Bengaluru, India');
    expect(profile.contact.email).toBe('priya.raghavan@example.dev');
    expect(profile.contact.github).toBe('https://github.com/praghavan');
    expect(notes).toContain('reStructuredText → read as markdown, references resolved');
  });

  it('reads roles written as definition-list terms with their bullets', () => {
    expect(profile.roles.map((r) => [r.title, r.company, r.start, r.end])).toEqual([
      ['Staff Platform Engineer', 'Kestrel Pay', '2021', 'present'],
      ['Senior DevOps Engineer', 'Lumen Logistics', '2017', '2021'],
    ]);
    expect(profile.roles[1]?.highlights).toContain(
      'Moved 120 services from Jenkins to GitHub Actions',
    );
  });

  it('reads the list table as skills and both kinds of link as projects', () => {
    expect(skills).toEqual(
      expect.arrayContaining(['Python', 'Go', 'Kubernetes', 'Terraform', 'Helm', 'Prometheus']),
    );
    expect(profile.projects.map((p) => [p.name, p.links[0]?.url])).toEqual([
      ['kube-sentry', 'https://github.com/praghavan/kube-sentry'],
      ['helmlint', 'https://github.com/praghavan/helmlint'],
    ]);
  });

  it('reads certifications, spoken languages, the note as availability, and contact', () => {
    expect(profile.certifications.map((c) => c.name)).toContain(
      'Certified Kubernetes Security Specialist (CKS)',
    );
    expect(profile.languages.map((l) => l.name)).toEqual(['Tamil', 'English', 'Kannada']);
    expect(profile.identity.availability).toMatch(/June 2027/);
    expect(profile.contact.linkedin).toBe('https://www.linkedin.com/in/praghavan');
  });

  it('leaves out comments, directive options and reference markup', () => {
    const kept = JSON.stringify(profile);
    for (const remnant of ['visa', 'Hidden Corp', ':alt:', ':target:', '.. ', '`_', '``', '::'])
      expect(kept).not.toContain(remnant);
  });

  it('answers what a visitor asks after the import', () => {
    expect(ask('where is she based?')).toContain('Bengaluru');
    expect(ask('does she know terraform?')).toMatch(/^Yes/);
    expect(ask('is she CKS certified?')).toMatch(/^Yes/);
    expect(ask('did she work at Hidden Corp?')).toMatch(/^No/);
  });

  it('reads grid, simple and CSV tables, wrapped cells joined', () => {
    const doc = [
      'Tomasz Nowak',
      '############',
      '',
      'Data Engineer | Spark | Airflow',
      '',
      '.. contents::',
      '',
      'Skills',
      '******',
      '',
      '+------------+---------------------+',
      '| Area       | Tools               |',
      '+============+=====================+',
      '| Data       | Spark, Airflow,     |',
      '|            | dbt                 |',
      '+------------+---------------------+',
      '',
      '.. csv-table::',
      '   :header: "Area", "Tools"',
      '',
      '   Storage, "Snowflake, DuckDB"',
      '',
      'Languages',
      '*********',
      '',
      '=========  ==============',
      'Language   Level',
      '=========  ==============',
      'Polish     native',
      'English    C1',
      '=========  ==============',
    ].join('\n');
    const { profile: tomasz } = imported(doc);
    expect(tomasz.skills.flatMap((g) => g.skills.map((s) => s.name))).toEqual(
      expect.arrayContaining(['Spark', 'Airflow', 'dbt', 'Snowflake', 'DuckDB']),
    );
    expect(tomasz.languages.map((l) => [l.name, l.proficiency])).toEqual([
      ['Polish', 'native'],
      ['English', 'C1'],
    ]);
  });
});
