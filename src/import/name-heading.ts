import type { Root, RootContent } from 'mdast';
import { looksLikeJobTitle, runsInLowerCase } from './entry-text.ts';
import { DOCUMENT_TITLES } from './european-words.ts';
import { plain, tidyName } from './line-text.ts';
import { introductionFromProse } from './prose-facts.ts';
import { sectionKind } from './section-kinds.ts';

/** The heading that names the owner, and the job title a heading beside it gives. */

/**
 * The heading that names the owner: the first H1 that is no section's title, or, without one,
 * a first heading of any level that introduces them ("### Hey, I'm Joaquín 👋").
 */
export function nameHeadingIndex(tree: Root, namedElsewhere = false): number {
  // Pandoc's CVs head every section with "#" and give the name in their metadata: then no
  // "# Other" or "# Patents" is the name.
  if (namedElsewhere && sectionH1s(tree) >= 2) return -1;
  const h1 = tree.children.findIndex(
    (n) =>
      n.type === 'heading' &&
      n.depth === 1 &&
      sectionKind(plain(n.children)) === undefined &&
      !isDocumentTitle(plain(n.children)) &&
      !isArticleTitle(plain(n.children)),
  );
  if (h1 >= 0) return h1;
  const first = tree.children.findIndex((n) => n.type === 'heading');
  const heading = tree.children[first];
  const text = heading?.type === 'heading' ? plain(heading.children) : '';
  if (text && isDocumentTitle(text)) return headingAfterTitle(tree, first);
  return text && (introductionFromProse(text) || GREETING_NAME.test(text)) ? first : -1;
}

function sectionH1s(tree: Root): number {
  return tree.children.filter(
    (n) => n.type === 'heading' && n.depth === 1 && sectionKind(plain(n.children)) !== undefined,
  ).length;
}

const NAME_LIKE = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;
const WORKING_WITH =
  /^(?:readme\s*[:—–-]\s*)?(?:working with|how to work with|how i work|(?:my |a )?user manual|manual of me|a guide to working with)\b/i;
const PAGE_LABEL = /^(?:about(?: me)?|my story|hello|hi|welcome|readme|profile)$/i;

/**
 * "# About me — how a chemistry teacher ended up building data pipelines": a blog post's title
 * tells, in a sentence; it names nobody unless it introduces someone.
 */
function isArticleTitle(text: string): boolean {
  // "# README: Working with Kofi", "How to work with me": a manual's title names no one.
  if (WORKING_WITH.test(text.trim())) return true;
  // "# Tomás Ferreira — storefronts for independent bakeries": a name, then what they do.
  const [first = '', ...rest] = text.split(/\s+[—–|:-]\s+|:\s+/);
  if (rest.length > 0 && NAME_LIKE.test(first.trim()) && !PAGE_LABEL.test(first.trim()))
    return false;
  // "# Seeking work (April 2026): my comment": a dated title of a post; no name holds a year.
  const dated = /\b(?:19|20)\d\d\b/.test(text) && text.split(/\s+/).length >= 4;
  return (
    (dated || (runsInLowerCase(text) && text.split(/\s+/).length > 5)) &&
    !introductionFromProse(text) &&
    !GREETING_NAME.test(text)
  );
}

/**
 * "# Lebenslauf" then "## Katharina Pühringer": under a heading that titles the document, the
 * next heading names the owner unless it opens a section.
 */
function headingAfterTitle(tree: Root, title: number): number {
  const next = tree.children.findIndex((n, index) => index > title && n.type === 'heading');
  const heading = tree.children[next];
  if (heading?.type !== 'heading') return -1;
  const text = plain(heading.children);
  return sectionKind(text) === undefined && !isDocumentTitle(text) ? next : -1;
}

// "# Europass Curriculum Vitae", "**Résumé**", "# Lebenslauf": what titles the document.
const TITLES = new Set(DOCUMENT_TITLES);

export function isDocumentTitle(text: string): boolean {
  return TITLES.has(tidyName(text).toLowerCase().replace(/\s+/g, ' '));
}

// A greeting heading names the owner even by one word: "Hey, I'm Joaquín 👋".
export const GREETING_NAME =
  /^\W*(?:hi|hey|hello|hola|olá|salam|salut|hej|ciao|namaste|bonjour|howdy|greetings)(?![\p{L}\p{N}])(?:\s+there)?\W*\s*(?:I(?:['’]m| am)|soy|je suis|ich bin|(?:eu\s+)?sou(?:\s+[ao])?|sono|ik ben)\s+\p{Lu}/iu;

/**
 * "# Jane Doe" then "## Platform Engineer": a heading right under the name that names a job,
 * not a section, is the title; what follows it is the header.
 */
export function subtitleHeading(node: RootContent | undefined): string | undefined {
  // "### Frontend Developer | React" right under the name reads the same.
  if (node?.type !== 'heading' || node.depth < 2 || node.depth > 3) return undefined;
  const text = tidyName(plain(node.children));
  if (sectionKind(text) !== undefined) return undefined;
  // "## IAM Architect · Independent consultant": the title is the part that names the job.
  // "### Staff Data Engineer at Cardumen": the employer is no part of it either.
  const [first = text] = text.split(/\s+[·|]\s+|\s+(?:at|@)\s+/);
  return looksLikeJobTitle(first) ? first : looksLikeJobTitle(text) ? text : undefined;
}

/** "Jane Doe — Staff Engineer", "Jane Doe | SRE": a name and a job title in one heading. */
export function headingTitle(heading: string): { name: string; title: string } | undefined {
  const parts = heading.split(/\s+[—–|·-]\s+/);
  if (parts.length !== 2) return undefined;
  const [name = '', title = ''] = parts;
  return looksLikeJobTitle(title) && !looksLikeJobTitle(name) && name.split(' ').length <= 5
    ? { name, title }
    : undefined;
}
