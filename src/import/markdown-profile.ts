import type { Heading, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { PortfolioBotError } from '../errors.ts';
import type { Profile } from '../knowledge/schema.ts';
import { contactChannels } from './contact-links.ts';
import { isSpokenLanguageList } from './entry-readers.ts';
import { readHtmlHeader } from './html-header.ts';
import {
  DEFAULT_PRONOUNS,
  type ImportOptions,
  type ImportResult,
  plural,
} from './import-result.ts';
import { industriesFromSentences } from './industries.ts';
import {
  type Header,
  nameFromHeading,
  openingIntroduction,
  readPreamble,
  titleFromHeadline,
  titleFromSummary,
} from './markdown-header.ts';
import { flatten, linesOf, plain, tidyName } from './markdown-lines.ts';
import {
  type Draft,
  hasDates,
  keepSection,
  type Pending,
  splitSections,
} from './markdown-sections.ts';
import { repairMojibake } from './mojibake.ts';
import { emptyDraft } from './profile-draft.ts';
import {
  currentRoleFromProse,
  languagesFromProse,
  locationFromProse,
  shortNameFromProse,
  yearsFromProse,
} from './prose-facts.ts';
import { HANDLERS } from './section-handlers.ts';
import { sectionKind } from './section-kinds.ts';
import { uniqueId } from './unique-id.ts';

/**
 * Turns a GitHub-profile-style README into profile knowledge. Everything in the result is read
 * from the markdown; a section it does not recognise is kept in `sections`.
 */
export function importMarkdownProfile(markdown: string, options: ImportOptions = {}): ImportResult {
  const notes: string[] = [];
  const repair = repairMojibake(markdown);
  if (repair.repaired > 0 || repair.dropped > 0) {
    notes.push(
      `Mojibake → ${repair.repaired} sequence${plural(repair.repaired)} repaired, ${repair.dropped} dropped`,
    );
  }
  const tree = unified().use(remarkParse).use(remarkGfm).parse(repair.text) as Root;

  const h1Index = tree.children.findIndex((n) => n.type === 'heading' && n.depth === 1);
  const h1 = tree.children[h1Index] as Heading | undefined;

  const after = h1Index >= 0 ? tree.children.slice(h1Index + 1) : tree.children;
  const depths = after.flatMap((n) => (n.type === 'heading' ? [n.depth] : []));
  const sectionDepth = Math.min(...depths.filter((d) => d >= 2), 7);
  const isBoundary = (n: RootContent) =>
    n.type === 'heading' && (n.depth <= sectionDepth || n.depth === 1);
  const firstSection = after.findIndex(isBoundary);
  const html = readHtmlHeader([
    ...(h1Index >= 0 ? tree.children.slice(0, h1Index) : []),
    ...(firstSection < 0 ? after : after.slice(0, firstSection)),
  ]);
  // A markdown H1 is the name; the HTML greeting above it is decoration then.
  const heading = h1 ? plain(h1.children) : html.h1;
  // Without any H1 the owner may introduce themselves in the opening paragraph or quote.
  const opening = heading ? undefined : openingIntroduction(html.nodes);
  const name = heading
    ? nameFromHeading(tidyName(heading))
    : tidyName(opening?.introduction.name ?? '');
  if (!name) {
    throw new PortfolioBotError(
      'import_failed',
      'no name found: the profile needs an H1 heading with the name, e.g. "# Jane Doe" or <h1>Hi, I\'m Jane Doe</h1>, or an opening line such as "Hi, I\'m Jane Doe"',
    );
  }
  const sections = splitSections(firstSection < 0 ? [] : after.slice(firstSection), isBoundary);

  const draft: Draft = emptyDraft();

  const pending: Pending = { askMeAbout: [] };
  if (opening?.introduction.pronouns) pending.pronouns = opening.introduction.pronouns;
  const header = readPreamble(html.nodes, draft, pending, opening?.node);
  const headerContact = contactChannels(draft.contact);
  if (headerContact.length > 0) notes.push(`Header links → contact: ${headerContact.join(', ')}`);
  let aboutTitle = 'Header';

  for (const section of sections) {
    let kind = sectionKind(section.title);
    if (kind === 'work')
      kind = flatten(linesOf(section.body)).some(hasDates) ? 'experience' : 'projects';
    if (kind === 'languages' && !isSpokenLanguageList(section.body)) kind = 'skills';
    const label = section.title || 'Untitled section';
    if (!kind) {
      notes.push(`${label} → kept as section "${keepSection(section, draft.sections)}"`);
      continue;
    }
    const { note, leftover } = HANDLERS[kind](section, draft, pending);
    if (kind === 'about') aboutTitle = label;
    notes.push(`${label} → ${note}`);
    if (leftover.length > 0) {
      const id = uniqueId(
        section.title || 'section',
        draft.sections.map((s) => s.id),
        'notes',
      );
      draft.sections.push({ id, title: label, items: leftover });
      notes.push(
        `${label} → ${leftover.length} other line${plural(leftover.length)} kept as section "${id}"`,
      );
    }
  }

  const headline = html.subtitle ?? header.headline;
  if (draft.expertise.length === 0) {
    const topics = [...new Set(pending.askMeAbout.flatMap((ask) => ask.topics))];
    if (topics.length > 0) {
      draft.expertise.push(...topics);
      // The topics say it now; the sentence would only repeat them in the summary.
      const asked = new Set(pending.askMeAbout.map((ask) => ask.sentence));
      draft.summary = draft.summary.filter((text) => !asked.has(text));
      notes.push(`Ask me about → expertise (${topics.length}): ${topics.join(', ')}`);
    }
  } else if (pending.askMeAbout.length > 0) {
    notes.push('Ask me about → kept in summary: the README lists expertise elsewhere');
  }

  const summaryText = draft.summary.join(' ');
  const current = currentRoleFromProse(summaryText);
  if (
    current &&
    !draft.roles.some((role) => role.company.toLowerCase() === current.company.toLowerCase())
  ) {
    draft.roles.unshift({ ...current, end: 'present', highlights: [], technologies: [] });
    notes.push(`${aboutTitle} → current role: ${current.title} at ${current.company}`);
  }
  const identity: Profile['identity'] = {
    name,
    pronouns: options.pronouns ?? pending.pronouns ?? { ...DEFAULT_PRONOUNS },
    title:
      header.title ??
      titleFromSummary(summaryText) ??
      current?.title ??
      draft.roles[0]?.title ??
      titleFromHeadline(html.subtitle) ??
      '',
  };
  if (!identity.title) {
    throw new PortfolioBotError(
      'import_failed',
      'no job title found: add a line under the name, e.g. "Data Engineer | Spark | Airflow"',
    );
  }
  if (headline && headline !== identity.title) identity.headline = headline;
  const shortName = shortNameFromProse(summaryText, name);
  if (shortName) identity.shortName = shortName;
  const location = header.location ?? locationFromProse(summaryText);
  if (location) identity.location = location;
  const years = yearsFromProse(summaryText);
  if (years) Object.assign(identity, years);
  notes.unshift(
    `${name} → identity: title "${identity.title}"${shortName ? `, called "${shortName}"` : ''}` +
      `${location ? `, location "${location}"` : ''}` +
      `${years ? `, ${years.yearsOfExperienceNote ?? years.yearsOfExperience} years of experience` : ''}` +
      `, pronouns ${identity.pronouns.subject}/${identity.pronouns.object}`,
  );

  if (draft.languages.length === 0) {
    const languages = languagesFromProse(summaryText);
    if (languages.length > 0) {
      draft.languages = languages;
      notes.push(
        `${aboutTitle} → spoken languages (${languages.length}): ${languages.map((l) => l.name).join(', ')}`,
      );
    }
  }

  if (draft.industries.length === 0) {
    const industries = industriesFromSentences(draft.summary);
    if (industries.length > 0) {
      draft.industries = industries;
      notes.push(`${aboutTitle} → industries (${industries.length}): ${industries.join(', ')}`);
    }
  }

  return { profile: { version: 1, identity, ...draft }, notes };
}
