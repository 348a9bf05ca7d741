import { latexItems, latexText } from './latex-text.ts';

/**
 * A LaTeX CV written without a CV class (`article` with `\section*` and `itemize`) as the
 * markdown it reads like: sections become headings, items bullets, bold stays bold, and the
 * first line of the page (or `\author`) becomes the name heading. The markdown reader then
 * places it like any résumé.
 */
export function latexToMarkdown(preamble: string, body: string): string {
  const author = /\\author\s*\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}/.exec(preamble + body)?.[1];
  const lines: string[] = [];
  const chunks = body
    .replace(/\\(?:maketitle|makecvtitle)\b|\\begin\{document\}/g, '')
    .split(
      /(\\(?:sub)*section\*?\s*\{[^{}]*\}|\\begin\{(?:itemize|enumerate)\}[\s\S]*?\\end\{(?:itemize|enumerate)\})/,
    );
  for (const chunk of chunks) {
    const heading = /^\\((?:sub)*)section\*?\s*\{([^{}]*)\}$/.exec(chunk);
    if (heading) {
      lines.push(
        '',
        `${'#'.repeat(2 + (heading[1]?.length ?? 0) / 3)} ${latexText(heading[2] ?? '')}`,
        '',
      );
    } else if (/^\\begin\{(?:itemize|enumerate)\}/.test(chunk)) {
      lines.push(...latexItems(chunk).items.map((item) => `- ${item}`), '');
    } else {
      lines.push(...proseLines(chunk));
    }
  }
  const nameAt = lines.findIndex((line) => line.trim() !== '');
  const name = author ? latexText(author) : undefined;
  if (name) lines.unshift(`# ${name}`, '');
  else if (nameAt >= 0) lines[nameAt] = `# ${(lines[nameAt] ?? '').replace(/\*\*/g, '')}`;
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

/** Each forced line break (`\\`) or paragraph a line; `\textbf` kept as markdown bold. */
function proseLines(chunk: string): string[] {
  const bold = chunk.replace(/\\textbf\s*\{([^{}]*)\}/g, '**$1**');
  return bold
    .split(/\\\\(?:\[[^\]]*\])?|\n\s*\n|\\par\b|\\newline\b/)
    .map((line) => latexText(line.replace(/(?<!\\)&/g, ' — ')).replace(/\*\*\s+\*\*/g, ' '))
    .filter(Boolean);
}
