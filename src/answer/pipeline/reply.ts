import type { Answer, AnswerLink, Topic } from '../answer.ts';
import type { Snippet } from '../knowledge-index.ts';
import type { Draft, Knowledge } from './types.ts';

/** A draft answer, answered and fairly sure unless `extra` says otherwise. */
export function reply(
  topic: Topic,
  title: string,
  text: string,
  extra: Partial<Answer> = {},
): Draft {
  return { answered: true, confidence: 0.9, topic, title, text, fields: [], links: [], ...extra };
}

export function bullets(items: readonly string[]): string {
  return items.map((i) => `- ${i}`).join('\n');
}

/** Knowledge lines as quoted evidence: "Source: text". */
export function evidenceLines(snippets: readonly Snippet[], max: number): string[] {
  return snippets.slice(0, max).map((s) => {
    if (!s.role) return `${s.source}: ${s.text}`;
    // A role's own line says what its source says ("Role: Intern at Acme: Intern at Acme").
    const source = s.source.toLowerCase();
    const text = s.text.toLowerCase();
    if (source.endsWith(text)) return s.source;
    if (text.startsWith(source.replace(/^\w+:\s*/, '')))
      return `${s.source.split(':')[0]}: ${s.text}`;
    return `${s.source}: ${s.text}`;
  });
}

const linksCache = new WeakMap<Knowledge['profile'], AnswerLink[]>();
const linesCache = new WeakMap<Knowledge['profile'], string[]>();

/** The owner's channels as links; the same knowledge gives the same list, built once. */
export function contactLinks(k: Knowledge): AnswerLink[] {
  let links = linksCache.get(k.profile);
  if (!links) {
    links = buildContactLinks(k);
    linksCache.set(k.profile, links);
  }
  return [...links];
}

/** The owner's channels as lines of an answer, built once per knowledge. */
export function contactLines(k: Knowledge): string[] {
  let lines = linesCache.get(k.profile);
  if (!lines) {
    lines = buildContactLines(k);
    linesCache.set(k.profile, lines);
  }
  return lines;
}

function buildContactLinks(k: Knowledge): AnswerLink[] {
  const { contact } = k.profile;
  const links: AnswerLink[] = [];
  if (contact.email) links.push({ label: 'Email', url: `mailto:${contact.email}` });
  if (contact.linkedin) links.push({ label: 'LinkedIn', url: contact.linkedin });
  if (contact.github) links.push({ label: 'GitHub', url: contact.github });
  if (contact.website) links.push({ label: 'Website', url: contact.website });
  for (const other of contact.other) links.push(other);
  return links;
}

function buildContactLines(k: Knowledge): string[] {
  const { contact } = k.profile;
  const lines: string[] = [];
  const link = (label: string, url: string) => `${label}: [${display(url)}](${url})`;
  if (contact.email) lines.push(`Email: [${contact.email}](mailto:${contact.email})`);
  if (contact.phone) lines.push(`Phone: ${contact.phone}`);
  if (contact.linkedin) lines.push(link('LinkedIn', contact.linkedin));
  if (contact.github) lines.push(link('GitHub', contact.github));
  if (contact.website) lines.push(link('Website', contact.website));
  for (const other of contact.other) lines.push(link(other.label, other.url));
  for (const { label, handle } of contact.handles ?? []) lines.push(`${label}: ${handle}`);
  return lines;
}

export function display(url: string): string {
  // Fediverse profiles read as handles: https://hachyderm.io/@thuha → @thuha@hachyderm.io.
  const fediverse = /^https:\/\/([^/]+)\/@([\w.-]+)\/?$/.exec(url);
  if (fediverse) return `@${fediverse[2]}@${fediverse[1]}`;
  return url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');
}

export function dates(start?: string, end?: string, { length: told = true } = {}): string {
  // Without a start the span is unknown: an end alone reads as "until", nothing else is said.
  if (!start) return end && !/^(?:present|now|current|today)$/i.test(end) ? ` (until ${end})` : '';
  // "How long was she there?": a job's span says its length; a degree's does not need to.
  const length = end && told ? spanLength(start, end) : undefined;
  return ` (${start} – ${end ?? 'present'}${length ? `, ${length}` : ''})`;
}

const POINT = /^((?:19|20)\d{2})(?:-(\d{2}))?$/;

/**
 * "2015-09" to "2019-03" → "3 years 6 months"; "2018" to "2021" → "about 3 years". A closed span
 * only: one running to the present would change its length with the calendar.
 */
function spanLength(start: string, end: string): string | undefined {
  const from = POINT.exec(start);
  const to = POINT.exec(end);
  if (!from?.[1] || !to?.[1]) return undefined;
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (!from[2] || !to[2]) {
    const years = Number(to[1]) - Number(from[1]);
    return years >= 1 ? `about ${plural(years, 'year')}` : undefined;
  }
  const months = (Number(to[1]) - Number(from[1])) * 12 + Number(to[2]) - Number(from[2]);
  if (months <= 0) return undefined;
  const [y, m] = [Math.floor(months / 12), months % 12];
  return [y ? plural(y, 'year') : '', m ? plural(m, 'month') : ''].filter(Boolean).join(' ');
}

export function capitalise(s: string): string {
  return s ? `${s[0]?.toUpperCase()}${s.slice(1)}` : s;
}

/** "puerto montt" → "Puerto Montt": a place asked in lower case, written as a name. */
export function titleCase(s: string): string {
  return s.replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase());
}

export function unique<T>(value: T, i: number, all: readonly T[]): boolean {
  return all.indexOf(value) === i;
}

/**
 * "a" or "an" for a job title: "an Engineering Manager", "a Senior Engineer", "an SRE". Spoken
 * initialisms (SRE, ML) take "an" when their first letter's name starts with a vowel sound.
 */
export function article(title: string): 'a' | 'an' {
  const word = title.trim().split(/\s+/)[0] ?? '';
  if (/^[A-Z]{2,}$/.test(word)) return /^[AEFHILMNORSX]/.test(word) ? 'an' : 'a';
  // "a UX designer", "a unit", "a user": a "u" said as "you" takes "a".
  return /^[aeio]/i.test(word) || /^u(?!ni|s[eu]|[xi]$|rl$)/i.test(word) ? 'an' : 'a';
}

/** "**name** — what it is"; only the name when the summary says nothing more than the name. */
export function namedProject(p: { name: string; summary: string }): string {
  return p.summary && p.summary.trim() !== p.name.trim()
    ? `**${p.name}** — ${p.summary}`
    : `**${p.name}**`;
}
