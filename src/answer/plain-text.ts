import type { Answer } from './answer.ts';

/** Light markdown to the plain text a person reads: links become `label (url)` or the bare URL. */
export function markdownToPlain(markdown: string): string {
  return markdown
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_match, label: string, url: string) =>
      sameTarget(label, url) ? url.replace(/^mailto:/, '') : `${label} (${url})`,
    )
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/^- /gm, '• ');
}

function sameTarget(label: string, url: string): boolean {
  const strip = (s: string) => s.replace(/^(https?:\/\/(www\.)?|mailto:)/, '').replace(/\/$/, '');
  return strip(label) === strip(url);
}

/** The whole answer as plain text: body, fields and links, as a terminal or a test reads it. */
export function answerToPlainText(answer: Answer): string {
  const parts = [markdownToPlain(answer.text)];
  for (const field of answer.fields) parts.push(`${field.name}: ${markdownToPlain(field.value)}`);
  const inBody = answer.text;
  for (const link of answer.links) {
    if (!inBody.includes(link.url)) parts.push(`${link.label}: ${link.url}`);
  }
  return parts.filter((p) => p.trim() !== '').join('\n');
}
