import type { Heading, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { PortfolioBotError } from '../errors.ts';
import type { Pronouns } from '../knowledge/schema.ts';
import { bannerName } from './banner-name.ts';
import { liftBoldHeadings, liftBoldSubheadings } from './bold-headings.ts';
import { readCodeProfile } from './code-profile.ts';
import { settleCodeIdentity } from './code-settle.ts';
import { contactChannels, isContactList } from './contact-links.ts';
import { dropEmptyHeadings } from './empty-headings.ts';
import { isSpokenLanguageList } from './entry-readers.ts';
import { nameFromFrontMatter } from './front-matter.ts';
import { readFrontMatterFacts } from './front-matter-facts.ts';
import { withFrontMatterResume } from './front-matter-resume.ts';
import { academicTitles, nameFromHeading } from './header-name.ts';
import { isIconList, liftHtmlBlocks } from './html-blocks.ts';
import { readHtmlHeader } from './html-header.ts';
import { type ImportOptions, type ImportResult, plural } from './import-result.ts';
import { gatherJobSections } from './job-sections.ts';
import { liftLayoutTables } from './layout-table-rows.ts';
import { plain, tidyName } from './line-text.ts';
import { type Header, openingIntroduction, readPreamble } from './markdown-header.ts';
import { identityNote, settleIdentity } from './markdown-identity.ts';
import { flatten, linesOf } from './markdown-lines.ts';
import { prepareMarkdown } from './markdown-prepare.ts';
import {
  type Draft,
  hasDates,
  keepSection,
  type Pending,
  type RawSection,
  splitSections,
} from './markdown-sections.ts';
import {
  settleGithub,
  settleProseProjects,
  settleProseRecords,
  settleProseRoles,
  settleSameRoles,
} from './markdown-settle.ts';
import { GREETING_NAME, headingTitle, nameHeadingIndex, subtitleHeading } from './name-heading.ts';
import { settleNameAsides } from './name-notes.ts';
import {
  fullName,
  greetingTail,
  introducedAs,
  labelledName,
  labelledTitle,
  personalSectionName,
  textParagraph,
} from './owner-name.ts';
import { emptyDraft } from './profile-draft.ts';
import { readPronouns } from './pronouns.ts';
import { headingPronouns, ownerBio } from './prose-facts.ts';
import { HANDLERS } from './section-handlers.ts';
import { type SectionKind, sectionKind } from './section-kinds.ts';
import {
  isFirstPersonStory,
  isIconOrBadgeList,
  isProjectSection,
  isRepositoryList,
  isToldNotListed,
  isYearTimeline,
} from './section-shapes.ts';
import { settleCurrentRole, settlePastRoles } from './settle-header-roles.ts';
import {
  settleHeadlineLanguages,
  settleLanguageCertificates,
  settleLanguageLine,
} from './settle-languages.ts';
import { settleProseLists } from './settle-prose-lists.ts';
import { settleProseSkills, settleTechnologies } from './settle-skills.ts';
import { liftSidebar } from './sidebar-sections.ts';
import { outlineTableDocument } from './table-document.ts';
import { technologiesInProse } from './technology-mentions.ts';
import { whoamiIntroduction } from './terminal-intro.ts';
import { timelineRoles } from './timeline-roles.ts';
import { settleUniqueIds, uniqueId } from './unique-id.ts';

interface Located {
  name: string;
  html: ReturnType<typeof readHtmlHeader>;
  opening: ReturnType<typeof openingIntroduction>;
  sections: RawSection[];
  pronouns: Pronouns | undefined;
  /** A job title the name's heading also gives. */
  title: string | undefined;
  /** The heading under the name that gave the title, as written whole. */
  subtitleText?: string | undefined;
}

/**
 * Turns a profile in markdown (a GitHub README, a résumé, prose) into profile knowledge.
 * Everything in the result is read from the markdown; what no field takes is kept in `sections`.
 */
export function importMarkdownProfile(markdown: string, options: ImportOptions = {}): ImportResult {
  const notes: string[] = [];
  const { text, frontMatter, literals, bannerLines } = prepareMarkdown(markdown, notes);
  const outlined = outlineTableDocument(text);
  if (outlined) {
    notes.push(
      `Tables → ${outlined.tables} table${plural(outlined.tables)} read as a name, sections and entries`,
    );
  }
  const tree = parseLifted(outlined?.markdown ?? text, notes);
  const namedAbove =
    nameFromFrontMatter(frontMatter.fields, (t) => sectionKind(t) !== undefined) !== undefined;
  const located = locate(tree, (found) => fullName(found, frontMatter.fields, text), namedAbove);
  const { html, opening, sections, pronouns, title } = located;
  // "Hola! I'm Rafa" as the heading, the whole name in the prose below it.
  const name = introducedAs(located.name, text) ?? located.name;
  const draft: Draft = emptyDraft();
  const pending: Pending = { askMeAbout: [] };
  const introduced =
    pronouns ?? opening?.introduction.pronouns ?? readPronouns(frontMatter.fields.pronouns ?? '');
  if (introduced) pending.pronouns = introduced;
  const code = readCodeProfile(literals.values, draft, notes);
  const header = readPreamble(html.nodes, draft, pending, opening?.node);
  if (title) header.title = title;
  if (title) keepSubtitleWhole(located.subtitleText, title, header, draft);
  if (code.title) header.title = code.title;
  readFrontMatterFacts(frontMatter.fields, header, draft.contact, frontMatter.lists);
  notes.push(...headerNotes(draft, header));
  const aboutTitle = readSections(sections, draft, pending, notes) ?? 'Header';
  settleNameAsides(draft.roles, draft.projects);
  settleSameRoles(draft);
  settleExpertise(draft, pending, notes);
  const summaryText = draft.summary.join(' ');
  const rolesBefore = draft.roles.length;
  const current = settleCurrentRole(summaryText, draft, notes, aboutTitle, header.current);
  settlePastRoles(draft, notes, header.past ?? []);
  const fromIntro = draft.roles.length > rolesBefore ? draft.roles[0] : undefined;
  settleProseRoles(draft, notes, aboutTitle, fromIntro);
  settleLanguageLine(draft, notes);
  settleHeadlineLanguages(draft, html.subtitle ?? header.headline, notes);
  settleProseRecords(draft, notes, aboutTitle);
  settleProseProjects(draft, notes, aboutTitle);
  settleProseSkills(draft, notes, aboutTitle);
  settleTechnologies(draft);
  settleGithub(draft.contact, draft.projects, text);
  const kept = draft.sections.flatMap((s) => s.items);
  const owner = code.name ?? name;
  const bio = ownerBio([...draft.summary, ...kept], owner);
  // "I speak French (native) …" in a list of its own: the owner speaking, under any heading.
  const firstPerson = kept.filter((text) => /^I\b/.test(text)).join(' ');
  const found = { header, html, draft, current, pending, options, bio, bannerLines };
  const identity = settleIdentity({ name: owner, ...found });
  settleCodeIdentity(identity, code, name);
  notes.unshift(identityNote(identity));
  settleLists([...draft.summary, bio, firstPerson], kept, draft, notes, aboutTitle);
  const page = { profile: { version: 1 as const, identity, ...draft }, notes };
  return withFrontMatterResume(page, frontMatter.data, options);
}

/**
 * "## Shopify Expert & Full-Stack Developer | Liquid · Hydrogen — $65/hr": the heading under
 * the name is the headline, whole; a line the preamble took for one stays as text.
 */
function keepSubtitleWhole(
  whole: string | undefined,
  title: string,
  header: { headline?: string | undefined },
  draft: Draft,
): void {
  if (!whole || whole === title || header.headline === whole) return;
  if (header.headline) draft.summary.unshift(header.headline);
  header.headline = whole;
}

/** What the lines above the first section gave: contact links and a strip of skill icons. */
/** The lists told in prose, certificates among the languages, and each entry's own id. */
function settleLists(
  told: string[],
  kept: readonly string[],
  draft: Draft,
  notes: string[],
  aboutTitle: string,
): void {
  // "When I'm not fighting Gradle I'm probably cycling …" closing the page: pastimes, wherever.
  const offWork = kept.filter((text) =>
    /^(?:when I['’]m not|outside (?:of )?work|in my (?:free|spare) time)\b/i.test(text),
  );
  // One paragraph or bullet a line: a list of languages ends where its bullet does.
  settleProseLists([...told, ...offWork].join('\n'), draft, notes, aboutTitle);
  settleLanguageCertificates(draft, notes);
  // "📊 GitHub stats" over cards drawn elsewhere: a heading left with nothing under it.
  draft.sections = draft.sections.filter((section) => section.items.length > 0);
  for (const list of [draft.skills, draft.projects, draft.sections]) settleUniqueIds(list);
}

function headerNotes(draft: Draft, header: Header): string[] {
  const notes: string[] = [];
  const contact = contactChannels(draft.contact);
  if (contact.length > 0) notes.push(`Header links → contact: ${contact.join(', ')}`);
  if (header.iconSkills)
    notes.push(`Header icons → 1 category, ${header.iconSkills} skill${plural(header.iconSkills)}`);
  return notes;
}

/** Paragraphs, no list, in which the owner says what they are or were: "I'm a … at …". */
function toldInPerson(body: readonly RootContent[]): boolean {
  return (
    body.length > 0 &&
    !body.some((node) => node.type === 'list') &&
    /\bI(?:['’]m| am| was)\b/.test(
      body.map((node) => (node.type === 'paragraph' ? plain(node.children) : '')).join(' '),
    )
  );
}

/** The mdast of the page: empty headings out; HTML blocks, one-row tables, sidebars lifted. */
function parseLifted(markdown: string, notes: string[]): Root {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  dropEmptyHeadings(tree);
  liftHtmlBlocks(tree);
  const layouts = liftLayoutTables(tree);
  if (layouts > 0)
    notes.push(`Layout tables → ${layouts} one-row table${plural(layouts)} read as lines`);
  liftBoldHeadings(tree);
  liftBoldSubheadings(tree);
  liftSidebar(tree);
  return tree;
}

/** Finds the name (H1, HTML greeting or "Hi, I'm …") and cuts the rest into sections. */
function locate(tree: Root, complete: (name: string) => string, namedAbove: boolean): Located {
  // "# About me" is a section, not the owner's name.
  const h1Index = nameHeadingIndex(tree, namedAbove);
  const h1 = tree.children[h1Index] as Heading | undefined;
  const below = h1Index >= 0 ? tree.children.slice(h1Index + 1) : tree.children;
  const subtitle = h1Index >= 0 ? subtitleHeading(below[0]) : undefined;
  const after = subtitle ? below.slice(1) : below;
  const depths = after.flatMap((n) => (n.type === 'heading' ? [n.depth] : []));
  const sectionDepth = Math.min(...depths.filter((d) => d >= 2), 7);
  const leading = leadingSectionHeadings(after, sectionDepth);
  const isBoundary = (n: RootContent) =>
    n.type === 'heading' && (n.depth <= sectionDepth || n.depth === 1 || leading.has(n));
  const firstSection = after.findIndex(isBoundary);
  const html = readHtmlHeader([
    ...(h1Index >= 0 ? tree.children.slice(0, h1Index) : []),
    ...(firstSection < 0 ? after : after.slice(0, firstSection)),
  ]);
  // A markdown H1 is the name; the HTML greeting above it is decoration then.
  const heading = h1 ? plain(h1.children) : html.h1;
  // Without any H1 the owner may introduce themselves in the opening paragraph or quote.
  const sections = gatherJobSections(
    splitSections(firstSection < 0 ? [] : after.slice(firstSection), isBoundary),
  );
  const opening = heading
    ? undefined
    : (openingIntroduction(html.nodes) ??
      // A post that opens with its story: "My name's Owen Pritchard" in its first sections.
      sections
        .slice(0, 3)
        .reduce<ReturnType<typeof openingIntroduction>>(
          (found, section) => found ?? openingIntroduction(section.body),
          undefined,
        ));
  if (opening && !heading) adoptIntroducingSection(sections, opening.node, html.nodes);
  // "# Siobhán Byrne (they/them)": the pronouns are not part of the name.
  const closing = heading ? headingPronouns(tidyName(heading)) : undefined;
  // "### hi, i'm Luka Horvat 👋 search engineer at X · Zagreb": the greeting's tail is a
  // header line of its own (title, employer, place), read as the lines under a name are.
  const greeting = heading ? greetingTail(closing?.rest ?? tidyName(heading)) : undefined;
  if (greeting) html.nodes.unshift(textParagraph(greeting.tail));
  // "# Oskar Lindqvist — Gameplay Programmer": the title shares the heading.
  const titled = greeting ? undefined : headingTitle(closing?.rest ?? tidyName(heading ?? ''));
  // "$ whoami" in a terminal block, answered with the owner's name.
  const whoami = heading || opening ? undefined : whoamiIntroduction(tree);
  // "# Olá, I'm Inês" over front matter titled "About — Inês Carvalho": the first name
  // greets, the whole name is said elsewhere.
  const name = heading
    ? complete(
        nameFromHeading(greeting?.greeting ?? titled?.name ?? closing?.rest ?? tidyName(heading)),
      )
    : complete(
        tidyName(
          opening?.introduction.name ??
            whoami?.name ??
            // "| Name | Katharina Brenninger, M.Sc. |": the degree is no part of the name.
            mapDefined(labelledName(tree), nameFromHeading) ??
            personalSectionName(tree) ??
            bannerName(tree) ??
            '',
        ),
      );
  if (!name) {
    throw new PortfolioBotError(
      'import_failed',
      'no name found: the profile needs an H1 heading with the name, e.g. "# Jane Doe" or <h1>Hi, I\'m Jane Doe</h1>, or an opening line such as "Hi, I\'m Jane Doe"',
    );
  }
  const title = titled?.title ?? subtitle ?? labelledTitle(tree);
  // "Katharina Pühringer, Dipl.-Ing. (FH)": the degrees leave the name, not the profile.
  const degrees = heading ? academicTitles(closing?.rest ?? tidyName(heading)) : undefined;
  if (degrees) sections.unshift(titlesSection(name, degrees));
  const subtitleText =
    subtitle && below[0]?.type === 'heading' ? tidyName(plain(below[0].children)) : undefined;
  return { name, html, opening, sections, pronouns: closing?.pronouns, title, subtitleText };
}

/**
 * "# Who wants to be hired? (March 2025)" over "Hi HN! I'm Mariliis …": a heading that names no
 * kind of section, over the owner's own introduction, titles a post. Its lines ("Location: …",
 * "Technologies: …", the story of each job) are the owner's header, read as lines under a name.
 */
function adoptIntroducingSection(
  sections: RawSection[],
  node: RootContent,
  preamble: RootContent[],
): void {
  const at = sections.findIndex((section) => section.body.includes(node));
  const section = sections[at];
  if (!section || sectionKind(section.title) !== undefined) return;
  sections.splice(at, 1);
  preamble.push(...section.body);
}

const mapDefined = <T, U>(value: T | undefined, f: (v: T) => U): U | undefined =>
  value === undefined ? undefined : f(value);

/** The owner's academic titles, kept as a section of their own: searchable, never a name. */
function titlesSection(name: string, titles: string): RawSection {
  const title = 'Academic titles';
  const heading: Heading = {
    type: 'heading',
    depth: 2,
    children: [{ type: 'text', value: title }],
  };
  const line: RootContent = {
    type: 'paragraph',
    children: [{ type: 'text', value: `${name}, ${titles}` }],
  };
  return { title, heading, body: [line] };
}

/**
 * "### Tech I use daily" above the first "## …" heading is a sub-heading of nothing: it opens
 * a section when it names one or when a row of skill icons is all it holds.
 */
function leadingSectionHeadings(nodes: RootContent[], sectionDepth: number): Set<RootContent> {
  const leading = new Set<RootContent>();
  for (const [index, node] of nodes.entries()) {
    if (node.type !== 'heading') continue;
    if (node.depth <= sectionDepth) break;
    const next = nodes[index + 1];
    if (sectionKind(plain(node.children)) !== undefined || (next && isIconList(next)))
      leading.add(node);
  }
  for (const node of foreignSubheadings(nodes, sectionDepth)) leading.add(node);
  return leading;
}

/**
 * "## Certs & stuff" then "### Outside of work": a smaller heading of another known kind under a
 * section of a known kind opens a section of its own; it is no entry of the one above.
 */
function foreignSubheadings(nodes: RootContent[], sectionDepth: number): RootContent[] {
  const found: RootContent[] = [];
  let current: ReturnType<typeof sectionKind>;
  for (const node of nodes) {
    if (node.type !== 'heading') continue;
    const kind = sectionKind(plain(node.children));
    if (node.depth <= sectionDepth) current = kind;
    else if (current && kind && kind !== current && FOREIGN_KINDS.has(kind)) {
      found.push(node);
      current = kind;
    }
  }
  return found;
}

// The kinds a section of another kind never holds as its entries.
const FOREIGN_KINDS: ReadonlySet<SectionKind | undefined> = new Set<SectionKind>([
  'interests',
  'languages',
  'contact',
  'availability',
  'certifications',
  'education',
  'skills',
]);

/** Hands each section to the reader its heading names; returns the about section's title. */
function readSections(
  sections: RawSection[],
  draft: Draft,
  pending: Pending,
  notes: string[],
): string | undefined {
  let aboutTitle: string | undefined;
  // "The classroom years", "Where I am now": a post told in chapters of first-person prose.
  const story =
    sections.filter((s) => sectionKind(s.title) === undefined && isFirstPersonStory(s.body))
      .length >= 2;
  for (const section of sections) {
    let kind = sectionKind(section.title);
    if (kind === 'work')
      kind = flatten(linesOf(section.body)).some(hasDates) ? 'experience' : 'projects';
    if (kind === 'languages' && !isSpokenLanguageList(section.body)) kind = 'skills';
    // A rule ("---") under the last row is no content of the section.
    const rows = section.body.filter((node) => node.type !== 'thematicBreak');
    if (!kind && rows.length > 0 && rows.every(isIconOrBadgeList)) kind = 'skills';
    if (!kind && isContactList(flatten(linesOf(section.body)))) kind = 'contact';
    if (!kind && (isProjectSection(section.body) || isRepositoryList(section.body)))
      kind = 'projects';
    // "## Hi, I'm Inês 👋": a greeting heading opens the owner's own introduction.
    if (!kind && GREETING_NAME.test(section.title)) kind = 'about';
    if (!kind && (isYearTimeline(section.body) || (story && isFirstPersonStory(section.body))))
      kind = 'about';
    if (kind === 'projects' && isToldNotListed(section.body)) kind = 'about';
    // "🌱 Currently" over a paragraph ("I'm a Senior ML Engineer at …"): the owner today, told;
    // over a list of short items ("tinkering with Zig") it is what they are exploring.
    if (kind === 'exploring' && toldInPerson(section.body)) kind = 'about';
    const label = section.title || 'Untitled section';
    // "2022 – now · Employer, City · Job": a career told as a timeline of lines.
    const timeline = kind ? undefined : timelineRoles(section);
    if (timeline) {
      draft.roles.push(...timeline.roles);
      draft.education.push(...timeline.education);
      // The lines stay searchable as written, the degree line among them.
      notes.push(
        `${label} → ${timeline.roles.length} roles${timeline.education.length ? ` and ${timeline.education.length} education` : ''} from a timeline; kept as section "${keepSection(section, draft.sections)}"`,
      );
      continue;
    }
    if (!kind) {
      notes.push(`${label} → kept as section "${keepSection(section, draft.sections)}"`);
      const named = skillsNamedUnder(section, draft);
      if (named > 0) notes.push(`${label} → ${named} skill${plural(named)} named in its lines`);
      continue;
    }
    const { note, leftover } = HANDLERS[kind](section, draft, pending);
    if (kind === 'about') aboutTitle ??= label;
    notes.push(`${label} → ${note}`);
    if (leftover.length === 0) continue;
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
  return aboutTitle;
}

/**
 * "Organisational / managerial skills" holding "Scrum and Kanban teams since 2017": under a
 * heading that says it lists skills, the tools and practices its lines name are skills too.
 */
function skillsNamedUnder(section: RawSection, draft: Draft): number {
  if (!/\bskills$/i.test(section.title)) return 0;
  const listed = new Set(draft.skills.flatMap((c) => c.skills.map((s) => s.name.toLowerCase())));
  const names = flatten(linesOf(section.body))
    .flatMap((line) => technologiesInProse(line.text).map((m) => m.name))
    .filter((name, i, all) => all.indexOf(name) === i && !listed.has(name.toLowerCase()));
  if (names.length === 0) return 0;
  const ids = draft.skills.map((c) => c.id);
  draft.skills.push({
    id: uniqueId(section.title, ids, 'skills'),
    name: section.title,
    aliases: [],
    skills: names.map((name) => ({ name, aliases: [] })),
  });
  return names.length;
}

/** "Ask me about" topics become expertise when no section lists any. */
function settleExpertise(draft: Draft, pending: Pending, notes: string[]): void {
  if (draft.expertise.length === 0) {
    const topics = [...new Set(pending.askMeAbout.flatMap((ask) => ask.topics))];
    if (topics.length === 0) return;
    draft.expertise.push(...topics);
    // The topics say it now; the sentence would only repeat them in the summary.
    const asked = new Set(pending.askMeAbout.map((ask) => ask.sentence));
    draft.summary = draft.summary.filter((text) => !asked.has(text));
    notes.push(`Ask me about → expertise (${topics.length}): ${topics.join(', ')}`);
  } else if (pending.askMeAbout.length > 0) {
    notes.push('Ask me about → kept in summary: the README lists expertise elsewhere');
  }
}
