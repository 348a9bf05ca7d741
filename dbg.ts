import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { settleWordShapes } from './src/import/docx-word-shapes.ts';
import { readHtmlPage } from './src/import/html-page.ts';
const r = await mammoth.convertToHtml({ buffer: readFileSync(process.argv[2]) }, { styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"], transformDocument: settleWordShapes as never });
if (process.argv[3]) console.log(r.value.slice(0, 3000));
else console.log(readHtmlPage(r.value.replace(/<table>(?!<thead>)/g, '<table><tr></tr>')).markdown);
