import { PortfolioBotError } from '../errors.ts';
import type { Contact, Profile } from '../knowledge/schema.ts';
import type { PagePerson } from './html-json-ld.ts';
import { readHtmlPage } from './html-page.ts';
import type { ImportOptions, ImportResult } from './import-result.ts';
import { hostLabel, hostOf } from './line-text.ts';
import { importMarkdownProfile } from './markdown-profile.ts';

/**
 * Imports a personal web page saved from a browser: its content is read as markdown, and the
 * page's JSON-LD `Person` fills the place and contact channels the text leaves out.
 */
export function importHtmlPage(html: string, options: ImportOptions = {}): ImportResult {
  const page = readHtmlPage(html);
  if (page.markdown.trim() === '' && !page.person?.name) {
    throw new PortfolioBotError(
      'import_failed',
      'the web page holds no text once its head, scripts, navigation, footer and forms are set aside; save the page with its content (File → Save Page As…, "complete") and try again',
    );
  }
  const markdown = withJobTitle(page.markdown, page.person);
  const result = importMarkdownProfile(markdown, options);
  result.notes.unshift(
    'Web page → read as markdown; head, scripts, styles, icons, navigation, footer, forms and banners set aside',
  );
  if (page.person) fillFromPerson(result.profile, page.person, result.notes);
  return result;
}

/** A page that names its owner's title only in its JSON-LD gets it as a line under the name. */
function withJobTitle(markdown: string, person: PagePerson | undefined): string {
  const title = person?.jobTitle?.[0];
  if (!title || markdown.toLowerCase().includes(title.toLowerCase())) return markdown;
  return markdown.replace(/^# .*$/m, (heading) => `${heading}\n\n${title}`);
}

function fillFromPerson(profile: Profile, person: PagePerson, notes: string[]): void {
  const filled: string[] = [];
  const place = person.address?.[0];
  const read = profile.identity.location;
  // "Montevideo" read from a job line, "Montevideo, Uruguay" in the JSON-LD: the fuller one.
  if (place && (!read || place.startsWith(`${read}, `))) {
    profile.identity.location = place;
    filled.push('location');
  }
  const contact = profile.contact;
  if (person.email && !contact.email) {
    contact.email = person.email;
    filled.push('email');
  }
  for (const url of [...(person.sameAs ?? []), ...(person.url ? [person.url] : [])]) {
    const channel = addChannel(contact, url, url === person.url);
    if (channel) filled.push(channel);
  }
  if (filled.length > 0) notes.push(`JSON-LD Person → ${filled.join(', ')}`);
}

/** Files one of the owner's addresses under contact; the channel's name, or nothing if known. */
function addChannel(contact: Contact, url: string, own: boolean): string | undefined {
  if (!/^https?:\/\//i.test(url)) return undefined;
  const known = [
    contact.github,
    contact.linkedin,
    contact.website,
    ...contact.other.map((o) => o.url),
  ];
  if (known.some((address) => address && sameAddress(address, url))) return undefined;
  const host = hostOf(url);
  if (host === 'github.com' && !contact.github) return set(contact, 'github', url);
  if (host.endsWith('linkedin.com') && !contact.linkedin) return set(contact, 'linkedin', url);
  if (own && !contact.website) return set(contact, 'website', url);
  // "https://fosstodon.org/@lferrante": a Mastodon profile on whichever server.
  const label = /^https?:\/\/[^/]+\/@[\w.-]+\/?$/i.test(url) ? 'Mastodon' : hostLabel(url);
  contact.other.push({ label, url });
  return label;
}

function set(contact: Contact, channel: 'github' | 'linkedin' | 'website', url: string): string {
  contact[channel] = url;
  return channel;
}

function sameAddress(a: string, b: string): boolean {
  const bare = (url: string) =>
    url
      .toLowerCase()
      .replace(/^https?:\/\/(?:www\.)?/, '')
      .replace(/\/+$/, '');
  return bare(a) === bare(b);
}
