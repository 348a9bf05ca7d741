import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

/** Invented CVs: an academic one (appointments as bold titles), a Japanese one, a skills table. */
const cv = `# Marta Zielińska

Postdoctoral researcher in machine learning

## Appointments

**Postdoctoral Research Associate**, School of Informatics, University of Glasgow — Oct 2022 – present
- Lead the forecasting work package.

**Applied Science Intern**, Kestrel Grid Ltd., London — Jun 2020 – Sep 2020 (3 months)
- Shipped a load forecasting model into the production API.
`;

describe('an appointment whose dates are followed by their length in brackets', () => {
  it('keeps the employer, never the length, as the company', () => {
    const { profile } = imported(cv);
    const intern = profile.roles.find((r) => r.title === 'Applied Science Intern');
    expect(intern).toMatchObject({ start: '2020-06', end: '2020-09' });
    expect(intern?.company).toMatch(/^Kestrel Grid Ltd\./);
  });
});

describe('a journal article whose title opens with "Conformal"', () => {
  it('is a paper under "Journal Articles": "conformal" is not a conference', () => {
    const { profile } = imported(
      `# Marta Zielińska\n\nResearcher\n\n## Publications\n\n### Journal Articles\n\n1. **M. Zielińska**, T. Nowak. "Conformal Prediction Intervals for Load Forecasts." *Energy and AI*, vol. 14, 2023.\n`,
    );
    expect(profile.publications[0]?.title).toMatch(/^Conformal Prediction Intervals/);
    expect(profile.publications[0]?.kind).toBe('publication');
  });
});

describe('a Japanese CV’s job written as "SE"', () => {
  it('reads the job, its title the initials', () => {
    const { profile } = imported(
      `# Haruto Mori\n\nBackend Engineer\n\n## 職歴 / Work Experience\n\n### 株式会社サンプル / Sample Systems Co., Ltd. — SE\n**2017.04 - 2019.03** ・ 福岡 / Fukuoka\n\nFirst job after university: contract work for regional banks.\n`,
    );
    expect(profile.roles).toEqual([
      expect.objectContaining({ title: 'SE', start: '2017-04', end: '2019-03' }),
    ]);
  });
});

describe('a skills table row that lists what the skill is used with', () => {
  it('rates the head and lists the rest beside it', () => {
    const { profile } = imported(
      `# Sigrid Lunde\n\nSite Reliability Engineer\n\n## Skills\n\n| Skill | Level | Years |\n|---|---|---|\n| Kubernetes (EKS, kubeadm) | ★★★★★ | 6 |\n| Terraform | Expert | 5 |\n`,
    );
    const skills = profile.skills.flatMap((c) => c.skills);
    expect(skills).toEqual([
      { name: 'Kubernetes', aliases: [], note: '5/5, 6 years' },
      { name: 'EKS', aliases: [] },
      { name: 'kubeadm', aliases: [] },
      { name: 'Terraform', aliases: [], note: 'expert, 5 years' },
    ]);
  });
});

describe("an academic CV's opening statement", () => {
  it('is the summary: where the owner is based and the years of research', () => {
    const { profile } = imported(
      `# Marta Zielińska\n\nPostdoctoral researcher\n\n## Statement\n\nI am a postdoctoral researcher, currently based in Glasgow, looking to move into industry. I have seven years of research experience in forecasting.\n`,
    );
    expect(profile.identity.location).toBe('Glasgow');
    expect(profile.identity.yearsOfExperience).toBe(7);
    expect(profile.summary.join(' ')).toMatch(/looking to move into industry/);
  });
});

describe('a Europass CV converted by Pandoc, its name in bold under "PERSONAL INFORMATION"', () => {
  it('reads the name under the heading, where no H1 names the owner', () => {
    const { profile } = imported(
      `**Europass Curriculum Vitae**\n\n# PERSONAL INFORMATION\n\n**Ioana Popescu**\n\nCluj\\-Napoca (Romania)\n\n**JOB APPLIED FOR** Data Engineer\n\n## About me\n\nSenior Data Engineer with 6 years of professional experience.\n\n# WORK EXPERIENCE\n\n**01/03/2021 – Current** **Senior Data Engineer**\n\n**Somes Analytics SRL – Cluj\\-Napoca, Romania**\n\n-   Built the lakehouse on AWS.\n`,
    );
    expect(profile.identity.name).toBe('Ioana Popescu');
  });
});
