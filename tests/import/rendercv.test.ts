import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { importProfile } from '../../src/import/import-profile.ts';
import { buildImportReport } from '../../src/import/import-report.ts';
import { toKnowledgeYaml } from '../../src/import/knowledge-yaml.ts';
import { parseKnowledge } from '../../src/knowledge/load.ts';
import type { Profile } from '../../src/knowledge/schema.ts';

// A RenderCV input file as people write them: free section titles, markdown in the fields,
// a job commented out, and the blocks that only style the PDF.
const RENDERCV = `# yaml-language-server: $schema=https://github.com/rendercv/rendercv/blob/main/schema.json?raw=true
cv:
  name: Ingrid Solvang
  location: Bergen, Norway
  email: ingrid.solvang@example.org
  phone: "+47 412 55 019"
  website: https://solvang.dev/
  social_networks:
    - network: GitHub
      username: isolvang
    - network: LinkedIn
      username: ingrid-solvang
    - network: Mastodon
      username: "@ingrid@hachyderm.io"
  sections:
    about_me:
      - "Platform engineer with **9 years** of experience running Kubernetes for fisheries and
        shipping companies."
      - "Open to remote contract work from March 2027."
    work_history:
      - company: Nordhav Logistics
        position: Lead Platform Engineer
        location: Bergen, Norway
        start_date: 2022-01
        end_date: present
        highlights:
          - Moved 140 services from VMs to **EKS** with Argo CD; deploys went from weekly to hourly.
          - Cut the cloud bill by 31% with Karpenter and spot capacity.
      - company: Kystdata AS
        position: Site Reliability Engineer
        date: Mar 2017 – Dec 2021
        highlights:
          - Ran the on-call rotation for the vessel tracking API (99.95% uptime).
      # - company: Fjellkafe
      #   position: Barista
      #   date: 2014
    schooling:
      - institution: Norwegian University of Science and Technology
        area: Computer Science
        degree: MSc
        start_date: 2015
        end_date: 2017
    tech_stack:
      - label: Infrastructure
        details: Terraform, Kubernetes, Helm, Argo CD
      - label: Languages
        details: Go, Python (basic), Bash
    side_projects:
      - name: "[tidewatch](https://github.com/isolvang/tidewatch)"
        date: 2023 – present
        summary: A Prometheus exporter for harbour tide gauges.
    certificates:
      - name: Certified Kubernetes Administrator (CKA)
        date: 2021-06
    conference_talks:
      - name: Running Kubernetes at sea
        location: KubeCon Europe, Paris
        date: 2024-03
    papers:
      - title: Predicting berth congestion from AIS streams
        authors:
          - "*I. Solvang*"
          - K. Berg
        journal: Journal of Maritime Informatics
        date: 2019-11
        doi: 10.1234/jmi.2019.77
    spoken_languages:
      - label: Norwegian
        details: native
      - label: Spanish
        details: B1
    references:
      - Available on request from Nordhav Logistics.
design:
  theme: classic
locale:
  language: english
rendercv_settings:
  date: 2025-01-01
`;

async function imported(text = RENDERCV, fileName?: string) {
  return importProfile(new TextEncoder().encode(text), fileName ? { fileName } : {});
}

function ask(profile: Profile, question: string): string {
  return answerToPlainText(createAssistant(profile).ask(question));
}

describe('importing a RenderCV file', () => {
  it('reads it as RenderCV, with the current position as the title, never the name', async () => {
    const { format, profile } = await imported();
    expect(format).toBe('rendercv');
    expect(profile.identity).toMatchObject({
      name: 'Ingrid Solvang',
      title: 'Lead Platform Engineer',
      location: 'Bergen, Norway',
      yearsOfExperience: 9,
      availability: 'Open to remote contract work from March 2027',
    });
  });

  it('turns social networks into profile addresses', async () => {
    const { contact } = (await imported()).profile;
    expect(contact).toMatchObject({
      email: 'ingrid.solvang@example.org',
      phone: '+47 412 55 019',
      website: 'https://solvang.dev/',
      github: 'https://github.com/isolvang',
      linkedin: 'https://linkedin.com/in/ingrid-solvang',
    });
    expect(contact.other).toContainEqual({
      label: 'Mastodon',
      url: 'https://hachyderm.io/@ingrid',
    });
  });

  it('reads one-line entries of a tech section as skill categories', async () => {
    const { skills } = (await imported()).profile;
    expect(skills.map((c) => c.name)).toEqual(['Infrastructure', 'Languages']);
    expect(skills[0]?.skills.map((s) => s.name)).toEqual([
      'Terraform',
      'Kubernetes',
      'Helm',
      'Argo CD',
    ]);
    expect(skills[1]?.skills).toContainEqual({ name: 'Python', aliases: [], note: 'basic' });
  });

  it('reads jobs with their dates and leaves the commented-out one out', async () => {
    const { roles } = (await imported()).profile;
    expect(roles.map((r) => [r.company, r.title, r.start, r.end])).toEqual([
      ['Nordhav Logistics', 'Lead Platform Engineer', '2022-01', 'present'],
      ['Kystdata AS', 'Site Reliability Engineer', '2017-03', '2021-12'],
    ]);
    expect(roles[0]?.highlights[0]).toMatch(/^Moved 140 services from VMs to EKS with Argo CD/);
    expect(JSON.stringify(roles)).not.toMatch(/Barista|Fjellkafe/);
  });

  it('places education, projects, certifications, talks, papers and languages', async () => {
    const { profile } = await imported();
    expect(profile.education).toMatchObject([
      {
        institution: 'Norwegian University of Science and Technology',
        degree: 'MSc',
        field: 'Computer Science',
        start: '2015',
        end: '2017',
      },
    ]);
    expect(profile.projects).toMatchObject([
      {
        name: 'tidewatch',
        summary: 'A Prometheus exporter for harbour tide gauges.',
        links: [{ url: 'https://github.com/isolvang/tidewatch' }],
      },
    ]);
    expect(profile.certifications).toMatchObject([
      { name: 'Certified Kubernetes Administrator (CKA)', year: '2021-06' },
    ]);
    expect(profile.publications).toMatchObject([
      {
        kind: 'talk',
        title: 'Running Kubernetes at sea',
        venue: 'KubeCon Europe, Paris',
        date: '2024-03',
      },
      {
        kind: 'publication',
        title: 'Predicting berth congestion from AIS streams',
        venue: 'Journal of Maritime Informatics',
        url: 'https://doi.org/10.1234/jmi.2019.77',
      },
    ]);
    expect(profile.languages).toEqual([
      { name: 'Norwegian', proficiency: 'native' },
      { name: 'Spanish', proficiency: 'B1' },
    ]);
  });

  it('keeps what has no field as text and lists it in the report', async () => {
    const result = await imported();
    const report = buildImportReport('cv.yaml', result);
    expect(report.keptAsText).toContainEqual({
      section: 'references',
      title: 'References',
      items: ['Available on request from Nordhav Logistics.'],
    });
    expect(report.mapped).toContainEqual({ from: 'Tech stack', to: 'skills (2)' });
    expect(JSON.stringify(result.profile)).not.toMatch(/classic|rendercv_settings/);
  });

  it('answers questions about the imported owner', async () => {
    const { profile } = await imported();
    expect(ask(profile, 'does she know terraform?')).toMatch(/Terraform/);
    expect(ask(profile, 'where does she work now?')).toMatch(/Nordhav Logistics/);
    expect(ask(profile, 'does she speak spanish?')).toMatch(/Spanish/);
    expect(ask(profile, 'is she CKA certified?')).toMatch(/Certified Kubernetes Administrator/);
    expect(ask(profile, 'github?')).toMatch(/github\.com\/isolvang/);
    expect(ask(profile, 'has she spoken at conferences?')).toMatch(/Running Kubernetes at sea/);
  });

  it('finds availability stated after a colon in the summary', async () => {
    const text = RENDERCV.replace(
      'Open to remote contract work from March 2027.',
      'My contract with Nordhav ends in May 2027: available from June 2027, remote or in Bergen.',
    );
    expect((await imported(text)).profile.identity.availability).toBe(
      'Available from June 2027, remote or in Bergen',
    );
  });

  it('takes the title from a headline when the file has one', async () => {
    const text = RENDERCV.replace(
      '  location: Bergen',
      '  headline: Staff SRE\n  location: Bergen',
    );
    const { profile } = await imported(text);
    expect(profile.identity.title).toBe('Staff SRE');
    expect(profile.roles[0]).toMatchObject({
      company: 'Nordhav Logistics',
      title: 'Lead Platform Engineer',
    });
  });
});

describe('a YAML file that is not RenderCV', () => {
  it('is refused with the reason when named .yaml', async () => {
    await expect(imported('name: Ingrid\nskills:\n  - Go\n', 'me.yaml')).rejects.toThrow(
      /not a RenderCV file.*"cv:" with "name" and "sections"/,
    );
  });

  it('with a cv: block but no sections says what is missing', async () => {
    await expect(imported('cv:\n  name: Ingrid Solvang\n')).rejects.toThrow(/without "sections"/);
  });

  it('that does not parse says on which line', async () => {
    await expect(imported('cv:\n  name: [Ingrid\n  sections: {}\n')).rejects.toThrow(
      /does not parse \(line \d+\)/,
    );
  });
});

describe('a RenderCV import written as knowledge', () => {
  it('validates when loaded back and still answers', async () => {
    const { profile } = await imported();
    const yaml = toKnowledgeYaml(profile, { schema: '../knowledge/profile.schema.json' });
    const loaded = parseKnowledge(yaml, 'ingrid.yaml');
    expect(loaded).toMatchObject(profile);
    expect(ask(loaded, 'when is she available?')).toMatch(/March 2027/);
    expect(ask(loaded, 'any talks?')).toMatch(/Running Kubernetes at sea/);
  });
});
