import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

describe('a name written as a bold line, not a heading', () => {
  it('reads a bio whose first bold line gives the name, pronouns and job', () => {
    const { profile } = imported(
      '**Aroha Ngata (she/her) — Freelance Data Engineer**\n\nI have built data platforms for eight years from Wellington, New Zealand.\n',
    );
    expect(profile.identity.name).toBe('Aroha Ngata');
    expect(profile.identity.pronouns?.subject).toBe('she');
    expect(profile.identity.title).toBe('Freelance Data Engineer');
  });

  it('reads a converted Europass CV: the bold name under "Personal information", the job applied for as the title', () => {
    const { profile } = imported(
      [
        '# Curriculum Vitae',
        '',
        '## PERSONAL INFORMATION',
        '',
        '**Mihail Popescu**',
        '',
        '**Email:** mihail@popescu.example',
        '',
        '**JOB APPLIED FOR / POSITION:** Platform Engineer',
        '',
        '## WORK EXPERIENCE',
        '',
        '**DEVOPS ENGINEER**',
        '',
      ].join('\n'),
    );
    expect(profile.identity.name).toBe('Mihail Popescu');
    expect(profile.identity.title).toBe('Platform Engineer');
    expect(profile.contact.email).toBe('mihail@popescu.example');
  });

  it('keeps a nickname in quotes as part of the greeting name', () => {
    const { profile } = imported(
      '<h1 align="center">Hey, I\'m Oluwaseun "Seun" Adeyemi 👋</h1>\n\nDeveloper Advocate at Tidepool · Ibadan\n',
    );
    expect(profile.identity.name).toBe('Oluwaseun "Seun" Adeyemi');
  });
});
