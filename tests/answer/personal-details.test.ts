import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/**
 * The details a CV or a JSON Resume gives beside the skills: pronouns, spoken languages under
 * their own names, volunteering, a place, an invitation to ask, certificates by vendor.
 */
const profile = {
  identity: {
    name: 'Njeri Kamau',
    pronouns: { subject: 'she', object: 'her', possessive: 'her' },
    title: 'Geospatial Engineer',
    location: 'Mombasa, Kenya',
  },
  summary: [
    'Ask me about tile servers, map styling and open address data.',
    'I have written Python for 9 years. Before that I drew maps by hand.',
  ],
  skills: [
    {
      id: 'core',
      name: 'Core',
      skills: [
        { name: 'Python' },
        { name: 'GCP', aliases: ['google cloud'] },
        { name: 'AWS' },
        { name: 'JWT' },
      ],
    },
    { id: 'gis', name: 'GIS', note: 'Advanced', skills: [{ name: 'QGIS' }, { name: 'PostGIS' }] },
  ],
  certifications: [{ name: 'AWS Certified Developer – Associate', issuer: 'Amazon Web Services' }],
  languages: [{ name: 'Kiswahili', proficiency: 'native' }, { name: 'English' }],
  publications: [{ kind: 'talk', title: 'Tiles without a budget', venue: 'MapCamp 2025' }],
  sections: [{ id: 'service', title: 'Service', items: ['Reviewer: GeoConf and MapCamp'] }],
  volunteer: [
    {
      organization: 'Coastal Mappers',
      position: 'Trainer',
      summary: 'Teaches secondary-school students to trace buildings from imagery.',
    },
  ],
};
const ask = (q: string, p: object = profile) =>
  answerToPlainText(createAssistant(ProfileSchema.parse(p)).ask(q));

describe('pronouns', () => {
  it('gives the pronouns the profile states', () => {
    expect(ask('pronouns?')).toContain('she/her');
    expect(ask('what are her pronouns')).not.toMatch(/isn't in/);
  });

  it('does not present the default they/them as a statement the owner made', () => {
    const unstated = { ...profile, identity: { ...profile.identity, pronouns: undefined } };
    const text = ask('pronouns?', unstated);
    expect(text).toMatch(/doesn't state pronouns/);
    expect(text).toContain('they/them');
  });
});

describe('a section the question names by its heading', () => {
  it('finds volunteering entries whose own text never says the word', () => {
    const text = ask('volunteering?');
    expect(text).toContain('Coastal Mappers');
    expect(text).not.toMatch(/\bNo\b/);
  });
});

describe('spoken languages under another of their names', () => {
  it('says yes to Swahili for a profile that lists Kiswahili', () => {
    expect(ask('does she speak swahili')).toMatch(/Yes.*Kiswahili/s);
  });

  it('still says no to a language the profile lacks', () => {
    expect(ask('can she speak farsi?')).toMatch(/No.*Farsi/s);
  });
});

describe('a yes-or-no question about a place', () => {
  it('answers with the place the profile gives, yes when it matches', () => {
    expect(ask('is she in lisbon?')).toContain('Mombasa, Kenya');
    expect(ask('is she in lisbon?')).not.toMatch(/I don't know/);
    expect(ask('does she live in mombasa?')).toMatch(/Yes.*Mombasa/s);
  });

  it('says no to another city or country, and reads a statement to confirm as the question', () => {
    expect(ask('is she in lisbon?')).toMatch(/^No — .* based in Mombasa, Kenya/);
    expect(ask('is she based in kenya?')).toMatch(/^Yes/);
    expect(ask('is she based in germany?')).toMatch(/^No/);
    expect(ask("she's in mombasa right?")).toMatch(/^Yes — .*Mombasa/);
    expect(ask("she's in lisbon, correct?")).toMatch(/^No — .*Mombasa/);
  });

  it('leaves a question about weather in a month to "I don\'t know"', () => {
    expect(ask('is mombasa humid in november?')).toMatch(/I don't know/);
  });
});

describe('certifications by vendor and by alias', () => {
  it('names the vendor certificate that answers "aws certified?", once', () => {
    const text = ask('is she aws certified');
    expect(text).toContain('AWS Certified Developer');
    expect(text).not.toMatch(/certification certification/);
  });

  it('says a clear no, whatever the subject, when no certificate is anywhere', () => {
    const none = { ...profile, certifications: [] };
    expect(ask('is she esri certified?', none)).toMatch(
      /^No — no ESRI certification is in Njeri's profile/,
    );
    // A tool it lists is no certificate: the no says so.
    expect(ask('is she qgis certified?', none)).toMatch(/^No\b.*no QGIS certification/s);
  });

  it('says no in the words of the question for a listed skill without a certificate', () => {
    expect(ask('google cloud certified?')).toMatch(/No.*Google Cloud \(GCP\) certification/s);
  });
});

describe('what to ask', () => {
  it("quotes the owner's own invitation to ask", () => {
    expect(ask('what can i ask her about')).toContain('tile servers');
  });
});

describe('how-to tasks that start like a question about the owner', () => {
  it('declines "how do I call variants …" instead of a skill verdict', () => {
    const text = ask('how do i call variants with python on a trio');
    expect(text).not.toMatch(/\bYes\b/);
    expect(text).toMatch(/can't help|don't know/);
  });

  it('still answers "how do I book a call"', () => {
    expect(ask('how do i book a call')).not.toMatch(/can't help/);
  });

  it('answers questions about pay in general with "I don\'t know"', () => {
    expect(ask('what do geospatial engineers earn in kenya')).toMatch(/I don't know/);
  });
});

describe('authentication as a group of skills', () => {
  it('answers "auth / login experience?" through the token standard listed', () => {
    const text = ask('auth / login experience?');
    expect(text).toContain('JWT');
    expect(text).not.toMatch(/\bNo\b/);
  });
});

describe('years with one technology', () => {
  it('quotes the sentence that gives them instead of saying the profile has none', () => {
    const text = ask('how many yrs of python exp');
    expect(text).toContain('I have written Python for 9 years.');
    expect(text).not.toMatch(/doesn't give years per skill/);
  });
});

describe('the level the owner gives a group of skills', () => {
  it('says it with the group', () => {
    expect(ask('how good is she at gis')).toMatch(/GIS skills \(Advanced\)/);
  });
});

describe('a specific word beside talks', () => {
  it('answers "does she review for conferences" from the reviewing line, not the talks', () => {
    expect(ask('does she review for conferences')).toContain('Reviewer: GeoConf');
  });

  it('reads "public speaking" as talks', () => {
    expect(ask('does she do public speaking')).toContain('Tiles without a budget');
  });
});

describe('a certificate asked by its full name', () => {
  const holder = {
    ...profile,
    certifications: [{ name: 'Certified Kubernetes Administrator (CKA)' }],
  };

  it('says no to the one not held without denying the one held', () => {
    const text = ask('is she a certified kubernetes security specialist?', holder);
    expect(text).toMatch(/^No\b.*CKS/s);
    expect(text).not.toMatch(/no Kubernetes certification/);
  });

  it('says yes to the one held', () => {
    expect(ask('is she a certified kubernetes administrator?', holder)).toMatch(/^Yes\b/);
  });
});

describe('certificates the importer left in a section of text', () => {
  const textOnly = {
    ...profile,
    certifications: [],
    sections: [{ id: 'credentials', title: 'Credentials', items: ['CISSP, held since 2014'] }],
  };

  it('never says the profile lists no certifications', () => {
    const text = ask('is she cyberark certified (defender / sentry)?', textOnly);
    expect(text).not.toMatch(/no certifications/);
    expect(text).toMatch(/CyberArk/);
  });
});

describe('what the owner works on, without a projects list', () => {
  it('answers with the job and the line that says what it is about', () => {
    const text = ask('what does she actually work on', { ...profile, projects: [] });
    expect(text).toContain('Geospatial Engineer');
    expect(text).not.toMatch(/doesn't mention projects/);
  });
});

describe('availability said in more than its first sentence', () => {
  it('quotes the whole line, not only the field', () => {
    const open = {
      ...profile,
      identity: { ...profile.identity, availability: 'Not job hunting right now' },
      sections: [
        {
          id: 'status',
          title: 'Status',
          items: [
            'Not job hunting right now. From March 2027 I take one small contract a quarter.',
          ],
        },
      ],
    };
    expect(ask('is she open to freelance work', open)).toContain('From March 2027');
  });
});

describe('facts found only in text about the past', () => {
  const past = {
    identity: { name: 'Aila Virtanen', title: 'Graphics Developer' },
    skills: [{ id: 'viz', name: 'Visualisation', skills: [{ name: 'Svelte' }] }],
    sections: [
      {
        id: 'timeline',
        title: 'Timeline',
        items: ['2019 – 2022 · Uutiset Media Oy, Helsinki · Data Journalist'],
      },
    ],
    roles: [
      {
        company: 'Lakeside Daily',
        title: 'Graphics Developer',
        highlights: ['Election maps in D3.js; build scripts in TypeScript.'],
      },
    ],
  };

  it('never says yes to a place the owner worked in before', () => {
    expect(ask('is she based in helsinki?', past)).not.toMatch(/^Yes/);
    expect(ask('where is she based?', past)).not.toMatch(/based in .*Helsinki/);
  });

  it('finds JavaScript through TypeScript named in a role line, and D3 by its short name', () => {
    expect(ask('javascript?', past)).not.toMatch(/^No/);
    expect(ask('does she know d3', past)).toContain('D3.js');
  });
});

describe("a vendor's certificates", () => {
  const withAzure = (year: string) => ({
    ...profile,
    skills: [...profile.skills, { id: 'cloud', name: 'Cloud', skills: [{ name: 'Azure' }] }],
    certifications: [{ name: 'Microsoft Certified: Azure Administrator Associate', year }],
  });

  it('says yes to "azure certified?" for any certificate that names Azure', () => {
    expect(ask('azure certified?', withAzure('2021'))).toMatch(/^Yes\b.*Azure Administrator/s);
  });

  it('says not yet for one dated after today', () => {
    expect(ask('azure certified?', withAzure('2099-02-18'))).toMatch(/^Not yet\b/);
  });
});

describe("thanks and a place in the owner's own words", () => {
  it('takes thanks in other languages as thanks', () => {
    for (const q of ['kiitos, thanks a lot', 'gracias, saludos', "hvala, that's all"])
      expect(ask(q)).toMatch(/welcome/i);
  });

  it('answers "is she in X?" with her place and the line that names X', () => {
    const travels = {
      ...profile,
      summary: ['I can travel to Nairobi once a month.'],
    };
    const text = ask('is she in nairobi?', travels);
    expect(text).toContain('Mombasa, Kenya');
    expect(text).toContain('travel to Nairobi');
  });
});

describe('rates and groups named only in the text', () => {
  const priced = {
    ...profile,
    summary: ['Cut cloud spend by €640 a month.', 'Day rate: €700, or €90/hour for short jobs.'],
    roles: [
      { company: 'Tana Maps', title: 'GIS Developer', highlights: ['Dockerised the tile stack.'] },
    ],
  };

  it('quotes the line that gives a rate, not a saving', () => {
    const text = ask('whats her day rate', priced);
    expect(text).toContain('Day rate: €700');
    expect(text).not.toContain('€640');
  });

  it('finds a group through a technology a role line names', () => {
    expect(ask('containers?', priced)).toContain('Docker');
    expect(ask('containers?', priced)).not.toMatch(/^No/);
  });
});

describe('an employer said only in prose or a timeline', () => {
  it('quotes those lines instead of saying the profile has no employer', () => {
    const prose = {
      ...profile,
      roles: [],
      summary: ['I am a map developer on the data desk at Rift Valley Herald.'],
      sections: [
        {
          id: 'timeline',
          title: 'Timeline',
          items: ['2021 – now · Rift Valley Herald · Map Developer'],
        },
      ],
    };
    const text = ask('where does she work', prose);
    expect(text).toContain('Rift Valley Herald');
    expect(text).not.toMatch(/doesn't mention/);
  });
});

describe('spoken languages told in a sentence', () => {
  it('quotes the sentence naming the most languages first', () => {
    const told = {
      ...profile,
      languages: [],
      publications: [{ kind: 'talk', title: 'Maps in English for beginners' }],
      summary: ['I work in Kiswahili and English, and get by in French.'],
    };
    const text = ask('what languages does she speak', told);
    expect(text.split('\n')[1]).toContain('Kiswahili and English');
  });
});

describe('a specific question beside a group word', () => {
  it('answers from the line the specific words find, not the lines naming the group', () => {
    const graphics = {
      ...profile,
      identity: { ...profile.identity, title: 'Graphics Developer' },
      summary: [
        'I work on the graphics desk.',
        'Open to graphics commissions from March.',
        'Graphics for elections and budgets.',
      ],
      expertise: ['graphics that work on phones', 'maps'],
      impact: ['Chart templates: graphics load faster, in 1.1 s instead of 4.8 s on phones.'],
    };
    expect(ask('how much faster did she make the graphics load', graphics)).toContain('4.8 s');
  });
});

describe('a group implied by a listed service', () => {
  it('never says "lists no cloud skills" beside a listed Amazon RDS', () => {
    const dba = {
      identity: { name: 'Lia Costa', title: 'DBA' },
      summary: ['Studying for an Azure exam.'],
      skills: [
        { id: 'db', name: 'Databases', skills: [{ name: 'PostgreSQL' }, { name: 'Amazon RDS' }] },
      ],
    };
    const text = ask('cloud skills?', dba);
    expect(text).not.toMatch(/lists no cloud/);
    expect(text).toContain('AWS (via Amazon RDS)');
  });
});

describe('asking whether someone without certificates is certified', () => {
  it('says the profile lists none, without taking "is she" for a certificate', () => {
    for (const q of ['is she certified?', 'is Njeri certified?']) {
      const text = ask(q, { ...profile, certifications: [] });
      expect(text, q).toMatch(/^No — Njeri's profile lists no certifications/);
      expect(text, q).not.toMatch(/is she certification|is njeri certification/i);
    }
  });
});
