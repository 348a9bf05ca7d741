/**
 * Scores the job-description fit against hand-judged expectations.
 *
 *   tsx scripts/score-fit.ts DIR [--verbose]
 *
 * DIR holds jd-NN.md and jd-NN.expect.json ({ profiles: { KEY: { requirements: [{ match, kind,
 * status }] } }, not_requirements: [...] }). KEY `fahad-khan` is knowledge/profile.yaml; any other
 * is tests/fixtures/profiles/KEY.* (markdown, HTML, …), imported. An expectation is right when the most specific
 * requirement containing `match` (case-insensitive; a table row's first cell) has its status and kind; lines the fit could
 * not classify count as found but wrong. A report line containing a not_requirements substring
 * is an error; a "met" where "partial" or "missing" was expected is a false met.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { createFit } from '../src/fit/fit.ts';
import type { FitReport } from '../src/fit/report.ts';
import { importProfile } from '../src/import/import-profile.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { type Profile, ProfileSchema } from '../src/knowledge/schema.ts';

const ExpectSchema = z.object({
  profiles: z.record(
    z.string(),
    z.object({
      requirements: z.array(
        z.object({
          match: z.string(),
          kind: z.enum(['must', 'nice']),
          status: z.enum(['met', 'partial', 'missing']),
        }),
      ),
    }),
  ),
  not_requirements: z.array(z.string()).default([]),
});

interface Tally {
  total: number;
  right: number;
  falseMet: number;
  notFound: number;
  notRequirementErrors: number;
}

const profiles = new Map<string, Profile>();

/** Imports each fixture profile the expectations name, whatever its format (.md, .html, …). */
async function loadProfiles(keys: Iterable<string>): Promise<void> {
  for (const key of keys) {
    if (profiles.has(key)) continue;
    if (key === 'fahad-khan') {
      profiles.set(key, loadKnowledge('knowledge/profile.yaml'));
      continue;
    }
    const file = readdirSync('tests/fixtures/profiles').find((f) => f.startsWith(`${key}.`));
    if (!file) throw new Error(`no fixture profile for ${key}`);
    const bytes = readFileSync(join('tests/fixtures/profiles', file));
    const { profile } = await importProfile(bytes, { fileName: file });
    profiles.set(key, ProfileSchema.parse(profile));
  }
}

function profileFor(key: string): Profile {
  const profile = profiles.get(key);
  if (!profile) throw new Error(`profile ${key} not loaded`);
  return profile;
}

type Line = { text: string; kind?: string; status: string };

function reportLines(report: FitReport): Line[] {
  return [
    ...report.requirements.map((r) => ({ text: r.requirement, kind: r.kind, status: r.status })),
    ...report.unclassified.map((text) => ({ text, status: 'unclassified' })),
  ];
}

function scoreFile(dir: string, name: string, tally: Tally, verbose: boolean): void {
  const jd = readFileSync(join(dir, name), 'utf8');
  const expected = ExpectSchema.parse(
    JSON.parse(readFileSync(join(dir, name.replace(/\.md$/, '.expect.json')), 'utf8')),
  );
  for (const [key, { requirements }] of Object.entries(expected.profiles)) {
    const lines = reportLines(createFit(profileFor(key)).fit(jd));
    for (const want of requirements) {
      tally.total++;
      // "Kotlin | Expert | Yes": a table's row, which the report writes "Kotlin — Expert"; its
      // first cell names the requirement.
      // "| Build tooling | Vite |": a row written with its outer pipes; its first cell that says
      // something.
      const cell = want.match
        .split('|')
        .map((c) => c.trim())
        .find((c) => c !== '');
      const match = (want.match.includes('|') ? (cell ?? '') : want.match).trim().toLowerCase();
      const found = lines
        .filter((l) => l.text.toLowerCase().includes(match))
        .sort((a, b) => a.text.length - b.text.length)[0];
      const right = found?.status === want.status && found.kind === want.kind;
      if (right) tally.right++;
      if (!found) tally.notFound++;
      if (found?.status === 'met' && want.status !== 'met') tally.falseMet++;
      if (!right && verbose) {
        const got = found ? `${found.kind ?? '-'}/${found.status} "${found.text}"` : 'not found';
        console.log(
          `  ${name} ${key}: "${want.match}" want ${want.kind}/${want.status}, got ${got}`,
        );
      }
    }
    if (key === Object.keys(expected.profiles)[0]) {
      for (const not of expected.not_requirements) {
        const hit = lines.find((l) => l.text.toLowerCase().includes(not.toLowerCase()));
        if (!hit) continue;
        tally.notRequirementErrors++;
        if (verbose) console.log(`  ${name}: not a requirement but reported: "${hit.text}"`);
      }
    }
  }
}

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: tsx scripts/score-fit.ts DIR [--verbose]');
    process.exit(2);
  }
  const verbose = process.argv.includes('--verbose');
  const tally: Tally = { total: 0, right: 0, falseMet: 0, notFound: 0, notRequirementErrors: 0 };
  const files = readdirSync(dir)
    .filter((f) => /^jd-\d+\.md$/.test(f))
    .sort();
  const keys = files.flatMap((file) =>
    Object.keys(
      ExpectSchema.parse(
        JSON.parse(readFileSync(join(dir, file.replace(/\.md$/, '.expect.json')), 'utf8')),
      ).profiles,
    ),
  );
  await loadProfiles(new Set(keys));
  for (const file of files) scoreFile(dir, file, tally, verbose);
  const percent = tally.total === 0 ? 0 : (tally.right / tally.total) * 100;
  console.log(
    `${files.length} job descriptions, ${tally.total} judgements: ${tally.right} right (${percent.toFixed(1)}%), ` +
      `${tally.falseMet} false met, ${tally.notFound} not found, ` +
      `${tally.notRequirementErrors} non-requirements reported`,
  );
}

await main();
