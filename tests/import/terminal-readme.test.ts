import { describe, expect, it } from 'vitest';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';

/** A README that opens as a terminal session, then describes its owner in Clojure data. */
const README = [
  '```console',
  '┌──(kai㉿harbour)-[~]',
  '└─$ whoami',
  'kai lindqvist — data engineer, tide-table enthusiast',
  '```',
  '',
  '```clojure',
  '(def kai',
  '  {:role     "Staff Data Engineer @ Skarv Logistics"',
  '   :location "Gothenburg, Sweden"',
  '   :experience "8 years shipping data pipelines"',
  '   :stack    #{:clojure :kafka}',
  '   :spoken   ["Swedish (native)" "English (C1)"]',
  '   :hiring?  false})',
  '```',
  '',
  '### Things I use',
  '',
  '| | | |',
  '|:---:|:---:|:---:|',
  '| <img src="https://example.org/clojure.svg" width="32"/><br>Clojure | <img src="https://example.org/kafka.svg" width="32"/><br>Apache Kafka | <img src="https://example.org/pg.svg" width="32"/><br>PostgreSQL |',
  '',
  "### Where I've been",
  '',
  '- **Skarv Logistics** (2021 → now), Staff Data Engineer: streaming ETA predictions.',
  '- **Nordhamn Data** (2017 → 2021), Data Engineer: batch pipelines on PostgreSQL.',
  '',
  '🎓 MSc in Computer Science, Chalmers University of Technology (2012–2017)',
  '📜 AWS Certified Data Engineer – Associate (2024)',
].join('\n');

describe('a README told as a terminal session and code', () => {
  const { profile } = importMarkdownProfile(README);

  it('takes the name "whoami" prints', () => {
    expect(profile.identity.name).toBe('Kai Lindqvist');
  });

  it('reads the Clojure map as the owner, whatever the name it is defined under', () => {
    expect(profile.identity).toMatchObject({
      title: 'Staff Data Engineer',
      location: 'Gothenburg, Sweden',
      yearsOfExperience: 8,
    });
    expect(profile.languages.map((l) => l.name)).toEqual(['Swedish', 'English']);
  });

  it('reads a grid of icons with no header as one skill per cell', () => {
    const skills = profile.skills.flatMap((c) => c.skills.map((s) => s.name));
    expect(skills).toEqual(expect.arrayContaining(['Clojure', 'Apache Kafka', 'PostgreSQL']));
  });

  it('keeps one role per job, and a certificate or degree among the jobs as what it is', () => {
    expect(profile.roles.map((r) => r.company)).toEqual(['Skarv Logistics', 'Nordhamn Data']);
    expect(profile.certifications.map((c) => [c.name, c.year])).toEqual([
      ['AWS Certified Data Engineer – Associate', '2024'],
    ]);
    expect(profile.education[0]).toMatchObject({
      institution: 'Chalmers University of Technology',
      degree: 'MSc',
      start: '2012',
      end: '2017',
    });
  });
});
