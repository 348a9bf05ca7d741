import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

const HE = { subject: 'he', object: 'him', possessive: 'his' };
const SHE = { subject: 'she', object: 'her', possessive: 'her' };
const THEY = { subject: 'they', object: 'them', possessive: 'their' };

/** A profile whose facts sit where imports of real READMEs leave them. */
const assistant = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Tomás Ibarra',
      pronouns: HE,
      title: 'Backend engineer',
    },
    summary: ['I build data pipelines and care about production reliability over shortcuts.'],
    skills: [
      {
        id: 'platform',
        name: 'Platform',
        skills: [{ name: 'AKS' }, { name: 'CI/CD' }, { name: 'GitHub Actions' }, { name: 'Go' }],
      },
      { id: 'data', name: 'Data', skills: [{ name: 'Snowflake' }, { name: 'Terraform' }] },
    ],
    expertise: ['Concurrent processing with goroutines and channels'],
    roles: [{ company: 'Kestrel', title: 'Staff Backend Engineer', start: '2022', end: 'present' }],
    projects: [
      { id: 'talks', name: 'Talks', summary: 'Talks' },
      {
        id: 'hashicorp-certified',
        name: 'HashiCorp Certified',
        summary: 'Terraform Associate (003), 2023',
      },
    ],
    contact: { email: 'tomas@example.com' },
  }),
);
const ask = (q: string) => answerToPlainText(assistant.ask(q));

describe('questions framed the way people ask them', () => {
  it('never says no to a certification that a line of the profile names, wherever it sits', () => {
    const out = ask('is he terraform certified?');
    expect(out).not.toMatch(/^No/);
    expect(out).toContain('Terraform Associate');
  });

  it('says no to a certification for a skill he lists but holds no certificate for', () => {
    expect(ask('is he snowflake certified?')).toMatch(
      /^No — .*lists Snowflake as a skill, but no Snowflake certification/,
    );
  });

  it('counts a managed Kubernetes service as Kubernetes', () => {
    expect(ask('does he know kubernetes')).toMatch(/^Yes — through AKS/);
  });

  it('names what a listed practice is done with', () => {
    expect(ask('what does he use for ci/cd')).toContain('GitHub Actions');
  });

  it('reads "in go" at the end of a question as the language, with the line about it', () => {
    const out = ask('how does he handle concurrency in go');
    expect(out).toMatch(/^Yes — .*Go/);
    expect(out).toContain('Concurrent processing');
  });

  it('looks past framing words to the topic', () => {
    expect(ask('does he prioritise reliability')).toContain('production reliability');
  });

  it('says a clear no to an unknown tool asked about as experience', () => {
    expect(ask('any fivetran experience')).toMatch(/^No — Fivetran isn't in Tomás's profile/);
  });

  it("declines the asker's own how-to, but not a how-to about reaching him", () => {
    expect(assistant.ask('how do i reverse a linked list in python').answered).toBe(false);
    expect(ask('how do i contact him')).toContain('tomas@example.com');
  });

  it('takes "cheers mate" as thanks', () => {
    expect(assistant.ask('cheers mate').topic).toBe('thanks');
  });

  it('gives the current role title beside the headline title', () => {
    expect(ask('whats his current title')).toContain('currently Staff Backend Engineer at Kestrel');
  });

  it('does not answer with an entry that says nothing but its name', () => {
    expect(ask('has he given any talks')).not.toMatch(/^Talks — Talks/);
  });
});

describe('availability, pay and years, said in the words a profile uses', () => {
  const designer = createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'Aroha Tane',
        pronouns: SHE,
        title: 'Design Systems Lead',
        availability: 'Open to staff-level roles, remote or hybrid in Wellington',
      },
      summary: [
        'Eleven years building for the web. Not looking to relocate. New Zealand citizen (no visa needed).',
      ],
      skills: [{ id: 'ui', name: 'Skills', skills: [{ name: 'Figma' }, { name: 'React' }] }],
      contact: { email: 'aroha@example.com' },
    }),
  );
  const say = (q: string) => answerToPlainText(designer.ask(q));

  it('reads years written as a word', () => {
    expect(say('how many years in the industry')).toContain('11 years');
  });

  it('adds the line about relocating or a visa to the availability', () => {
    expect(say('would she relocate to sydney')).toContain('Not looking to relocate');
    expect(say('does she need visa sponsorship?')).toContain('citizen');
  });

  it('says the profile does not state pay, with the way to ask, instead of the availability', () => {
    const answer = designer.ask("what's her salary expectation?");
    expect(answer.answered).toBe(false);
    expect(answerToPlainText(answer)).toMatch(/doesn't mention salary expectations/);
    expect(answerToPlainText(answer)).toContain('aroha@example.com');
  });

  it('says no to an unknown tool named after the verb or closing a question about making', () => {
    expect(say('has she used stencil for web components')).toMatch(/^No — [\s\S]*Stencil/);
    expect(say('has she built sites with jekyll')).toMatch(/^No — Jekyll isn't/);
    expect(say('does she design in sketch?')).toMatch(/^No — Sketch isn't/);
  });

  it('does not call a listed group "Skills skills"', () => {
    expect(say('does she know figma')).toMatch(/^Yes — Aroha lists Figma among her skills/);
  });

  it('greets and thanks back in a few common languages', () => {
    for (const q of ['bonjour!', 'kia ora', 'merci beaucoup', 'gracias'])
      expect(designer.ask(q).answered, q).toBe(true);
  });
});

describe('a junior résumé read as a recruiter asks it', () => {
  const junior = createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'MARCUS LINDGREN',
        pronouns: HE,
        title: 'Junior Full-Stack Developer',
        location: 'Gothenburg, Sweden',
      },
      summary: ['Since then I have finished an internship and built three small apps.'],
      roles: [{ company: 'Hamnkran AB', title: 'Frontend Developer Intern', start: '2025-02' }],
      projects: [
        {
          id: 'fika',
          name: 'Fika Finder',
          summary: 'A café finder in Next.js. Deployed on Vercel.',
        },
      ],
      education: [{ institution: 'Forge Coding Academy', degree: 'Full-Stack Web Bootcamp' }],
      contact: { email: 'marcus@example.com' },
    }),
  );
  const say = (q: string) => answerToPlainText(junior.ask(q));

  it('answers "where" about something else than where he lives from the lines about it', () => {
    expect(say('where did he do his internship')).toContain('Intern at Hamnkran AB');
    expect(say('where does he deploy his apps')).toContain('Vercel');
    expect(say('where is he based')).toContain('Gothenburg');
  });

  it('says no to a degree the education does not list, and finds a bootcamp', () => {
    expect(say('does he have a CS degree')).toMatch(/^No — Marcus's profile lists no degree/);
    expect(say('which bootcamp did he go to')).toContain('Forge Coding Academy');
  });

  it('writes a name typed in capitals as a name', () => {
    expect(say('where is he based')).toMatch(/^Marcus is based/);
  });
});

describe('words that are also technologies, and certificates named otherwise', () => {
  const manager = createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'Kofi Boateng',
        pronouns: HE,
        title: 'Engineering Manager',
      },
      summary: [
        "I've had to let a few people go, and I plan work from spring 2026 onwards.",
        "I'm also a Certified ScrumMaster through Scrum Alliance.",
      ],
      skills: [{ id: 'lang', name: 'Languages', skills: [{ name: 'PHP' }, { name: 'Elixir' }] }],
      education: [{ institution: 'University of Ghana', degree: 'MSc', field: 'Computing' }],
      contact: { email: 'kofi@example.com' },
    }),
  );
  const say = (q: string) => answerToPlainText(manager.ask(q));

  it('does not take "let a few go" or "spring 2026" for Go or Java', () => {
    expect(say('does he know Go')).toMatch(/^No — Go isn't in Kofi's profile/);
    expect(say('does he know Java')).toMatch(/^No — Java isn't in Kofi's profile/);
  });

  it('finds a ScrumMaster certificate when asked about agile certifications', () => {
    const out = say('any agile certs');
    expect(out).not.toMatch(/^No/);
    expect(out).toContain('Certified ScrumMaster');
  });

  it('answers an MBA by name, not as any master’s degree', () => {
    expect(say('has he got an MBA')).toMatch(/^No — Kofi's profile lists no MBA/);
    expect(say('does he have a masters')).not.toMatch(/^No/);
  });
});

describe('education, availability and career start written in free text', () => {
  const engineer = createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'Rui Matos',
        pronouns: HE,
        title: 'Backend Engineer',
      },
      summary: [
        'Not actively looking, but happy to chat about staff backend roles, remote in the EU.',
        'MSc Informatics Engineering, Universidade do Porto (2015).',
      ],
      roles: [
        { company: 'Kestrel', title: 'Staff Engineer', start: '2021-01', end: 'present' },
        { company: 'Datenwerk', title: 'Junior Developer', start: '2015-09', end: '2018-02' },
      ],
      contact: { email: 'rui@example.com' },
    }),
  );
  const say = (q: string) => answerToPlainText(engineer.ask(q));

  it('finds studies named in another language instead of saying there are none', () => {
    expect(say('where did he study')).toContain('Universidade do Porto');
  });

  it('says no to a PhD while quoting what the text says of his studies', () => {
    const out = say('does he have a phd');
    expect(out).toMatch(/^No — Rui's profile lists no PhD/);
    expect(out).toContain('Universidade do Porto');
  });

  it('reads "not actively looking, but happy to chat about roles" as availability', () => {
    expect(say('is he open to new roles?')).toContain('happy to chat about staff backend roles');
  });

  it('names the earliest role for where a career started', () => {
    expect(say('where did he start his career')).toMatch(
      /^The earliest role his profile lists: Junior Developer at Datenwerk/,
    );
  });
});

describe('a place the importer left in a role line', () => {
  it('answers where she is based instead of saying the profile does not mention it', () => {
    const lead = createAssistant(
      ProfileSchema.parse({
        identity: {
          name: 'Chloé Martin',
          pronouns: SHE,
          title: 'Lead Mobile Engineer',
        },
        roles: [
          {
            company: 'Alpaga',
            title: 'Lead Mobile Engineer',
            start: '2022-01',
            end: 'present',
            highlights: ['Lyon, Auvergne-Rhône-Alpes, France', 'Leading a team of 6.'],
          },
        ],
        contact: { email: 'chloe@example.com' },
      }),
    );
    expect(answerToPlainText(lead.ask('where is chloe based'))).toMatch(
      /^Chloé is based in Lyon, Auvergne-Rhône-Alpes, France/,
    );
  });
});

describe('where the owner is, never where they were', () => {
  const profile = (summary: string[]) =>
    createAssistant(
      ProfileSchema.parse({
        identity: {
          name: 'Lukas Brenner',
          pronouns: HE,
          title: 'Data Engineer',
        },
        summary,
        roles: [
          {
            company: 'Old Co',
            title: 'Junior Developer',
            start: '2015',
            end: '2018',
            highlights: ['Graz, Austria'],
          },
        ],
        contact: { email: 'lukas@example.com' },
      }),
    );

  it('takes the city of a postal address in the owner’s lines', () => {
    const out = answerToPlainText(
      profile(['Margaretenstraße 112/14, 1050 Wien, Austria']).ask('where is he located?'),
    );
    expect(out).toMatch(/^Lukas is based in Wien, Austria/);
  });

  it('does not give a past role’s place as where he is based', () => {
    const out = answerToPlainText(profile(['I build data pipelines.']).ask('where is he located?'));
    expect(out).not.toMatch(/based in Graz/);
  });
});

describe('terms typed without their spaces', () => {
  it('finds "SOC 2" for a question typed "soc2"', () => {
    const out = answerToPlainText(
      createAssistant(
        ProfileSchema.parse({
          identity: {
            name: 'Sam Byrne',
            pronouns: THEY,
            title: 'Security Engineer',
          },
          summary: ['Ran SOC 2 Type II evidence collection for engineering controls.'],
          contact: { email: 'sam@example.com' },
        }),
      ).ask('soc2 experience'),
    );
    expect(out).not.toMatch(/^No/);
    expect(out).toContain('SOC 2 Type II');
  });
});

describe('talks told in prose and questions offering alternatives', () => {
  const mobile = createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'Chloé Marin',
        pronouns: SHE,
        title: 'Lead Mobile Engineer',
      },
      summary: [
        'I occasionally speak at CocoaHeads Lyon and gave a talk at Android Makers 2025.',
        'I speak French, English and Italian.',
      ],
      roles: [
        {
          company: 'Crédit Rhodanien',
          title: 'iOS Developer',
          start: '2016',
          end: '2019',
          highlights: ['Retail banking app (Swift, UIKit, Core Data).'],
        },
      ],
      publications: [{ title: 'One feature team, two platforms', kind: 'talk' }],
      contact: { email: 'chloe@example.com' },
    }),
  );
  const say = (q: string) => answerToPlainText(mobile.ask(q));

  it('adds the talks the text tells of to the listed ones, not the languages she speaks', () => {
    const out = say('does she speak at conferences');
    expect(out).toContain('CocoaHeads Lyon');
    expect(out).toContain('One feature team');
    expect(out).not.toContain('I speak French');
  });

  it('answers "X / Y" from a line holding either', () => {
    expect(say('any banking / fintech background?')).toContain('Retail banking app');
  });
});

describe('a credential asked for by its acronym', () => {
  const designer = createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'Aroha Tane',
        pronouns: SHE,
        title: 'Design Systems Lead',
      },
      certifications: [{ name: 'Web Accessibility Specialist (WAS)' }],
      contact: { email: 'aroha@example.com' },
    }),
  );
  const say = (q: string) => answerToPlainText(designer.ask(q));

  it('says a clear no to one the profile lacks, and finds one it holds', () => {
    expect(say('does she have CPACC')).toMatch(
      /^No — no CPACC certification is in Aroha's profile/,
    );
    expect(say('does she have WAS')).toContain('Web Accessibility Specialist');
  });
});

describe('words résumés say otherwise', () => {
  it('finds failure recovery, a migration and concurrency for questions in other words', () => {
    const backend = createAssistant(
      ProfileSchema.parse({
        identity: {
          name: 'Omar Haddad',
          pronouns: HE,
          title: 'Backend Engineer',
        },
        impact: [
          'Built billing systems with retry logic and failure recovery.',
          'Migrated a legacy C-based controller into Go services.',
        ],
        expertise: ['Concurrent processing with worker pools'],
        contact: { email: 'omar@example.com' },
      }),
    );
    const say = (q: string) => answerToPlainText(backend.ask(q));
    expect(say('how does he deal with failed billing runs')).toContain('failure recovery');
    expect(say('has he rewritten a legacy system')).toContain('Migrated a legacy');
    expect(say('does he understand multithreading / parallelism')).toContain(
      'Concurrent processing',
    );
  });
});

describe('names written in parts, and the listed skill of a certification question', () => {
  const manager = createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'Nadia Haddad',
        pronouns: SHE,
        title: 'Staff Engineering Manager',
      },
      summary: ['I moved into my first lead role at Tessellate, a Montréal health-tech startup.'],
      skills: [{ id: 'lang', name: 'Languages', skills: [{ name: 'Java' }] }],
      certifications: [{ name: 'ISTQB Certified Tester Foundation Level' }],
      contact: { email: 'nadia@example.com' },
    }),
  );
  const say = (q: string) => answerToPlainText(manager.ask(q));

  it('finds "health-tech" for "healthtech" before any no', () => {
    const out = say('any healthtech background?');
    expect(out).not.toMatch(/^No/);
    expect(out).toContain('health-tech startup');
  });

  it('answers "an Oracle Java certification" about Java, the skill she lists', () => {
    expect(say('does she have an oracle java certification')).toMatch(
      /^No — Nadia lists Java as a skill, but no Oracle Java certification/,
    );
  });
});

describe('team size and hiring asked in shorthand', () => {
  it('finds the group size and the hires for "how big" and "ppl" questions', () => {
    const manager = createAssistant(
      ProfileSchema.parse({
        identity: {
          name: 'Dana Ofori',
          pronouns: SHE,
          title: 'Engineering Manager',
        },
        summary: [
          'I run the Shipments platform group (9 engineers across two squads).',
          "Over those years I've hired 31 engineers.",
        ],
        skills: [{ id: 'qa', name: 'QA', skills: [{ name: 'TestRail' }, { name: 'Cypress' }] }],
        contact: { email: 'dana@example.com' },
      }),
    );
    const say = (q: string) => answerToPlainText(manager.ask(q));
    expect(say('how big is the team she manages right now?')).toContain('9 engineers');
    expect(say('how many ppl has she hired')).toContain('hired 31 engineers');
    expect(say('what test management tool does she use')).toContain('TestRail');
  });
});
