import { describe, expect, it } from 'vitest';
import { readRequirements } from '../../src/fit/requirements.ts';

const AGENCY = `Data Platform Engineer – Leeds | £70k

Job Title: Data Platform Engineer
Location: Leeds – hybrid, 2 days a week in the office

The Role
You will run the batch pipelines of a retail bank.

Essential skills: 4+ years Python, Spark in production, Airflow or Prefect, data modelling (star schemas, Data Vault)

Nice to have: Scala, Kafka or Pulsar, dbt

Benefits: pension, 27 days holiday.
`;

describe('a labelled line listing a group of requirements', () => {
  const found = readRequirements(AGENCY);
  const kindOf = (text: string) => found.find((r) => r.text === text)?.kind;

  it('reads each comma-separated item as its own requirement of the label kind', () => {
    expect(kindOf('4+ years Python')).toBe('must');
    expect(kindOf('Spark in production')).toBe('must');
    expect(kindOf('data modelling (star schemas, Data Vault)')).toBe('must');
    expect(kindOf('Scala')).toBe('nice');
    expect(kindOf('dbt')).toBe('nice');
  });

  it('keeps "X or Y" inside one item as one requirement of alternatives', () => {
    expect(kindOf('Airflow or Prefect')).toBe('must');
    expect(kindOf('Kafka or Pulsar')).toBe('nice');
    expect(found.some((r) => r.text === 'Airflow' || r.text === 'Pulsar')).toBe(false);
  });

  it('keeps a list of bare names ending in one choice whole', () => {
    const choice = readRequirements('Requirements: Go, Rust or Zig\n');
    expect(choice.map((r) => r.text)).toEqual(['Go, Rust or Zig']);
  });

  it('leaves the benefits line out', () => {
    expect(found.some((r) => /pension|holiday/.test(r.text))).toBe(false);
  });
});
