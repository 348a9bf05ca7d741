import { readFileSync } from 'node:fs';
import { markRestructuredText } from './src/import/restructured-text.ts';
import { markOrgMode } from './src/import/org-mode.ts';
const f = process.argv[2];
const t = readFileSync(f, 'utf8');
console.log(f.endsWith('.org') ? markOrgMode(t).text : markRestructuredText(t).text);
