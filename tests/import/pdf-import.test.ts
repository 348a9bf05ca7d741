import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importProfile } from '../../src/import/import-profile.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';
import { launchChromium, skipWithoutChromium } from '../support/chromium.ts';
import { type StatedFacts, scorePlacement } from '../support/fact-placement.ts';

const skip = skipWithoutChromium('the PDF import tests');

const FIXTURES = 'tests/fixtures/profiles/pdf';

describe.skipIf(skip)('importing a PDF CV printed by a browser', () => {
  let browser: Browser;
  const pdfs = new Map<string, Uint8Array>();

  beforeAll(async () => {
    browser = await launchChromium();
    const page = await browser.newPage();
    for (const name of [
      'resume-builder',
      'linkedin-style',
      'linkedin-narrow',
      'page-break',
      'flex-rows',
      'sidebar-spaced',
    ]) {
      await page.setContent(readFileSync(`${FIXTURES}/${name}.html`, 'utf8'));
      pdfs.set(name, await page.pdf({ format: 'A4', printBackground: true }));
    }
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  const imported = async (name: string) => {
    const bytes = pdfs.get(name);
    if (!bytes) throw new Error(`${name} was not rendered`);
    const result = await importProfile(bytes);
    expect(result.format).toBe('pdf');
    expect(ProfileSchema.safeParse(result.profile).error?.issues ?? []).toEqual([]);
    return result.profile;
  };

  it('reads a one-column résumé: header line, roles, skills, projects, certificates', async () => {
    const profile = await imported('resume-builder');
    expect(profile.identity).toMatchObject({
      name: 'Tomasz Wilk',
      title: 'Backend Engineer',
      location: 'Gdańsk, Poland',
      yearsOfExperience: 8,
    });
    expect(profile.contact).toMatchObject({
      email: 'tomasz.wilk@example.org',
      github: 'https://github.com/twilk',
      linkedin: 'https://www.linkedin.com/in/tomasz-wilk',
    });
    expect(profile.roles.map((r) => [r.company, r.title, r.start, r.end])).toEqual([
      ['Shipwell', 'Senior Backend Engineer', '2022', 'present'],
      ['Paylane', 'Backend Engineer', '2018', '2022'],
    ]);
    expect(profile.roles[1]?.highlights).toHaveLength(2);
    expect(profile.skills.flatMap((c) => c.skills.map((s) => s.name))).toEqual([
      'Java',
      'Kotlin',
      'SQL',
      'Python',
      'Kubernetes',
      'Terraform',
      'PostgreSQL',
      'Kafka',
    ]);
    expect(profile.projects.map((p) => p.name)).toEqual(['kafka-replay', 'pact-gradle-kit']);
    expect(profile.certifications.map((c) => c.name)).toEqual([
      'Oracle Certified Professional: Java SE 11 Developer',
      'Certified Kubernetes Application Developer',
    ]);
    expect(profile.languages.map((l) => l.name)).toEqual(['Polish', 'English', 'German']);
    expect(profile.sections).toEqual([]);
  });

  it('reads a two-column export: sidebar sections, sized headings, roles under companies', async () => {
    const profile = await imported('linkedin-style');
    expect(profile.identity).toMatchObject({
      name: 'Amara Nwosu',
      title: 'Staff Site Reliability Engineer',
      location: 'Lagos, Nigeria',
    });
    expect(profile.contact).toMatchObject({
      email: 'amara.nwosu@example.com',
      linkedin: 'https://www.linkedin.com/in/amara-nwosu',
    });
    expect(profile.skills[0]?.skills.map((s) => s.name)).toEqual([
      'Site Reliability Engineering',
      'Prometheus',
      'Go',
    ]);
    // "Top Skills" are a few picks; the tools the roles name follow in a group of their own.
    expect(profile.skills[1]?.skills.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Kubernetes', 'Terraform']),
    );
    expect(profile.languages.map((l) => [l.name, l.proficiency])).toEqual([
      ['English', 'Native or Bilingual'],
      ['Igbo', 'Full Professional'],
      ['French', 'Elementary'],
    ]);
    expect(profile.certifications.map((c) => c.name)).toEqual([
      'Google Cloud Professional Cloud Architect',
      'Certified Kubernetes Administrator',
    ]);
    expect(profile.roles.map((r) => [r.company, r.title, r.start, r.end, r.location])).toEqual([
      ['Quidax', 'Staff Site Reliability Engineer', '2021-03', 'present', 'Lagos, Nigeria'],
      ['Andela', 'Senior DevOps Engineer', '2017-06', '2021-02', undefined],
    ]);
    expect(profile.education[0]?.institution).toMatch(/^University of Nigeria/);
  });

  it('reads a narrow sidebar whose lines wrap: an address broken anywhere, names over lines', async () => {
    const profile = await imported('linkedin-narrow');
    expect(profile.contact).toMatchObject({
      email: 'oskar.lindqvist.consulting@fastmail.se',
      linkedin: 'https://www.linkedin.com/in/oskar-lindqvist-embedded',
    });
    expect(profile.languages.map((l) => [l.name, l.proficiency])).toEqual([
      ['Swedish', 'Native or Bilingual'],
      ['English', 'Full Professional'],
    ]);
    // A wrapped line that starts with a dash goes on with the name; it is not a list item.
    expect(profile.certifications.map((c) => c.name)).toEqual([
      'Certified Professional for Software Architecture – Foundation Level',
      'ISTQB Certified Tester Foundation Level',
    ]);
    expect(profile.sections).toEqual([]);
  });

  it('reads two titles held at one company, the company in larger type, as two roles', async () => {
    const profile = await imported('linkedin-narrow');
    expect(profile.roles.map((r) => [r.company, r.title, r.start, r.end])).toEqual([
      ['Norrsken Robotics AB', 'Lead Firmware Engineer', '2023-03', 'present'],
      ['Norrsken Robotics AB', 'Firmware Engineer', '2020-10', '2023-02'],
      ['Kvarken Elektronik', 'Embedded Software Developer', '2015-06', '2020-09'],
    ]);
    // Each title keeps its own description, whole, however its lines were spaced.
    expect(profile.roles[0]?.summary).toMatch(
      /^Lead of the firmware team of five\. .* production\.$/,
    );
    expect(profile.roles[1]?.summary).toMatch(/^Wrote the CAN bus drivers .* merge request\.$/);
  });

  it('joins a paragraph that a page break cuts in two', async () => {
    const profile = await imported('page-break');
    const paragraph = profile.summary.find((text) => text.startsWith('I write firmware'));
    expect(paragraph).toMatch(/a week to reproduce .* hardware team\.$/);
    expect(profile.skills.flatMap((c) => c.skills.map((s) => s.name))).toContain('Zephyr RTOS');
  });

  it('reads entry heads laid out as rows: company left and city right, title left and dates right', async () => {
    const profile = await imported('flex-rows');
    expect(profile.roles.map((r) => [r.company, r.location, r.title, r.start, r.end])).toEqual([
      ['Mareview Logistics', 'Porto', 'Senior Platform Engineer', '2022-04', 'present'],
      ['Quintal Software', 'Braga', 'Backend Developer', '2018-09', '2022-03'],
    ]);
  });

  it('reads a sidebar with letter-spaced headings, and the main column beside it', async () => {
    const profile = await imported('sidebar-spaced');
    expect(profile.identity).toMatchObject({
      name: 'Rasmus Ekdahl',
      headline: 'Senior Embedded Engineer · Wind Turbines',
      location: 'Luleå, Sweden',
    });
    expect(profile.identity.availability).toContain('March 2027');
    expect(profile.contact.github).toBe('https://github.com/rekdahl');
    expect(profile.languages.map((l) => l.name)).toEqual(['Swedish', 'English']);
    const skills = profile.skills.flatMap((c) => c.skills.map((s) => s.name));
    expect(skills).toEqual(expect.arrayContaining(['Rust', 'Python', 'C', 'Grafana', 'InfluxDB']));
    expect(profile.roles.map((r) => [r.company, r.location, r.title, r.start, r.end])).toEqual([
      ['Nordvind Kraft', 'Luleå', 'Senior Embedded Engineer, Pitch Control', '2020-03', 'present'],
      ['Kallvik Elektronik', 'Umeå', 'Firmware Developer', '2016-08', '2020-02'],
    ]);
    expect(profile.education[0]).toMatchObject({
      institution: 'Luleå University of Technology',
      degree: 'MSc',
      field: 'Electrical Engineering (part-time, studied at night)',
    });
  });

  it('joins a bullet wrapped at a line end, keeping a compound hyphen and dropping a break one', async () => {
    const profile = await imported('flex-rows');
    expect(profile.roles[0]?.highlights).toEqual([
      'Runs the Kubernetes platform behind the billing and cold-chain tracking services.',
      'Moved nightly batch jobs to event-driven pipelines; the stock report now lands 40 minutes earlier.',
    ]);
    expect(profile.roles[1]?.highlights).toEqual([
      'Built the invoicing API in Kotlin and moved it to Kubernetes in 2021.',
      'Ran the on-call rotation for the billing team on Kubernetes.',
    ]);
  });

  it('reads a narrow justified paragraph as one paragraph, its wide spaces as spaces', async () => {
    const profile = await imported('flex-rows');
    expect(profile.summary).toEqual([
      'I build internationalization and observability tooling for logistics platforms and municipal administrations across Europe.',
    ]);
  });

  it('reads a bold label cell beside its values as a skill group', async () => {
    const profile = await imported('flex-rows');
    expect(profile.skills.map((c) => [c.name, c.skills.map((s) => s.name)])).toEqual([
      [
        'Platform',
        ['Kubernetes', 'Terraform', 'Argo CD', 'Prometheus', 'Grafana', 'Vault', 'Linkerd'],
      ],
      ['Languages', ['Kotlin', 'Go', 'Python']],
    ]);
  });

  it('reads a ligature as the letters it joins', async () => {
    const profile = await imported('flex-rows');
    expect(profile.certifications.map((c) => c.name)).toEqual([
      'Certified Kubernetes Administrator',
    ]);
  });

  it('reads profile links written as text, one wrapped at its hyphen', async () => {
    const profile = await imported('flex-rows');
    expect(profile.contact).toMatchObject({
      linkedin: 'https://linkedin.com/in/ines-carvalho',
      github: 'https://github.com/icarvalho',
    });
  });

  it.each([
    ['linkedin-style', 0.94],
    ['page-break', 1],
  ])('%s: at least %d of the stated facts placed, none invented', async (name, floor) => {
    const profile = await imported(name);
    const facts = JSON.parse(
      readFileSync(`${FIXTURES}/${name}.html.facts.json`, 'utf8'),
    ) as StatedFacts;
    // The text a reader of the PDF sees is the page's text, tags aside.
    const source = readFileSync(`${FIXTURES}/${name}.html`, 'utf8').replace(/<[^>]+>/g, ' ');
    const placement = scorePlacement(profile, facts, source);
    expect(placement.invented).toEqual([]);
    expect(placement.found / placement.total).toBeGreaterThanOrEqual(floor);
  });
});
