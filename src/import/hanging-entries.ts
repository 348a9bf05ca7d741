import { sectionKind } from './section-kinds.ts';

/**
 * A plain-text CV's list written without bullets, each entry at the margin and its wrapped
 * lines indented under it:
 *
 *     pgsnitch - small Go CLI that flags slow PostgreSQL queries
 *       and posts a summary to Slack. ~350 stars on GitHub.
 *     kafka-replay-kit - scripts for replaying Kafka topics (Python).
 *
 * Markdown would read the block as one paragraph, so one entry; each entry becomes a list item,
 * its indented lines carrying it on. Only in sections of named things (projects, talks,
 * awards, certificates, volunteering): jobs and studies pair a name with dates or a place on
 * their header lines and keep their own readers, and "Languages: Go, Python" labels a list.
 */
export function withHangingEntries(text: string): string {
  const lines = text.split('\n');
  let kind: string | undefined;
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    const line = lines[i];
    if (line !== undefined && /^##\s/.test(line)) kind = sectionKind(line.slice(3));
    if (line !== undefined && line.trim() !== '') continue;
    if (kind && NAMED_THINGS.has(kind)) markBlock(lines, start, i);
    start = i + 1;
  }
  return lines.join('\n');
}

const NAMED_THINGS = new Set(['projects', 'publications', 'awards', 'certifications', 'volunteer']);

// "name - what it is": a short name at the margin, a spaced dash or a colon, then the telling.
const ENTRY = /^(\S(?:[^\n]{0,40}?\S)?)\s+[-–—:]\s+\S/u;

function markBlock(lines: string[], from: number, to: number): void {
  const block = lines.slice(from, to);
  const margin = block.filter((line) => /^\S/.test(line));
  const entries = margin.filter((line) => {
    const name = ENTRY.exec(line)?.[1];
    return name !== undefined && name.split(/\s+/).length <= 4 && !/\b(?:19|20)\d\d\b/.test(name);
  });
  if (entries.length < 2 || entries.length !== margin.length || /^[-*#>|]/.test(block[0] ?? ''))
    return;
  for (let i = from; i < to; i++) {
    const line = lines[i] ?? '';
    lines[i] = /^\S/.test(line) ? `- ${line}` : `  ${line.trim()}`;
  }
}
