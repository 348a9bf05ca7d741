import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';
import { imported } from '../support/import-fixture.ts';

const askOf = (profile: unknown) => {
  const assistant = createAssistant(ProfileSchema.parse(profile));
  return (question: string) => answerToPlainText(assistant.ask(question));
};

// The modern-cv template: the header in `#show: resume.with(author: (…))`, entries by name.
const modernCv = `#import "@preview/modern-cv:0.8.0": *

#show: resume.with(
  author: (
    firstname: "Ines",
    lastname: "Moreau",
    email: "ines.moreau@example.dev",
    phone: "(+33) 6 12 34 56 78",
    github: "imoreau",
    linkedin: "ines-moreau",
    address: "Lyon, France",
    positions: ("Site Reliability Engineer", "Platform Engineer"),
  ),
  date: datetime.today().display(),
  language: "en",
)

// TODO: ask for 80k at the next review
= Experience

#resume-entry(
  title: "Senior Site Reliability Engineer",
  location: "Lyon, France",
  date: "Mar 2021 - Present",
  description: "Veritas Cloud",
)

#resume-item[
  - Cut incident response time by 35% with *Prometheus* alerting
  - Moved 40 services to Kubernetes on GCP
]

#resume-entry(
  title: "Systems Engineer",
  location: "Grenoble, France",
  date: "2017 - 2021",
  description: "Alpinet",
)

#resume-item[
  - Wrote the Terraform modules for every region
]

/* Old job, left off on purpose:
#resume-entry(title: "Intern", description: "Hidden Corp", date: "2016")
*/

= Skills

#resume-skill-item("Languages", (strong("Go"), "Python", "Bash"))
#resume-skill-item("Tools", ("Kubernetes", "Terraform", "Prometheus"))

= Certifications

#resume-certification("Certified Kubernetes Administrator (CKA)", "2022")

= Languages

- French (native)
- English (fluent)
`;

describe('a Typst CV written with the modern-cv template', () => {
  const { profile, notes } = imported(modernCv);
  const ask = askOf(profile);

  it('reads the header of `resume.with` as name, title, location and contact links', () => {
    expect(notes).toContain('Typst → read as markdown, template calls read by argument');
    expect(profile.identity.name).toBe('Ines Moreau');
    expect(profile.identity.title).toBe('Site Reliability Engineer');
    expect(profile.identity.location).toBe('Lyon, France');
    expect(profile.contact.email).toBe('ines.moreau@example.dev');
    expect(profile.contact.github).toBe('https://github.com/imoreau');
    expect(profile.contact.linkedin).toBe('https://www.linkedin.com/in/ines-moreau');
  });

  it('reads `resume-entry` calls as roles with their dates and `resume-item` bullets', () => {
    expect(profile.roles.map((r) => [r.title, r.company, r.start, r.end])).toEqual([
      ['Senior Site Reliability Engineer', 'Veritas Cloud', '2021-03', 'present'],
      ['Systems Engineer', 'Alpinet', '2017', '2021'],
    ]);
    expect(profile.roles[1]?.location).toBe('Grenoble, France');
    expect(profile.roles[0]?.highlights).toContain(
      'Cut incident response time by 35% with Prometheus alerting',
    );
  });

  it('reads skills, certifications and spoken languages', () => {
    const skills = profile.skills.flatMap((g) => g.skills.map((s) => s.name));
    expect(skills).toEqual(expect.arrayContaining(['Go', 'Python', 'Kubernetes', 'Terraform']));
    expect(profile.certifications.map((c) => c.name)).toContain(
      'Certified Kubernetes Administrator (CKA)',
    );
    expect(profile.languages.map((l) => l.name)).toEqual(['French', 'English']);
  });

  it('leaves comments and configuration out', () => {
    const kept = JSON.stringify(profile);
    for (const remnant of ['80k', 'Hidden Corp', 'Intern', '@preview', 'datetime', '#'])
      expect(kept).not.toContain(remnant);
  });

  it('answers what a visitor asks after the import', () => {
    expect(ask('does she know terraform?')).toMatch(/^Yes/);
    expect(ask('where does she work now?')).toContain('Veritas Cloud');
    expect(ask('is she CKA certified?')).toMatch(/^Yes/);
  });
});
