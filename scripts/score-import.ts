// Fact placement of the importer: `tsx scripts/score-import.ts PROFILE... [--json]`.
// Each PROFILE (markdown, resume.json or PDF) is imported and scored against PROFILE.facts.json:
// how many stated facts landed in their field, which were missed, which values were invented.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { importProfile } from '../src/import/import-profile.ts';
import { type StatedFacts, scorePlacement } from '../tests/support/fact-placement.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const files = args.filter((arg) => arg !== '--json');
if (files.length === 0) {
  console.error(
    'Usage: tsx scripts/score-import.ts PROFILE... [--json]  (reads PROFILE.facts.json)',
  );
  process.exit(2);
}

const rows = [];
for (const file of files) {
  const bytes = readFileSync(file);
  const facts = JSON.parse(readFileSync(`${file}.facts.json`, 'utf8')) as StatedFacts;
  try {
    const { profile, format } = await importProfile(bytes);
    // What the invention check compares with: the source as text (a PDF's text is in the profile).
    const source = format === 'pdf' ? JSON.stringify(profile) : bytes.toString('utf8');
    rows.push({ file: basename(file), format, ...scorePlacement(profile, facts, source) });
  } catch (error) {
    rows.push({ file: basename(file), error: (error as Error).message });
  }
}

if (json) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  let found = 0;
  let total = 0;
  for (const row of rows) {
    if ('error' in row) {
      console.log(`${row.file}: import failed: ${row.error}`);
      continue;
    }
    found += row.found;
    total += row.total;
    const percent = ((100 * row.found) / row.total).toFixed(1);
    console.log(
      `${row.file} (${row.format}): ${row.found}/${row.total} facts placed (${percent}%)`,
    );
    const fields = Object.entries(row.byField).map(([f, c]) => `${f} ${c.found}/${c.total}`);
    console.log(`  by field: ${fields.join(', ')}`);
    for (const miss of row.misses) console.log(`  missed   ${miss}`);
    for (const value of row.invented) console.log(`  invented ${value}`);
  }
  if (total > 0) console.log(`all: ${found}/${total} (${((100 * found) / total).toFixed(1)}%)`);
}
