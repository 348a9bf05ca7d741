import { readFileSync } from 'node:fs';
import { markTypst } from './src/import/typst.ts';
console.log(markTypst(readFileSync(process.argv[2], 'utf8')).text);
