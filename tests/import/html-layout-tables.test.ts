import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

const icon = (name: string, alt = name) =>
  `<img src="https://cdn.example.net/icons/${name.toLowerCase().replace(/\W/g, '')}.svg" title="${name}" alt="${alt}" width="32" height="32"/>&nbsp;`;

describe('a README laid out with HTML tables', () => {
  const { profile } = imported(
    [
      '# Teodor Vasquez',
      '',
      'Mobile Engineer',
      '',
      '## Toolbox',
      '',
      '<table>',
      '  <tr>',
      '    <td><b>Mobile</b></td>',
      `    <td>${icon('Swift')}${icon('Jetpack Compose', 'Compose')}${icon('Flutter')}</td>`,
      '  </tr>',
      '  <tr>',
      '    <td><b>Infra&nbsp;&amp;&nbsp;CI</b></td>',
      `    <td>${icon('Fastlane')}${icon('Bitrise')}</td>`,
      '  </tr>',
      '</table>',
      '',
      '## Work',
      '',
      '<table>',
      '  <tr>',
      '    <td width="64"><img src="https://example.org/logos/quayside.png" width="48" alt="Quayside logo"/></td>',
      '    <td>',
      '      <b>Lead Mobile Engineer</b> @ Quayside Ferries<br/>',
      '      <sub>Mar 2021 &ndash; present &nbsp;&middot;&nbsp; Bergen, Norway</sub><br/>',
      '      Rebuilt the ticketing app in Compose; cut crash rate by 80%.',
      '    </td>',
      '  </tr>',
      '</table>',
      '',
      '<details>',
      '<summary><b>Earlier roles</b> (click)</summary>',
      '<br/>',
      '<table>',
      '  <tr>',
      '    <td width="64"><img src="https://example.org/logos/fjord.png" width="48" alt="Fjordline logo"/></td>',
      '    <td>',
      '      <b>iOS Developer</b> at Fjordline Labs<br/>',
      '      <i>Aug 2017 – Feb 2021 · Oslo, Norway</i><br/>',
      '      Shipped the booking app.',
      '    </td>',
      '  </tr>',
      '</table>',
      '</details>',
    ].join('\n'),
  );

  it('reads each icon of a row as one skill, grouped by the bold first cell', () => {
    expect(profile.skills.map((c) => [c.name, c.skills.map((s) => s.name)])).toEqual([
      ['Mobile', ['Swift', 'Jetpack Compose', 'Flutter']],
      ['Infra & CI', ['Fastlane', 'Bitrise']],
    ]);
  });

  it('reads a row of logo, bold title, company and dates as a role, folded ones too', () => {
    expect(
      profile.roles.map((r) => [r.title, r.company, r.start, r.end, r.location, r.highlights]),
    ).toEqual([
      [
        'Lead Mobile Engineer',
        'Quayside Ferries',
        '2021-03',
        'present',
        'Bergen, Norway',
        ['Rebuilt the ticketing app in Compose; cut crash rate by 80%.'],
      ],
      [
        'iOS Developer',
        'Fjordline Labs',
        '2017-08',
        '2021-02',
        'Oslo, Norway',
        ['Shipped the booking app.'],
      ],
    ]);
  });

  it('keeps logo alt texts out of every fact', () => {
    expect(JSON.stringify(profile)).not.toMatch(/logo/i);
  });
});

describe('a table of data without a header row', () => {
  it('is still read as a table, not as lines', () => {
    const { profile } = imported(
      [
        '# Ines Marlow',
        '',
        'Platform Engineer',
        '',
        '## Projects',
        '',
        '<table>',
        '  <tr><td>Project</td><td>What it does</td></tr>',
        '  <tr><td><a href="https://github.com/im/tidy-logs">tidy-logs</a></td><td>Folds noisy logs</td></tr>',
        '</table>',
      ].join('\n'),
    );
    expect(profile.projects.map((p) => [p.name, p.summary])).toEqual([
      ['tidy-logs', 'Folds noisy logs'],
    ]);
  });
});

describe('character references in HTML', () => {
  it('are read as the characters they stand for', () => {
    const { profile } = imported(
      [
        '<h1 align="center">Hi, I am Rosa Lind</h1>',
        '<h3 align="center">Data Engineer &middot; Spark &amp; Airflow &mdash; Lisbon, Portugal</h3>',
        '',
        '## Skills',
        '',
        '- Go',
      ].join('\n'),
    );
    expect([profile.identity.title, profile.identity.location]).toEqual([
      'Data Engineer',
      'Lisbon, Portugal',
    ]);
  });
});

describe('an About | Currently layout table at the top of a README', () => {
  const about = [
    '<li>📍 Tromsø, Troms, Norway (CET)</li>',
    '<li>💼 Backend Engineer @ <b>Polar Grid</b></li>',
    '<li>🗣️ Norwegian &amp; English (fluent) &mdash; tospråklig</li>',
    '<li>🎓 University of Bergen, Master of Science in Informatics, 2019</li>',
  ];
  const current = [
    '<li>📅 <b>Open to new roles from May 2027</b></li>',
    '<li>tinkering with Zig</li>',
  ];
  const page = (cells: string[]) =>
    imported(['# Runa Dahl', '', ...cells, '', '## Skills', '', '- Go'].join('\n')).profile;
  const inHtml = page([
    '<table><tr>',
    '<td width="50%" valign="top"><h3>👋 About</h3><ul>',
    ...about,
    '</ul></td>',
    '<td width="50%" valign="top"><h3>🔭 Currently</h3><ul>',
    ...current,
    '</ul></td>',
    '</tr></table>',
  ]);
  const inMarkdown = page([
    '<table>',
    '<tr>',
    '<td width="50%" valign="top">',
    '',
    '### 👋 About',
    '',
    ...about.map((item) => `- ${item.replace(/<\/?(?:li|b)>/g, '').replace('&amp;', '&')}`),
    '',
    '</td>',
    '<td width="50%" valign="top">',
    '',
    '### 🔭 Currently',
    '',
    ...current.map((item) => `- ${item.replace(/<\/?(?:li|b)>/g, '')}`),
    '',
    '</td>',
    '</tr>',
    '</table>',
  ]);

  it.each([
    ['written in HTML', inHtml],
    ['written in markdown', inMarkdown],
  ])('reads the place, job, languages, degree and availability of each cell %s', (_, profile) => {
    expect(profile.identity.location).toBe('Tromsø, Troms, Norway (CET)');
    expect(profile.identity.availability).toBe('Open to new roles from May 2027');
    expect(profile.roles.map((r) => [r.title, r.company])).toEqual([
      ['Backend Engineer', 'Polar Grid'],
    ]);
    expect(profile.languages.map((l) => l.name)).toEqual(['Norwegian', 'English']);
    expect(profile.education.map((e) => [e.institution, e.degree, e.field, e.end])).toEqual([
      ['University of Bergen', 'Master of Science', 'Informatics', '2019'],
    ]);
    expect(profile.exploring).toEqual(['tinkering with Zig']);
  });
});

describe('rows of badges and graphs drawn from an account', () => {
  const { profile } = imported(
    [
      '# Oona Pelto',
      '',
      'Data Engineer',
      '',
      '## Stack',
      '',
      '<table>',
      '  <tr>',
      '    <td><b>Languages</b></td>',
      '    <td><img src="https://img.shields.io/badge/Python-3776AB?logo=python" alt="Python"/>',
      '    <img src="https://img.shields.io/badge/Scala-DC322F?logo=scala"/></td>',
      '  </tr>',
      '  <tr>',
      '    <td><b>Data</b></td>',
      '    <td><img src="https://img.shields.io/badge/Apache%20Spark-E25A1C?logo=apachespark"/></td>',
      '  </tr>',
      '</table>',
      '',
      '## Activity',
      '',
      '<p align="center">',
      '  <img src="https://raw.githubusercontent.com/opelto/opelto/output/github-contribution-grid-snake.svg" alt="snake eating my commits" />',
      '</p>',
      '',
      '[![Commit graph](https://activity-graph.example.app/graph?username=opelto)](https://github.com/opelto)',
      '',
      'Thanks for reading!',
    ].join('\n'),
  );

  it('reads a cell of badges as one skill per badge', () => {
    expect(profile.skills.map((c) => [c.name, c.skills.map((s) => s.name)])).toEqual([
      ['Languages', ['Python', 'Scala']],
      ['Data', ['Apache Spark']],
    ]);
  });

  it('keeps nothing of a contribution snake or an activity graph', () => {
    expect(JSON.stringify(profile)).not.toMatch(/snake|commit graph/i);
    expect(profile.sections.flatMap((s) => s.items)).toEqual(['Thanks for reading!']);
  });
});

describe('entry cards in table rows without logos or with project icons', () => {
  const { profile } = imported(
    [
      '# Jonas Berg',
      '',
      'Data Engineer',
      '',
      '## Experience',
      '',
      '<table>',
      '<tr><td><b>Data Engineer</b> at Northwind Traders<br/><i>Feb 2020 – present</i></td><td>Built the Spark pipelines feeding finance reports.</td></tr>',
      '<tr><td><b>Analyst</b> at Contoso Ltd<br/><i>2017 – 2020</i></td><td>SQL reporting.</td></tr>',
      '</table>',
      '',
      '## Projects',
      '',
      '<table>',
      '<tr><td><img src="https://example.org/p/a.png" width="40" alt="tidepool icon"/></td><td><b><a href="https://github.com/jberg/tidepool">tidepool</a></b><br/>Streams tide gauges into Parquet.</td></tr>',
      '<tr><td><img src="https://example.org/p/b.png" width="40" alt="quill icon"/></td><td><b><a href="https://github.com/jberg/quill">quill</a></b><br/>Markdown linter for SQL docs.</td></tr>',
      '</table>',
    ].join('\n'),
  );

  it('reads a bold title line with its dates and the next cell as one role', () => {
    expect(profile.roles.map((r) => [r.title, r.company, r.start, r.end, r.highlights])).toEqual([
      [
        'Data Engineer',
        'Northwind Traders',
        '2020-02',
        'present',
        ['Built the Spark pipelines feeding finance reports.'],
      ],
      ['Analyst', 'Contoso Ltd', '2017', '2020', ['SQL reporting.']],
    ]);
  });

  it('reads a bold name and the line under it as one project', () => {
    expect(profile.projects.map((p) => [p.name, p.summary])).toEqual([
      ['tidepool', 'Streams tide gauges into Parquet.'],
      ['quill', 'Markdown linter for SQL docs.'],
    ]);
  });
});

describe('icons whose alt text calls them a logo', () => {
  it('are named by their title or by the icon they draw', () => {
    const devicon = (id: string) =>
      `https://cdn.jsdelivr.net/gh/devicons/devicon/icons/${id}/${id}-original.svg`;
    const { profile } = imported(
      [
        '# Jo Amsel',
        '',
        'Data Engineer',
        '',
        '## Tools',
        '',
        '<table><tr>',
        '<td><b>Languages</b></td>',
        `<td><img src="${devicon('kotlin')}" alt="kotlin logo" width="40"/> <img src="${devicon('go')}" alt="go icon" title="Go" width="40"/> <img src="https://example.org/zig.png" alt="zig logo" title="Zig" width="40"/></td>`,
        '</tr></table>',
      ].join('\n'),
    );
    expect(profile.skills.map((c) => [c.name, c.skills.map((s) => s.name)])).toEqual([
      ['Languages', ['Kotlin', 'Go', 'Zig']],
    ]);
  });
});

describe('a logo in a table of data', () => {
  it('never joins the title of the row it stands in', () => {
    const { profile } = imported(
      [
        '# Jo Amsel',
        '',
        'Data Engineer',
        '',
        '## Experience',
        '',
        '<table>',
        '<tr><th></th><th>Role</th><th>Company</th><th>Dates</th></tr>',
        '<tr><td><img src="https://example.org/a.png" width="32" alt="Northwind logo"/></td><td>Data Engineer</td><td>Northwind Traders</td><td>2020 – present</td></tr>',
        '</table>',
      ].join('\n'),
    );
    expect(profile.roles.map((r) => [r.title, r.company])).toEqual([
      ['Data Engineer', 'Northwind Traders'],
    ]);
  });
});
