// The identity a markdown import settles on, from the header, the prose and the roles.
import { PortfolioBotError } from '../errors.ts';
import { escapeRegExp } from '../knowledge/escape-regexp.ts';
import { namesKnownPlace } from '../knowledge/places.ts';
import type { Profile } from '../knowledge/schema.ts';
import { availabilityFromProse } from './availability.ts';
import { looksLikePlace } from './entry-text.ts';
import { titleFromHeadline, titleFromSummary } from './header-titles.ts';
import type { readHtmlHeader } from './html-header.ts';
import { DEFAULT_PRONOUNS, type ImportOptions } from './import-result.ts';
import { type Header, LOCATION_WORDS } from './markdown-header.ts';
import type { Draft, Pending } from './markdown-sections.ts';
import { takeAvailability } from './markdown-settle.ts';
import { standalonePronouns } from './pronouns.ts';
import {
  type CurrentRole,
  pronounsAfterName,
  pronounsBesideName,
  shortNameFromProse,
} from './prose-facts.ts';
import { locationFromHeadline, locationFromProse } from './prose-home.ts';
import { yearsFromProse } from './prose-years.ts';

/** What the reading of a markdown profile found, for its identity. */
export interface IdentityParts {
  name: string;
  header: Header;
  html: ReturnType<typeof readHtmlHeader>;
  draft: Draft;
  current: CurrentRole | undefined;
  pending: Pending;
  options: ImportOptions;
  /** What a third-person bio of the owner says, if the page has one. */
  bio: string;
  /** The lines a typing banner types, if the page has one. */
  bannerLines?: readonly string[];
}

/** The owner's identity from everything the reading found: title, pronouns, place, years. */
export function settleIdentity(parts: IdentityParts): Profile['identity'] {
  const { name, header, html, draft, current, pending, options, bio } = parts;
  const summaryText = draft.summary.join(' ');
  // "Flutter + Kotlin dev from Lagos" typed by a banner, "Mobile Engineer • Flutter & Kotlin" in
  // the heading under the name: the heading is the headline the owner chose.
  const typed = header.title !== undefined && bannerTyped(header.title, parts.bannerLines);
  const subtitle = titleFromHeadline(html.subtitle);
  const title = [
    typed ? subtitle : undefined,
    header.title,
    subtitle,
    summaryOrRoleTitle(summaryText, draft.roles),
    current?.title,
    draft.roles.find((role) => role.end === 'present')?.title,
    draft.roles[0]?.title,
    // Last: an intro that opens with the title, "Research engineer at the X Institute."
    titleFromHeadline(draft.summary[0]),
    header.fallbackTitle,
  ].find((candidate) => candidate && !namesOwner(candidate, name));
  if (!title) {
    throw new PortfolioBotError(
      'import_failed',
      'no job title found: add a line under the name, e.g. "Data Engineer | Spark | Airflow"',
    );
  }
  const identity: Profile['identity'] = {
    name,
    pronouns: options.pronouns ??
      pending.pronouns ??
      pronounsAfterName(summaryText) ??
      pronounsBesideName(bio, name) ??
      // "Senior Android Engineer · Medellín · (ella / she / her)": the subtitle says them too.
      standalonePronouns([...draft.summary, html.subtitle ?? '', header.headline ?? '']) ?? {
        ...DEFAULT_PRONOUNS,
      },
    title,
  };
  // "I'm Mariliis, a backend / infrastructure engineer …" over a Staff Engineer role: the words
  // the owner introduces themselves with are their headline when nothing else gives one.
  const said = titleFromSummary(summaryText);
  const headline =
    html.subtitle ??
    header.headline ??
    (said && said.toLowerCase() !== title.toLowerCase() ? said : undefined);
  if (headline && headline !== title) identity.headline = headline;
  const shortName =
    shortNameFromProse(summaryText, name) ??
    (header.shortName && header.shortName !== name.split(' ')[0] ? header.shortName : undefined);
  if (shortName) identity.shortName = shortName;
  // "Staff Data Engineer in Rotterdam, Netherlands": the place is no part of the title.
  const titled = titleInPlace(identity.title);
  if (titled) identity.title = titled.title;
  const location =
    header.location ??
    pending.location ??
    titled?.place ??
    locationFromProse(summaryText) ??
    placeLine(draft.summary) ??
    locationFromHeadline(headline ?? '') ??
    presentRolePlace(draft.roles);
  // "Based in: Amsterdam, Netherlands" (a property table's row): the label is no place.
  if (location) identity.location = location.replace(LOCATION_WORDS, '').trim() || location;
  const years = yearsFromProse([headline ?? '', summaryText].join('\n'));
  if (years) Object.assign(identity, years);
  // "| 🟢 Availability | Open to new roles · 1 month notice |": a row that says it by name
  // leads; a "Looking for" section's lines follow it, so neither is lost.
  const labelled = pending.availability ? labelledAvailability(draft.summary) : undefined;
  const availability =
    (labelled ? `${labelled}. ${pending.availability}` : pending.availability) ??
    takeAvailability(draft) ??
    availabilityFromProse(headline ?? '');
  if (availability) identity.availability = availability;
  return identity;
}

const AVAILABILITY_LABEL = /^(?:availability|available|status|open to work)\s*:\s*(\S.*)$/i;

/**
 * The value of a summary line labelled "Availability:", taken out of the summary: it leads
 * what a "Looking for" section says.
 */
function labelledAvailability(summary: string[]): string | undefined {
  const at = summary.findIndex((line) => AVAILABILITY_LABEL.test(line));
  const line = summary[at] ?? '';
  const value =
    at >= 0 ? (availabilityFromProse(line) ?? AVAILABILITY_LABEL.exec(line)?.[1]) : undefined;
  if (value) summary.splice(at, 1);
  return value;
}

function titleInPlace(title: string): { title: string; place: string } | undefined {
  const split = /^(.+?)\s+(?:based\s+)?in\s+([^,]+,\s*[^,]+)$/.exec(title);
  if (!split?.[1] || !split[2]) return undefined;
  return namesKnownPlace(split[2]) ? { title: split[1], place: split[2] } : undefined;
}

/**
 * "I'm a machine learning engineer at Northloop" beside a "Staff ML Engineer — Northloop,
 * 2021 – present" role: the role names the same job exactly.
 */
function summaryOrRoleTitle(summaryText: string, roles: Draft['roles']): string | undefined {
  const title = titleFromSummary(summaryText);
  const present = roles.find((role) => role.end === 'present');
  if (title && present && summaryText.includes(present.company)) return present.title;
  return title;
}

// Words a place name may hold in lower case: "Rio de Janeiro", "Frankfurt am Main".
const PLACE_LINKS = /^(?:de|do|da|dos|das|del|di|am|an|sur|upon|on|la|le)$/;

/** "📍 Recife - PE, Brasil": an intro line that is only a known place. */
function placeLine(lines: readonly string[]): string | undefined {
  return lines.find(
    (line) =>
      line.length <= 60 &&
      namesKnownPlace(line) &&
      line.split(/[\s,]+/).every((word) => /^[\p{Lu}(–—-]/u.test(word) || PLACE_LINKS.test(word)),
  );
}

/** Where the owner works now, when nothing else says where they are: the current role's city. */
function presentRolePlace(roles: Draft['roles']): string | undefined {
  const place = roles.find((role) => role.end === 'present')?.location;
  // "Stockholm" alone is a place too when the role line gave it as the role's place.
  const city = /^\p{Lu}[\p{L}.'’-]*(?:[ -]\p{Lu}[\p{L}.'’-]*){0,2}$/u;
  return place &&
    (looksLikePlace(place) || city.test(place)) &&
    !/\b(?:remote|hybrid)\b/i.test(place)
    ? place
    : undefined;
}

/** Whether a typing banner typed the title: a slogan as often as a job. */
function bannerTyped(title: string, lines: readonly string[] = []): boolean {
  const folded = title.toLowerCase();
  return lines.some((line) => line.toLowerCase().includes(folded));
}

/** A title that repeats the owner's name ("as a Jonas Weber") is a misreading. */
function namesOwner(title: string, name: string): boolean {
  const words = name
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word.length > 1);
  const lower = title.toLowerCase();
  return (
    lower === name.toLowerCase() ||
    words.some((word) => new RegExp(`\\b${escapeRegExp(word)}\\b`, 'u').test(lower))
  );
}

/** How the import report states the identity it settled. */
export function identityNote(identity: Profile['identity']): string {
  const { name, title, shortName, location, yearsOfExperience, yearsOfExperienceNote } = identity;
  return (
    `${name} → identity: title "${title}"${shortName ? `, called "${shortName}"` : ''}` +
    `${location ? `, location "${location}"` : ''}` +
    `${yearsOfExperience !== undefined ? `, ${yearsOfExperienceNote ?? yearsOfExperience} years of experience` : ''}` +
    `${identity.availability ? `, availability "${identity.availability}"` : ''}` +
    `, pronouns ${identity.pronouns.subject}/${identity.pronouns.object}`
  );
}
