import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFit } from '../../src/fit/fit.ts';
import { type FitReport, FitReportSchema } from '../../src/fit/report.ts';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { type Profile, ProfileSchema } from '../../src/knowledge/schema.ts';

const shipped = createFit(loadKnowledge('knowledge/profile.yaml'));
const fixture = (key: string): Profile =>
  ProfileSchema.parse(
    importMarkdownProfile(readFileSync(`tests/fixtures/profiles/${key}.md`, 'utf8')).profile,
  );

const find = (report: FitReport, part: string) => {
  const found = report.requirements.find((r) => r.requirement.includes(part));
  if (!found)
    throw new Error(`no requirement with "${part}" in ${JSON.stringify(report, null, 2)}`);
  return found;
};

const PAYMENTS_JD = `# Senior Backend Engineer (Go) — Acme Payments

## About us
Acme is a fast-growing fintech. We move fast and our team loves go-karting on Fridays.

## Requirements
- 5+ years of backend experience
- Strong Go or Python
- Experience with PostgreSQL and Kafka
- AWS Certified Solutions Architect
- 10+ years building distributed systems
- Fluent German

## Nice to have
- Rust
- Experience with payment providers such as Stripe or Adyen

## What we offer
- 4-day work week
- Learning budget

Location: Hybrid, 3 days a week in our Berlin office.`;

describe('fit against the shipped profile', () => {
  const report = shipped.fit(PAYMENTS_JD);

  it('returns a report the schema accepts', () => {
    expect(FitReportSchema.parse(report)).toEqual(report);
  });

  it('meets a requirement with alternatives when one of them is held, with evidence', () => {
    const go = find(report, 'Strong Go or Python');
    expect(go).toMatchObject({ kind: 'must', status: 'met' });
    expect(go.evidence.join(' ')).toContain('Go');
  });

  it('judges each thing a bullet names on its own evidence, and reports the bullet as one', () => {
    // PostgreSQL is listed, Kafka is not: the bullet is partly met, with what stands in for Kafka.
    const bullet = find(report, 'PostgreSQL and Kafka');
    expect(bullet.status).toBe('partial');
    expect(bullet.evidence.join(' ')).toContain('PostgreSQL');
    expect(bullet.closest.length).toBeGreaterThan(0);
  });

  it('never takes a skill for a certification: the skill only comes close', () => {
    const certification = find(report, 'AWS Certified');
    expect(certification.status).toBe('partial');
    expect(certification.evidence.join(' ')).toContain('AWS (a skill, not a certification)');
  });

  it('compares years: enough is met, fewer is partial', () => {
    expect(find(report, '5+ years').status).toBe('met');
    expect(find(report, '10+ years').status).toBe('partial');
  });

  it('judges spoken languages and location against what the profile states', () => {
    expect(find(report, 'German').status).toBe('missing');
    const office = find(report, 'Berlin office');
    expect(office).toMatchObject({ kind: 'must', status: 'missing' });
    expect(office.closest.join(' ')).toContain('Lahore');
  });

  it('reads nice-to-haves and examples: Stripe held meets "such as Stripe or Adyen"', () => {
    expect(find(report, 'Rust')).toMatchObject({ kind: 'nice', status: 'missing' });
    expect(find(report, 'Stripe')).toMatchObject({ kind: 'nice', status: 'met' });
  });

  it('reports no blurb, perk or everyday word as a requirement', () => {
    const all = [...report.requirements.map((r) => r.requirement), ...report.unclassified];
    for (const not of ['go-karting', 'move fast', '4-day', 'Learning budget']) {
      expect(all.join('\n')).not.toContain(not);
    }
  });

  it('says what is met and what is missing in its summary, and never claims a met without evidence', () => {
    expect(report.summary).toMatch(/meets \d+ of \d+ must-haves/);
    expect(report.summary).toContain('AWS Certified Solutions Architect');
    for (const r of report.requirements.filter((r) => r.status === 'met')) {
      expect(r.evidence.length, r.requirement).toBeGreaterThan(0);
    }
    expect(report.coverage).toBeGreaterThan(0);
    expect(report.coverage).toBeLessThan(1);
  });

  it('lists what it cannot judge instead of guessing', () => {
    const vague = shipped.fit('## Requirements\n- You are kind and curious\n- Go');
    expect(vague.unclassified).toEqual(['You are kind and curious']);
    expect(vague.requirements.map((r) => r.requirement)).toEqual(['Go']);
  });

  it('answers an empty or requirement-free text with no requirements and says so', () => {
    const empty = shipped.fit('We are a friendly team in Lisbon. We love coffee.');
    expect(empty.requirements).toEqual([]);
    expect(empty.summary).toMatch(/No requirements were found/);
  });
});

describe('fit against other profiles', () => {
  it('meets a time-zone window from the stated city, and misses one outside it', () => {
    const dan = createFit(fixture('dan-okafor')); // Leeds, UK: UTC+0
    const inside = dan.fit('## Requirements\n- You live and work within CET ±2 hours');
    expect(inside.requirements[0]?.status).toBe('met');
    const outside = shipped.fit('## Requirements\n- You live and work within CET ±2 hours');
    expect(outside.requirements[0]?.status).toBe('missing');
  });

  it('counts years in a neighbouring kind of work as partial, another kind as missing', () => {
    const jd =
      '## Requirements\n- 4+ years of native Android development\n- 3+ years of frontend development';
    const report = shipped.fit(jd); // a backend engineer
    expect(find(report, 'Android').status).toBe('missing');
    expect(find(report, 'frontend').status).toBe('partial');
  });

  it('meets a spoken language the profile lists', () => {
    const nadia = createFit(fixture('nadia-okonkwo'));
    expect(nadia.fit('## Nice to have\n- Speaking Dutch').requirements[0]).toMatchObject({
      kind: 'nice',
      status: 'met',
    });
  });
});

describe('location constraints', () => {
  const rotterdam = createFit(fixture('ingrid-solberg-mensah'));

  it('meets an office within a daily commute of the stated city, not one farther away', () => {
    const amsterdam = rotterdam.fit('Location: Hybrid, three days a week in our Amsterdam office');
    expect(amsterdam.requirements[0]?.status).toBe('met');
    const berlin = rotterdam.fit('Location: Hybrid, three days a week in our Berlin office');
    expect(berlin.requirements[0]?.status).toBe('missing');
  });

  it('reads "remote within the EU" and a country-only remote role against the stated country', () => {
    expect(rotterdam.fit('- You must be based in the EU (remote)').requirements[0]?.status).toBe(
      'met',
    );
    expect(shipped.fit('Location: Remote (UK only)').requirements[0]?.status).toBe('missing');
    expect(shipped.fit('Location: Fully remote').requirements[0]?.status).toBe('met');
  });

  it('reads a UTC window written as a range', () => {
    // Lahore is UTC+5: outside +5:30..+10, inside +0..+8.
    expect(shipped.fit('Location: Remote, UTC+5:30..+10').requirements[0]?.status).toBe('missing');
    expect(
      shipped.fit('Location: Remote — anywhere between UTC+0 and UTC+8').requirements[0]?.status,
    ).toBe('met');
  });
});

describe('job descriptions written as prose', () => {
  const PROSE = `Full-Stack Engineer at Loop (Lisbon)

We're a 30-person team making payroll simple. We'd love to hear from you if you have 3+ years building web apps with TypeScript. You should be comfortable with PostgreSQL. Bonus if you know Terraform. This role is hybrid: two days a week in our Lisbon office. We offer a Macbook, 25 days of holiday and team trips.`;
  const report = shipped.fit(PROSE);

  it('reads requirement sentences under a title line and leaves the rest', () => {
    expect(report.requirements.map((r) => [r.requirement, r.kind, r.status])).toEqual([
      [
        "We'd love to hear from you if you have 3+ years building web apps with TypeScript.",
        'must',
        // TypeScript is listed, but nothing says for how long.
        'partial',
      ],
      ['You should be comfortable with PostgreSQL.', 'must', 'met'],
      ['Bonus if you know Terraform.', 'nice', 'missing'],
      ['This role is hybrid: two days a week in our Lisbon office.', 'must', 'missing'],
    ]);
  });
});

describe('names the vocabulary does not know', () => {
  it('does not take Kotlin for Kotlin Multiplatform', () => {
    const priya = createFit(fixture('priya-raman'));
    const multiplatform = priya.fit('## Good to have\n- Kotlin Multiplatform').requirements[0];
    expect(multiplatform?.status).toBe('partial');
  });

  it('does not take a held Spark for Spark Structured Streaming in a list of choices', () => {
    const jd =
      '## Nice to have\n- Streaming experience (Kafka, Flink or Spark Structured Streaming)';
    const status = (key: string) => createFit(fixture(key)).fit(jd).requirements[0]?.status;
    // Spark (batch) but none of the three choices: close, not met.
    expect(status('nadia-okonkwo')).toBe('partial');
    // Flink itself is one of the choices.
    expect(status('ingrid-solberg-mensah')).toBe('met');
    expect(shipped.fit(jd).requirements[0]?.status).toBe('missing');
  });

  it('takes a listed tool of the same narrow kind as close: Datadog for Prometheus, not Go for Rust', () => {
    const report = shipped.fit('## Requirements\n- Monitoring with Prometheus\n- Rust');
    expect(report.requirements.map((r) => [r.requirement, r.status, r.closest[0]])).toEqual([
      ['Monitoring with Prometheus', 'partial', 'Datadog'],
      ['Rust', 'missing', 'Go'],
    ]);
  });

  it('counts an unknown name in a list: a held technology beside it makes the line partial', () => {
    const report = shipped.fit('## Requirements\n- Go, Temporal and Zanzibar');
    expect(report.requirements.map((r) => [r.requirement, r.status])).toEqual([
      ['Go, Temporal and Zanzibar', 'partial'],
    ]);
    expect(
      shipped
        .fit('## Requirements\n- Go and Zanzibar')
        .requirements.map((r) => [r.requirement, r.status]),
    ).toEqual([['Go and Zanzibar', 'partial']]);
  });

  it('looks an unknown name up in the whole knowledge text', () => {
    const tomas = createFit(fixture('tomas-arvelo'));
    const wcag = tomas.fit('## Requirements\n- You can build to WCAG 2.1 AA').requirements[0];
    expect(wcag?.status).toBe('met');
    expect(wcag?.evidence.join(' ')).toContain('WCAG');
    expect(
      shipped.fit('## Requirements\n- You can build to WCAG 2.1 AA').requirements[0]?.status,
    ).toBe('missing');
  });
});

describe('practices the vocabulary groups together', () => {
  const jd = '## Nice to have\n- You have taken part in an on-call rotation';

  it('does not take incident response exercises for on-call: close, with that evidence', () => {
    const ingrid = createFit(fixture('ingrid-vasquez-holm'));
    const onCall = ingrid.fit(jd).requirements[0];
    expect(onCall?.status).toBe('partial');
    expect(onCall?.evidence.join(' ')).toContain('incident response');
  });

  it('meets on-call when the knowledge says on-call', () => {
    const dan = createFit(fixture('dan-okafor'));
    expect(dan.fit(jd).requirements[0]?.status).toBe('met');
  });
});

describe('technologies named as the base of something else', () => {
  const jd =
    '## Nice to have\n- Experience with Kubeflow or Kubernetes-based training infrastructure';

  it('counts a held Kubernetes in "Kubernetes-based" as close, never as met', () => {
    const line = shipped.fit(jd).requirements[0];
    expect(line?.status).toBe('partial');
    expect(line?.evidence.join(' ')).toContain('Kubernetes');
  });

  it('leaves it missing for a profile without Kubernetes', () => {
    expect(createFit(fixture('priya-raman')).fit(jd).requirements[0]?.status).toBe('missing');
  });
});

describe("a vendor's product written without the vendor", () => {
  it('meets Google Play from "shipped apps to the Play Store", with that line as evidence', () => {
    const priya = createFit(fixture('priya-raman'));
    const play = priya.fit('## Requirements\n- Experience publishing apps on Google Play')
      .requirements[0];
    expect(play?.status).toBe('met');
    expect(play?.evidence.join(' ')).toContain('Play Store');
  });

  it('does not take a lone everyday word for the product: "Cloud & containers" is not Google Cloud', () => {
    const ingrid = createFit(fixture('ingrid-vasquez-holm'));
    expect(
      ingrid.fit('## Requirements\n- Experience with Google Cloud').requirements[0]?.status,
    ).toBe('missing');
  });
});

describe('lines no vocabulary reads', () => {
  const jd = '## Requirements\n- Serving models behind low-latency APIs';

  it('shows related knowledge lines as close, never as met', () => {
    const line = shipped.fit(jd).requirements[0];
    expect(line?.status).toBe('partial');
    expect(line?.evidence.join(' ')).toContain('APIs');
  });

  it('leaves the line unclassified when nothing in the knowledge is related', () => {
    const report = createFit(fixture('ingrid-solberg-mensah')).fit(jd);
    expect(report.requirements).toEqual([]);
    expect(report.unclassified).toEqual(['Serving models behind low-latency APIs']);
  });
});

describe('a product name that holds a place word', () => {
  it('judges "Firebase (… Remote Config …)" as the technology, not as a remote-work condition', () => {
    const report = shipped.fit(
      'Nice to have:\n- Worked with Firebase (Analytics, Remote Config, Crashlytics)\n',
    );
    const firebase = report.requirements.find((r) => r.requirement.includes('Firebase'));
    expect(firebase?.status).toBe('missing');
    expect(firebase?.evidence.join(' ')).not.toMatch(/Lahore/);
  });
});

describe('a certification named with its level', () => {
  const profile = ProfileSchema.parse(
    importMarkdownProfile(
      '# Rui Costa\n\nCloud Engineer\n\n## Skills\n\n- AWS, Terraform\n\n## Certifications\n\n- AWS Certified Security - Specialty (2023)\n',
    ).profile,
  );
  const status = (line: string) =>
    createFit(profile).fit(`## Nice to have\n- ${line}\n`).requirements[0]?.status;

  it('is not met by another certificate of the same vendor and level', () => {
    // AWS is held as a skill, so the certificate is close, never met.
    expect(status('AWS Certified Machine Learning – Specialty')).toBe('partial');
    expect(status('Certificación AWS Certified Machine Learning – Specialty')).toBe('partial');
  });

  it('is met by the certificate itself', () => {
    expect(status('AWS Certified Security – Specialty')).toBe('met');
  });
});

describe('a choice of tools used in a practice', () => {
  const status = (line: string) =>
    shipped.fit(`## Requirements\n- ${line}\n`).requirements[0]?.status;

  it('is not met by the practice alone: the tools are the choice', () => {
    // The shipped profile shows event-driven work but neither broker.
    expect(status('Hands-on experience with Kafka or RabbitMQ in event-driven systems')).toBe(
      'partial',
    );
  });

  it('is met by one of the tools', () => {
    expect(status('Hands-on experience with Go or Rust in event-driven systems')).toBe('met');
  });
});

describe('a field of business asked as work on a product', () => {
  it('is missing for the shipped profile, which names no such field anywhere', () => {
    const report = shipped.fit(
      '🔎 What we are looking for\n• 4+ years of backend work\n\n✨ Nice to have\n• Previous work on a healthcare or patient-facing product\n',
    );
    expect(find(report, 'healthcare').status).toBe('missing');
    expect(report.unclassified).not.toContain(
      'Previous work on a healthcare or patient-facing product',
    );
  });
});
