import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { sentences } from '../../src/answer/retrieve/sentences.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

describe('sentences of a paragraph', () => {
  it('splits at sentence ends and keeps initialisms and abbreviations whole', () => {
    expect(
      sentences(
        'I moved to the U.S. in 2019. I use tools, e.g. Go and Rust. I joined Acme Inc. in May!',
      ),
    ).toEqual([
      'I moved to the U.S. in 2019.',
      'I use tools, e.g. Go and Rust.',
      'I joined Acme Inc. in May!',
    ]);
  });

  it('ends a sentence after a German quotation closed with a straight quote', () => {
    expect(
      sentences(
        'Ich hielt den Vortrag „Kafka ohne Schmerzen" – Folien auf GitHub. Dank Erasmus spreche ich Schwedisch.',
      ),
    ).toEqual([
      'Ich hielt den Vortrag „Kafka ohne Schmerzen" – Folien auf GitHub.',
      'Dank Erasmus spreche ich Schwedisch.',
    ]);
  });

  it('gives a one-sentence line back whole', () => {
    expect(sentences('Led the Django → Next.js migration with zero downtime')).toEqual([
      'Led the Django → Next.js migration with zero downtime',
    ]);
  });
});

const profile = ProfileSchema.parse({
  identity: { name: 'Dan Okafor', title: 'Engineering Manager' },
  summary: [
    'I build calm teams. I moved our CI to Buildkite in 2022, which halved build times. I like tea.',
  ],
  roles: [
    {
      company: 'Tidewater Health',
      title: 'Engineering Manager',
      highlights: ['Led the Django → Next.js migration of the patient portal with zero downtime'],
      technologies: ['Django', 'Next.js', 'Node.js', 'AWS'],
    },
  ],
});

describe('evidence quotes', () => {
  const assistant = createAssistant(profile);

  it('cites the sentence about a technology, not its whole paragraph', () => {
    const text = assistant.ask('does he know Buildkite?').text;
    expect(text).toContain('I moved our CI to Buildkite in 2022, which halved build times.');
    expect(text).not.toContain('I like tea');
  });

  it('cites a highlight that names the technology before a bare technologies list', () => {
    const text = assistant.ask('does he know Django?').text;
    expect(text).toContain('Led the Django → Next.js migration');
    expect(text).not.toContain('Technologies: Django');
  });

  it('counts a question in characters, not UTF-16 units', () => {
    const emoji = '🙂'.repeat(300);
    expect(assistant.ask(emoji).title).not.toMatch(/too long/i);
  });
});
