import type { PhrasingContent } from 'mdast';
import { decodeEntities } from './html-entities.ts';

/**
 * The plain text of a profile's lines: emoji and bullets at the edges removed, ids made of
 * names, phrasing content and HTML read as text, and a label for a bare URL.
 */

// Emoji and the joiners, selectors and modifiers that build them; ©, ® and ™ are kept.
export const EMOJI =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: joiners and selectors are removed one code point at a time, on purpose
  /(?![\u00A9\u00AE\u2122])[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\u200D\uFE0F\uFE0E\u20E3]/gu;
export const EMOJI_PART =
  '\\p{Extended_Pictographic}\\u{1F1E6}-\\u{1F1FF}\\u{1F3FB}-\\u{1F3FF}\\u200D\\uFE0F\\uFE0E\\u20E3';
const LEADING_DECORATION = new RegExp(
  `^(?:[${EMOJI_PART}•▪▸►▶→✓✔★☆◆◇■□●○└├╰↳⤷]|[-–—](?=\\s)|\\s)+`,
  'u',
);
const TRAILING_DECORATION = new RegExp(`(?:[${EMOJI_PART}]|\\s)+$`, 'u');

/** Collapses whitespace and removes decorative emoji and bullets at the edges of a text. */
export function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(LEADING_DECORATION, '')
    .replace(TRAILING_DECORATION, '')
    .trim();
}

/** A name or a title: every emoji removed, no trailing colon. */
export function tidyName(text: string): string {
  return tidy(text.replace(EMOJI, ' ')).replace(/\s*:$/, '').trim();
}

/** `lower-case-words-joined-by-dashes`, as ids in the knowledge file must be. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\+\+/g, 'pp')
    .replace(/#/g, 'sharp')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A paragraph's text split at its line breaks, hard (`  ` at a line end) or soft. */
export function brokenLines(children: readonly PhrasingContent[]): string[] {
  const groups: PhrasingContent[][] = [[]];
  for (const child of children) {
    if (child.type === 'break') groups.push([]);
    else groups.at(-1)?.push(child);
  }
  return groups.flatMap((group) => plain(group).split('\n'));
}

/** Plain text of phrasing content: link texts, image alt texts, code spans. */
export function plain(nodes: readonly PhrasingContent[]): string {
  let out = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        out += node.value;
        break;
      case 'break':
        out += ' ';
        break;
      case 'image':
        out += node.alt ?? '';
        break;
      case 'html':
        out += stripTags(node.value);
        break;
      case 'strong':
      case 'emphasis':
      case 'delete':
      case 'link':
      case 'linkReference':
        out += plain(node.children);
        break;
      default:
        break;
    }
  }
  return out;
}

/** The text of HTML without its images' alt texts: empty for a row of badges. */
export function withoutImages(html: string): string {
  return stripTags(html.replace(/<img\b[^>]*>/gi, ' '));
}

export function stripTags(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<img\b[^>]*\balt\s*=\s*"([^"]*)"[^>]*>/gi, ' $1 ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[^;\s]+;/g, (ref) => decodeEntities(ref).replace(/\u00a0/g, ' '));
}

const HOST_LABELS: Record<string, string> = {
  'github.com': 'GitHub',
  'gitlab.com': 'GitLab',
  'linkedin.com': 'LinkedIn',
  'twitter.com': 'Twitter',
  'x.com': 'X',
  'npmjs.com': 'npm',
  'dribbble.com': 'Dribbble',
  'behance.net': 'Behance',
  'medium.com': 'Medium',
  'dev.to': 'DEV',
  'youtube.com': 'YouTube',
  'stackoverflow.com': 'Stack Overflow',
  'kaggle.com': 'Kaggle',
  'bsky.app': 'Bluesky',
};

/** A label for a bare URL: the network's name, or the host name. */
export function hostLabel(url: string): string {
  const host = hostOf(url);
  return HOST_LABELS[host] ?? host;
}

/** Host name without `www.`, e.g. `linkedin.com`; empty for a URL that does not parse. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return '';
  }
}
