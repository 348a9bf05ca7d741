import { describe, expect, it } from 'vitest';
import { linesToMarkdown } from '../../src/import/pdf-markdown.ts';
import type { PdfLine } from '../../src/import/pdf-text.ts';

let y = 40;
/** One line of a PDF page as the text reader gives it: a single run at the left margin. */
function line(text: string, size = 10, bold = false, gap = 1.4): PdfLine {
  y += size * gap;
  const width = text.length * size * 0.5;
  return {
    runs: [{ text, x: 40, y, width, size, bold }],
    x: 40,
    right: 40 + width,
    y,
    size,
    page: 1,
  };
}

describe('a PDF CV read as lines', () => {
  it('joins a name set large over two lines into one name', () => {
    y = 40;
    const markdown = linesToMarkdown([
      line('Marisol', 26, true, 1.1),
      line('Quintero Vega', 26, true, 1.1),
      line('Site Reliability Engineer', 13),
      line('EXPERIENCE', 13, true, 2),
      line('Staff SRE at Andes Cloud, 2021 – present'),
      line('Ran the Kubernetes fleet for 40 teams and cut paging by half this year.'),
      line('SKILLS', 13, true, 2),
      line('Kubernetes, Terraform, Go, Prometheus'),
    ]);
    expect(markdown.split('\n')[0]).toBe('# Marisol Quintero Vega');
    expect(markdown).toContain('Site Reliability Engineer');
  });
});
