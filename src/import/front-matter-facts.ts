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

// Front-matter keys that hold the owner's job title, as site themes name them.
const TITLE_KEYS = ['role', 'jobtitle', 'job_title', 'job-title', 'position', 'occupation'];

/**
 * A personal site's front matter (`location: "Porto, Portugal"`, `social: { github: … }`): the
 * owner's place, where the page does not say it, and the links to reach them.
 */
export function readFrontMatterFacts(
  fields: Readonly<Record<string, string>>,
  header: Header,
  contact: Contact,
  lists: Readonly<Record<string, readonly string[]>> = {},
): void {
  // `aliases: [Mira, M. Dragomir]` (an Obsidian note's): a one-word alias is what people call
  // the owner.
  const alias = [fields.nickname, ...(lists.aliases ?? [])].find(
    (a) => a !== undefined && /^\p{Lu}\p{Ll}+$/u.test(a.trim()),
  );
  if (alias) header.shortName = alias.trim();
  const place = fields.location ?? fields.city;
  if (place && !header.location && looksLikePlace(place)) header.location = place;
  // `role: "Staff Embedded Software Engineer"`: the job title, where the page names none.
  const role = TITLE_KEYS.map((key) => fields[key]?.trim()).find(
    (value) => value && value.length <= 80 && !/^https?:|@/.test(value),
  );
  if (role && !header.title) header.title = role;
  const links = CONTACT_KEYS.flatMap((key) => {
    const value = fields[key]?.trim();
    if (!value) return [];
    const address = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.test(value) && !/^@/.test(value);
    return address
      ? [value]
      : /^https?:\/\//.test(value)
        ? [`[${key.charAt(0).toUpperCase()}${key.slice(1)}](${value})`]
        : [];
  });
  if (links.length === 0) return;
  const tree = unified().use(remarkParse).use(remarkGfm).parse(links.join(' · '));
  const paragraph = tree.children[0] as Paragraph | undefined;
  if (paragraph?.type === 'paragraph')
    addContact(makeLine(paragraph.children, 'paragraph'), contact);
}
