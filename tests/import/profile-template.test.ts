import { describe, expect, it } from 'vitest';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';
import { readPronouns } from '../../src/import/pronouns.ts';
import { fixture, imported } from '../support/import-fixture.ts';

const she = { subject: 'she', object: 'her', possessive: 'her' };
const they = { subject: 'they', object: 'them', possessive: 'their' };

describe('importing the Priya Raman README (GitHub template, HTML greeting, bold-line roles)', () => {
  const { profile, notes } = imported(fixture('priya-raman.md'), { pronouns: she });

  it('files the template bullets under exploring, contact and expertise, not the summary', () => {
    expect(profile.exploring).toEqual(['Jetpack Compose Multiplatform']);
    expect(profile.contact.email).toBe('priya.raman@example.com');
    expect(profile.expertise).toEqual(['offline sync', 'Room', 'Core Data']);
    // The owner's paragraph first; what has no field of its own stays, as written.
    expect(profile.summary).toEqual([
      'I have 5 years of experience building consumer apps for fintech and healthcare startups.',
      "I'm currently working on a payments SDK at Kirana Pay",
      'Fun fact I have shipped 14 apps to the Play Store',
    ]);
    expect(notes).toEqual(
      expect.arrayContaining([
        'About Me → summary (3 paragraphs), exploring (1), "Ask me about" (1), contact (1)',
        'Ask me about → expertise (3): offline sync, Room, Core Data',
      ]),
    );
  });

  it('reads both roles written as bold lines with their dates and bullets', () => {
    expect(profile.roles).toEqual([
      {
        company: 'Kirana Pay',
        title: 'Senior Mobile Engineer',
        start: '2022',
        end: 'present',
        highlights: [
          'Led the rewrite of the merchant app in Jetpack Compose, cutting crash rate by 60%.',
          'Built an offline-first sync engine on Room and WorkManager.',
        ],
        // The tools its bullets name.
        technologies: ['Jetpack Compose', 'Room', 'WorkManager'],
      },
      {
        company: 'MediTrack',
        title: 'Mobile Developer',
        start: '2019',
        end: '2022',
        highlights: ['Shipped the iOS patient app in SwiftUI with Core Data.'],
        technologies: ['iOS', 'SwiftUI', 'Core Data'],
      },
    ]);
    expect(notes).toContain('Experience → 2 roles');
  });

  it('takes the name from the markdown H1 and the headline from the HTML <h3>', () => {
    expect(profile.identity).toEqual({
      name: 'Priya Raman',
      pronouns: she,
      title: 'Mobile Engineer',
      headline: 'Android & iOS engineer building offline-first mobile apps',
      location: 'Bengaluru, India',
      yearsOfExperience: 5,
    });
    expect(profile.summary.join(' ')).not.toMatch(/Hi|Android & iOS/);
  });

  it('reads the industries the owner names, and no others', () => {
    expect(profile.industries).toEqual(['Fintech', 'Healthcare']);
  });

  it('reads the same without a markdown H1: the name comes from the HTML <h1>', () => {
    const withoutH1 = imported(fixture('priya-raman.md').replace(/^# Priya Raman\n/m, ''));
    expect(withoutH1.profile).toEqual({
      ...profile,
      identity: { ...profile.identity, pronouns: they },
    });
  });
});

describe('GitHub profile template bullets', () => {
  const readme = (about: string, more = '') =>
    `# Ana Lee\nBackend Developer\n\n## About Me\n${about}\n${more}`;

  it('reads "Pronouns:" when --pronouns is not given, and lets --pronouns win', () => {
    const markdown = readme(
      '- 👯 I’m looking to collaborate on **open-source Go tooling**\n' +
        '- 🤔 I’m looking for help with **Rust lifetimes**\n' +
        '- 😄 Pronouns: she/her\n',
    );
    const { profile } = imported(markdown);
    expect(profile.identity.pronouns).toEqual(she);
    expect(profile.summary).toEqual([
      'I’m looking to collaborate on open-source Go tooling',
      'I’m looking for help with Rust lifetimes',
    ]);
    const he = { subject: 'he', object: 'him', possessive: 'his' };
    expect(imported(markdown, { pronouns: he }).profile.identity.pronouns).toEqual(he);
  });

  it('keeps pronouns it cannot read as one set in the summary, and uses the default', () => {
    const { profile } = imported(readme('- 😄 Pronouns: she/they'));
    expect(profile.identity.pronouns).toEqual(they);
    expect(profile.summary).toEqual(['Pronouns: she/they']);
  });

  it('files a link after "How to reach me" under contact', () => {
    const { profile } = imported(
      readme('- 📫 How to reach me: [LinkedIn](https://www.linkedin.com/in/ana-lee-example)'),
    );
    expect(profile.contact.linkedin).toBe('https://www.linkedin.com/in/ana-lee-example');
    expect(profile.summary).toEqual([]);
  });

  it('keeps "Ask me about" in the summary when it names no topic or a section lists expertise', () => {
    const vague = imported(readme('- 💬 Ask me about **anything**')).profile;
    expect(vague.expertise).toEqual([]);
    expect(vague.summary).toEqual(['Ask me about anything']);

    const listed = imported(
      readme('- 💬 Ask me about **Go and Postgres**', '\n## Expertise\n- Payment systems\n'),
    ).profile;
    expect(listed.expertise).toEqual(['Payment systems']);
    expect(listed.summary).toEqual(['Ask me about Go and Postgres']);
  });

  it('reads the template bullets under the name as well as under "About Me"', () => {
    const { profile } = imported(
      '# Ana Lee\nBackend Developer\n\n- 🌱 I’m currently learning **Zig**\n- 💬 Ask me about **Go and Postgres**\n',
    );
    expect(profile.exploring).toEqual(['Zig']);
    expect(profile.expertise).toEqual(['Go', 'Postgres']);
    expect(profile.summary).toEqual([]);
  });
});

describe('HTML greetings', () => {
  it('reads the name, headline, title and place from <h1> and <h3> when there is no markdown H1', () => {
    const { profile } = imported(
      '<h1 align="center">Hi 👋, I&#39;m <a href="https://ana.example">Ana Lee</a></h1>\n' +
        '<h3 align="center">A backend developer from Nairobi</h3>\n\n## Skills\n- Go\n',
    );
    expect(profile.identity).toEqual({
      name: 'Ana Lee',
      pronouns: they,
      title: 'Backend developer',
      headline: 'A backend developer from Nairobi',
      location: 'Nairobi',
    });
    expect(profile.summary).toEqual([]);
  });

  it('still refuses a README without any name, mentioning both forms', () => {
    expect(() => importMarkdownProfile('<h3>Backend developer</h3>\n\nText.\n')).toThrow(
      /H1 heading.*<h1>/,
    );
  });
});

describe('roles as bold lines', () => {
  it('starts a new role at each bold line with its own dates, bullets or not', () => {
    const { profile } = imported(
      '# Ana Lee\nBackend Developer\n\n## Experience\n\n' +
        '**Backend Developer**, Ferry Labs — 2021 – Present\n\n' +
        '**Junior Developer**, Quay — 2019 – 2021\n- Wrote the billing service.\n',
    );
    expect(profile.roles.map((r) => [r.title, r.company, r.start, r.end, r.highlights])).toEqual([
      ['Backend Developer', 'Ferry Labs', '2021', 'present', []],
      ['Junior Developer', 'Quay', '2019', '2021', ['Wrote the billing service.']],
    ]);
  });
});

describe('industries from known words', () => {
  const industries = (about: string) =>
    imported(`# Ana Lee\nBackend Developer\n\n## About\n${about}\n`).profile.industries;

  it('reads them only where the sentence says whom the work was for', () => {
    expect(industries('Ten years in the energy sector, mostly grid software.')).toEqual(['Energy']);
    expect(industries('I build APIs for e-commerce, SaaS & logistics companies.')).toEqual([
      'E-commerce',
      'SaaS',
      'Logistics',
    ]);
  });

  it('ignores the same words said about hobbies or code', () => {
    expect(industries('I love to travel and I enjoy gaming.')).toEqual([]);
    expect(industries('I write CSS media queries for retail in my sleep.')).toEqual([]);
    expect(industries('I build apps for social media platforms.')).toEqual([]);
  });
});

describe('readPronouns', () => {
  it('reads a known set in any case, with or without the independent form', () => {
    expect(readPronouns('She/Her')).toEqual(she);
    expect(readPronouns('she/her/hers')).toEqual(she);
    expect(readPronouns('they/them/theirs')).toEqual(they);
    expect(readPronouns('xe/xem/xyr')).toEqual({ subject: 'xe', object: 'xem', possessive: 'xyr' });
  });

  it('reads no single set from a mix or a stray word', () => {
    expect(readPronouns('she/they')).toBeUndefined();
    expect(readPronouns('any')).toBeUndefined();
    expect(readPronouns('')).toBeUndefined();
  });
});
