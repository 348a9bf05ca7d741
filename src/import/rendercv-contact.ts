import { z } from 'zod';
import { type Contact, ContactSchema } from '../knowledge/schema.ts';
import { hostLabel } from './line-text.ts';
import type { RenderCv, RenderCvSocial } from './rendercv-shape.ts';
import { isUrl, plainText } from './rendercv-text.ts';

// How RenderCV turns a network and a username into a profile address.
const PROFILE_URLS: Readonly<Record<string, string>> = Object.freeze({
  linkedin: 'https://linkedin.com/in/',
  github: 'https://github.com/',
  gitlab: 'https://gitlab.com/',
  imdb: 'https://imdb.com/name/',
  instagram: 'https://instagram.com/',
  orcid: 'https://orcid.org/',
  stackoverflow: 'https://stackoverflow.com/users/',
  researchgate: 'https://researchgate.net/profile/',
  youtube: 'https://youtube.com/@',
  'google scholar': 'https://scholar.google.com/citations?user=',
  telegram: 'https://t.me/',
  whatsapp: 'https://wa.me/',
  leetcode: 'https://leetcode.com/u/',
  x: 'https://x.com/',
  twitter: 'https://x.com/',
  bluesky: 'https://bsky.app/profile/',
  reddit: 'https://reddit.com/user/',
});

/** The address of a social network account, as RenderCV links it; undefined when unknown. */
export function socialUrl({ network, username }: RenderCvSocial): string | undefined {
  const name = network.trim().toLowerCase();
  const user = username.trim();
  if (!user) return undefined;
  if (isUrl(user)) return user;
  if (name === 'mastodon') {
    const handle = /^@?([^@\s]+)@([^@\s]+)$/.exec(user);
    return handle ? `https://${handle[2]}/@${handle[1]}` : undefined;
  }
  const base = PROFILE_URLS[name];
  const url = base ? `${base}${user.replace(/^@/, '')}` : undefined;
  return url && isUrl(url) ? url : undefined;
}

/**
 * The header's ways to reach the owner. What does not fit a contact field (a second email,
 * an unknown network) is returned as text lines.
 */
export function readRenderCvContact(cv: RenderCv['cv'], contact: Contact): string[] {
  const kept: string[] = [];
  for (const email of cv.email ?? []) {
    const text = email.trim().replace(/^mailto:/i, '');
    if (!contact.email && z.email().safeParse(text).success) contact.email = text;
    else kept.push(`Email: ${text}`);
  }
  for (const phone of cv.phone ?? []) {
    const text = phone.trim().replace(/^tel:/i, '');
    if (!contact.phone && ContactSchema.shape.phone.safeParse(text).success) contact.phone = text;
    else kept.push(`Phone: ${text}`);
  }
  for (const website of cv.website ?? []) {
    const url = website.trim();
    if (!isUrl(url)) kept.push(`Website: ${url}`);
    else if (!contact.website) contact.website = url;
    else contact.other.push({ label: hostLabel(url), url });
  }
  for (const social of cv.social_networks ?? []) {
    const url = socialUrl(social);
    if (!url) {
      kept.push(`${social.network}: ${social.username}`);
      continue;
    }
    const network = social.network.trim().toLowerCase();
    if (network === 'github' && !contact.github) contact.github = url;
    else if (network === 'linkedin' && !contact.linkedin) contact.linkedin = url;
    else contact.other.push({ label: social.network.trim(), url });
  }
  for (const connection of cv.custom_connections ?? []) {
    const label = plainText(connection.placeholder);
    const url = connection.url?.trim();
    if (url && isUrl(url)) contact.other.push({ label: label || hostLabel(url), url });
    else if (label) kept.push(label);
  }
  return kept;
}
