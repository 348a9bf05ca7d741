import { describe, expect, it } from 'vitest';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';

/** A Word CV as a converter leaves it: glyph bullets, bold "Title | Company | dates" lines. */
const cv = (bullet: string) => `**OLGA BRANDT**

Platform Engineer

Tallinn, Estonia ● olga.brandt@example.org ● github.com/obrandt-example

**CORE COMPETENCIES**

| Capacity planning | Incident command | Cost control |
|---|---|---|
| Release engineering | Observability | Coaching |

**EXPERIENCE**

**Senior Platform Engineer | Veriqo OÜ | Apr 2022 – Present**

${bullet}Moved 60 services onto Kubernetes with Argo CD.

${bullet}Run the on-call rota for four teams.

**Platform Engineer | Northwind Freight | Jan 2019 – Mar 2022**

${bullet}Cut build times in half with remote caching.
`;

describe('a CV converted from Word', () => {
  it('reads the place in a header line whose parts are set apart by "●"', () => {
    const { profile } = importMarkdownProfile(cv('● '));
    expect(profile.identity.location).toBe('Tallinn, Estonia');
    expect(profile.contact.email).toBe('olga.brandt@example.org');
  });

  it('reads "●" lines as the bullets of the job above them', () => {
    const { profile } = importMarkdownProfile(cv('● '));
    const [first, second] = profile.roles;
    expect(first?.company).toBe('Veriqo OÜ');
    expect(first?.highlights).toContain('Run the on-call rota for four teams.');
    expect(second?.company).toBe('Northwind Freight');
    expect(second?.highlights).toContain('Cut build times in half with remote caching.');
  });

  it('never takes a sentence above a dated job line for that job’s employer', () => {
    const { profile } = importMarkdownProfile(cv(''));
    expect(profile.roles.map((r) => r.company)).toEqual(['Veriqo OÜ', 'Northwind Freight']);
    expect(profile.roles[0]?.summary).toContain('Run the on-call rota for four teams.');
    expect(profile.roles[1]?.summary).toContain('Cut build times in half');
  });

  it('reads a two-row grid of competencies as one competency a cell', () => {
    const { profile } = importMarkdownProfile(cv('● '));
    const names = profile.skills.flatMap((c) => c.skills.map((s) => s.name));
    expect(names).toEqual(
      expect.arrayContaining([
        'Capacity planning',
        'Incident command',
        'Cost control',
        'Release engineering',
        'Observability',
        'Coaching',
      ]),
    );
    expect(profile.skills.map((c) => c.name)).not.toContain('Release engineering');
  });

  it('still reads a table of groups over one row of skills as groups', () => {
    const { profile } = importMarkdownProfile(
      '# Ana Lee\n\nBackend Developer\n\n## Skills\n\n| Languages | Cloud |\n|---|---|\n| Go | AWS |\n',
    );
    const names = profile.skills.flatMap((c) => c.skills.map((s) => s.name));
    expect(names).toEqual(expect.arrayContaining(['Go', 'AWS']));
    expect(names).not.toContain('Languages');
  });
});
