import { isMapping } from './rendercv-shape.ts';
import { isUrl } from './rendercv-text.ts';
import { flatText, paragraphsOf, textOf } from './resume-data-values.ts';
import {
  LOCATION_FIELDS,
  NETWORKS,
  PERSON_BLOCKS,
  PERSON_FIELDS,
  PROFILE_FIELDS,
  vocabularyKey,
} from './resume-data-vocabulary.ts';

type Entry = Record<string, unknown>;
type Profile = Record<string, string>;

export interface Person {
  /** JSON Resume `basics`. */
  basics: Entry;
  availability?: string;
  /** The top-level keys read here. */
  used: Set<string>;
  /** What blocks such as `contact:` hold besides the owner's fields, as lines of text. */
  kept: string[];
}

/** The first key of `entry` that is one of `names` (compared as the vocabulary writes keys). */
export function keyAmong(entry: Entry, names: readonly string[]): string | undefined {
  const byKey = new Map(Object.keys(entry).map((key) => [vocabularyKey(key), key]));
  return names.map((name) => byKey.get(name)).find((key) => key !== undefined);
}

/**
 * The owner's fields, from the top of the file and from blocks such as `basics:` or
 * `contact:`; a field at the top wins. Networks written as keys (`github: jdoe`) are profiles.
 */
export function readPerson(root: Entry): Person {
  const blocks = Object.keys(root).filter(
    (key) => PERSON_BLOCKS.includes(vocabularyKey(key)) && isMapping(root[key]),
  );
  const person: Person = { basics: {}, used: new Set(blocks), kept: [] };
  const found = new Set<string>();
  const profiles: Profile[] = [];
  const readFrom = (source: Entry): Set<string> => {
    const used = new Set<string>();
    for (const [field, names] of Object.entries(PERSON_FIELDS)) {
      const key = keyAmong(source, names);
      if (key === undefined || found.has(field)) continue;
      const value = fieldOf(field, source[key], profiles);
      if (!value) continue;
      found.add(field);
      used.add(key);
      if (field === 'availability') person.availability = textOf(value);
      else if (field !== 'profiles') person.basics[field] = value;
    }
    for (const key of Object.keys(source)) {
      const network = NETWORKS[vocabularyKey(key)];
      const profile = network ? profileOf({ network: network.label, url: source[key] }) : undefined;
      if (profile) profiles.push(profile);
      if (profile) used.add(key);
    }
    return used;
  };
  for (const key of readFrom(root)) person.used.add(key);
  for (const block of blocks) {
    const source = root[block] as Entry;
    const used = readFrom(source);
    for (const [key, value] of Object.entries(source))
      if (!used.has(key) && flatText(value))
        person.kept.push(`${block} — ${key}: ${flatText(value)}`);
  }
  if (profiles.length > 0) person.basics.profiles = profiles;
  return person;
}

// A location may be a mapping, `profiles` a mapping of networks, a link `{label, href}`; a
// mapping that is none of these (`about: {…}`, a block of its own) yields no text.
function fieldOf(field: string, value: unknown, profiles: Profile[]): unknown {
  if (field === 'summary') return paragraphsOf(value);
  if (field === 'location') return locationOf(value);
  if (field === 'profiles') {
    const found = profilesOf(value);
    profiles.push(...found);
    return found.length > 0;
  }
  // `available: true` says nothing a sentence would not say better.
  return typeof value === 'boolean' ? '' : textOf(value);
}

function locationOf(value: unknown): Entry | undefined {
  if (!isMapping(value)) return textOf(value) ? { city: textOf(value) } : undefined;
  const location: Entry = {};
  for (const [field, names] of Object.entries(LOCATION_FIELDS)) {
    const key = keyAmong(value, names);
    if (key !== undefined && textOf(value[key])) location[field] = textOf(value[key]);
  }
  return Object.keys(location).length > 0 ? location : undefined;
}

/** Profiles as a list of `{name, url}`, a list of links, or a mapping of network to link. */
function profilesOf(value: unknown): Profile[] {
  const items = isMapping(value)
    ? Object.entries(value).map(([network, inner]) =>
        isMapping(inner) ? { network, ...inner } : { network, url: inner },
      )
    : Array.isArray(value)
      ? value
      : [value];
  return items.flatMap((item) => {
    const profile = isMapping(item) ? profileOf(item) : profileOf({ url: item });
    return profile ? [profile] : [];
  });
}

function profileOf(item: Entry): Profile | undefined {
  const profile: Profile = {};
  for (const [field, names] of Object.entries(PROFILE_FIELDS)) {
    const key = keyAmong(item, names);
    const text = key === undefined ? '' : textOf(item[key]);
    if (text) profile[field] = text;
  }
  const { url, username, network } = profile;
  const known = network ? NETWORKS[vocabularyKey(network)] : undefined;
  // `github: jdoe`: the value is the username, and the network says where it lives.
  if (url && !isUrl(url) && !url.includes('@') && known?.base) {
    profile.username = username ?? url.replace(/^@/, '');
    profile.url = `${known.base}${profile.username}`;
  } else if (url && !isUrl(url) && /^[\w-]+(?:\.[\w-]+)+\/\S*$/.test(url))
    profile.url = `https://${url}`;
  else if (url && !isUrl(url)) {
    profile.username = username ?? url;
    delete profile.url;
  }
  if (!profile.network && profile.url) profile.network = networkOfUrl(profile.url);
  return profile.url || profile.username ? profile : undefined;
}

function networkOfUrl(url: string): string {
  const host = new URL(url).hostname.replace(/^www\./, '');
  const known = Object.values(NETWORKS).find(
    (n) => n.base && new URL(n.base).hostname.replace(/^www\./, '') === host,
  );
  return known?.label ?? host;
}
