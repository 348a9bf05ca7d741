import { describe, expect, it } from 'vitest';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';

// An invented GitHub README whose "about me" is a code block.
const TS_README = `<h1 align="center">Hey, I'm Wren</h1>

### about me

\`\`\`ts
const me = {
  name: "Wren Adeyemi-Holt",
  pronouns: "she/her",
  role: "Staff Data Engineer, Ingestion @ Pelican Freight",
  location: "Accra, Ghana",
  experienceYears: 9, // counting the internship
  stack: {
    languages: ["Python", "Scala"],
    data: ["Apache Spark", "Kafka"],
  },
  currentlyLearning: ["Zig"],
  askMeAbout: ["backfills", "schema evolution"],
  spokenLanguages: ["English (native)", "French (B2)"],
  openTo: "advisory work from March 2027, remote",
  favouriteSnack: 'plantain chips',
};

const career = [
  { company: "Pelican Freight", title: "Staff Data Engineer, Ingestion", from: "2021-05", to: "present" },
  { company: "Okapi Labs", title: "Data Engineer", from: "2016-01", to: "2021-04" }, // first job
];
const education = "BSc Computer Science, Kwame Nkrumah University (2015)";
const certs = ["Databricks Certified Data Engineer (2023)", "Kafka Developer (exam scheduled May 2027)"];
\`\`\`
`;

const PY_README = `# Hi there

\`\`\`python
me = {
    'full_name': 'Tomás Ibarra',  # legal name
    'title': 'Backend Developer at Quetzal Pay',
    'skills': ['Go', 'PostgreSQL'],
    'remote': True,
}
\`\`\`
`;

describe('importing a README whose about me is a code block', () => {
  const { profile, notes } = importMarkdownProfile(TS_README);

  it('reads the identity from the object literal, the full name over the greeting', () => {
    expect(profile.identity).toMatchObject({
      name: 'Wren Adeyemi-Holt',
      title: 'Staff Data Engineer, Ingestion',
      location: 'Accra, Ghana',
      yearsOfExperience: 9,
      availability: 'advisory work from March 2027, remote',
      pronouns: { subject: 'she' },
    });
  });

  it('maps keys by meaning: stack groups, learning, ask-me-about, spoken languages', () => {
    expect(profile.skills.map((c) => [c.name, c.skills.map((s) => s.name)])).toEqual(
      expect.arrayContaining([
        ['languages', ['Python', 'Scala']],
        ['data', ['Apache Spark', 'Kafka']],
      ]),
    );
    expect(profile.exploring).toEqual(['Zig']);
    expect(profile.skills.flatMap((c) => c.skills.map((s) => s.name))).not.toContain('Zig');
    expect(profile.expertise).toEqual(['backfills', 'schema evolution']);
    expect(profile.languages).toEqual([
      { name: 'English', proficiency: 'native' },
      { name: 'French', proficiency: 'B2' },
    ]);
  });

  it('reads the career array as roles, the education line and the certificates', () => {
    expect(profile.roles.map((r) => [r.company, r.title, r.start, r.end])).toEqual([
      ['Pelican Freight', 'Staff Data Engineer, Ingestion', '2021-05', 'present'],
      ['Okapi Labs', 'Data Engineer', '2016-01', '2021-04'],
    ]);
    expect(profile.education[0]).toMatchObject({
      institution: 'Kwame Nkrumah University',
      degree: 'BSc Computer Science',
    });
    expect(profile.certifications).toEqual([
      { name: 'Databricks Certified Data Engineer', year: '2023' },
      { name: 'Kafka Developer', year: 'exam scheduled May 2027' },
    ]);
  });

  it('keeps an unknown key as text and says so in the report', () => {
    expect(JSON.stringify(profile.sections)).toContain('plantain chips');
    expect(notes.join('\n')).toContain('favouriteSnack');
  });

  it('reads a Python dict the same way', () => {
    const python = importMarkdownProfile(PY_README).profile;
    expect(python.identity).toMatchObject({ name: 'Tomás Ibarra', title: 'Backend Developer' });
    expect(python.roles[0]).toMatchObject({ company: 'Quetzal Pay', title: 'Backend Developer' });
    expect(python.skills.flatMap((c) => c.skills.map((s) => s.name))).toEqual(['Go', 'PostgreSQL']);
  });
});

describe('a comment after a career entry in a code block', () => {
  it('is what the owner did there, kept as a highlight of that role', () => {
    const profile = importMarkdownProfile(TS_README).profile;
    const okapi = profile.roles.find((r) => r.company === 'Okapi Labs');
    expect(okapi?.highlights).toEqual(['first job']);
    expect(profile.roles.find((r) => r.company === 'Pelican Freight')?.highlights).toEqual([]);
  });
});
