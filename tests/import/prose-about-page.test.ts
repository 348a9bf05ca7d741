import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

// A personal site's about page told in prose: the facts sit in sentences, in a "Now" list and in
// lists whose lines are dated rather than named.
const page = (...lines: string[]) => imported(lines.join('\n')).profile;

describe('a talk list with the year first and the title in italics', () => {
  const profile = page(
    '# Tomás Ferreira',
    '',
    'Backend engineer at Brindle Labs.',
    '',
    '## Talks',
    '',
    '- 2024 — *Queues are a promise you have to keep*, PyCon Portugal, Porto',
    '- 2022 — *Retry, but kindly*, Lisbon Python meetup',
  );

  it('takes the italic part for the title and leaves the venue and year beside it', () => {
    expect(profile.publications.map((p) => [p.kind, p.title, p.venue, p.date])).toEqual([
      ['talk', 'Queues are a promise you have to keep', 'PyCon Portugal, Porto', '2024'],
      ['talk', 'Retry, but kindly', 'Lisbon Python meetup', '2022'],
    ]);
  });
});

describe('a city the owner lives in, named without its country', () => {
  it('takes a known city after "I live in", the rest of the sentence aside', () => {
    const profile = page(
      '# Aiyana Brooks',
      '',
      'Data engineer at Quillfeather. I live in Vancouver, in a small flat by the sea.',
    );
    expect(profile.identity.location).toBe('Vancouver');
  });

  it('takes the place after "here in", the town the writer writes from', () => {
    const profile = page(
      '# Aiyana Brooks',
      '',
      'Data engineer. In 2023 I joined Quillfeather here in Trois-Rivières.',
    );
    expect(profile.identity.location).toBe('Trois-Rivières');
  });

  it('does not take a tool the owner lives in for a city', () => {
    const profile = page('# Aiyana Brooks', '', 'Data engineer at Quillfeather. I live in Emacs.');
    expect(profile.identity.location).toBeUndefined();
  });
});

describe('availability stated only in a "Now" list', () => {
  it('takes a line saying what the owner is not taking on until a date', () => {
    const profile = page(
      '# Aiyana Brooks',
      '',
      'Data engineer at Quillfeather.',
      '',
      '## Now',
      '',
      '- Learning to bake sourdough, badly.',
      '- Not taking new consulting clients until June 2028. Happy to chat, though.',
    );
    expect(profile.identity.availability).toBe('Not taking new consulting clients until June 2028');
  });

  it('takes "not job hunting" for the availability', () => {
    const profile = page(
      '# Aiyana Brooks',
      '',
      'Data engineer at Quillfeather.',
      '',
      '## Now',
      '',
      '- Not job hunting right now.',
    );
    expect(profile.identity.availability).toBe('Not job hunting right now');
  });
});

describe('a third-person bio for organisers, below the talks', () => {
  const profile = page(
    '# Thandeka Dlamini',
    '',
    'Mobile engineer at Quillfeather.',
    '',
    '## Talks',
    '',
    '- 2025 — *Offline first, honestly*, Droidcon, Nairobi',
    '',
    'Thandeka Dlamini (she/her) is a mobile engineer at Quillfeather. She speaks isiZulu,',
    'English and a little Portuguese, and bakes when the builds are slow.',
  );

  it("takes the pronouns written beside the owner's full name", () => {
    expect(profile.identity.pronouns.subject).toBe('she');
  });

  it('keeps the bio out of the talks, and the full stop out of the employer', () => {
    expect(profile.publications.map((p) => p.title)).toEqual(['Offline first, honestly']);
    expect(profile.roles.map((r) => r.company)).toEqual(['Quillfeather']);
  });

  it('takes the languages the bio says the owner speaks, a prefixed own name too', () => {
    expect(profile.languages.map((l) => [l.name, l.proficiency])).toEqual([
      ['isiZulu', undefined],
      ['English', undefined],
      ['Portuguese', 'basic'],
    ]);
  });

  it("reads no pronouns or languages from a bio of someone else's", () => {
    const other = page(
      '# Thandeka Dlamini',
      '',
      'Mobile engineer at Quillfeather.',
      '',
      '## Mentors',
      '',
      'Grace Hopper (she/her) was a computer scientist. She spoke English and some German.',
    );
    expect(other.identity.pronouns.subject).toBe('they');
    expect(other.languages).toEqual([]);
  });
});

describe('a degree and certificates written in one sentence', () => {
  const profile = page(
    '# Aiyana Brooks',
    '',
    'Security engineer at Quillfeather.',
    '',
    'I studied at the University of the Fraser Valley (BSc in Mathematics, 2014) and hold the',
    'ISC2 CISSP (2020) and CCSP (Certified Cloud Security Professional, 2022) certifications.',
  );

  it('takes the school before its bracket of degree, field and year', () => {
    expect(profile.education).toEqual([
      {
        institution: 'University of the Fraser Valley',
        degree: 'BSc',
        field: 'Mathematics',
        end: '2014',
        details: [],
      },
    ]);
  });

  it('takes each certificate, an abbreviation by the name its bracket spells out', () => {
    expect(profile.certifications).toEqual([
      { name: 'ISC2 CISSP', year: '2020' },
      { name: 'Certified Cloud Security Professional', year: '2022' },
    ]);
  });
});

describe('selected work whose bold label is the year', () => {
  const profile = page(
    '# Aiyana Brooks',
    '',
    'Data engineer at Quillfeather.',
    '',
    '## Selected work',
    '',
    '- **2024** — Moved the nightly batch to streaming (Flink, Kafka); reports now land hourly.',
    '- **2021** — [tidy-csv](https://github.com/abrooks/tidy-csv), a small CSV linter.',
  );

  it('names each piece of work from its text, never by the bare year', () => {
    expect(profile.projects.map((p) => p.name)).toEqual([
      'Moved the nightly batch to streaming',
      'tidy-csv',
    ]);
  });

  it('keeps the year with the summary', () => {
    expect(profile.projects[1]?.summary).toBe('2021 — tidy-csv, a small CSV linter.');
    expect(profile.projects[1]?.links.map((l) => l.url)).toEqual([
      'https://github.com/abrooks/tidy-csv',
    ]);
  });
});

describe("a link on the employer's name in the intro", () => {
  const profile = page(
    '# Aiyana Brooks',
    '',
    "By day I'm a Data Engineer at [Quillfeather](https://quillfeather.example), and I write",
    'at [my blog](https://aiyana.example) about pipelines.',
  );

  it("is the employer's site, not a way to reach the owner", () => {
    const urls = [profile.contact.website, ...profile.contact.other.map((o) => o.url)].filter(
      Boolean,
    );
    expect(urls).not.toContain('https://quillfeather.example');
    expect(urls).toContain('https://aiyana.example');
  });
});

describe('spoken languages said in passing', () => {
  it('reads "my X is …" and a regional variety, in a first-person line under any heading', () => {
    const profile = page(
      '# Aiyana Brooks',
      '',
      'Data engineer at Quillfeather. My German is good enough to order coffee.',
      '',
      '## Odds and ends',
      '',
      '- I speak English (native) and Brazilian Portuguese (fluent).',
      '- Grace Hopper speaks to me through her papers.',
    );
    expect(profile.languages.map((l) => [l.name, l.proficiency])).toEqual([
      ['German', 'basic'],
      ['English', 'native'],
      ['Brazilian Portuguese', 'fluent'],
    ]);
  });

  it('reads no language from "my Python is rusty"', () => {
    const profile = page('# Aiyana Brooks', '', 'Data engineer. My Python is rusty.');
    expect(profile.languages).toEqual([]);
  });
});

describe('studies told in passing', () => {
  it('reads "a DEGREE (gloss) in Field at School" and "BA in Field at School" in the prose', () => {
    const profile = page(
      '# Aiyana Brooks',
      '',
      'Data engineer at Quillfeather.',
      '',
      'Evenings only: an MBA (part-time) in Finance at Sauder School of Business, while working.',
      'Before all that, a BA in History at Université de Moncton.',
    );
    expect(profile.education.map((e) => [e.institution, e.degree, e.field])).toEqual([
      ['Sauder School of Business', 'MBA (part-time)', 'Finance'],
      ['Université de Moncton', 'BA', 'History'],
    ]);
  });

  it('reads a degree line with its year in front, kept under a heading of its own', () => {
    const profile = page(
      '# Aiyana Brooks',
      '',
      'Data engineer at Quillfeather.',
      '',
      '## Earlier',
      '',
      '- 2012: MSc in Statistics, University of Victoria',
    );
    expect(profile.education.map((e) => [e.institution, e.degree, e.field, e.end])).toEqual([
      ['University of Victoria', 'MSc', 'Statistics', '2012'],
    ]);
  });
});

describe('a job told as "I joined X as a Y"', () => {
  it('reads the employer and the title, a place between them aside', () => {
    const profile = page(
      '# Aiyana Brooks',
      '',
      'In 2023 I joined Lumen Works here in Trois-Rivières as a Senior Data Engineer, and I love it.',
    );
    expect(profile.roles.map((r) => [r.company, r.title])).toEqual([
      ['Lumen Works', 'Senior Data Engineer'],
    ]);
    expect(profile.identity.title).toBe('Senior Data Engineer');
    expect(profile.identity.location).toBe('Trois-Rivières');
  });
});

describe('years of experience told as years of doing', () => {
  it('reads a sentence that opens with "N years of <doing>"', () => {
    const profile = page(
      '# Aiyana Brooks',
      '',
      'Data engineer at Quillfeather. 9 years of taming flaky pipelines, and counting.',
    );
    expect(profile.identity.yearsOfExperience).toBe(9);
  });

  it('does not read years of a hobby told mid-sentence', () => {
    const profile = page(
      '# Aiyana Brooks',
      '',
      'Data engineer at Quillfeather. Outside work I have 3 years of baking behind me.',
    );
    expect(profile.identity.yearsOfExperience).toBeUndefined();
  });
});

describe('a research interests section', () => {
  const topics = (line: string) => {
    const profile = page(
      '# Aiyana Brooks',
      '',
      'Research engineer at Quillfeather.',
      '',
      '## Research interests',
      '',
      line,
    );
    return [...profile.skills.flatMap((c) => c.skills.map((s) => s.name)), ...profile.expertise];
  };

  it('reads a dotted list of topics one topic each, short or long', () => {
    expect(topics('Causal inference · survey weighting · small-area estimation')).toEqual([
      'Causal inference',
      'survey weighting',
      'small-area estimation',
    ]);
    expect(
      topics(
        'Causal inference for policy evaluation · survey weighting under nonresponse · small-area estimation',
      ),
    ).toEqual([
      'Causal inference for policy evaluation',
      'survey weighting under nonresponse',
      'small-area estimation',
    ]);
  });
});
