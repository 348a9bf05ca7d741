import { describe, expect, it } from 'vitest';
import { sectionKind } from '../../src/import/section-kinds.ts';
import { fixture, imported } from '../support/import-fixture.ts';

const she = { subject: 'she', object: 'her', possessive: 'her' };

const importedAsShe = (markdown: string) => imported(markdown, { pronouns: she });

/** A README with a title line and the given intro, as the header of a profile. */
const intro = (text: string, name = 'Ana Lee') =>
  importedAsShe(`# ${name}\nBackend Engineer\n\n${text}\n`).profile;

describe('importing the Phạm Thu Hà README (facts in the intro prose, "Say hi", "Open Source")', () => {
  const { profile, notes } = importedAsShe(fixture('pham-thu-ha.md'));

  it('reads the name people use, the place and the years from the intro sentences', () => {
    expect(profile.identity).toEqual({
      name: 'Phạm Thu Hà',
      shortName: 'Hà',
      pronouns: she,
      title: 'Platform Lead',
      location: 'Đà Nẵng, Vietnam',
      yearsOfExperience: 8,
    });
    expect(notes[0]).toBe(
      'Phạm Thu Hà → identity: title "Platform Lead", called "Hà", location "Đà Nẵng, Vietnam", 8 years of experience, pronouns she/her',
    );
  });

  it('keeps a sentence wrapped over two lines of the intro as one summary text', () => {
    expect(profile.summary.join('\n')).toContain(
      "I've spent 8 years keeping production boring: first racking Linux servers, then running Kubernetes fleets for e-commerce peaks, and now building the internal platform at a payments company.",
    );
    expect(profile.summary.some((text) => /^fleets/.test(text))).toBe(false);
  });

  it('reads the spoken languages from "I speak …", with "just enough" as basic', () => {
    expect(profile.languages).toEqual([
      { name: 'Vietnamese' },
      { name: 'English' },
      { name: 'Japanese', proficiency: 'basic' },
    ]);
  });

  it('reads "Say hi" as contact, with the Mastodon handle as a link', () => {
    expect(profile.contact).toEqual({
      email: 'hello@phamthuha.dev',
      linkedin: 'https://www.linkedin.com/in/pham-thu-ha-sre',
      github: 'https://github.com/thuha-ops',
      website: 'https://phamthuha.dev',
      other: [{ label: 'Mastodon', url: 'https://hachyderm.io/@thuha' }],
    });
    expect(profile.sections.map((s) => s.id)).not.toContain('say-hi');
  });

  it('reads "Open Source" bullets as projects and keeps the bare sentence word for word', () => {
    expect(
      profile.projects.map((p) => ({ name: p.name, url: p.links[0]?.url, summary: p.summary })),
    ).toEqual([
      {
        name: 'kubectl-budget',
        url: 'https://github.com/thuha-ops/kubectl-budget',
        summary:
          'a kubectl plugin that shows the remaining SLO error budget per service, straight from Prometheus. ⭐ 1.2k',
      },
      {
        name: 'terraform-aws-eks-lite',
        url: 'https://github.com/thuha-ops/terraform-aws-eks-lite',
        summary:
          'opinionated Terraform module for small EKS clusters with Karpenter and sane defaults.',
      },
      {
        name: 'rota-bot',
        url: 'https://github.com/thuha-ops/rota-bot',
        summary: 'Slack bot that posts on-call handover notes from PagerDuty schedules.',
      },
    ]);
    expect(profile.sections.find((s) => s.id === 'open-source')?.items).toEqual([
      'Occasional contributor to Argo CD (notifications) and the Prometheus Operator.',
    ]);
  });

  it('reads every talk and piece of writing as a publication, the mis-encoded newsletter too', () => {
    expect(profile.publications.map((p) => [p.kind, p.title, p.venue, p.date])).toEqual([
      ['talk', 'Error Budgets When Money Is Moving', 'KubeCon + CloudNativeCon Hong Kong', '2024'],
      ['talk', 'Terraform at 3 a.m.', 'DevOpsDays Hanoi', '2022'],
      ['article', 'Boring Postmortems', 'a blog series at https://phamthuha.dev/blog', undefined],
      ['article', 'On-Call Notes, once a month, ~2,000 readers', undefined, undefined],
      ['podcast', 'Ship It', 'Guest on the podcast, episode on small platform teams', '2023'],
    ]);
    expect(profile.sections.map((s) => s.title)).not.toContain('Talks & Writing');
  });

  it('reads "Title · Company (years)" roles under "Work History"', () => {
    expect(
      profile.roles.map(({ title, company, start, end }) => ({ title, company, start, end })),
    ).toEqual([
      { title: 'Platform Lead', company: 'Sóng Pay', start: '2021', end: 'present' },
      { title: 'Senior SRE', company: 'Lotus Mart', start: '2018', end: '2021' },
      { title: 'Systems Engineer', company: 'VietHost', start: '2016', end: '2018' },
    ]);
    expect(profile.roles[0]?.highlights).toHaveLength(5);
  });

  it('separates the field of study from the school named after it', () => {
    expect(profile.education).toEqual([
      {
        institution:
          'University of Science and Technology – The University of Đà Nẵng (Đại học Bách khoa Đà Nẵng)',
        degree: 'B.Eng.',
        field: 'Computer Engineering',
        end: '2016',
        details: [],
      },
    ]);
  });
});

describe('importing the Nadia Okonkwo README (company-first roles, "Research & Projects")', () => {
  const { profile, notes } = importedAsShe(fixture('nadia-okonkwo.md'));

  it('reads the place and "8+ years" from the About prose, and no short name for "I\'m Nadia"', () => {
    expect(profile.identity).toMatchObject({
      name: 'Nadia Okonkwo',
      title: 'Machine Learning Engineer',
      location: 'Amsterdam, Netherlands',
      yearsOfExperience: 8,
      yearsOfExperienceNote: '8+',
    });
    expect(profile.identity.shortName).toBeUndefined();
  });

  it('reads "Company — Title" headings with an italic date and place line', () => {
    expect(
      profile.roles.map(({ company, title, start, end, location }) => ({
        company,
        title,
        start,
        end,
        location,
      })),
    ).toEqual([
      {
        company: 'Veldt Commerce',
        title: 'Senior Machine Learning Engineer',
        start: '2021-01',
        end: 'present',
        location: 'Amsterdam',
      },
      {
        company: 'Lumen Health Analytics',
        title: 'Data Scientist',
        start: '2018-03',
        end: '2020-12',
        location: 'Rotterdam',
      },
      {
        company: 'Kestrel Labs',
        title: 'Junior Data Scientist',
        start: '2016-07',
        end: '2018-02',
        location: 'Amsterdam',
      },
    ]);
  });

  it('reads each H3 under "Research & Projects" with its description, Tech line and link', () => {
    expect(notes).toContain('Research & Projects → 4 projects');
    expect(profile.projects.map((p) => p.name)).toEqual([
      'Polyglot-NER',
      'DriftWatch',
      'Fair-Rank',
      'Ask-the-Docs',
    ]);
    expect(profile.projects[0]).toEqual({
      id: 'polyglot-ner',
      name: 'Polyglot-NER',
      aliases: [],
      summary:
        'Named-entity recognition for low-resource languages (Yoruba, Igbo and Hausa). I fine-tuned XLM-RoBERTa with cross-lingual transfer and released an annotated corpus of 12k sentences, improving F1 by 6.2 points over the previous baseline. Published at the AfricaNLP workshop 2023.',
      details: [],
      technologies: ['PyTorch', 'Hugging Face Transformers', 'XLM-RoBERTa'],
      links: [{ label: 'GitHub', url: 'https://github.com/nadiaokonkwo/polyglot-ner' }],
    });
    expect(profile.projects[2]?.links).toEqual([
      { label: 'nadiaokonkwo.dev', url: 'https://nadiaokonkwo.dev/fair-rank' },
    ]);
    expect(profile.sections.map((s) => s.id)).not.toContain('research-and-projects');
  });

  it('reads "Dutch — Professional working proficiency (B2)" as the name and its level', () => {
    expect(profile.languages).toEqual([
      { name: 'English', proficiency: 'Native' },
      { name: 'Yoruba', proficiency: 'Native' },
      { name: 'Dutch', proficiency: 'Professional working proficiency (B2)' },
      { name: 'French', proficiency: 'Elementary (A2)' },
    ]);
  });

  it('keeps a thesis or honours in brackets as a detail, not in the university name', () => {
    expect(profile.education.map(({ institution, details }) => ({ institution, details }))).toEqual(
      [
        {
          institution: 'University of Amsterdam',
          details: ['thesis: Cross-lingual transfer for low-resource named-entity recognition'],
        },
        { institution: 'University of Lagos', details: ['First Class Honours'] },
      ],
    );
  });

  it('files the contact lines, Google Scholar under other', () => {
    expect(profile.contact).toMatchObject({
      email: 'nadia@nadiaokonkwo.dev',
      linkedin: 'https://linkedin.com/in/nadia-okonkwo-ml',
      github: 'https://github.com/nadiaokonkwo',
      website: 'https://nadiaokonkwo.dev',
      other: [
        {
          label: 'Google Scholar',
          url: 'https://scholar.google.com/citations?user=Nk0kw0nAAAAJ',
        },
      ],
    });
  });
});

describe('facts stated in prose', () => {
  it.each([
    ['I am based in Lisbon, Portugal.', 'Lisbon, Portugal'],
    ['I live in **Rio de Janeiro, Brazil**, where I work remotely.', 'Rio de Janeiro, Brazil'],
    ["Hi! I'm Ana from Nairobi, Kenya.", 'Nairobi, Kenya'],
    ['An engineer located in Austin, Texas, USA (UTC-6).', 'Austin, Texas, USA'],
    [
      'Working on payments at Acme (HQ in Berlin — I am remote from Porto, Portugal)',
      'Porto, Portugal',
    ],
  ])('reads the location in %j', (text, location) => {
    expect(intro(text).identity.location).toBe(location);
  });

  it.each([
    'I live in Vim and tmux.',
    'Metrics come straight from Prometheus, Grafana and Loki.',
    'I am based in the cloud.',
  ])('takes no location from %j', (text) => {
    expect(intro(text).identity.location).toBeUndefined();
  });

  it.each([
    ['I bring a decade of experience in payments.', 10, undefined],
    ['Over a decade of experience shipping APIs.', 10, 'over 10'],
    ["I've been writing backends for over 7 years.", 7, 'over 7'],
    ["I've spent 12 years on distributed systems.", 12, undefined],
    ['I have spent the last 8+ years on data platforms.', 8, '8+'],
    ['Fun fact: ~11 years of writing backend code and cron still surprises me', 11, undefined],
    ['I build mobile apps. 10 years shipping native iOS and Android apps.', 10, undefined],
    ["Hi, I'm a Rails consultant with 14 years of Ruby\nbehind me.", 14, undefined],
    ['Freelancer from Lyon, 9 yrs of Java and Kotlin under my belt.', 9, undefined],
    ['Mainframe developer with 14 years on IBM z/OS in banking.', 14, undefined],
    ['ServiceNow developer with 9 years on the platform, from tickets to leading.', 9, undefined],
    ['11 years of formal methods, first in a PhD lab and then in industry.', 11, undefined],
  ])('reads the years in %j', (text, years, note) => {
    const { identity } = intro(text);
    expect(identity.yearsOfExperience).toBe(years);
    expect(identity.yearsOfExperienceNote).toBe(note);
  });

  it('reads "Not actively looking, but happy to chat about …" under "Currently" as availability', () => {
    const { identity } = importedAsShe(
      '# Ana Lee\nBackend Engineer\n\n## Currently\n\n- Learning Zig\n- 🟢 Not actively looking, but happy to chat about staff roles, remote only\n',
    ).profile;
    expect(identity.availability).toBe(
      'Not actively looking, but happy to chat about staff roles, remote only',
    );
  });

  it('takes no years from a duration that is not a career', () => {
    expect(intro('The nightly build takes 3 hours.').identity.yearsOfExperience).toBeUndefined();
  });

  it('reads spoken languages and their qualifiers, and ignores programming languages', () => {
    expect(intro('I speak English, Spanish and a little French.').languages).toEqual([
      { name: 'English' },
      { name: 'Spanish' },
      { name: 'French', proficiency: 'basic' },
    ]);
    expect(intro('I speak German (fluent) and Polish (conversational).').languages).toEqual([
      { name: 'German', proficiency: 'fluent' },
      { name: 'Polish', proficiency: 'conversational' },
    ]);
    expect(intro('I speak Go, Rust and fluent SQL.').languages).toEqual([]);
  });

  it('keeps a Languages section first, and adds a language only the intro names', () => {
    const { profile } = importedAsShe(
      '# Ana Lee\nBackend Engineer\n\nI speak Spanish.\n\n## Languages\n- Portuguese (native)\n',
    );
    expect(profile.languages).toEqual([
      { name: 'Portuguese', proficiency: 'native' },
      { name: 'Spanish' },
    ]);
  });

  it('sets the short name only when the intro uses a word of the name other than the first', () => {
    expect(intro("Xin chào! I'm Hà, a platform engineer.", 'Phạm Thu Hà').identity.shortName).toBe(
      'Hà',
    );
    expect(intro('I’m Thu Hà.', 'Phạm Thu Hà').identity.shortName).toBe('Thu Hà');
    expect(intro("I'm Ana, a backend engineer.").identity.shortName).toBeUndefined();
    expect(intro("I'm Vietnamese.", 'Phạm Thu Hà').identity.shortName).toBeUndefined();
  });
});

describe('more section names and role headings', () => {
  it.each(['Say hi ☕', 'Get in touch', 'Find me', "Let's connect", 'Contact me'])(
    'reads "%s" as contact',
    (title) => {
      expect(sectionKind(title)).toBe('contact');
    },
  );

  it.each([
    '🔬 Research & Projects',
    'Research and Projects',
    'Open Source',
    "Things I've built",
    'Side projects',
    'Weekend Projects',
  ])('reads "%s" as projects', (title) => {
    expect(sectionKind(title)).toBe('projects');
  });

  it.each(['Talks & Writing', 'Talks', 'Publications', 'Writing'])(
    'reads "%s" as talks and writing',
    (title) => {
      expect(sectionKind(title)).toBe('publications');
    },
  );

  it('reads "- [Name](url): description" bullets under "Things I\'ve built"', () => {
    const { profile } = importedAsShe(
      "# Ana Lee\nBackend Engineer\n\n## Things I've built\n- [tiny-queue](https://github.com/ana/tiny-queue): a job queue on Postgres.\n",
    );
    expect(profile.projects).toMatchObject([
      {
        name: 'tiny-queue',
        summary: 'a job queue on Postgres.',
        links: [{ url: 'https://github.com/ana/tiny-queue' }],
      },
    ]);
  });

  it('finds company and title in either order, the job title being the part that ends like one', () => {
    const { profile } = importedAsShe(
      [
        '# Ana Lee',
        'Backend Engineer',
        '',
        '## Experience',
        '### Principal Financial Group — Data Engineer',
        '*2019 – 2021*',
        '- Built the ledger.',
        '### Lead Developer · Lead Generation Ltd (2017 – 2019)',
        '- Shipped the CRM.',
        '',
      ].join('\n'),
    );
    expect(profile.roles.map(({ company, title }) => ({ company, title }))).toEqual([
      { company: 'Principal Financial Group', title: 'Data Engineer' },
      { company: 'Lead Generation Ltd', title: 'Lead Developer' },
    ]);
  });

  it('turns a Mastodon handle into a link without taking it for an email address', () => {
    const { profile } = importedAsShe(
      '# Ana Lee\nBackend Engineer\n\n## Get in touch\n- Mastodon: @ana@fosstodon.org\n- Email: ana@example.com\n',
    );
    expect(profile.contact).toEqual({
      email: 'ana@example.com',
      other: [{ label: 'Mastodon', url: 'https://fosstodon.org/@ana' }],
    });
  });
});
