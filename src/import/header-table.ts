/**
 * A profile that opens with its details as a one-row table, the labels across the top:
 *
 *     | Name | Title | Location | Email | GitHub |
 *     |------|-------|----------|-------|--------|
 *     | Jules Tremblay (they/them) | Senior SRE | Toronto, ON | jules@example.dev | github.com/jt |
 *
 * Written out as the header such a profile would otherwise have (the title on its own line, then
 * the place and the contacts on one line), it reads as any header does. Only before the first
 * section, and only a table whose labels are mostly such details.
 */
export function withHeaderTableAsLines(text: string): string {
  const lines = text.split('\n');
  const firstSection = lines.findIndex((line) => /^##\s/.test(line));
  const end = firstSection < 0 ? lines.length : firstSection;
  for (let i = 0; i + 2 < end; i++) {
    const labels = cells(lines[i] ?? '');
    if (!labels || !/^\s*\|?\s*:?-{3,}/.test(lines[i + 1] ?? '')) continue;
    const values = cells(lines[i + 2] ?? '');
    const after = lines[i + 3];
    if (!values || values.length !== labels.length || (after !== undefined && cells(after)))
      continue;
    const fields = labels.map((label) => FIELD.find(([pattern]) => pattern.test(label))?.[1]);
    if (fields.filter(Boolean).length < 3 || fields.filter(Boolean).length < labels.length - 1)
      continue;
    const header = written(
      fields,
      values,
      lines.some((line) => /^#\s/.test(line)),
    );
    lines.splice(i, 3, ...header);
    return lines.join('\n');
  }
  return text;
}

type Field = 'name' | 'title' | 'place' | 'contact';

const FIELD: readonly (readonly [RegExp, Field])[] = [
  [/^(?:full\s+)?name$/i, 'name'],
  [/^(?:title|role|position|job title|headline|current role)$/i, 'title'],
  [/^(?:location|based in|city|place|where|home|timezone|time zone)$/i, 'place'],
  [
    /^(?:e-?mail|mail|phone|tel|mobile|github|gitlab|linkedin|website|web|site|blog|portfolio|twitter|x|mastodon|contact)$/i,
    'contact',
  ],
];

function cells(line: string): string[] | undefined {
  if (!/^\s*\|.*\|\s*$/.test(line)) return undefined;
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.replace(/\*\*|__/g, '').trim());
}

function written(fields: (Field | undefined)[], values: string[], named: boolean): string[] {
  const of = (field: Field) => values.filter((value, i) => fields[i] === field && value !== '');
  const name = of('name')[0];
  const title = of('title')[0];
  const details = [...of('place'), ...of('contact')].join(' · ');
  return [
    ...(name && !named ? [`# ${name}`, ''] : []),
    ...(title ? [title, ''] : []),
    ...(details ? [details, ''] : []),
  ];
}
