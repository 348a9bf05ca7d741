import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { importJsonResume } from '../../src/import/json-resume.ts';
import { imported } from '../support/import-fixture.ts';

const CV = `# Lena Brandt

Data Engineer

Hauptstraße 12, 1050 Wien, Austria
Tel.: +43 660 481 2273 | lena@example.com
`;

describe('phone numbers', () => {
  it('reads a labelled number from a CV header into the contact details', () => {
    expect(imported(CV).profile.contact.phone).toBe('+43 660 481 2273');
  });

  it('does not take a year range or a figure for a phone number', () => {
    const { profile } = imported('# Lena Brandt\n\nData Engineer · 2015 – 2024 · 1,200,000 rows\n');
    expect(profile.contact.phone).toBeUndefined();
  });

  it('reads basics.phone of a JSON Resume', () => {
    const { profile } = importJsonResume({
      basics: { name: 'Lena Brandt', label: 'Data Engineer', phone: '+64 21 555 0142' },
    });
    expect(profile.contact.phone).toBe('+64 21 555 0142');
  });

  it('answers "phone number?" with the number, and without one says so and offers the rest', () => {
    const withPhone = createAssistant(imported(CV).profile);
    expect(answerToPlainText(withPhone.ask('phone number?'))).toContain('+43 660 481 2273');
    const without = createAssistant(
      imported(
        '# Lena Brandt\n\nData Engineer · Wien, Austria · [lena@example.com](mailto:lena@example.com)\n',
      ).profile,
    );
    const answer = without.ask('whats her phone number');
    expect(answer.answered).toBe(false);
    expect(answerToPlainText(answer)).toMatch(/doesn't mention a phone number/);
    expect(answerToPlainText(answer)).toContain('lena@example.com');
  });
});
