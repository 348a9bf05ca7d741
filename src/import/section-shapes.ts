import type { Heading, RootContent, Table } from 'mdast';
import { isIconList } from './html-blocks.ts';
import { hostOf, plain, tidyName } from './line-text.ts';
import { flatten, linesOf } from './markdown-lines.ts';
import { isProjectListing } from './project-table.ts';

/**
 * What a section's body looks like, for a heading that names no kind of section: a row of
 * badges is skills, a list of repositories is projects, year headings over prose are the
 * owner's story.
 */

/** A section that is one or more project tables, under a heading of its own wording. */
export function isProjectSection(body: readonly RootContent[]): boolean {
  const tables = body.filter((node): node is Table => node.type === 'table');
  return tables.length > 0 && tables.every(isProjectListing);
}

/** Hosts that draw badges: "### ☁️ Cloud" over a row of them is a skill group. */
const BADGE_HOST = /^(?:img\.shields\.io|badgen\.net|flat\.badgen\.net|forthebadge\.com)$/;

/** A paragraph of skill icons, or of badge images (linked or not) and nothing else. */
export function isIconOrBadgeList(node: RootContent): boolean {
  if (isIconList(node)) return true;
  if (node.type !== 'paragraph') return false;
  const images: string[] = [];
  const plainOnly = node.children.every((child) => {
    if (child.type === 'image') return images.push(child.url) > 0;
    if (child.type === 'link')
      return child.children.every((c) => c.type === 'image' && images.push(c.url) > 0);
    return child.type === 'break' || (child.type === 'text' && child.value.trim() === '');
  });
  return plainOnly && images.length > 0 && images.every((url) => BADGE_HOST.test(hostOf(url)));
}

/** Where code is published: a line that opens with a link there names a project. */
const CODE_HOST =
  /^(?:github\.com|gitlab\.com|codeberg\.org|bitbucket\.org|pypi\.org|www\.npmjs\.com|crates\.io|sr\.ht|git\.sr\.ht)$/;

/**
 * "## Software" over "- [lambdaprune](https://github.com/…) — prunes lambda windows": lines that
 * each open with a link to a repository or a package are the owner's projects.
 */
export function isRepositoryList(body: readonly RootContent[]): boolean {
  const lines = flatten(linesOf(body));
  return (
    lines.length > 0 &&
    lines.every((line) => {
      const first = line.links[0];
      return (
        first !== undefined &&
        CODE_HOST.test(hostOf(first.url)) &&
        line.text.trimStart().startsWith(first.label)
      );
    })
  );
}

// "2021 – 2023", "2024 – now", "2019": a heading that is only a year or a span of years.
const YEAR_HEADING = /^\d{4}(?:\s*[–—-]\s*(?:\d{4}|now|present|today))?$/i;

/**
 * "### 2024 – now" then a paragraph, newest first: a journey told in prose under year
 * headings is the owner's own story, read as their introduction.
 */
export function isYearTimeline(body: readonly RootContent[]): boolean {
  const headings = body.filter((node): node is Heading => node.type === 'heading');
  return (
    headings.length >= 2 &&
    headings.every((h) => YEAR_HEADING.test(tidyName(plain(h.children)))) &&
    body.every((node) => node.type === 'heading' || node.type === 'paragraph')
  );
}

/** The owner speaking of themselves: "I", "I'm", "I've", "my", "me". */
const FIRST_PERSON = /(?<![\p{L}'’])(?:I|I['’](?:m|ve|d|ll)|my|me)(?![\p{L}'’])/gu;

/**
 * "## Where I am now" over paragraphs that say "I" again and again: a chapter of the owner's
 * own story, told in prose, read as their introduction.
 */
export function isFirstPersonStory(body: readonly RootContent[], minWords = 40): boolean {
  const paragraphs = body.filter((node) => node.type === 'paragraph');
  if (paragraphs.length === 0 || paragraphs.length < body.length / 2) return false;
  const text = paragraphs.map((p) => plain(p.type === 'paragraph' ? p.children : [])).join(' ');
  const words = text.split(/\s+/).length;
  return words >= minWords && (text.match(FIRST_PERSON)?.length ?? 0) >= Math.max(3, words / 40);
}

/**
 * "## Side projects and talking about stuff" over paragraphs of story: no paragraph opens with
 * a project's name ("**Tern** — a CLI …"), so the section tells, and is read as prose.
 */
export function isToldNotListed(body: readonly RootContent[]): boolean {
  return (
    isFirstPersonStory(body) &&
    body.every((node) => node.type !== 'paragraph' || node.children[0]?.type === 'text')
  );
}
