import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

/** An invented résumé: skills as a rated table with the group first, a labelled certificate line. */
const resume = `# Mireille Okonjo

Staff Data Engineer · Lagos, Nigeria

## Skills

| Area | Skill | Level | Years |
|------|-------|-------|-------|
| Streaming | Apache Kafka | ★★★★★ | 7 |
| Languages | Scala | ★★☆☆☆ | 2 |

## Education

- **M.Eng., Computer Engineering** — University of Lagos, 2016 (part-time, while working at Paystack)

**Certifications:** Confluent Certified Developer for Apache Kafka (2019) · Certified Kubernetes Application Developer, CKAD (2022)
`;

describe('a résumé with a rated skills table and a labelled certificate line', () => {
  const { profile } = imported(resume);
  const skills = profile.skills.flatMap((c) => c.skills.map((s) => [c.name, s.name, s.note]));

  it('reads each row as one skill in its group, the stars as a rating and the years as a note', () => {
    expect(skills).toEqual([
      ['Streaming', 'Apache Kafka', '5/5, 7 years'],
      ['Languages', 'Scala', '2/5, 2 years'],
    ]);
  });

  it('reads each certificate of the labelled line, its initials kept with it', () => {
    expect(profile.certifications).toEqual([
      { name: 'Confluent Certified Developer for Apache Kafka', year: '2019' },
      { name: 'Certified Kubernetes Application Developer (CKAD)', year: '2022' },
    ]);
  });

  it('keeps a bracket of study notes whole, out of the school name', () => {
    expect(profile.education[0]).toMatchObject({
      institution: 'University of Lagos',
      end: '2016',
      details: ['part-time, while working at Paystack'],
    });
  });
});

/** An invented academic CV: a "Software" section and publications under sub-headings. */
const cv = `# Dr. Ilse Varga

Research Software Engineer

## Publications

Full list on Google Scholar.

### Journal articles

1. **Varga, I.**, & Moser, L. (2023). Lazy loading of raster stacks. *Journal of Open Source Software*, 8(88), 5412.

### Conference papers

2. **Varga, I.** (2021). Cloud masks at scale. *Proc. IGARSS 2021*, Brussels.

## Software

- [**rasterlazy**](https://github.com/ivarga/rasterlazy) — lazy raster stacks for xarray · ★ 640 · maintainer
`;

describe('an academic CV', () => {
  const { profile } = imported(cv);

  it('reads the packages under "Software" as projects', () => {
    expect(profile.projects.map((p) => p.name)).toEqual(['rasterlazy']);
  });

  it('reads each paper under its sub-heading, the note above them kept apart', () => {
    expect(profile.publications.map((p) => [p.title, p.date])).toEqual([
      ['Lazy loading of raster stacks', '2023'],
      ['Cloud masks at scale', '2021'],
    ]);
    expect(profile.sections.flatMap((s) => s.items)).toContain('Full list on Google Scholar.');
  });
});

describe('a project presented at a conference', () => {
  const { profile } = imported(`# Mireille Okonjo

Staff Data Engineer

## Selected projects

- [**lakehouse-compactor**](https://github.com/mokonjo/lakehouse-compactor) — cost-aware compaction for Iceberg tables (presented at Data Council 2024, Austin)
`);

  it('counts the talk given about it as a talk, named by the project', () => {
    expect(profile.publications).toEqual([
      { kind: 'talk', title: 'lakehouse-compactor', venue: 'Data Council 2024' },
    ]);
  });
});
