import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { importProfile } from '../../src/import/import-profile.ts';
import type { Profile } from '../../src/knowledge/schema.ts';

// A personal site's front page saved from the browser: head with JSON-LD, navigation, a
// timeline list, a row of tag chips, project cards, a newsletter form and a cookie banner.
const PAGE = readFileSync('tests/fixtures/profiles/lucia-ferrante.html');

async function imported() {
  return importProfile(new Uint8Array(PAGE), { fileName: 'index.html' });
}

function ask(profile: Profile, question: string): string {
  return answerToPlainText(createAssistant(profile).ask(question));
}

describe('importing a saved web page', () => {
  it('reads the page as HTML, with the name and title from its hero', async () => {
    const { format, profile } = await imported();
    expect(format).toBe('html');
    expect(profile.identity).toMatchObject({
      name: 'Lucía Ferrante',
      title: 'Staff Data Engineer',
      availability: 'Open to advisory work on data platforms from March 2027',
    });
  });

  it('leaves the site around the content out: scripts, styles, menus, banners, forms, hidden parts', async () => {
    const { profile } = await imported();
    const text = JSON.stringify(profile);
    for (const chrome of [
      'plausible',
      'font-family',
      'Skip to content',
      'Writing',
      'Switch theme',
      'cookies',
      'Subscribe',
      'Data Notes',
      'Made with Hugo',
      'GitHub logo',
      'Kubernetes operator',
    ])
      expect(text).not.toContain(chrome);
  });

  it('reads a timeline whose dates sit above each title as roles, a comma in a title kept', async () => {
    const { profile } = await imported();
    expect(profile.roles.map((r) => [r.title, r.company, r.start, r.end])).toEqual([
      ['Staff Data Engineer', 'Cardumen Analytics', '2021-03', 'present'],
      ['Data Engineer, Fleet Telemetry', 'Rivera Logística', '2016-06', '2021-02'],
    ]);
    expect(profile.roles[0]?.highlights).toContain(
      'Runs the dbt project that 40 analysts build on.',
    );
  });

  it('reads a row of tag chips with no space between them as separate skills', async () => {
    const { profile } = await imported();
    const skills = profile.skills.flatMap((category) => category.skills.map((s) => s.name));
    expect(skills).toEqual(
      expect.arrayContaining([
        'Python',
        'Scala',
        'Apache Kafka',
        'Apache Airflow',
        'dbt',
        'Snowflake',
      ]),
    );
    expect(ask(profile, 'Does she know Snowflake?')).toMatch(/snowflake/i);
  });

  it('reads project cards with their links, and spoken languages from a definition list', async () => {
    const { profile } = await imported();
    expect(profile.projects.map((p) => [p.name, p.links[0]?.url])).toEqual([
      ['parquet-lint', 'https://github.com/lferrante/parquet-lint'],
      ['airflow-sla-bot', 'https://github.com/lferrante/airflow-sla-bot'],
    ]);
    expect(profile.languages.map((l) => [l.name, l.proficiency])).toEqual([
      ['Spanish', 'native'],
      ['English', 'fluent'],
      ['Portuguese', 'conversational'],
    ]);
  });

  it('reads certifications and talks set inside other sections as their own', async () => {
    const { profile } = await imported();
    expect(profile.certifications.map((c) => c.name)).toEqual([
      'SnowPro Core Certification',
      'Confluent Certified Developer for Apache Kafka',
    ]);
    expect(profile.publications.map((p) => [p.title, p.url])).toContainEqual([
      'Streams without tears',
      'https://luciaferrante.uy/talks/pyconuy-2025/',
    ]);
    expect(profile.skills.flatMap((c) => c.skills.map((s) => s.name))).not.toContain(
      'SnowPro Core Certification',
    );
  });

  it('takes the place and the channels the text leaves out from the JSON-LD Person', async () => {
    const { profile } = await imported();
    expect(profile.identity.location).toBe('Montevideo, Uruguay');
    expect(profile.contact).toMatchObject({
      email: 'lucia@luciaferrante.uy',
      github: 'https://github.com/lferrante',
    });
    expect(profile.contact.other).toContainEqual({
      label: 'Mastodon',
      url: 'https://fosstodon.org/@lferrante',
    });
    expect(ask(profile, 'Where is Lucía based?')).toMatch(/Montevideo/);
  });

  it('takes the job title from the JSON-LD when the page names only the person', async () => {
    const html = `<!doctype html><html><head><script type="application/ld+json">
      {"@type": "Person", "name": "Ola Berg", "jobTitle": "Embedded Engineer"}</script></head>
      <body><main><h1>Ola Berg</h1><h2>Experience</h2><ul><li>Firmware for heat pumps.</li></ul></main></body></html>`;
    const { profile } = await importProfile(new TextEncoder().encode(html));
    expect(profile.identity.title).toBe('Embedded Engineer');
  });

  it("reads a labelled row of chips under a job as that job's technologies", async () => {
    const html = `<!doctype html><html><body><main><h1>Ana Silva</h1><p>Backend Engineer</p>
      <h2>Experience</h2><h3>Backend Engineer · Lisboa Labs</h3><p>2019 – present</p>
      <ul><li>Built the billing service.</li></ul>
      <p><strong>Stack:</strong> <span class="pill">Go</span><span class="pill">gRPC</span><span class="pill">NATS</span></p>
      </main></body></html>`;
    const { profile } = await importProfile(new TextEncoder().encode(html));
    expect(profile.roles[0]?.technologies).toEqual(['Go', 'gRPC', 'NATS']);
    expect(profile.roles[0]?.highlights).toEqual(['Built the billing service.']);
  });

  it('says so clearly when a saved page holds nothing but the site around it', async () => {
    const html = `<!DOCTYPE html><html><head><title>Loading…</title></head>
      <body><nav><a href="/">Home</a></nav><div id="root"></div><script src="/app.js"></script></body></html>`;
    await expect(importProfile(new TextEncoder().encode(html))).rejects.toThrow(
      /web page holds no text/,
    );
  });

  it('tells a whole HTML document from a README that only holds some HTML', async () => {
    const readme = `<h1 align="center">Hi, I'm Ola Berg</h1>\n<h3 align="center">Embedded Engineer</h3>\n\n## Skills\n\n- C\n- Rust\n`;
    const page = `<html><body><h1>Ola Berg</h1><p>Embedded Engineer</p></body></html>`;
    expect((await importProfile(new TextEncoder().encode(readme))).format).toBe('markdown');
    expect((await importProfile(new TextEncoder().encode(page))).format).toBe('html');
  });
});
