import type { Paragraph } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Contact } from '../knowledge/schema.ts';
import { addContact } from './contact-links.ts';
import { looksLikePlace } from './entry-text.ts';
import type { Header } from './markdown-header.ts';
import { makeLine } from './markdown-lines.ts';

// Front-matter keys that hold a way to reach the owner, as site themes name them.
const CONTACT_KEYS = [
  'email',
  'mail',
  'github',
  'gitlab',
  'linkedin',
  'twitter',
  'x',
  'mastodon',
  'bluesky',
  'website',
  'homepage',
];

/**
 * A personal site's front matter (`location: "Porto, Portugal"`, `social: { github: … }`): the
 * owner's place, where the page does not say it, and the links to reach them.
 */
export function readFrontMatterFacts(
  fields: Readonly<Record<string, string>>,
  header: Header,
  contact: Contact,
): void {
  const place = fields.location ?? fields.city;
  if (place && !header.location && looksLikePlace(place)) header.location = place;
  const links = CONTACT_KEYS.flatMap((key) => {
    const value = fields[key]?.trim();
    if (!value) return [];
    const address = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.test(value) && !/^@/.test(value);
    return address ? [value] : /^https?:\/\//.test(value) ? [`[${key}](${value})`] : [];
  });
  if (links.length === 0) return;
  const tree = unified().use(remarkParse).use(remarkGfm).parse(links.join(' · '));
  const paragraph = tree.children[0] as Paragraph | undefined;
  if (paragraph?.type === 'paragraph')
    addContact(makeLine(paragraph.children, 'paragraph'), contact);
}
