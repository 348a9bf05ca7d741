import type { Profile } from '../../src/knowledge/schema.ts';

/**
 * Scores an imported profile against the facts its source states (a `NAME.facts.json`): each
 * fact counts once, found only in the field it belongs to. A value the import placed in a
 * field that the source text does not contain is an invented fact.
 */
export interface StatedFacts {
  name?: string;
  title?: string;
  location?: string;
  years?: number;
  availability?: string;
  skills?: string[];
  roles?: { company: string; title: string }[];
  projects?: string[];
  certifications?: string[];
  contact?: string[];
  languages?: string[];
  education?: string[];
  talks?: string[];
  publications?: string[];
  awards?: string[];
  volunteer?: string[];
  interests?: string[];
}

export interface Placement {
  found: number;
  total: number;
  /** `field: fact` for every fact not found in its field. */
  misses: string[];
  /** `field: value` for every placed value the source does not contain. */
  invented: string[];
  byField: Record<string, { found: number; total: number }>;
}

/** Lower-case words of a text, punctuation and diacritics aside. */
export function words(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim();
}

/** "SRE team lead" reads as "Site Reliability Engineering team lead": initials spelled out. */
function spelledOut(short: string, long: string): string {
  const longWords = words(long).split(' ');
  return words(short)
    .split(' ')
    .map((word) => {
      if (word.length < 2) return word;
      for (let at = 0; at + word.length <= longWords.length; at++) {
        const run = longWords.slice(at, at + word.length);
        if (run.map((w) => w.charAt(0)).join('') === word) return run.join(' ');
      }
      return word;
    })
    .join(' ');
}

const same = (a: string, b: string) =>
  words(a) === words(b) || spelledOut(a, b) === words(b) || spelledOut(b, a) === words(a);
/** One text holds the other as whole words. */
const holds = (outer: string, inner: string) =>
  words(inner) !== '' && ` ${words(outer)} `.includes(` ${words(inner)} `);
/** `inner` starts `outer` and says at least half of it ("CPACC" beside its issuer). */
const leads = (outer: string, inner: string) => {
  const o = words(outer).split(' ');
  const i = words(inner).split(' ');
  return i.length * 2 >= o.length && o.slice(0, i.length).join(' ') === i.join(' ');
};

/** Every word of `inner` is a word of `outer`, in any order. */
const allWordsIn = (outer: string, inner: string) => {
  const have = new Set(words(outer).split(' '));
  return words(inner)
    .split(' ')
    .every((word) => have.has(word) || /^(?:at|in|for|with|of|the|a|an)$/.test(word));
};

function url(text: string): string {
  // A fediverse handle "@user@host" is the address "host/@user".
  const handle = /^@([\w.-]+)@([\w-]+(?:\.[\w-]+)+)$/.exec(text.trim());
  if (handle) return `${handle[2]}/@${handle[1]}`.toLowerCase();
  return text
    .trim()
    .toLowerCase()
    .replace(/^mailto:/, '')
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '');
}

type Check = (fact: string) => boolean;

function checks(profile: Profile): Record<string, Check> {
  const { identity } = profile;
  // A skill is placed when a skill list, or the technologies of a role or project, holds it.
  const skillNames = [
    // "Product Lifecycle Management (PLM)" is placed as the name with its initials an alias.
    ...profile.skills.flatMap((c) =>
      c.skills.flatMap((s) => [s.name, ...s.aliases, ...s.aliases.map((a) => `${s.name} (${a})`)]),
    ),
    ...profile.roles.flatMap((r) => r.technologies),
    ...profile.projects.flatMap((p) => p.technologies),
  ];
  const links = [
    profile.contact.email,
    profile.contact.github,
    profile.contact.linkedin,
    profile.contact.website,
    ...profile.contact.other.map((l) => l.url),
    ...(profile.contact.handles ?? []).map((h) => h.handle),
    ...profile.projects.flatMap((p) => p.links.map((l) => l.url)),
    ...profile.publications.map((p) => p.url),
    ...profile.certifications.map((c) => c.url),
    ...profile.volunteer.map((v) => v.url),
  ].flatMap((u) => (u ? [url(u)] : []));
  const publications = profile.publications.map((p) => p.title);
  return {
    name: (fact) => same(identity.name, fact),
    title: (fact) =>
      same(identity.title, fact) ||
      (identity.headline !== undefined && same(identity.headline, fact)) ||
      leads(fact, identity.title),
    // "Osaka, JP" and "Osaka, Japan" state one place.
    location: (fact) =>
      identity.location !== undefined &&
      (holds(countries(fact), countries(identity.location)) ||
        holds(countries(identity.location), countries(fact))),
    years: (fact) => String(identity.yearsOfExperience) === fact,
    availability: (fact) =>
      identity.availability !== undefined &&
      (holds(fact, identity.availability) || holds(identity.availability, fact)),
    skills: (fact) =>
      skillNames.some((name) => same(name, fact)) || profile.expertise.some((e) => same(e, fact)),
    // "Zahlungsverkehrsplattform (04/2025 – 02/2027, Großbank)": the aside is context, not name.
    projects: (fact) =>
      profile.projects.some(
        (p) =>
          same(p.name, fact) ||
          leads(p.name, fact) ||
          // "### Trailmate — offline hiking app": the name, and its summary after the dash.
          (p.summary !== undefined && same(`${p.name} ${p.summary}`, fact)) ||
          same(p.name, fact.replace(/\s*\([^()]*\)\s*$/, '')),
      ),
    certifications: (fact) =>
      profile.certifications.some(
        (c) => same(c.name, fact) || leads(fact, c.name) || leads(c.name, fact),
      ),
    // "jane [at] example [dot] com" is the address jane@example.com, written against spam.
    // "euan-s", the account name a profile gives for GitHub: the link to that account.
    contact: (fact) =>
      links.includes(url(deobfuscated(fact))) ||
      (/^@?[\w-]+$/.test(fact) &&
        links.some((link) =>
          link.toLowerCase().endsWith(`/${fact.replace(/^@/, '').toLowerCase()}`),
        )) ||
      (profile.contact.phone !== undefined &&
        /\d{6}/.test(fact.replace(/\D/g, '')) &&
        profile.contact.phone.replace(/\D/g, '') === fact.replace(/\D/g, '')),
    // "Spanish (basic)" states the level too: found when the name and the level are both placed.
    languages: (fact) =>
      profile.languages.some(
        (l) =>
          same(l.name, fact) ||
          (l.proficiency !== undefined && same(`${l.name} (${l.proficiency})`, fact)),
      ),
    // "School | Degree, Field": the school is what names the study.
    education: (stated) => {
      const fact = stated.split(' | ')[0] ?? stated;
      // "Baccalauréat en génie logiciel, Software Engineering": a degree stated as the fact is
      // placed when the entry's degree and field are both in it.
      return profile.education.some(
        (e) =>
          holds(e.institution, fact) ||
          holds(fact, e.institution) ||
          (e.degree !== undefined && holds(fact, e.degree) && (!e.field || holds(fact, e.field))),
      );
    },
    talks: (fact) => publications.some((t) => same(t, fact) || leads(fact, t)),
    publications: (fact) => publications.some((t) => same(t, fact) || leads(fact, t)),
    awards: (fact) => profile.awards.some((a) => same(a.title, fact) || leads(fact, a.title)),
    // "Volunteer instructor, Canada Learning Code, 2017 – 2020": position, organisation and
    // years each in their field.
    volunteer: (fact) =>
      profile.volunteer.some(
        (v) =>
          holds(v.organization, fact) ||
          // "co-organise the Rust Porto meetup": a fact told as a deed names the group.
          (v.organization.split(' ').length >= 2 && holds(fact, v.organization)) ||
          allWordsIn(`${v.position ?? ''} ${v.organization} ${v.start ?? ''} ${v.end ?? ''}`, fact),
      ),
    interests: (fact) => profile.interests.some((i) => same(i.name, fact)),
  };
}

function roleFound(profile: Profile, fact: { company: string; title: string }): boolean {
  return profile.roles.some(
    (role) =>
      (holds(role.company, fact.company) || holds(fact.company, role.company)) &&
      (same(role.title, fact.title) ||
        leads(fact.title, role.title) ||
        leads(role.title, fact.title)),
  );
}

/** Every value the import placed in a field, as `field: value`, for the invention check. */
/** Each placed value, with the other spellings it was read from (an icon's id for its tool). */
function placedValues(profile: Profile): [string, string, ...string[]][] {
  const { identity } = profile;
  return [
    ['name', identity.name],
    ['title', identity.title],
    ...(identity.location ? [['location', identity.location] as [string, string]] : []),
    ...(identity.yearsOfExperience !== undefined
      ? [['years', String(identity.yearsOfExperience)] as [string, string]]
      : []),
    ...profile.skills.flatMap((c) =>
      c.skills.map((s): [string, string, ...string[]] => ['skill', s.name, ...s.aliases]),
    ),
    ...profile.roles.flatMap((r): [string, string][] => [
      ['role company', r.company],
      ['role title', r.title],
    ]),
    ...profile.projects.map((p): [string, string] => ['project', p.name]),
    ...profile.certifications.map((c): [string, string] => ['certification', c.name]),
    ...profile.languages.map((l): [string, string] => ['language', l.name]),
    ...profile.education.map((e): [string, string] => ['education', e.institution]),
    ...profile.publications.map((p): [string, string] => ['publication', p.title]),
  ];
}

function statedTexts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(statedTexts);
  if (value && typeof value === 'object') return Object.values(value).flatMap(statedTexts);
  return [];
}

export function scorePlacement(profile: Profile, facts: StatedFacts, source: string): Placement {
  const check = checks(profile);
  const result: Placement = { found: 0, total: 0, misses: [], invented: [], byField: {} };
  const count = (field: string, fact: string, ok: boolean) => {
    const entry = result.byField[field] ?? { found: 0, total: 0 };
    result.byField[field] = entry;
    entry.total++;
    result.total++;
    if (ok) {
      entry.found++;
      result.found++;
    } else result.misses.push(`${field}: ${fact}`);
  };
  for (const [field, value] of Object.entries(facts)) {
    if (value === undefined || value === null) continue;
    if (field === 'roles') {
      for (const role of value as { company: string; title: string }[])
        count('roles', `${role.title} at ${role.company}`, roleFound(profile, role));
      continue;
    }
    const test = check[field];
    const list = Array.isArray(value) ? value.map(String) : [String(value)];
    for (const fact of list) count(field, fact, test ? test(fact) : false);
  }
  // Compared with the text a reader sees: "[label](url)" reads "label".
  const shown = source.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1');
  const text = ` ${words(shown)} `;
  // A badge states its skill in its address: "badge/-Assembly%20(ARM%20Thumb)-6E4C13".
  const raw = `${shown} ${decodedAddresses(source)}`.toLowerCase();
  const inSource = (value: string) =>
    text.includes(` ${words(value)} `) || raw.includes(value.toLowerCase());
  // A value the facts themselves state ("SRE team lead" for "I lead the SRE team") is not
  // invented; nor is a place joined from parts the source gives one by one.
  const stated = new Set(statedTexts(facts).map(words));
  for (const [field, value, ...spellings] of placedValues(profile)) {
    if ([value, ...spellings].some(inSource) || stated.has(words(value))) continue;
    if (field === 'location' && value.split(/,\s*/).every(inSource)) continue;
    result.invented.push(`${field}: ${value}`);
  }
  return result;
}

function deobfuscated(address: string): string {
  return address
    .replace(/\s*[[(]\s*at\s*[\])]\s*/gi, '@')
    .replace(/\s*[[(]\s*dot\s*[\])]\s*/gi, '.');
}

/** The source's image addresses, percent-decoded, dashes and underscores read as spaces. */
function decodedAddresses(source: string): string {
  const addresses = source.match(/https?:\/\/[^\s)"'>]+/g) ?? [];
  return addresses
    .map((address) => {
      try {
        return decodeURIComponent(address).replace(/[-_]+/g, ' ');
      } catch {
        return address;
      }
    })
    .join(' ');
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** Two-letter country codes written out: "Osaka, JP" → "Osaka, Japan". */
function countries(place: string): string {
  return place.replace(/\b[A-Z]{2}\b/g, (code) => {
    try {
      return regionNames.of(code) ?? code;
    } catch {
      return code;
    }
  });
}
