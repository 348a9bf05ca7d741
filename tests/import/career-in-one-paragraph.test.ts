import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

// An invented personal site: the career told as one paragraph per employer, with a promotion
// and a later title at the same place, and a "Uses" list naming a laptop.
const page = `# Hi, I'm Maren

I'm a backend engineer living in Tromsø. I've been writing software for about nine years now,
mostly on the quiet side of the stack: databases, queues and the pager.

## Work

I started out in 2015 at **Fjordline Data**, a Bergen consultancy building shipping software, as
a Junior Developer. It was Java on top of a large Oracle database. I was promoted to Software
Developer in 2017 and stayed until 2019.

In 2019 I joined **Polar Ledger** — accounting software for small firms — as a Backend Engineer,
writing Go services for invoicing. In 2021 I moved over to the platform team, and I've been a
Staff Platform Engineer there since 2022.

## Uses

- ThinkPad X1 Carbon Gen 10 running Debian
- Neovim and tmux, Go every day
`;

describe('a career told one paragraph per employer', () => {
  const { profile } = imported(page);
  const roles = profile.roles.map((r) => [r.company, r.title, r.start, r.end]);

  it('reads the promotion as a title of its own, with the years each title was held', () => {
    expect(roles).toEqual(
      expect.arrayContaining([
        ['Fjordline Data', 'Junior Developer', '2015', '2017'],
        ['Fjordline Data', 'Software Developer', '2017', '2019'],
      ]),
    );
  });

  it('reads the title held "there since" a year as the current job', () => {
    expect(roles).toEqual(
      expect.arrayContaining([
        ['Polar Ledger', 'Backend Engineer', '2019', '2022'],
        ['Polar Ledger', 'Staff Platform Engineer', '2022', 'present'],
      ]),
    );
  });

  it('takes no skill from a laptop’s model name and no expertise from "mostly"', () => {
    const skills = profile.skills.flatMap((c) => c.skills.map((s) => s.name));
    expect(skills).not.toContain('Carbon');
    expect(profile.expertise).not.toContain('mostly');
  });
});
