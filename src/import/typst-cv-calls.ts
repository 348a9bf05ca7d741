import { plainText, valueMarkdown } from './typst-inline.ts';
import type { TypstArgs, TypstValue } from './typst-source.ts';

/**
 * The calls of Typst CV templates (modern-cv, basic-resume, brilliant-cv, imprecv and
 * hand-written `#let job(title, company, dates, body)` helpers) read by the names of their
 * arguments, a positional argument named by the helper's parameter, and written as the
 * markdown entries the markdown reader places.
 */
const FIELDS = Object.freeze({
  title: /^(?:title|role|position|degree|name|job|activity)$/,
  company: /^(?:company|employer|org|organi[sz]ation|society|institution|school|university)$/,
  dates: /^(?:dates?|period|when|duration|years?)$/,
  start: /^(?:start|from|start-date|begin)$/,
  end: /^(?:end|to|end-date|until)$/,
  location: /^(?:location|place|city|where)$/,
  url: /^(?:url|link|homepage|website)$/,
  issuer: /^(?:issuer|authority)$/,
  venue: /^(?:venue|event|conference|meetup)$/,
  label: /^(?:type|category|label|area)$/,
  items: /^(?:info|items|skills|tools)$/,
  body: /^(?:body|description|content|details|summary|highlights)$/,
});

type Field = keyof typeof FIELDS;
type Entry = Partial<Record<Field, TypstValue>> & { extra: TypstValue[] };

/** A body as markdown lines: content read as blocks, `list([…], […])` and arrays as bullets. */
export type BlockReader = (markup: string) => string[];

/** The markdown lines of a template call, or nothing when the call is no CV entry. */
export function cvCallLines(
  name: string,
  args: TypstArgs,
  params: readonly string[] | undefined,
  blocks: BlockReader,
): string[] | undefined {
  const entry = fieldsOf(args, params);
  const kind = kindOf(name);
  if (!kind && !params && !entry.title && !entry.company) return undefined;
  const text = (field: Field) => plainText(valueMarkdown(entry[field]));
  if (kind === 'skill') {
    const [label, items] = entry.label ? [entry.label, entry.items] : entry.extra;
    const list = listValues(items ?? entry.items).map(plainText);
    return [`- **${plainText(valueMarkdown(label))}:** ${list.join(', ')}`];
  }
  const body = bodyLines(entry, blocks);
  if (kind === 'item') return body;
  if (kind === 'certification') {
    const name = text('title') || plainText(valueMarkdown(entry.extra[0]));
    const date = text('dates') || plainText(valueMarkdown(entry.extra[1]));
    const url = text('url');
    const issuer = text('issuer') ? ` — ${text('issuer')}` : '';
    return [`- ${url ? `[${name}](${withScheme(url)})` : name}${issuer}${date ? `, ${date}` : ''}`];
  }
  const dates = text('dates') || [text('start'), text('end')].filter(Boolean).join(' – ');
  if (kind === 'talk') {
    // "#talk("Title", "JFLA 2024", "Saint-Malo")": the title, then where and when it was given.
    const more = entry.extra
      .filter((v) => v.kind === 'str')
      .map((v) => plainText(valueMarkdown(v)));
    const where = [text('venue'), dates, text('location'), ...more].filter(Boolean).join(', ');
    return [`- *${text('title')}*${where ? ` — ${where}` : ''}`];
  }
  if (kind === 'education') {
    const school = text('company') || text('title');
    const degree = text('company') ? text('title') : '';
    const line = [degree, dates && `(${dates})`].filter(Boolean).join(' · ');
    return ['', `### ${school}`, '', line, text('location'), ...body, ''];
  }
  if (kind === 'project') {
    const title = text('url') ? `[${text('title')}](${withScheme(text('url'))})` : text('title');
    const role = plainText(valueMarkdown(args.named.get('role'))) || text('company');
    const about = [role, dates].filter(Boolean).join(', ');
    return ['', `### ${title}`, '', ...body, about && `- ${about}`, ''];
  }
  const company = text('company') || shortDescription(entry);
  const heading = [text('title'), company].filter(Boolean).join(', ');
  const lines = body.filter((line) => plainText(line) !== company);
  return ['', `### ${heading}${dates ? ` (${dates})` : ''}`, text('location'), '', ...lines, ''];
}

function kindOf(name: string) {
  if (/skill/i.test(name)) return 'skill';
  if (/cert/i.test(name)) return 'certification';
  if (/edu|school|degree/i.test(name)) return 'education';
  if (/project/i.test(name)) return 'project';
  if (/talk|present|speak|keynote/i.test(name)) return 'talk';
  if (/^resume-item$|^cvItem$/.test(name)) return 'item';
  return undefined;
}

function fieldsOf(args: TypstArgs, params: readonly string[] | undefined): Entry {
  const entry: Entry = { extra: [] };
  const place = (key: string, value: TypstValue) => {
    const field = (Object.keys(FIELDS) as Field[]).find((f) => FIELDS[f].test(key));
    if (field && !entry[field]) entry[field] = value;
    else entry.extra.push(value);
  };
  for (const [key, value] of args.named) place(key, value);
  args.positional.forEach((value, i) => {
    const param = params?.[i];
    if (param) place(param, value);
    else entry.extra.push(value);
  });
  return entry;
}

// modern-cv's `resume-entry(description: "Company")` names the employer under the title.
function shortDescription(entry: Entry): string {
  const value = entry.body;
  if (value?.kind !== 'str' || value.text.length > 60 || /\.\s/.test(value.text)) return '';
  return value.text.trim();
}

function bodyLines(entry: Entry, blocks: BlockReader): string[] {
  const values = [entry.body, ...entry.extra.filter((value) => value.kind === 'content')];
  return values.flatMap((value) => {
    if (!value) return [];
    if (value.kind === 'content') return blocks(value.markup);
    const items = listValues(value);
    if (items.length > 1 || value.kind !== 'str') return items.map((item) => `- ${item}`);
    return [items[0] ?? ''];
  });
}

function listValues(value: TypstValue | undefined): string[] {
  if (!value) return [];
  if (value.kind === 'args' || (value.kind === 'call' && /^(?:list|enum)$/.test(value.name))) {
    return value.args.positional.map(valueMarkdown).filter(Boolean);
  }
  const text = valueMarkdown(value);
  return text ? [text] : [];
}

/** A profile address as a link: `github.com/x` or a bare user name made a full URL. */
export function withScheme(url: string): string {
  return /^https?:\/\//.test(url) ? url : `https://${url}`;
}
