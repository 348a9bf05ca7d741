import type { LatexCommand } from './latex-source.ts';
import { latexText } from './latex-text.ts';

/**
 * The moderncv header (`\name`, `\title`, `\address`, `\phone`, `\email`, `\homepage`,
 * `\social`, `\extrainfo`, `\quote`) as the header fields of a RenderCV file. What has no
 * header field (the full postal address, `\extrainfo`) is returned as lines to keep.
 */
export interface ModernCvHeader {
  name: string;
  headline?: string;
  location?: string;
  email: string[];
  phone: string[];
  website: string[];
  social_networks: { network: string; username: string }[];
  /** `\quote{…}`: the owner's own words about themselves. */
  quote?: string;
  personal: string[];
}

export const HEADER_COMMANDS: Readonly<Record<string, number>> = Object.freeze({
  name: 2,
  firstname: 1,
  familyname: 1,
  title: 1,
  address: 3,
  phone: 1,
  mobile: 1,
  email: 1,
  homepage: 1,
  social: 1,
  extrainfo: 1,
  quote: 1,
});

// moderncv's own names for networks where they differ from the usual spelling.
const NETWORKS: Readonly<Record<string, string>> = Object.freeze({
  googlescholar: 'Google Scholar',
  stackoverflow: 'StackOverflow',
  linkedin: 'LinkedIn',
  github: 'GitHub',
  gitlab: 'GitLab',
});

export function readHeader(commands: readonly LatexCommand[]): ModernCvHeader {
  const header: ModernCvHeader = {
    name: '',
    email: [],
    phone: [],
    website: [],
    social_networks: [],
    personal: [],
  };
  const names: string[] = [];
  for (const command of commands) {
    const args = command.args.map(latexText);
    const first = args[0] ?? '';
    switch (command.name) {
      case 'name':
        names.push(...args);
        break;
      case 'firstname':
      case 'familyname':
        names.push(first);
        break;
      case 'title':
        if (first) header.headline = first;
        break;
      case 'address':
        readAddress(args, header);
        break;
      case 'phone':
      case 'mobile':
        // "(+46) 70-123 45 67": the country code in brackets is still the number's start.
        if (first) header.phone.push(first.replace(/^\(\+(\d{1,4})\)\s*/, '+$1 '));
        break;
      case 'email':
        if (first) header.email.push(first);
        break;
      case 'homepage':
        if (first) header.website.push(/^[a-z]+:\/\//i.test(first) ? first : `https://${first}`);
        break;
      case 'social':
        readSocial(command, first, header);
        break;
      case 'extrainfo':
        if (first) header.personal.push(first);
        break;
      case 'quote':
        if (first) header.quote = first;
        break;
    }
  }
  header.name = names.filter(Boolean).join(' ');
  return header;
}

/**
 * `\address{street}{postcode city}{country}`: the town and country locate the owner; the
 * street and postcode are kept with the rest of the address, not in the location.
 */
function readAddress(args: readonly string[], header: ModernCvHeader): void {
  const given = args.filter(Boolean);
  if (given.length === 0) return;
  header.personal.push(`Address: ${given.join(', ')}`);
  // One line ("Storgatan 5, 118 27 Stockholm, Sweden") holds the same parts between commas.
  const lines = given.length === 1 ? (given[0] ?? '').split(/\s*,\s*/) : given;
  // The street comes first: a line with a number, or the first of moderncv's three.
  const streetless = given.length > 2 || /\d/.test(lines[0] ?? '') ? lines.slice(1) : lines;
  const place = (lines.length > 1 ? streetless : lines)
    .map((line) =>
      line
        .split(/\s+/)
        .filter((word) => !/\d/.test(word))
        .join(' ')
        .replace(/^[\s,.-]+|[\s,.-]+$/g, ''),
    )
    .filter(Boolean);
  if (place.length > 0 && !(lines.length === 1 && /\d/.test(lines[0] ?? '')))
    header.location = place.join(', ');
}

function readSocial(command: LatexCommand, username: string, header: ModernCvHeader): void {
  const network = (command.options[0] ?? '').trim();
  if (!username) return;
  if (!network) {
    header.personal.push(username);
    return;
  }
  header.social_networks.push({ network: NETWORKS[network.toLowerCase()] ?? network, username });
}
