import { describe, expect, it } from 'vitest';
import { readRequirements } from '../../src/fit/requirements.ts';
import { fitFor, statusIn } from './profile-fit.ts';

const texts = (jd: string) => readRequirements(jd).map((r) => `${r.kind}: ${r.text}`);

const message = [
  'Subject: Staff Data Engineer - logistics scale-up - hybrid Madrid',
  '',
  'Hello,',
  '',
  'I hope this finds you well! My client, a logistics scale-up (they ship parcels for 900 shops), is looking for a Staff Data Engineer to join their routing team.',
  '',
  "A little about them: they're based in Madrid with a small office in Porto, and the team is 120 people.",
  '',
  "Scala is their main language and they'd expect you to know it inside out. Knowing Airflow well is key. Experience with dbt would also be a nice extra.",
  '',
  "They can only hire people who live in Spain or Portugal. They can't sponsor visas, so you'd need the right to work in one of those two countries.",
  '',
  'Would you be up for a quick 10 min call on Friday?',
  '',
  'Best,',
  'Marta',
].join('\n');

describe("a recruiter's message in prose", () => {
  it('reads the asks inside sentences and tells the nice extra from the musts', () => {
    expect(texts(message)).toEqual([
      "must: Scala is their main language and they'd expect you to know it inside out.",
      'must: Knowing Airflow well is key.',
      'nice: Experience with dbt would also be a nice extra.',
      'must: They can only hire people who live in Spain or Portugal.',
      "must: They can't sponsor visas, so you'd need the right to work in one of those two countries.",
    ]);
  });

  it('reports neither the subject, the role announced, where the client sits nor the call', () => {
    expect(texts(message).join('\n')).not.toMatch(/subject|looking for|porto|10 min call/i);
  });

  it('never takes living in one of "those two countries" for the right to work there', () => {
    const status = (key: string) => statusIn(key, message, 'right to work');
    // Tomás lives in Lisbon; Ha in Da Nang. Neither profile states a right to work anywhere.
    const tomas = fitFor('tomas-arvelo')
      .fit(message)
      .requirements.find((r) => r.requirement.includes('right to work'));
    expect(tomas?.status).toBe('missing');
    expect(tomas?.closest.join(' ')).toMatch(/Lisbon/);
    expect(status('pham-thu-ha')).toBe('missing');
    expect(fitFor('pham-thu-ha').fit(message).unclassified).toEqual([]);
  });
});

describe('a recruiter message written as paragraphs', () => {
  it('ends a sentence at an emoji, so one sentence’s tools do not meet the next', () => {
    const report = fitFor('shipped').fit(
      'They need someone who has built offline-first Android apps with Room, because nurses work with zero signal 😅 You would also work with their CI on GitHub Actions.',
    );
    const offline = report.requirements.find((r) => r.requirement.includes('offline-first'));
    // The shipped profile lists GitHub Actions, and no Android work.
    expect(offline?.status).toBe('missing');
  });

  it('reads "Nice to haves would be …" as nice-to-haves', () => {
    const report = fitFor('shipped').fit(
      'The must-haves are 5+ years of backend development with Go. Nice to haves would be some Rust, and Kafka.',
    );
    expect(report.requirements.find((r) => r.requirement.includes('Rust'))?.kind).toBe('nice');
  });
});
