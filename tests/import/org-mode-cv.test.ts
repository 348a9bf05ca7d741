import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';
import { imported } from '../support/import-fixture.ts';

// A CV kept in Emacs org-mode: export keywords, TODO keywords and tags on headings, property
// and clock drawers, an org table, description lists, links, a quote, comments, a source block,
// and what org does not publish (a :noexport: subtree, a COMMENT heading, a comment block).
const cv = [
  '#+TITLE: Mateus Okafor — Curriculum Vitae',
  '#+AUTHOR: Mateus Okafor',
  '#+EMAIL: mateus.okafor@example.dev',
  '#+SUBTITLE: Senior Backend Engineer',
  '#+OPTIONS: toc:nil num:nil',
  '#+STARTUP: showall',
  '',
  '# Private: ask recruiters for 20% more than last time.',
  '',
  'Backend engineer in *Lisbon, Portugal*, building payment systems in /Go/ and =PostgreSQL=.',
  '',
  '#+begin_quote',
  'Open to remote contract work from *April 2027*.',
  '#+end_quote',
  '',
  '* Experience',
  '** Senior Backend Engineer, Pagaleve (2021–present)',
  '   :PROPERTIES:',
  '   :LOCATION: Lisbon, Portugal',
  '   :CUSTOM_ID: pagaleve',
  '   :END:',
  '   :LOGBOOK:',
  '   CLOCK: [2024-01-01 Mon 09:00]--[2024-01-01 Mon 10:00] =>  1:00',
  '   :END:',
  '   - Cut card-authorisation latency by 40% with ~pgbouncer~ and query plans',
  '   - Led the move from +Heroku+ to Kubernetes on AWS',
  '** DONE Backend Engineer, Trovoada (2017–2021)                          :work:',
  '   - Built the ledger service in Go and Kafka',
  '   - Mentored four junior engineers',
  '** Intern, Secret Startup (2016)                                    :noexport:',
  '   - Stealth project nobody may know about',
  '* Skills',
  '| Area      | Tools                       |',
  '|-----------+-----------------------------|',
  '| Languages | Go, Python, TypeScript      |',
  '| Data      | PostgreSQL, Kafka, Redis    |',
  '| Cloud     | AWS, Kubernetes, Terraform  |',
  '* Projects',
  '- [[https://github.com/mokafor/ledgerlite][ledgerlite]] :: a double-entry ledger library for Go',
  '- [[https://github.com/mokafor/pgwatch-lite][pgwatch-lite]] :: PostgreSQL query-plan alerts',
  '* Certifications',
  '- AWS Certified Solutions Architect – Associate (2023)',
  '- Certified Kubernetes Administrator (CKA), 2022',
  '* Languages',
  '- Portuguese (native)',
  '- English (fluent)',
  '- Yoruba (conversational)',
  '* COMMENT Salary notes',
  '- Last offer was 95k, do not go below.',
  '* Contact',
  '- Location: Lisbon, Portugal (UTC+0, remote-friendly)',
  '- Email: [[mailto:mateus.okafor@example.dev][mateus.okafor@example.dev]]',
  '- GitHub: [[https://github.com/mokafor]]',
  '- LinkedIn: [[https://www.linkedin.com/in/mokafor][linkedin.com/in/mokafor]]',
  '#+begin_comment',
  'Remember to update after the Kafka Summit talk.',
  '#+end_comment',
  '#+begin_src sh',
  'curl https://mokafor.dev/cv.pdf',
  '#+end_src',
].join('\n');

describe('a CV written in org-mode', () => {
  const { profile, notes } = imported(cv);
  const skills = profile.skills.flatMap((g) => g.skills.map((s) => s.name));
  const ask = (question: string) =>
    answerToPlainText(createAssistant(ProfileSchema.parse(profile)).ask(question));

  it('takes the name, title and email from the export keywords', () => {
    expect(profile.identity.name).toBe('Mateus Okafor');
    expect(profile.identity.title).toBe('Senior Backend Engineer');
    expect(profile.contact.email).toBe('mateus.okafor@example.dev');
    expect(notes).toContain('Org-mode → read as markdown, unexported subtrees left out');
  });

  it('reads roles from nested headings, TODO keywords, tags and drawers taken off', () => {
    expect(profile.roles.map((r) => [r.title, r.company, r.start, r.end])).toEqual([
      ['Senior Backend Engineer', 'Pagaleve', '2021', 'present'],
      ['Backend Engineer', 'Trovoada', '2017', '2021'],
    ]);
    expect(profile.roles[0]?.location).toBe('Lisbon, Portugal');
    expect(profile.identity.location).toBe('Lisbon, Portugal');
    expect(profile.roles[0]?.highlights).toContain(
      'Cut card-authorisation latency by 40% with pgbouncer and query plans',
    );
  });

  it('reads the org table as skills and description items as linked projects', () => {
    expect(skills).toEqual(
      expect.arrayContaining([
        'Go',
        'TypeScript',
        'PostgreSQL',
        'Kafka',
        'Kubernetes',
        'Terraform',
      ]),
    );
    expect(profile.projects.map((p) => [p.name, p.links[0]?.url])).toEqual([
      ['ledgerlite', 'https://github.com/mokafor/ledgerlite'],
      ['pgwatch-lite', 'https://github.com/mokafor/pgwatch-lite'],
    ]);
  });

  it('reads certifications, spoken languages, contact links and availability', () => {
    expect(profile.certifications.map((c) => c.name)).toContain(
      'Certified Kubernetes Administrator (CKA)',
    );
    expect(profile.languages.map((l) => l.name)).toEqual(['Portuguese', 'English', 'Yoruba']);
    expect(profile.contact.github).toBe('https://github.com/mokafor');
    expect(profile.contact.linkedin).toBe('https://www.linkedin.com/in/mokafor');
    expect(profile.identity.availability).toMatch(/April 2027/);
  });

  it('leaves out unexported subtrees, comments, drawers and export settings', () => {
    const kept = JSON.stringify(profile);
    for (const remnant of [
      'Secret Startup',
      'Stealth',
      'Salary',
      '95k',
      'recruiters',
      'Kafka Summit',
      'CLOCK',
      'CUSTOM_ID',
      'pagaleve',
      '#+',
      'toc:nil',
      ':work:',
      'DONE',
      '[[',
    ])
      expect(kept).not.toContain(remnant);
  });

  it('answers what a visitor asks after the import', () => {
    expect(ask('where is he based?')).toContain('Lisbon');
    expect(ask('does he know kafka?')).toMatch(/^Yes/);
    expect(ask('is he CKA certified?')).toMatch(/^Yes/);
    const secret = ask('did he work at Secret Startup?');
    expect(secret).toMatch(/^No/);
    expect(secret).toContain('Pagaleve');
  });
});
