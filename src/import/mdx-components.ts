import JSON5 from 'json5';

/**
 * An MDX page (a Next.js, Astro or Docusaurus "about" page): its `import` / `export` lines are
 * code, and its components carry the facts in their attributes —
 * `<Experience company="Cloudflare" role="Systems Engineer" start="2021" end="present">`,
 * `<Skill name="Rust" level="advanced" />`, `<ProjectCard title="…" href="…" stars={312} />`.
 * Each component the attributes name as a job, a project, a skill, a degree or a certificate is
 * written as markdown says that thing; a list in an attribute is read item by item
 * (`<Timeline items={[{ company: '…', role: '…' }, …]} />`, `<SkillGrid skills={['Swift', …]} />`);
 * a link component is a link; any other component keeps only the text inside it.
 */

export interface MdxRead {
  text: string;
  /** Whether anything of MDX was read. */
  rewritten: boolean;
}

const ESM_LINE =
  /^(?:import\s[^\n]*?from\s+['"][^'"\n]+['"];?|import\s+['"][^'"\n]+['"];?|export\s+(?:const|default|function|let)\b[^\n]*)[ \t]*$/gm;
// `<Name a="…" b={…}>inner</Name>` or `<Name … />`: a component's name is in PascalCase, so
// old upper-case HTML (`<TABLE>`, `<B>`) is no component. What a component holds is bounded, so
// an unclosed one costs a bounded look-ahead, not a scan to the end of the page.
const COMPONENT =
  /<([A-Z][a-z][\w.]*)((?:\s+[\w-]+(?:=(?:"[^"]*"|'[^']*'|\{(?:[^{}]|\{[^{}]*\})*\}))?)*)\s*(?:\/>|>([\s\S]{0,4000}?)<\/\1\s*>)/g;
const ATTRIBUTE = /([\w-]+)(?:=(?:"([^"]*)"|'([^']*)'|\{((?:[^{}]|\{[^{}]*\})*)\}))?/g;

type Attributes = ReadonlyMap<string, string>;

/** The page with its MDX read as markdown; unchanged when it has none. */
export function markMdx(text: string): MdxRead {
  let rewritten = false;
  const withoutEsm = text.replace(ESM_LINE, () => {
    rewritten = true;
    return '';
  });
  const read = withoutEsm.replace(COMPONENT, (_whole, _name: string, attrs: string, inner) => {
    rewritten = true;
    const text = innerText(inner ?? '');
    return listsAsMarkdown(attrs, text) ?? asMarkdown(attributesOf(attrs), text);
  });
  // `<div class="grid …">` around the skills: a layout wrapper on a line of its own, dropped
  // so the list inside it is read as markdown, not as one block of HTML.
  const unwrapped = rewritten ? read.replace(WRAPPER_LINE, '') : read;
  return { text: unwrapped, rewritten };
}

const WRAPPER_LINE = /^[ \t]*<\/?(?:div|section|article|span|main|aside)\b[^>\n]*>[ \t]*$/gim;

/** Attribute names in lower case, values as text: `{312}` → "312", `{["Rust", "Go"]}` → "Rust, Go". */
function attributesOf(source: string): Attributes {
  const out = new Map<string, string>();
  for (const m of source.matchAll(ATTRIBUTE)) {
    const key = m[1]?.toLowerCase();
    if (!key) continue;
    const value = m[2] ?? m[3] ?? expression(m[4]);
    out.set(key, value === undefined ? 'true' : value.trim());
  }
  return out;
}

/** A JSX expression's text: a number or a string as itself, an array of strings as a list. */
function expression(code: string | undefined): string | undefined {
  if (code === undefined) return undefined;
  const strings = [...code.matchAll(/"([^"]*)"|'([^']*)'|`([^`]*)`/g)].map(
    (m) => m[1] ?? m[2] ?? m[3] ?? '',
  );
  return strings.length > 0 ? strings.join(', ') : code.trim();
}

/** The text inside a component, its lines out of their indent. */
function innerText(inner: string): string {
  return inner
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .trim();
}

/**
 * A component whose attributes hold lists: each object of a list read as a component of its
 * own (a timeline's jobs), a list of names as a labelled line ("Skills: Swift, SwiftUI").
 * Nothing when no attribute is a list, or when the component names one thing and its list is
 * only its stack (`<Project name="…" tech={['Go']} />`).
 */
function listsAsMarkdown(source: string, inner: string): string | undefined {
  const attributes = attributesOf(source);
  if (pick(attributes, 'name', 'title', 'company', 'role', 'school')) return undefined;
  const out: string[] = [];
  for (const m of source.matchAll(ATTRIBUTE)) {
    const list = m[4] === undefined ? undefined : listIn(m[4]);
    if (!list) continue;
    const objects = list.filter(isRecord);
    if (objects.length > 0) {
      out.push(...objects.map((o) => asMarkdown(recordAttributes(o), textOf(o.description))));
    } else {
      const names = list.filter((v) => typeof v === 'string' || typeof v === 'number');
      if (names.length > 0) out.push(`\n${labelOf(m[1] ?? '')}: ${names.join(', ')}\n`);
    }
  }
  if (out.length === 0) return undefined;
  return [...out, inner].filter(Boolean).join('\n');
}

/** A JSX expression that is a literal list, read as data; nothing for any other code. */
function listIn(code: string): unknown[] | undefined {
  if (!/^\s*\[/.test(code)) return undefined;
  try {
    const value: unknown = JSON5.parse(code);
    return Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const textOf = (v: unknown) => (typeof v === 'string' ? v : '');

/** An object of a list as a component's attributes: its words and numbers, a list as a list. */
function recordAttributes(o: Record<string, unknown>): Attributes {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(o)) {
    if (typeof value === 'string' || typeof value === 'number')
      out.set(key.toLowerCase(), `${value}`);
    else if (Array.isArray(value))
      out.set(key.toLowerCase(), value.filter((v) => typeof v !== 'object').join(', '));
  }
  return out;
}

/** "skills" → "Skills", "techStack" → "Tech stack", "spoken_languages" → "Spoken languages". */
function labelOf(key: string): string {
  const words = key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

const pick = (a: Attributes, ...keys: string[]) =>
  keys.map((k) => a.get(k)).find((v) => v !== undefined && v !== '' && v !== 'true');

/** One component as markdown, by what its attributes name. */
function asMarkdown(a: Attributes, inner: string): string {
  const company = pick(a, 'company', 'employer', 'organization', 'organisation', 'org');
  const title = pick(a, 'role', 'position', 'jobtitle', 'title');
  const school = pick(a, 'school', 'institution', 'university', 'college');
  const name = pick(a, 'name', 'skill', 'label', 'title');
  const when = period(a);
  if (company && title) return block(`### ${title} — ${company}${when}`, inner, a);
  if (school)
    return block(`### ${pick(a, 'degree', 'title') ?? school} — ${school}${when}`, inner, a);
  const link = pick(a, 'href', 'url', 'link', 'repo', 'github', 'website');
  const issuer = pick(a, 'issuer', 'authority', 'by');
  if (name && issuer) return `- ${name} — ${issuer}${yearOf(a)}${inner ? ` — ${inner}` : ''}`;
  if (name && (link || a.has('stars') || inner)) return projectLine(name, link, a, inner);
  const level = pick(a, 'level', 'proficiency', 'years', 'rating', 'experience');
  if (name) return `- ${name}${level ? ` (${level})` : ''}`;
  // `<Link href="https://github.com/…">github.com/…</Link>`: a link, as markdown writes one.
  if (link && inner && !inner.includes('\n')) return `[${inner}](${link})`;
  return inner;
}

/** " (2021 – present)": the dates a component gives, in any of the usual names. */
function period(a: Attributes): string {
  const told = pick(a, 'period', 'dates', 'date', 'duration', 'years', 'year', 'when');
  if (told) return ` (${told})`;
  const start = pick(a, 'start', 'from', 'startdate', 'since');
  const end = pick(a, 'end', 'to', 'enddate', 'until') ?? (a.has('current') ? 'present' : '');
  if (!start) return '';
  return ` (${start} – ${end || 'present'})`;
}

const yearOf = (a: Attributes) => {
  const year = pick(a, 'year', 'date', 'issued');
  return year ? ` (${year})` : '';
};

/** A job or a degree: its heading, then what the component says, then its stack. */
function block(heading: string, inner: string, a: Attributes): string {
  const place = pick(a, 'location', 'place', 'city');
  const stack = pick(a, 'tech', 'stack', 'technologies', 'tags', 'skills');
  return [`\n${heading}${place ? `\n\n${place}` : ''}`, inner, stack ? `Tech: ${stack}` : '']
    .filter(Boolean)
    .join('\n\n')
    .concat('\n');
}

/** "- [name](url) — what it is (312 stars on GitHub) — Tech: …": as a README lists a project. */
function projectLine(name: string, link: string | undefined, a: Attributes, inner: string): string {
  const stars = pick(a, 'stars');
  const about = (inner || pick(a, 'description', 'summary') || '').replace(/\n+/g, ' ');
  const starred = stars ? `${stars} stars` : '';
  const stack = pick(a, 'tech', 'stack', 'technologies', 'tags');
  return [
    `- ${link ? `[${name}](${link})` : `**${name}**`}`,
    about && starred ? `${about} (${starred})` : about || starred,
    stack ? `Tech: ${stack}` : '',
  ]
    .filter(Boolean)
    .join(' — ');
}
