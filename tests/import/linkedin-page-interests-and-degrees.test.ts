import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

// An invented LinkedIn page copied as text: pastimes said in "About", the pages followed under
// "Interests" with the section's tabs, and a Québec degree written in French, then in English.
const page = [
  'Gaëlle Tremblay-Osei',
  ' She/Her',
  'Backend Engineer | Elixir · PostgreSQL',
  'Sherbrooke, Quebec, Canada · Contact info',
  '812 followers · 500+ connections',
  '',
  'About',
  'I build billing systems in Elixir.',
  '',
  'Away from the keyboard: canoe camping, pottery, and far too many board games.',
  '',
  'Experience',
  'Marelle logo',
  'Backend Engineer',
  'Marelle · Full-time',
  'Feb 2021 - Present · 4 yrs',
  'Elixir, Phoenix and PostgreSQL.',
  '',
  'Education',
  'Université de Sherbrooke logo',
  'Université de Sherbrooke',
  'Baccalauréat en informatique (B. Sc.), Computer Science',
  '2014 - 2017',
  '',
  'Interests',
  'Top Voices',
  'Companies',
  'Groups',
  'Schools',
  'Elixir Lang',
  '12,400 followers',
  'Show all companies →',
  '',
  'People also viewed',
  'Someone Else · 2nd',
  'Engineer at Elsewhere',
].join('\n');

describe('a LinkedIn page with pastimes in About and pages followed under Interests', () => {
  const { profile } = imported(page);
  const interests = profile.interests.map((i) => i.name);

  it("takes none of the Interests section's tabs for an interest", () => {
    expect(interests).not.toEqual(expect.arrayContaining(['Companies']));
    expect(interests).not.toContain('Groups');
    expect(interests).not.toContain('Top Voices');
    expect(interests).toContain('Elixir Lang');
  });

  it('adds the pastimes About names outright beside the pages followed', () => {
    expect(interests).toEqual(expect.arrayContaining(['canoe camping', 'pottery']));
  });

  it('reads a French baccalauréat as the degree and keeps the English name of the field', () => {
    const school = profile.education.find((e) => e.institution === 'Université de Sherbrooke');
    expect(school?.degree).toBe('Baccalauréat');
    expect(JSON.stringify(school)).toMatch(/Computer Science/);
    expect(JSON.stringify(school)).toMatch(/informatique/);
  });
});
