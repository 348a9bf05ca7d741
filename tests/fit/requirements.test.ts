import { describe, expect, it } from 'vitest';
import { readRequirements } from '../../src/fit/requirements.ts';

const texts = (jd: string) => readRequirements(jd).map((r) => r.text);
const kindOf = (jd: string, part: string) =>
  readRequirements(jd).find((r) => r.text.includes(part))?.kind;

const ACME = `# Senior Backend Engineer (Go) — Acme Payments

About us
Acme is a fast-growing fintech. We move fast and our team loves go-karting on Fridays.

## What you'll do
- Build and run payment services in Go

**Requirements:**
- 5+ years of backend experience
- Strong Go or Python
- Kubernetes in production; Terraform is a plus

**Nice to have**
* Kafka

What we offer:
- 4-day work week
- Learning budget

Location: Remote (EU time zones), or on-site in Berlin.
`;

describe('reading a job description', () => {
  it('takes the bullets under a requirements heading as must-haves', () => {
    expect(kindOf(ACME, '5+ years of backend experience')).toBe('must');
    expect(kindOf(ACME, 'Strong Go or Python')).toBe('must');
  });

  it('takes nice-to-have sections and inline "a plus" as nice-to-haves', () => {
    expect(kindOf(ACME, 'Kafka')).toBe('nice');
    expect(kindOf(ACME, 'Terraform is a plus')).toBe('nice');
    expect(kindOf(ACME, 'Kubernetes in production')).toBe('must');
  });

  it('ignores company blurb, duties, benefits and perks', () => {
    const all = texts(ACME).join('\n');
    for (const not of ['go-karting', 'move fast', '4-day', 'Learning budget', 'payment services']) {
      expect(all).not.toContain(not);
    }
  });

  it('reads the location line and the seniority in the title', () => {
    const found = readRequirements(ACME);
    expect(found.find((r) => r.text.includes('Remote (EU time zones)'))?.topic).toBe('location');
    expect(found.find((r) => r.topic === 'seniority')?.text).toBe(
      'Seniority: Senior (from the job title)',
    );
  });

  it('reads headings in other styles: caps, colons, "You have:", "What you\'ll bring"', () => {
    const jd = `WHO WE ARE
We build tools for farmers.

What you'll bring
• Three years of TypeScript
• Experience with React

YOU HAVE: a degree in computer science or equivalent experience

Bonus points
1. GraphQL
2) Figma

Perks
- Gym membership`;
    expect(texts(jd)).toEqual([
      'Three years of TypeScript',
      'Experience with React',
      'a degree in computer science or equivalent experience',
      'GraphQL',
      'Figma',
    ]);
    expect(kindOf(jd, 'GraphQL')).toBe('nice');
  });

  it('finds requirements in plain prose by their wording', () => {
    const jd =
      'We are a small studio in Lisbon. You have 4+ years of Python and know Django well. ' +
      'Experience with AWS is a plus. We offer great coffee.';
    expect(texts(jd)).toEqual([
      'You have 4+ years of Python and know Django well.',
      'Experience with AWS is a plus.',
    ]);
    expect(kindOf(jd, 'AWS')).toBe('nice');
  });
});

describe('a job description pasted as HTML', () => {
  it('reads its list items and headings, not its tags', () => {
    const html =
      '<h3>Requirements</h3><ul><li>5+ years of <b>Go</b></li><li>Kafka &amp; Redis</li></ul>' +
      '<h3>Benefits</h3><ul><li>Learning budget</li></ul>';
    expect(readRequirements(html).map((r) => [r.text, r.kind])).toEqual([
      ['5+ years of Go', 'must'],
      ['Kafka & Redis', 'must'],
    ]);
  });
});

describe('job descriptions in other styles', () => {
  it('reads a recruiter email: "Must:", "Plus:", "Exp:" and the sign-off after the list', () => {
    const jd = `Hi,

Role: Senior Mobile Engineer
Exp: 4-6 yrs

Must:
- Kotlin
- Room DB

Plus:
- KMP

Interested? Pls reply with your CV.
Thanks & regards,
Sam Recruiter`;
    expect(readRequirements(jd).map((r) => [r.text, r.kind])).toEqual([
      ['Seniority: Senior (from the job title)', 'must'],
      ['Exp: 4-6 yrs', 'must'],
      ['Kotlin', 'must'],
      ['Room DB', 'must'],
      ['KMP', 'nice'],
    ]);
  });

  it('takes "You\'ll need" and "Ideally you\'ve also" as requirement headings', () => {
    const jd = `## You'll need
- Python or Node.js — we use both

Ideally you've also:
- worked on healthcare products before`;
    expect(readRequirements(jd).map((r) => [r.text, r.kind])).toEqual([
      ['Python or Node.js — we use both', 'must'],
      ['worked on healthcare products before', 'nice'],
    ]);
  });

  it('reads "What we need" as requirements and "What you\'ll be doing", "Why Acme" as not', () => {
    const jd = `## What you'll be doing
- Own the reliability of our Go services

## What we need
- Prometheus-based monitoring

## Why Acme
- Free train travel to the office`;
    expect(texts(jd)).toEqual(['Prometheus-based monitoring']);
  });

  it('reads a present-tense sentence about the reader in prose as a requirement', () => {
    const jd =
      'In this role you will run our pipelines. You orchestrate work with Airflow today. ' +
      'You will join a team of six.';
    expect(texts(jd)).toEqual(['You orchestrate work with Airflow today.']);
  });
});

describe('job descriptions laid out as tables, MoSCoW lists and nested headings', () => {
  it('reads a skills table by the column its tick stands in', () => {
    const jd = `## About you

| Skill | Required | Preferred |
|---|:---:|:---:|
| 3+ years of Rust | ✅ | |
| Async networking (Tokio) | ✅ | |
| Embedded Linux | | ✅ |

We offer a quiet office.`;
    expect(readRequirements(jd).map((r) => [r.text, r.kind])).toEqual([
      ['3+ years of Rust', 'must'],
      ['Async networking (Tokio)', 'must'],
      ['Embedded Linux', 'nice'],
    ]);
  });

  it("reads Must and Should/Could as must and nice, and leaves out what it won't need", () => {
    const jd = `## Requirements

**Must have**
- Elixir and Phoenix

**Should have**
- LiveView

**Could have**
- Nerves

**Won't have**
- Mainframe operations: nobody here runs one`;
    expect(readRequirements(jd).map((r) => [r.text, r.kind])).toEqual([
      ['Elixir and Phoenix', 'must'],
      ['LiveView', 'nice'],
      ['Nerves', 'nice'],
    ]);
  });

  it("gives bold sub-headings under a requirements heading that heading's kind", () => {
    const jd = `## What you'll do
- Run weekly planning

## What we're looking for

**Leadership**
- Two years leading a team of engineers

**Technical**
- Strong in Ruby

## Nice to have
- Ran a hack week`;
    expect(readRequirements(jd).map((r) => [r.text, r.kind])).toEqual([
      ['Two years leading a team of engineers', 'must'],
      ['Strong in Ruby', 'must'],
      ['Ran a hack week', 'nice'],
    ]);
  });
});

describe('a recruiter email with a terse spec list', () => {
  const jd = `Hi,

Got a contract you might like, spec below:

- 4+ yrs platform engineering
- Nomad in prod
- Vault: policies, remote state, the lot
- Remote EU only
- Consul experience also nice
- CKA would be a big plus

The client has an on-site barista in the Leeds office. Rate is £500/day.`;

  it('reads every bullet of a list that states some of its items as requirements', () => {
    expect(readRequirements(jd).map((r) => [r.text, r.kind])).toEqual([
      ['4+ yrs platform engineering', 'must'],
      ['Nomad in prod', 'must'],
      ['Vault: policies, remote state, the lot', 'must'],
      ['Remote EU only', 'must'],
      ['Consul experience also nice', 'nice'],
      ['CKA would be a big plus', 'nice'],
    ]);
  });

  it('takes a labelled technical line as no location, and a fact about the client as nothing', () => {
    const found = readRequirements(jd);
    expect(found.find((r) => r.text.startsWith('Vault'))?.topic).toBe('general');
    expect(found.find((r) => r.text.startsWith('Remote EU'))?.topic).toBe('location');
    expect(found.map((r) => r.text).join('\n')).not.toContain('barista');
  });

  it('does not read a list of duties under no heading as requirements', () => {
    const duties = `Hi,\n\nThe job:\n\n- Own the deploy pipeline\n- Run the on-call rota\n- Mentor two juniors`;
    expect(readRequirements(duties)).toEqual([]);
  });
});

describe('a one-paragraph hiring post', () => {
  const post =
    'Fernhill | Backend Engineer | REMOTE (EU) | Full-time\n\nWe run a booking platform for ' +
    'climbing gyms. Our services are written in Elixir (we still have some Ruby, so Rails ' +
    'experience helps too), and our analytics jobs are in Python. Our office is in Lisbon. ' +
    'Bonus points for Terraform.';

  it('reads what the team builds with as requirements, and a helpful aside as a nice-to-have', () => {
    expect(readRequirements(post).map((r) => [r.text, r.kind])).toEqual([
      ['REMOTE (EU)', 'must'],
      ['Our services are written in Elixir, and our analytics jobs are in Python.', 'must'],
      ['we still have some Ruby, so Rails experience helps too', 'nice'],
      ['Bonus points for Terraform.', 'nice'],
    ]);
  });
});
