import { describe, expect, it } from 'vitest';
import { readRequirements } from '../../src/fit/requirements.ts';

const PAGE = `# Senior Data Engineer — Logistics

Status: Open · Team: Routing

## About Kartly

Kartly plans delivery routes for 400 couriers.

▸ Why Scala and not Python?
    You will find Scala everywhere; we tried Python for the planner and you should know it failed.

▸ 🔒 Debrief notes (internal)
    Candidates must know Spark internals by heart, said nobody sensible.

## Requirements

- [ ] 5+ years of data engineering
- [ ] Spark in production
- [ ] (nice) Flink or Kafka Streams
- [ ] (bonus) You have run a data platform on GCP

▸ 🔒 From the last debrief
    - You must know Airflow backfills cold
    - Skip the Kafka trivia

## Hiring checklist

- [x] Budget approved
- [ ] Confirm the shortlist has 5+ years of Scala
- [ ] Panel booked
`;

describe('a pasted wiki page', () => {
  const found = readRequirements(PAGE);
  const kindOf = (text: string) => found.find((r) => r.text === text)?.kind;

  it('reads unticked checkboxes as list items, a bracketed marker deciding their kind', () => {
    expect(kindOf('5+ years of data engineering')).toBe('must');
    expect(kindOf('Spark in production')).toBe('must');
    expect(kindOf('Flink or Kafka Streams')).toBe('nice');
    expect(kindOf('You have run a data platform on GCP')).toBe('nice');
  });

  it('leaves out a checklist with ticked boxes, unticked ones included', () => {
    const all = found.map((r) => r.text).join('\n');
    for (const admin of ['Budget approved', 'shortlist', 'Panel booked'])
      expect(all).not.toContain(admin);
  });

  it('leaves out toggles and their folded content', () => {
    const all = found.map((r) => r.text).join('\n');
    for (const aside of ['Why Scala', 'Python for', 'Spark internals', 'Airflow', 'Kafka trivia'])
      expect(all).not.toContain(aside);
  });

  it('reads a toggle titled as requirements as a heading over its content', () => {
    const folded = readRequirements(
      '# Backend Engineer\n\n▸ Must-haves\n    - Go in production\n    - PostgreSQL\n',
    );
    expect(folded.find((r) => r.text === 'Go in production')?.kind).toBe('must');
  });
});

describe('marks used as bullets', () => {
  it('reads "▸" lines with nothing folded under them, one after another, as a list', () => {
    const found = readRequirements(
      '# Backend Engineer\n\n## Requirements\n\n▸ 5+ years of Go\n▸ PostgreSQL in production\n',
    );
    expect(found.find((r) => r.text === '5+ years of Go')?.kind).toBe('must');
    expect(found.find((r) => r.text === 'PostgreSQL in production')?.kind).toBe('must');
  });
});
