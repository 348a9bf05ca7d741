import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { importProfile } from '../../src/import/import-profile.ts';
import { isTypst } from '../../src/import/typst-detect.ts';
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

// The basic-resume template: a flat header, `#work`/`#edu`/`#project` calls with bullets after them.
const basicResume = `#import "@preview/basic-resume:0.2.8": *

#let name = "Tomasz Wierzbicki"
#show: resume.with(
  author: name,
  location: "Gdańsk, Poland",
  email: "tomasz@example.dev",
  github: "github.com/twierz",
  linkedin: "linkedin.com/in/twierz",
  phone: "+48 500 600 700",
  personal-site: "twierz.dev",
  accent-color: "#26428b",
  font: "New Computer Modern",
)

== Work Experience

#work(
  title: "Backend Developer",
  location: "Gdańsk, Poland",
  company: "Baltic Payments",
  dates: dates-helper(start-date: "May 2020", end-date: "Present"),
)
- Built the settlement service in *Rust* and PostgreSQL
- Cut batch run time from 4~h to 20 min -- with \`tokio\` streams

#work(
  title: "Junior Developer",
  location: "Warsaw, Poland",
  company: "Kodeks Software",
  dates: dates-helper(start-date: "2018", end-date: "2020"),
)
- Maintained the Java billing monolith

== Education

#edu(
  institution: "Gdańsk University of Technology",
  location: "Gdańsk, Poland",
  dates: dates-helper(start-date: "2014", end-date: "2018"),
  degree: "Bachelor of Engineering, Computer Science",
)

== Projects

#project(
  name: "pgqueue-rs",
  role: "Maintainer",
  dates: dates-helper(start-date: "2021", end-date: "Present"),
  url: "github.com/twierz/pgqueue-rs",
)
- A job queue on PostgreSQL for Rust services

== Certifications

#certificates(
  name: "Professional Data Engineer",
  issuer: "Google Cloud",
  date: "2023",
)

== Skills
- *Languages*: Rust, Java, SQL
- *Technologies*: PostgreSQL, Kafka, Docker
`;

describe('a Typst CV written with the basic-resume template', () => {
  const { profile } = imported(basicResume);
  const ask = askOf(profile);

  it('reads the flat header: name, location, phone, site and profile links', () => {
    expect(profile.identity.name).toBe('Tomasz Wierzbicki');
    expect(profile.identity.location).toBe('Gdańsk, Poland');
    expect(profile.contact.phone).toBe('+48 500 600 700');
    expect(profile.contact.github).toBe('https://github.com/twierz');
    expect(profile.contact.linkedin).toBe('https://linkedin.com/in/twierz');
  });

  it('reads `#work` calls as roles with the dates of `dates-helper`', () => {
    expect(profile.roles.map((r) => [r.title, r.company, r.start, r.end, r.location])).toEqual([
      ['Backend Developer', 'Baltic Payments', '2020-05', 'present', 'Gdańsk, Poland'],
      ['Junior Developer', 'Kodeks Software', '2018', '2020', 'Warsaw, Poland'],
    ]);
    expect(profile.roles[0]?.highlights).toContain(
      'Cut batch run time from 4 h to 20 min – with tokio streams',
    );
  });

  it('reads education, projects with their link, certifications and skills', () => {
    expect(profile.education.map((e) => e.institution)).toEqual([
      'Gdańsk University of Technology',
    ]);
    expect(profile.projects.map((p) => [p.name, p.links[0]?.url])).toEqual([
      ['pgqueue-rs', 'https://github.com/twierz/pgqueue-rs'],
    ]);
    expect(profile.certifications.map((c) => [c.name, c.issuer, c.year])).toEqual([
      ['Professional Data Engineer', 'Google Cloud', '2023'],
    ]);
    expect(JSON.stringify(profile.projects[0])).toContain('Maintainer');
    const skills = profile.skills.flatMap((g) => g.skills.map((s) => s.name));
    expect(skills).toEqual(expect.arrayContaining(['Rust', 'Java', 'Kafka', 'Docker']));
  });

  it('answers what a visitor asks after the import', () => {
    expect(ask('does he know rust?')).toMatch(/^Yes/);
    expect(ask('where did he study?')).toContain('Gdańsk University of Technology');
  });
});

// A hand-written template: helpers defined with `#let`, called with positional arguments.
const handWritten = `#set page(margin: 1.5cm)
#set text(font: "Inter", size: 10pt)
#show heading: it => block(above: 1em)[#smallcaps(it.body)]

#let job(title, company, dates, body) = {
  grid(columns: (1fr, auto), [*#title*, #company], dates)
  body
}
#let school(degree, org, when) = [*#degree* -- #org #h(1fr) #when]
#let gig(role, employer, start, end, place: none) = [*#role* at #employer (#start -- #end)]

#align(center)[
  #text(size: 22pt)[*Amara Okonkwo*] \\
  Data Engineer \\
  Nairobi, Kenya \\
  #link("mailto:amara@example.dev")[amara\\@example.dev] |
  #link("https://github.com/aokonkwo")[GitHub] |
  #link("https://www.linkedin.com/in/aokonkwo")[LinkedIn]
]

= Experience

#job("Senior Data Engineer", "Savanna Analytics", "Jan 2022 -- Present")[
  - Designed the Spark pipelines for 2 TB of daily events
  - Moved orchestration to *Airflow*
]

#job("Data Analyst", "Mara Retail", "2019 -- 2021")[
  - Built dashboards in Looker on BigQuery
]

// #job("Secret Consultant", "Shadow Ltd", "2018")[ - confidential ]

#gig("Freelance Data Consultant", "Self-employed", "2017", "2019", place: "Mombasa, Kenya")

= Education

#school("M.Sc. Data Science", "University of Nairobi", "2017 -- 2019")

= Skills

#grid(columns: 2,
  [*Languages:*], [Python, SQL, Scala],
  [*Data:*], [Spark, Airflow, BigQuery, dbt],
)

= Languages
- English (fluent)
- Swahili (native)
`;

describe('a hand-written Typst CV with #let helpers', () => {
  const { profile } = imported(handWritten);
  const ask = askOf(profile);

  it('reads the centred header as name, title, place and links', () => {
    expect(profile.identity.name).toBe('Amara Okonkwo');
    expect(profile.identity.title).toBe('Data Engineer');
    expect(profile.identity.location).toBe('Nairobi, Kenya');
    expect(profile.contact.email).toBe('amara@example.dev');
    expect(profile.contact.github).toBe('https://github.com/aokonkwo');
  });

  it('maps positional arguments by the names of the helper parameters', () => {
    expect(profile.roles.map((r) => [r.title, r.company, r.start, r.end])).toEqual([
      ['Senior Data Engineer', 'Savanna Analytics', '2022-01', 'present'],
      ['Data Analyst', 'Mara Retail', '2019', '2021'],
      ['Freelance Data Consultant', 'Self-employed', '2017', '2019'],
    ]);
    expect(profile.roles[2]?.location).toBe('Mombasa, Kenya');
    expect(profile.roles[0]?.highlights).toContain('Moved orchestration to Airflow');
    expect(profile.education.map((e) => e.institution)).toEqual(['University of Nairobi']);
  });

  it('reads grid cells as skills and keeps commented-out jobs out', () => {
    const skills = profile.skills.flatMap((g) => g.skills.map((s) => s.name));
    expect(skills).toEqual(expect.arrayContaining(['Python', 'Scala', 'Spark', 'dbt']));
    expect(profile.languages.map((l) => l.name)).toEqual(['English', 'Swahili']);
    const kept = JSON.stringify(profile);
    for (const remnant of ['Shadow', 'Secret', 'Inter', '1.5cm', 'smallcaps'])
      expect(kept).not.toContain(remnant);
  });

  it('answers what a visitor asks after the import', () => {
    expect(ask('has she used airflow?')).toMatch(/^Yes/);
    const shadow = ask('did she work at Shadow Ltd?');
    expect(shadow).toMatch(/^No/);
  });
});

// brilliant-cv and imprecv: `#cvEntry` with content arguments and a `list(…)` of bullets.
const brilliantCv = `#import "@preview/brilliant-cv:2.0.3": cvSection, cvEntry, cvSkill
#let metadata = toml("./metadata.toml")

= Kwame Asante

Mobile Engineer \\
Accra, Ghana \\
#link("mailto:kwame@example.dev") \\
#link("https://github.com/kasante")[github.com/kasante]

== Professional Experience

#cvEntry(
  title: [Lead Android Engineer],
  society: [Paystack],
  date: [2020 - Present],
  location: [Accra, Ghana],
  description: list(
    [Shipped the merchant app to 2 million users with #strong[Kotlin] and Jetpack Compose],
    [Set up the release train on GitHub Actions],
  ),
)

== Skills

#cvSkill(type: [Languages], info: [Kotlin #h(2pt) $dot$ #h(2pt) Swift #h(2pt) $dot$ #h(2pt) Dart])
`;

describe('a Typst CV written with brilliant-cv entries', () => {
  const { profile } = imported(brilliantCv);

  it('reads `#cvEntry` content arguments and its `list(…)` of bullets', () => {
    expect(profile.identity.name).toBe('Kwame Asante');
    expect(profile.identity.title).toBe('Mobile Engineer');
    expect(profile.roles.map((r) => [r.title, r.company, r.start, r.end, r.location])).toEqual([
      ['Lead Android Engineer', 'Paystack', '2020', 'present', 'Accra, Ghana'],
    ]);
    expect(profile.roles[0]?.highlights).toContain(
      'Shipped the merchant app to 2 million users with Kotlin and Jetpack Compose',
    );
    const skills = profile.skills.flatMap((g) => g.skills.map((s) => s.name));
    expect(skills).toEqual(expect.arrayContaining(['Kotlin', 'Swift', 'Dart']));
  });
});

describe('telling a Typst source from other text', () => {
  it('reports a cv.typ as read as Typst', async () => {
    const result = await importProfile(new TextEncoder().encode(modernCv));
    expect(result.format).toBe('typst');
    expect(result.profile.identity.name).toBe('Ines Moreau');
  });

  it('does not take AsciiDoc, which also heads its page with "= Title", for Typst', () => {
    const asciidoc = '= Jane Doe\n:toc:\n#let x = 1\n\n== Experience\n\nlink:https://x.dev[site]\n';
    expect(isTypst(asciidoc)).toBe(false);
    expect(isTypst('# Jane Doe\n\n```typst\n#set page(margin: 1cm)\n```\n')).toBe(false);
    expect(isTypst('= Jane Doe\n\n#set page(margin: 1cm)\n== Experience\n')).toBe(true);
  });
});

describe('a hand-written talk helper and spoken languages among the skills', () => {
  const source = [
    '#let talk(title, venue, year) = [#emph(title) #h(1fr) #venue, #year \\ ]',
    '#show: resume.with(author: (firstname: "Maëlys", lastname: "Kerhervé", email: "maelys@example.org", positions: ("Embedded Rust Engineer",)))',
    '',
    '= Summary',
    '*9 years* of embedded Rust, first in a lab and then in industry.',
    '',
    '= Skills',
    '- *Programming:* Rust, C, Python',
    '- *Spoken:* French (native), English (C1), Breton (conversational)',
    '',
    '= Talks',
    '#talk("Proving a door controller", "RustConf 2024", "Montréal")',
  ].join('\n');

  it('reads the talk with where it was given, and the spoken group as languages', async () => {
    const { profile } = await importProfile(new TextEncoder().encode(source));
    expect(profile.publications.map((p) => [p.kind, p.title])).toEqual([
      ['talk', 'Proving a door controller'],
    ]);
    expect(profile.languages.map((l) => l.name)).toEqual(['French', 'English', 'Breton']);
    expect(profile.skills.map((c) => c.name)).not.toContain('Spoken');
    expect(profile.identity.yearsOfExperience).toBe(9);
  });
});
