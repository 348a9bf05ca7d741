import { looksLikeJobTitle, looksLikePlace } from './entry-text.ts';
import { sectionKind } from './section-kinds.ts';

/** What the head of a pasted profile page says about its owner, the site's chrome left out. */
export interface PageHeader {
  name: string;
  headline?: string;
  location?: string;
  /** "Open to remote", "Open to relocation": what the location line adds about work wanted. */
  open: string[];
  /** "Head of Platform at Pagoflux": the current role, as the head names it. */
  role?: string;
  /** Sentences under the headline: a short bio, read with the About section. */
  bio: string[];
  /** "Desired salary: £85,000", "Available to start: Immediately": labelled lines of the head. */
  labelled: string[];
}

// "Camila Torres", "Jean-Luc O'Neill": two to four capitalised words.
const PERSON_NAME = /^\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){1,3}$/u;
// Words of a site's navigation and buttons; a line made of them is no name.
const CHROME_WORD =
  /^(?:home|discover|jobs?|messages?|inbox|notifications?|network|search|profile|settings|companies|company|startups?|talent|employers?|recruiters?|salaries|reviews|applied|saved|applications?|upgrade|premium|menu|dashboard|log|sign|in|up|out|edit|view|share|follow|connect|help|post|for|my|me|more|resume|cv|feed|explore|people|events|learning)$/i;
// Whole lines of chrome around the head: buttons and badges the site prints.
const CHROME_LINE =
  /^(?:Edit profile\b.*|View as\b.*|Open to work|Follow|Message|Connect|Share(?: profile)?|Hire me|Contact|Download (?:resume|CV)|Save|More|Report|Verified|Actively looking|Active (?:today|this week|recently)|Last active\b.*|Member since\b.*|\p{Lu}{1,3})$/u;
// "Open to remote", "Remote OK", "Willing to relocate": the part of a location line about work.
const OPEN_PART =
  /^(?:open to\b.*|remote(?: ok| only| friendly)?|willing to relocate\b.*|hybrid)$/i;

/**
 * Where the owner's name stands: the first line that is a person's name and no chrome, with
 * a place or a job title in the few lines under it ("Salary Insights" in a site's menu has
 * neither); failing that, the first such line at all.
 */
export function ownerNameAt(lines: readonly string[]): number {
  const names = lines.flatMap((line, i) => (isOwnerName(line) ? [i] : []));
  const placed = names.find((i) =>
    lines
      .slice(i + 1, i + 5)
      .some((line) => looksLikePlace(line.split(/\s+·\s+/)[0] ?? '') || looksLikeJobTitle(line)),
  );
  return placed ?? names[0] ?? -1;
}

/** The name and what stands under it, up to the first section. */
export function readPageHeader(name: string, under: readonly string[]): PageHeader {
  const header: PageHeader = { name, open: [], bio: [], labelled: [] };
  for (const line of under) {
    if (line !== '' && !CHROME_LINE.test(line)) readHeadLine(header, line);
  }
  return header;
}

function isOwnerName(line: string): boolean {
  return (
    !CHROME_LINE.test(line) &&
    PERSON_NAME.test(line) &&
    !line.split(/\s+/).some((word) => CHROME_WORD.test(word)) &&
    sectionKind(line) === undefined &&
    !looksLikeJobTitle(line)
  );
}

// "Remote: Hybrid or remote in the UK": a short label, then what it says.
const LABELLED = /^\p{Lu}[\p{L} ]{2,24}:\s+\S/u;

/** One line under the name: the place (and what it says of work wanted), a role, the headline. */
function readHeadLine(header: PageHeader, line: string): void {
  const parts = line.split(/\s+·\s+/);
  const place = parts[0] ?? '';
  if (!header.location && looksLikePlace(place) && !/^(?:remote|hybrid)/i.test(place)) {
    header.location = place;
    header.open.push(...parts.slice(1).filter((part) => OPEN_PART.test(part)));
    return;
  }
  if (parts.every((part) => OPEN_PART.test(part))) {
    header.open.push(...parts);
    return;
  }
  if (LABELLED.test(line)) {
    header.labelled.push(line);
    return;
  }
  const role = /^(.+?)\s+(?:at|@)\s+\p{Lu}[^·|]*$/u.exec(line)?.[1];
  if (header.headline && !header.role && role && looksLikeJobTitle(role)) {
    header.role = line;
    return;
  }
  if (!header.headline) header.headline = line;
  // Short lines past the headline are the site's badges; a sentence is the owner's bio.
  else if (line.split(/\s+/).length >= 6) header.bio.push(line);
}
