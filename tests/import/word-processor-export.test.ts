import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

/**
 * A résumé exported from a word processor to markdown: the name in capitals on the first line,
 * a wrapped contact line below a blank line, capital headings, "•" bullets wrapped at 72
 * columns, "Label: a, b" skill lines that wrap too.
 */
const exported = `TOMASZ WIERZBICKI

Gdańsk, Poland • (058) 555-0142 •
[tomasz.w\\@example.org](mailto:tomasz.w@example.org)
• [github.com/twierz](https://github.com/twierz)

SUMMARY

Platform Engineer with 7+ years of experience running Kubernetes for
shipping companies. Available with six weeks’ notice.

EXPERIENCE

PLATFORM ENGINEER | Baltic Cargo Lines | Jan 2021 – Present

• Run the EKS clusters behind the booking system (Go services, Kafka
→ ClickHouse) for 40 teams.

• Cut the monthly AWS bill by a third through spot instances.

SYSTEMS ADMINISTRATOR | Pomorze Freight | Jun 2017 – Dec 2020

• Moved 60 virtual machines (VMware, later
Proxmox) into Ansible.

SKILLS

Cloud: AWS (EKS, S3, IAM), Google
Cloud Run

Tooling: Terraform, Ansible, Argo CD

VOLUNTEERING

• Mentor, Women in Tech Gdańsk (formerly Tech Ladies
Gdańsk), 2019 – 2023 – ran Linux workshops
`;

describe('a résumé a word processor exported to markdown', () => {
  const { profile } = imported(exported);

  it('finds the name in capitals on the first line, with the contact line under a blank line', () => {
    expect(profile.identity.name).toMatch(/tomasz wierzbicki/i);
    expect(profile.identity.location).toBe('Gdańsk, Poland');
    expect(profile.contact.phone).toBe('(058) 555-0142');
    expect(profile.contact.email).toBe('tomasz.w@example.org');
  });

  it('reads each "TITLE | Company | dates" line as a role, its "•" bullets as highlights', () => {
    expect(profile.roles.map((r) => [r.title, r.company])).toEqual([
      ['Platform Engineer', 'Baltic Cargo Lines'],
      ['Systems Administrator', 'Pomorze Freight'],
    ]);
    const first = profile.roles[0];
    expect(first?.highlights.join(' ')).toContain('Kafka → ClickHouse) for 40 teams');
    expect(profile.roles[1]?.highlights[0]).toContain('(VMware, later Proxmox) into Ansible');
  });

  it('joins a labelled skill list that wraps onto the next line', () => {
    const names = profile.skills.flatMap((c) => c.skills.map((s) => s.name));
    expect(names).toContain('Google Cloud Run');
    expect(names).not.toContain('Cloud Run');
  });

  it('takes "Available with six weeks’ notice" as the availability', () => {
    expect(profile.identity.availability).toMatch(/six weeks’ notice/);
  });

  it('reads a volunteering section as volunteer work, position and organisation apart', () => {
    expect(profile.volunteer).toEqual([
      expect.objectContaining({
        position: 'Mentor',
        organization: 'Women in Tech Gdańsk (formerly Tech Ladies Gdańsk)',
        start: '2019',
        end: '2023',
      }),
    ]);
    expect(profile.awards).toEqual([]);
  });
});
