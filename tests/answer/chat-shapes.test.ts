import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/**
 * A profile as a LinkedIn export or a personal site leaves it: a hyphenated first name, two roles
 * at one employer, a "Now" section, a learning line, tools only in prose, results in numbers.
 */
const assistant = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Ana-Sofia Brandt',
      pronouns: { subject: 'she', object: 'her', possessive: 'her' },
      title: 'Lead Platform Engineer',
      location: 'Graz, Austria',
    },
    summary: [
      'I test every release with NVDA and VoiceOver before it ships.',
      'Build tooling is my hobby: I maintain our CMake presets.',
    ],
    skills: [{ id: 'core', name: 'Core', skills: [{ name: 'Go' }, { name: 'Python' }] }],
    exploring: ['Zig and Gleam'],
    roles: [
      {
        company: 'Fjordline Freight',
        title: 'Lead Platform Engineer',
        start: '2023-05',
        end: 'present',
        highlights: ['Runs the platform team of six.'],
      },
      {
        company: 'Fjordline Freight',
        title: 'Platform Engineer',
        start: '2020-02',
        end: '2023-04',
        highlights: ["Cut Fjordline's deploy time from 40 min to 6 min."],
      },
      { company: 'Kettle Labs', title: 'Developer', start: '2016-09', end: '2020-01' },
    ],
    sections: [
      {
        id: 'now',
        title: 'Now',
        items: ['Writing a field guide to on-call handovers.', 'Training for a half marathon.'],
      },
    ],
  }),
);
const ask = (q: string) => answerToPlainText(assistant.ask(q));

describe('the owner named by a hyphenated or full name', () => {
  it('reads "where does Ana-Sofia work" as a question about her employer, not her city', () => {
    expect(ask('where does ana-sofia work rn')).toContain('Fjordline Freight');
    expect(ask('where does Ana-Sofia Brandt work')).toContain('Fjordline Freight');
  });
});

describe('several roles at one employer', () => {
  it('lists every role there and since when, for "how long at X in total"', () => {
    const out = ask('how long has she been at fjordline in total');
    expect(out).toMatch(/All 2 of Ana-Sofia's roles at Fjordline Freight \(2020-02 – present\)/);
    expect(out).toContain('Platform Engineer (2020-02 – 2023-04, 3 years 2 months)');
  });

  it('answers "her first role at X, before the lead one" with the earlier role there', () => {
    const out = ask('what was her first role at fjordline, before the lead one?');
    expect(out).toMatch(
      /^At Fjordline Freight, before Lead Platform Engineer:\n• Platform Engineer/,
    );
    expect(out).toContain('Kettle Labs');
  });
});

describe('learning is not knowing', () => {
  it('says a tool on the learning line is being learned, never a plain yes', () => {
    const out = ask('does she know zig');
    expect(out).toMatch(/^Learning it, not a listed skill/);
    expect(out).not.toMatch(/^Yes/);
  });

  it('does not count a learned tool among the known ones', () => {
    expect(ask('zig and go?')).toMatch(/^Ana-Sofia knows 1 of the 2/);
  });
});

describe('unknown tools asked in chat shapes get a clear no', () => {
  it.each([
    ['has she worked with zorblax fabric or boomi', /^No — Zorblax Fabric isn't in/],
    ['tibco integration engine?', /^No — Tibco isn't in/],
    ['apache pinot exp?', /^No — Apache Pinot isn't in/],
  ])('%s', (question, expected) => {
    expect(ask(question)).toMatch(expected);
  });

  it('does not say no to a word that only opens a question about other things', () => {
    expect(ask('rollbacks / deploy time?')).not.toMatch(/^No/);
  });

  it('does not take chat filler for a skill', () => {
    expect(ask('what does she use for build tooling lol')).not.toMatch(/LOL/i);
  });
});

describe('implied by what the text names', () => {
  it('answers assistive technology from the screen readers the text names, never a no', () => {
    const out = ask('assistive tech experience?');
    expect(out).not.toMatch(/^No/);
    expect(out).toContain('NVDA and VoiceOver');
  });

  it('answers a build-systems question from the build tools, not from CI/CD', () => {
    expect(ask('what build systems does she know')).toContain('CMake');
  });

  it('does not read "ray tracing" as distributed tracing', () => {
    expect(ask('any ray tracing experience?')).toMatch(/^No — Ray tracing isn't in/);
  });
});

describe('ordinary words that reach the right lines', () => {
  it('answers "what is she up to at the moment" from the Now section', () => {
    expect(ask('what is she up to at the moment')).toContain('field guide to on-call handovers');
  });

  it('finds a result stated in numbers for "what improvements"', () => {
    expect(ask('what deploy improvements did she make')).toContain('from 40 min to 6 min');
  });
});

describe('tasks and goodbyes', () => {
  it("answers a shopping question about the world with I don't know", () => {
    expect(ask('whats the best laptop for go dev')).toMatch(/^I don't know/);
  });

  it.each(['how do i parse a kafka message in python', 'explain how ray tracing works'])(
    'declines the task "%s" without a skill verdict',
    (question) => {
      expect(ask(question)).toMatch(/^Sorry, I can't help with that/);
    },
  );

  it('still answers how to message the owner', () => {
    expect(ask('how do i message her')).not.toMatch(/^Sorry/);
  });

  it('takes "cheers, that\'s all I needed" as thanks', () => {
    expect(ask("cheers, that's all i needed")).toMatch(/^You're welcome/);
  });
});

describe('skills listed by icon ids', () => {
  const icons = createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'Theo Marsh',
        pronouns: { subject: 'he', object: 'him', possessive: 'his' },
        title: 'Backend Engineer',
      },
      skills: [
        {
          id: 'stack',
          name: 'Stack',
          skills: [{ name: 'githubactions' }, { name: 'postgres' }, { name: 'grafana' }],
        },
      ],
    }),
  );
  const askIcons = (q: string) => answerToPlainText(icons.ask(q));

  it('reads an icon id as the tool it names, and what the tool implies', () => {
    expect(askIcons('has he set up ci/cd pipelines')).toMatch(/^Yes — through GitHub Actions/);
    expect(askIcons('does he know postgresql')).toMatch(/^Yes — Theo lists postgres/);
  });
});

describe('general knowledge and qualifications', () => {
  it('answers "who wrote X" about the world with I don\'t know, no skill verdict', () => {
    expect(ask('who wrote the first version of cmake')).toMatch(/^I don't know/);
  });
});

describe('a term found written apart, whole words only', () => {
  const shop = createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'Rui Costa',
        pronouns: { subject: 'he', object: 'him', possessive: 'his' },
        title: 'Commerce Developer',
      },
      summary: ['Kept wholesale orders flowing for a health-tech startup.'],
      skills: [{ id: 'web', name: 'Web', skills: [{ name: 'Shopify' }] }],
    }),
  );
  const askShop = (q: string) => answerToPlainText(shop.ask(q));

  it('does not find "saleor" inside "wholesale orders"', () => {
    expect(askShop('has he worked w saleor')).toMatch(/^No — Saleor isn't in Rui's profile/);
  });

  it('finds "healthtech" in "health-tech"', () => {
    expect(askShop('any healthtech experience?')).not.toMatch(/^No/);
  });
});

describe('more chat shapes', () => {
  it('takes the name before "does she know it?" as the tool asked about', () => {
    expect(ask('what about vendure, does she know it?')).toMatch(/^No — Vendure isn't in/);
  });

  it('answers a certificate named after "cert like" from the certifications', () => {
    expect(ask('does she hold an accessibility cert like CPACC?')).toMatch(
      /^No — no CPACC certification is in Ana-Sofia's profile/,
    );
  });

  it("answers who runs a company in the world with I don't know, no skill verdict", () => {
    expect(ask("who's the ceo of shopify")).toMatch(/^I don't know/);
  });
});

describe('firmware skills and everyday words', () => {
  const firmware = createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'Idris Bello',
        pronouns: { subject: 'he', object: 'him', possessive: 'his' },
        title: 'Firmware Engineer',
        availability: 'Free to start after a 2-month notice period.',
      },
      skills: [
        {
          id: 'tools',
          name: 'Tools',
          skills: [{ name: 'CAN' }, { name: 'FreeRTOS' }, { name: 'nRF52' }, { name: 'KiCad' }],
        },
      ],
    }),
  );
  const askFirmware = (q: string) => answerToPlainText(firmware.ask(q));

  it('does not read the verb "can" as a skill named CAN', () => {
    expect(askFirmware('when can he start?')).toContain('2-month notice');
    expect(askFirmware('can he design PCBs')).not.toMatch(/CAN/);
    expect(askFirmware('does he know CAN?')).toMatch(/^Yes — Idris lists CAN/);
  });

  it('answers a field by the tags of the tools it lists', () => {
    expect(askFirmware('rtos experience')).toContain('FreeRTOS');
    expect(askFirmware('wireless protocols?')).toContain('nRF52');
    expect(askFirmware('which microcontrollers')).toContain('nRF52');
    expect(askFirmware('can he design PCBs')).toContain('KiCad');
  });
});

describe('the "Now" section', () => {
  it('answers "what is she working on right now" from it, before the project list', () => {
    const withProjects = createAssistant(
      ProfileSchema.parse({
        identity: {
          name: 'Mira Osei',
          pronouns: { subject: 'she', object: 'her', possessive: 'her' },
          title: 'Database Engineer',
        },
        exploring: ['Zig'],
        projects: [{ id: 'lsm', name: 'lsm-toy', summary: 'A toy LSM tree in Rust.' }],
        sections: [
          { id: 'now', title: 'Now (updated May 2026)', items: ['Shipping tiered storage.'] },
        ],
      }),
    );
    const askMira = (q: string) => answerToPlainText(withProjects.ask(q));
    expect(askMira('whats she working on right now')).toContain('Shipping tiered storage');
    expect(askMira('tell me about her projects')).toContain('lsm-toy');
    expect(askMira('what is she learning now')).toContain('Zig');
  });
});

describe('follow-ups, market questions and secrets', () => {
  const ops = createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'Cai Jones',
        pronouns: { subject: 'he', object: 'him', possessive: 'his' },
        title: 'Platform Engineer',
        yearsOfExperience: 11,
      },
      skills: [{ id: 'cloud', name: 'Cloud', skills: [{ name: 'Azure' }, { name: 'Key Vault' }] }],
      roles: [
        {
          company: 'Brightwater',
          title: 'Lead Platform Engineer',
          start: '2023-06',
          end: 'present',
        },
        { company: 'Tegid Systems', title: 'DevOps Engineer', start: '2019-02', end: '2023-05' },
      ],
    }),
  );
  const askOps = (q: string, conversation?: string) => answerToPlainText(ops.ask(q, conversation));

  it('answers "how long was he there?" with the dates of the role just named', () => {
    askOps('where did he work before brightwater', 'c1');
    expect(askOps('how long was he there?', 'c1')).toContain('2019-02 – 2023-05');
  });

  it('answers secrets management through the vault the profile lists', () => {
    expect(askOps('how does he handle secrets management in azure')).toContain('Key Vault');
  });

  it.each([
    'whats the going day rate for a devops contractor in london',
    'who won the six nations',
    'was verdient ein devops engineer in cardiff?',
    'combien gagne un ingénieur devops à londres ?',
  ])(
    'answers the market or world question "%s" with I don\'t know, no skill verdict',
    (question) => {
      expect(askOps(question)).toMatch(/^I don't know — I only know about Cai Jones/);
    },
  );
});

describe("one of a vendor's certificates asked by its subject", () => {
  const cloud = createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'Rui Costa',
        pronouns: { subject: 'he', object: 'him', possessive: 'his' },
        title: 'Cloud Engineer',
      },
      skills: [{ id: 'cloud', name: 'Cloud', skills: [{ name: 'AWS' }, { name: 'Terraform' }] }],
      certifications: [
        { name: 'AWS Certified Security - Specialty', year: '2023' },
        { name: 'Functional Safety Engineer (TÜV Rheinland)' },
      ],
    }),
  );
  const askCloud = (q: string) => answerToPlainText(cloud.ask(q));

  it('is not held through another certificate of that vendor', () => {
    expect(askCloud('does he hold the AWS Machine Learning Specialty certification?')).toMatch(
      /^No — .*no AWS Machine Learning certification is in Rui's profile[\s\S]*AWS Certified Security - Specialty/,
    );
    expect(askCloud('is he aws certified machine learning specialty?')).toMatch(/^No — /);
  });

  it('is held when the certificate names that subject, and any of them answers "AWS certified?"', () => {
    expect(askCloud('is he aws security certified?')).toMatch(
      /^Yes — Rui holds AWS Certified Security/,
    );
    expect(askCloud('AWS certified?')).toMatch(/^Yes — Rui holds AWS Certified Security/);
    expect(askCloud('is his aws certification still valid?')).toMatch(/^Yes — Rui holds AWS/);
  });

  it('answers "lead auditor" of a standard from the certificates, not from the skill', () => {
    expect(askCloud('is he a terraform lead auditor?')).toMatch(
      /^No — Rui lists Terraform as a skill, but no Terraform certification/,
    );
  });

  it('says no for a technology none of whose certificates is held, whatever else the name says', () => {
    expect(askCloud('is he a certified terraform engineer?')).toMatch(
      /^No — Rui lists Terraform as a skill, but no Terraform certification/,
    );
  });
});

describe('certificates with levels, and vendors of identity and CRM', () => {
  const crm = createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'Tala Reyes',
        pronouns: { subject: 'she', object: 'her', possessive: 'her' },
        title: 'Salesforce Developer',
      },
      skills: [
        { id: 'sf', name: 'Salesforce', skills: [{ name: 'Apex' }, { name: 'LWC' }] },
        { id: 'id', name: 'Identity', skills: [{ name: 'Entra ID' }] },
      ],
      roles: [{ company: 'Halo Cloud', title: 'Salesforce Developer', end: 'present' }],
      certifications: [{ name: 'Salesforce Certified Platform Developer I', year: '2021' }],
    }),
  );
  const askCrm = (q: string) => answerToPlainText(crm.ask(q));

  it('tells level I from level II', () => {
    expect(askCrm('is she platform developer II certified?')).toMatch(
      /^No — no platform developer II certification/,
    );
    expect(askCrm('is she platform developer I certified?')).toMatch(/^Yes — Tala holds/);
  });

  it('reads Azure AD as Entra ID and JavaScript through Lightning Web Components', () => {
    expect(askCrm('azure ad exp?')).toMatch(/^Yes/);
    expect(askCrm('can she do javascript')).toMatch(/^Yes — through LWC/);
  });

  it('says no to another product of the same vendor', () => {
    expect(askCrm('has she worked with marketing cloud')).toMatch(/^No — Marketing Cloud isn't/);
  });

  it('answers "where is Tala working now" with the employer', () => {
    expect(askCrm('where is tala working now')).toContain('Halo Cloud');
  });

  it("answers an exchange rate or an average salary with I don't know", () => {
    expect(askCrm("what's the php to usd exchange rate")).toMatch(/^I don't know/);
    expect(askCrm('whats the average salesforce dev salary in manila')).toMatch(/^I don't know/);
  });
});

describe('a graduate profile', () => {
  const grad = createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'Linh Tran',
        pronouns: { subject: 'she', object: 'her', possessive: 'her' },
        title: 'Backend Engineer',
      },
      skills: [{ id: 'ml', name: 'Search', skills: [{ name: 'Learning to Rank' }] }],
      education: [
        {
          institution: 'Hanoi University of Science and Technology',
          degree: 'BEng',
          field: 'Computer Science',
          details: ['GPA: 3.7/4.0'],
        },
      ],
    }),
  );
  const askGrad = (q: string) => answerToPlainText(grad.ask(q));

  it('gives the GPA the education details state', () => {
    expect(askGrad('whats her gpa')).toContain('GPA: 3.7/4.0');
  });

  it('counts learning to rank as machine learning', () => {
    expect(askGrad('does she do any machine learning')).not.toMatch(/^No/);
  });
});

describe('the article before a title', () => {
  it.each([
    ['Engineering Manager', 'is an Engineering Manager'],
    ['SRE', 'is an SRE'],
    ['UX Engineer', 'is a UX Engineer'],
    ['Senior Engineer', 'is a Senior Engineer'],
  ])('%s', (title, expected) => {
    const one = createAssistant(
      ProfileSchema.parse({
        identity: {
          name: 'Sam Ito',
          pronouns: { subject: 'they', object: 'them', possessive: 'their' },
          title,
        },
      }),
    );
    expect(answerToPlainText(one.ask('what is their job title?'))).toContain(expected);
  });
});

describe('what the owner is looking for', () => {
  it('answers "what kind of role is he after" from the availability', () => {
    const seeking = createAssistant(
      ProfileSchema.parse({
        identity: {
          name: 'Kofi Asante',
          pronouns: { subject: 'he', object: 'him', possessive: 'his' },
          title: 'Engineering Manager',
          availability: 'Looking for a Head of Engineering role at a climate company.',
        },
      }),
    );
    expect(answerToPlainText(seeking.ask('what kind of role is he after'))).toContain(
      'Head of Engineering role',
    );
  });
});

describe('a certification asked by the name of a skill group', () => {
  const groups = (certifications: { name: string }[]) =>
    createAssistant(
      ProfileSchema.parse({
        identity: {
          name: 'Vy Pham',
          pronouns: { subject: 'she', object: 'her', possessive: 'her' },
          title: 'Backend Engineer',
        },
        skills: [
          { id: 'java', name: 'Java', skills: [{ name: 'Spring Boot' }] },
          { id: 'cloud', name: 'Cloud', skills: [{ name: 'AWS' }] },
        ],
        certifications,
      }),
    );

  it('answers "is she Java certified?" from the certifications, yes or no', () => {
    const none = groups([{ name: 'IELTS 7.5' }]);
    expect(answerToPlainText(none.ask('is she java certified'))).toMatch(
      /^No — no Java certification/,
    );
    const held = groups([{ name: 'Oracle Certified Professional: Java SE 17 Developer' }]);
    expect(answerToPlainText(held.ask('is she java certified'))).toMatch(/^Yes/);
  });

  it('never says no for a field: "cloud certified?" beside an AWS certificate', () => {
    const aws = groups([{ name: 'AWS Certified Solutions Architect – Associate' }]);
    expect(answerToPlainText(aws.ask('is she cloud certified'))).not.toMatch(/^No/);
  });
});

describe('a certificate near a skill, in a skills list', () => {
  const consultant = (skills: { name: string }[]) =>
    createAssistant(
      ProfileSchema.parse({
        identity: {
          name: 'Nils Berg',
          pronouns: { subject: 'he', object: 'him', possessive: 'his' },
          title: 'IAM Architect',
        },
        skills: [{ id: 'gov', name: 'Governance', skills }],
      }),
    );

  it('takes no certification word from another item of the list', () => {
    const out = consultant([{ name: 'Access certification campaigns' }, { name: 'CyberArk PAM' }]);
    expect(answerToPlainText(out.ask('is he cyberark certified?'))).toMatch(
      /^No — no CyberArk certification/,
    );
  });

  it('still finds one said in the same item', () => {
    const out = consultant([{ name: 'CyberArk Certified Delivery Engineer' }]);
    expect(answerToPlainText(out.ask('is he cyberark certified?'))).not.toMatch(/^No/);
  });
});

describe('a freelancer before and after going freelance', () => {
  const freelancer = createAssistant(
    ProfileSchema.parse({
      identity: { name: 'Tomás Ibarra', title: 'Freelance Web Developer' },
      skills: [{ id: 'web', name: 'Web', skills: [{ name: 'Laravel' }] }],
      roles: [
        {
          company: 'Ibarra Web (self-employed)',
          title: 'Freelance Web Developer',
          start: '2020-01',
        },
        { company: 'Rutas Viajes', title: 'Developer', start: '2016-03', end: '2019-12' },
      ],
      volunteer: [{ organization: 'PHP Valparaíso', summary: 'Runs the monthly meetup.' }],
    }),
  );
  const says = (q: string) => answerToPlainText(freelancer.ask(q));

  it('answers "where did he work before going freelance" with the role before it', () => {
    expect(says('where did he work before going freelance?')).toContain('Rutas Viajes');
  });

  it("does not take the owner's name for the business named after them", () => {
    expect(says('is ibarra available in january?')).not.toMatch(/2020-01 – present/);
    expect(says('what did he do at rutas viajes')).toContain('Developer');
  });

  it('reads "community stuff" without the filler', () => {
    expect(says('community stuff')).toContain('PHP Valparaíso');
  });

  it('leaves travel questions to "I don\'t know"', () => {
    expect(says('best time of year to visit valparaiso?')).toMatch(/I don't know/);
    expect(says('is it safe to travel to chile')).toMatch(/I don't know/);
  });
});

describe('an employer whose name holds a technology word', () => {
  const assistant = createAssistant(
    ProfileSchema.parse({
      identity: { name: 'Rita Sousa', title: 'QA Lead' },
      skills: [{ id: 'qa', name: 'QA', skills: [{ name: 'Playwright' }, { name: 'Stripe' }] }],
      expertise: ['contract testing', 'flaky-test triage'],
      roles: [
        { company: 'Minho Payments, S.A.', title: 'QA Lead', start: '2022-03' },
        { company: 'Ribeira Bank', title: 'Tester', start: '2018-01', end: '2022-02' },
      ],
    }),
  );
  const says = (q: string) => answerToPlainText(assistant.ask(q));

  it('reads "before minho payments" as the employer, not the payments skill', () => {
    expect(says('where did she work before minho payments')).toContain('Ribeira Bank');
  });

  it('offers the areas of expertise to "what can I ask her about"', () => {
    expect(says('what can i ask her about')).toContain('contract testing');
  });
});
