import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { importProfile } from '../../src/import/import-profile.ts';
import { type Profile, ProfileSchema } from '../../src/knowledge/schema.ts';
import {
  bullet,
  docx,
  hyperlink,
  layoutTable,
  paragraph,
  run,
  table,
  zipOf,
} from '../support/docx.ts';

// A CV typed the way Word users type one: the name in the Title style, a contact line of items
// between tabs, section headings that are bold capitals in the Normal style, "Company<tab>Dates"
// lines, a word split across two runs, a page break, non-breaking spaces, curly quotes, and the
// skills in a two-column table.
const HAND_SET_CV = () =>
  docx(
    [
      paragraph('Ingrid Solberg', 'Title'),
      paragraph('Senior Site Reliability Engineer', 'Subtitle'),
      paragraph([
        run('Bergen, Norway\tingrid.solberg@example.com\t+47 912 34 567\t'),
        hyperlink('rGitHub', 'github.com/isolberg'),
        run('\t'),
        hyperlink('rLinkedIn', 'LinkedIn'),
      ]),
      paragraph([run('PRO', { bold: true }), run('FILE', { bold: true })]),
      paragraph(
        'Nine years keeping payment systems up; I’m the one who writes the “boring” runbooks.\u00a0On call since 2017.',
      ),
      paragraph([run('EXPERIENCE', { bold: true })]),
      paragraph([run('Fjordpay', { bold: true }), run('\tMar 2021\u00a0– Present')]),
      paragraph('Senior Site Reliability Engineer'),
      bullet([
        'Moved 140 services onto Kuber',
        'netes with Terraform, cutting deploys from 40 to 6 minutes.',
      ]),
      bullet('Wrote the incident runbooks the on-call rotation still uses.'),
      paragraph([run('\f')]),
      paragraph([run('Nordlys Telecom', { bold: true }), run('\t\tJun 2016 – Feb 2021')]),
      paragraph('Site Reliability Engineer'),
      bullet('Ran the Prometheus and Grafana monitoring for 3,000 hosts.'),
      paragraph([run('SKILLS', { bold: true })]),
      table([
        ['Languages', 'Go, Python, Bash'],
        ['Infrastructure', 'Kubernetes, Terraform, AWS, Prometheus'],
      ]),
    ],
    [
      { id: 'rGitHub', url: 'https://github.com/isolberg' },
      { id: 'rLinkedIn', url: 'https://www.linkedin.com/in/ingrid-solberg' },
    ],
  );

// The same kind of CV set with Word's built-in heading styles and bulleted lists.
const STYLED_CV = () =>
  docx([
    paragraph('Tomás Ibarra', 'Title'),
    paragraph('Android Engineer · Valparaíso, Chile · tomas.ibarra@example.net'),
    paragraph('Experience', 'Heading1'),
    paragraph('Android Engineer at Puerto Digital', 'Heading2'),
    paragraph('Jan 2019 – Present'),
    bullet('Rebuilt the ticketing app in Kotlin and Jetpack Compose.'),
    paragraph('Skills', 'Heading1'),
    bullet('Kotlin, Java, Jetpack Compose, Gradle'),
  ]);

async function imported(bytes: Uint8Array, fileName?: string) {
  const result = await importProfile(bytes, { fileName });
  expect(result.format).toBe('docx');
  expect(ProfileSchema.safeParse(result.profile).error?.issues ?? []).toEqual([]);
  return result;
}

function ask(profile: Profile, question: string): string {
  return answerToPlainText(createAssistant(profile).ask(question));
}

describe('importing a Word (.docx) CV', () => {
  it('reads the name from the Title style, the title under it and the place from the contact line', async () => {
    const { profile } = await imported(await HAND_SET_CV());
    expect(profile.identity).toMatchObject({
      name: 'Ingrid Solberg',
      title: 'Senior Site Reliability Engineer',
      location: 'Bergen, Norway',
    });
  });

  it('reads each item of a tab-separated contact line, the links from their hyperlinks', async () => {
    const { profile } = await imported(await HAND_SET_CV());
    expect(profile.contact).toMatchObject({
      email: 'ingrid.solberg@example.com',
      phone: '+47 912 34 567',
      github: 'https://github.com/isolberg',
      linkedin: 'https://www.linkedin.com/in/ingrid-solberg',
    });
  });

  it('takes bold capitals as headings and "Company<tab>Dates" lines as roles', async () => {
    const { profile } = await imported(await HAND_SET_CV());
    expect(profile.roles.map((r) => [r.company, r.title, r.start, r.end])).toEqual([
      ['Fjordpay', 'Senior Site Reliability Engineer', '2021-03', 'present'],
      ['Nordlys Telecom', 'Site Reliability Engineer', '2016-06', '2021-02'],
    ]);
    expect(profile.roles[0]?.highlights).toEqual([
      'Moved 140 services onto Kubernetes with Terraform, cutting deploys from 40 to 6 minutes.',
      'Wrote the incident runbooks the on-call rotation still uses.',
    ]);
    expect(profile.summary.join(' ')).toBe(
      'Nine years keeping payment systems up; I’m the one who writes the “boring” runbooks. On call since 2017.',
    );
  });

  it('reads a two-column skills table row by row, its first row included', async () => {
    const { profile } = await imported(await HAND_SET_CV());
    expect(profile.skills.map((c) => [c.name, c.skills.map((s) => s.name)])).toEqual([
      ['Languages', ['Go', 'Python', 'Bash']],
      ['Infrastructure', ['Kubernetes', 'Terraform', 'AWS', 'Prometheus']],
    ]);
  });

  it('reads Word’s own heading styles and bulleted lists', async () => {
    const { profile } = await imported(await STYLED_CV());
    expect(profile.identity).toMatchObject({ name: 'Tomás Ibarra', title: 'Android Engineer' });
    expect(profile.contact.email).toBe('tomas.ibarra@example.net');
    expect(profile.roles.map((r) => [r.company, r.title, r.start, r.end])).toEqual([
      ['Puerto Digital', 'Android Engineer', '2019-01', 'present'],
    ]);
    expect(profile.skills.flatMap((c) => c.skills.map((s) => s.name))).toEqual(
      expect.arrayContaining(['Kotlin', 'Java', 'Jetpack Compose', 'Gradle']),
    );
  });

  it('finds the name on the first line of a CV that uses no styles at all', async () => {
    const { profile } = await imported(
      await docx([
        paragraph([run('AMARA OKONKWO', { bold: true })]),
        paragraph('Data Engineer'),
        paragraph('Lagos, Nigeria\tamara.okonkwo@example.org'),
        paragraph([run('WORK HISTORY', { bold: true })]),
        paragraph([run('Kudi Bank', { bold: true }), run('\t2020 – 2024')]),
        paragraph('Data Engineer'),
        bullet('Built the Airflow pipelines behind the fraud reports.'),
      ]),
    );
    expect(profile.identity).toMatchObject({
      name: 'Amara Okonkwo',
      title: 'Data Engineer',
      location: 'Lagos, Nigeria',
    });
    expect(profile.roles.map((r) => [r.company, r.start, r.end])).toEqual([
      ['Kudi Bank', '2020', '2024'],
    ]);
  });

  it('reads a bold company line, or "Company<tab>Place", above a "Title<tab>Dates" line', async () => {
    const { profile } = await imported(
      await docx([
        paragraph('Ingrid Solberg', 'Title'),
        paragraph('Site Reliability Engineer'),
        paragraph([run('EXPERIENCE', { bold: true })]),
        paragraph([run('Fjordpay', { bold: true }), run('\tBergen, Norway')]),
        paragraph('Senior SRE\tMar 2021 – Present'),
        bullet('Ran Kubernetes for the payments platform.'),
        paragraph([run('Nordlys Telecom', { bold: true })]),
        paragraph('SRE\t2016 – 2021'),
        bullet('Ran the Prometheus monitoring.'),
      ]),
    );
    expect(profile.roles.map((r) => [r.company, r.title, r.location, r.start, r.end])).toEqual([
      ['Fjordpay', 'Senior SRE', 'Bergen, Norway', '2021-03', 'present'],
      ['Nordlys Telecom', 'SRE', undefined, '2016', '2021'],
    ]);
  });

  it('answers questions about the owner once imported', async () => {
    const { profile } = await imported(await HAND_SET_CV());
    expect(ask(profile, 'How can I reach Ingrid by email?')).toContain(
      'ingrid.solberg@example.com',
    );
    expect(ask(profile, 'Does she know Terraform?')).toMatch(/Terraform/);
    expect(ask(profile, 'Where does she work now?')).toContain('Fjordpay');
  });

  it('knows a Word file by its content, whatever its name says', async () => {
    const bytes = await HAND_SET_CV();
    for (const fileName of ['cv.pdf', 'cv.txt', 'cv.yaml', undefined])
      expect((await imported(bytes, fileName)).profile.identity.name).toBe('Ingrid Solberg');
  });
});

describe('refusing what is not a Word document', () => {
  const refused = async (bytes: Uint8Array) => {
    const error = await importProfile(bytes).then(
      () => undefined,
      (thrown: unknown) => thrown as Error & { code?: string },
    );
    expect(error?.code).toBe('import_failed');
    expect(error?.message).not.toContain('\n');
    return error?.message ?? '';
  };
  const SAVE_AS = /save it as a Word document \(\.docx\), a PDF or markdown/;

  it('names a spreadsheet, a presentation, an OpenDocument file and a plain archive', async () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' }, /Excel/],
      [{ 'ppt/presentation.xml': '<presentation/>' }, /PowerPoint/],
      [{ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<x/>' }, /\.odt/],
      [{ 'cv.md': '# Ingrid Solberg', 'photo.txt': 'x' }, /ZIP archive of 2 files/],
    ];
    for (const [files, what] of cases) {
      const message = await refused(await zipOf(files));
      expect(message).toMatch(what);
      expect(message).toMatch(SAVE_AS);
    }
  });

  it('says where to put the name when the body opens with a section (the name in the page header)', async () => {
    const bytes = await docx([
      paragraph([run('PROFILE', { bold: true })]),
      paragraph('Backend engineer who likes queues.'),
    ]);
    expect(await refused(bytes)).toMatch(/a name in the page header is not read/);
  });

  it('names a legacy Word 97–2003 .doc', async () => {
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const message = await refused(ole);
    expect(message).toMatch(/Word 97–2003 document \(\.doc\)/);
    expect(message).toMatch(SAVE_AS);
  });

  it('says a truncated .docx is damaged instead of failing inside the reader', async () => {
    const bytes = await HAND_SET_CV();
    expect(await refused(bytes.subarray(0, bytes.length / 2))).toMatch(/truncated or damaged/);
  });

  it('says a .docx whose contents are corrupt is damaged', async () => {
    const bytes = await HAND_SET_CV();
    const broken = bytes.slice();
    // Scrambles the compressed data of the first parts while leaving the directory readable.
    for (let at = 60; at < 400; at++) broken[at] = (broken[at] ?? 0) ^ 0x5a;
    expect(await refused(broken)).toMatch(/Word document is damaged/);
  });
});

describe('a Word CV mixing styled headings with one set by hand', () => {
  const MIXED_CV = () =>
    docx([
      paragraph('Rosa Lindqvist', 'Title'),
      paragraph('Mainframe Developer'),
      paragraph('Columbus, Ohio\t(614) 555-0142\trosa.lindqvist@example.com'),
      paragraph('Experience', 'Heading1'),
      paragraph([run('Buckeye Mutual', { bold: true }), run('\tMar 2019 – Present')]),
      paragraph('Mainframe Developer'),
      bullet('Moved 900 COBOL batch programs onto Control-M.'),
      paragraph('Projects', 'Heading1'),
      bullet('copybook-lint – checks COBOL copybooks before they reach Git.'),
      paragraph([run('ADDITIONAL INFORMATION', { bold: true })]),
      paragraph('Languages: English (native), Pennsylvania Dutch (conversational).'),
    ]);

  it('puts the hand-set heading at the level of the styled ones, not under the section above', async () => {
    const { profile } = await imported(await MIXED_CV());
    expect(profile.projects.map((p) => p.name)).toEqual(['copybook-lint']);
    expect(profile.languages.map((l) => l.name)).toEqual(['English', 'Pennsylvania Dutch']);
  });

  it('reads a local phone number with its area code from the contact line', async () => {
    const { profile } = await imported(await MIXED_CV());
    expect(profile.contact.phone).toBe('(614) 555-0142');
  });
});

describe('a Google Docs CV laid out in a two-column table', () => {
  const TWO_COLUMNS = () =>
    docx([
      paragraph('Naledi Khumalo', 'Heading1'),
      paragraph('Senior ServiceNow Developer'),
      layoutTable([
        [
          paragraph('CONTACT', 'Heading2'),
          paragraph('Durban, South Africa'),
          paragraph('naledi@example.com'),
          paragraph('SKILLS', 'Heading2'),
          paragraph('Platform: ServiceNow ITSM, CMDB'),
          paragraph('Development: JavaScript, Glide API'),
        ],
        [
          paragraph('EXPERIENCE', 'Heading1'),
          paragraph([
            run('Umhlanga Digital', { bold: true }),
            run(', Durban · '),
            run('Apr 2021 – Present', { italic: true }),
          ]),
          paragraph([run('Senior ServiceNow Developer', { italic: true })]),
          bullet('Led 11 ServiceNow implementations for insurers and retailers.'),
          paragraph('EDUCATION', 'Heading1'),
          paragraph('University of KwaZulu-Natal, 2013 – 2016'),
          paragraph('BSc in Computer Science'),
        ],
      ]),
    ]);

  it('reads each column of the layout as the page it holds, not as one table cell', async () => {
    const { profile } = await imported(await TWO_COLUMNS());
    expect(profile.identity.location).toBe('Durban, South Africa');
    expect(profile.contact.email).toBe('naledi@example.com');
    expect(profile.roles.map((r) => r.company)).toEqual(['Umhlanga Digital']);
    expect(profile.skills.flatMap((c) => c.skills.map((s) => s.name))).toContain('JavaScript');
  });
});
