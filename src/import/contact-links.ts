import { type Contact, ContactSchema } from '../knowledge/schema.ts';
import { hostOf, type Line } from './markdown-lines.ts';

export const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
export const FEDIVERSE_HANDLE = /(?:^|[\s(:])@([\w.-]+)@([\w-]+(?:\.[\w-]+)+)/;
export const WEBSITE_LABEL =
  /^(?:web|website|site|portfolio|homepage|home page|personal site|www)$/i;

export function contactChannels(contact: Contact): string[] {
  const { other, ...channels } = contact;
  return [...Object.keys(channels), ...other.map((link) => link.label)];
}

/** Files the line's links and addresses under contact; returns how many it used. */
export function addContact(line: Line, contact: Contact, linksOnly = false): number {
  let used = 0;
  const label = line.label && !/^https?$/i.test(line.label) ? line.label : undefined;
  // GFM autolinks the "user@host" of a Mastodon handle as an email address.
  const handle = FEDIVERSE_HANDLE.exec(line.text);
  const handleAddress = handle ? `${handle[1]}@${handle[2]}` : undefined;
  if (handle) {
    const url = `https://${handle[2]}/@${handle[1]}`;
    if (!contact.other.some((o) => o.url === url))
      contact.other.push({ label: label ?? 'Mastodon', url });
    used++;
  }
  const emails = line.emails.filter((email) => email !== handleAddress);
  if (!linksOnly) {
    const plainEmail = EMAIL.exec(line.text)?.[0];
    if (plainEmail && emails.length === 0 && plainEmail !== handleAddress) emails.push(plainEmail);
  }
  for (const email of emails) {
    if (!contact.email && ContactSchema.shape.email.safeParse(email).success) contact.email = email;
    used++;
  }
  for (const link of line.links) {
    if (linksOnly && line.links.length === 0) break;
    const host = hostOf(link.url);
    const linkLabel = label && line.links.length === 1 ? label : link.label;
    if (host === 'linkedin.com' || host.endsWith('.linkedin.com')) {
      if (!contact.linkedin) contact.linkedin = link.url;
    } else if (host === 'github.com' && !contact.github) {
      contact.github = link.url;
    } else if (
      !contact.website &&
      (WEBSITE_LABEL.test(linkLabel) || linkLabel.toLowerCase() === host)
    ) {
      contact.website = link.url;
    } else if (
      !contact.other.some((o) => o.url === link.url) &&
      contact.website !== link.url &&
      contact.github !== link.url &&
      contact.linkedin !== link.url
    ) {
      contact.other.push({ label: linkLabel, url: link.url });
    }
    used++;
  }
  return used;
}
