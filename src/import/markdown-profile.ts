import type { Heading, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { PortfolioBotError } from '../errors.ts';
import {
  type Certification,
  type Contact,
  ContactSchema,
  type Education,
  type Faq,
  type Link,
  type Profile,
  type Project,
  type Pronouns,
  type Role,
  type Section,
  type Skill,
  type SkillCategory,
} from '../knowledge/schema.ts';
import { isSpokenLanguage } from '../knowledge/spoken-languages.ts';
import {
  cleanSegment,
  looksLikeDegree,
  looksLikeJobTitle,
  looksLikePlace,
  type RoleHeader,
  readDegreeLine,
  readRoleHeader,
  splitList,
  splitQualifier,
  takeDates,
  takeYear,
} from './entry-text.ts';
import { readHtmlHeader } from './html-header.ts';
import { DEFAULT_PRONOUNS, type ImportOptions, type ImportResult } from './import-result.ts';
import { industriesFromSentences } from './industries.ts';
import {
  flatten,
  hostOf,
  type Line,
  linesOf,
  makeLine,
  plain,
  slug,
  tidy,
  tidyName,
} from './markdown-lines.ts';
import { repairMojibake } from './mojibake.ts';
import { emptyDraft, type ProfileDraft } from './profile-draft.ts';
import { askMeAboutTopics, readTemplateLine, type TemplateLine } from './profile-template.ts';
import { readPronouns } from './pronouns.ts';
import {
  closingPronouns,
  currentRoleFromProse,
  type Introduction,
  introductionFromProse,
  languagesFromProse,
  locationFromProse,
  shortNameFromProse,
  yearsFromProse,
} from './prose-facts.ts';
import { type SectionKind, sectionKind } from './section-kinds.ts';
import {
  listedToolNames,
  type TechnologyMention,
  technologiesInProse,
} from './technology-mentions.ts';

export type { ImportOptions, ImportResult } from './import-result.ts';
export { DEFAULT_PRONOUNS } from './import-result.ts';

interface RawSection {
  title: string;
  heading: Heading;
  body: RootContent[];
}

/** Subsections: the text before the first sub-heading, then one group per sub-heading. */
interface Entry {
  heading?: Line;
  body: RootContent[];
}

type Draft = ProfileDraft;

/** What the README says that is settled only once every section is read. */
interface Pending {
  pronouns?: Pronouns;
  /** "Ask me about" lines: topics that become expertise when no section lists any. */
  askMeAbout: { sentence: string; topics: string[] }[];
}

// Sections whose sub-headings are their own entries (a project, a role, a skill group).
const ENTRY_KINDS = new Set<SectionKind>([
  'skills',
  'projects',
  'experience',
  'work',
  'education',
  'certifications',
  'faq',
]);

const TECH_LABEL = /^(?:tech|tech stack|stack|technologies|technology|tools|built with|using)$/i;
const LOCATION_EMOJI = /^[\s]*(?:📍|🌍|🌎|🌏|🏠|🗺️?|🏡|🌐(?=\s*[A-Z][a-z]+,))/u;
const LOCATION_WORDS = /^(?:based in|located in|living in|location\s*:)\s+/i;

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

function splitSections(
  nodes: RootContent[],
  isBoundary: (n: RootContent) => boolean,
): RawSection[] {
  const sections: RawSection[] = [];
  for (const node of nodes) {
    if (isBoundary(node) && node.type === 'heading') {
      sections.push({ title: tidyName(plain(node.children)), heading: node, body: [] });
    } else sections.at(-1)?.body.push(node);
  }
  // A known section written as a sub-heading of a section that has no entries of its own
  // ("### Education" under "## More about me") becomes a section in its own right.
  return sections.flatMap((section) => {
    const kind = sectionKind(section.title);
    if (kind && ENTRY_KINDS.has(kind)) return [section];
    const out: RawSection[] = [{ ...section, body: [] }];
    for (const node of section.body) {
      const title = node.type === 'heading' ? tidyName(plain(node.children)) : '';
      if (node.type === 'heading' && sectionKind(title))
        out.push({ title, heading: node, body: [] });
      else out.at(-1)?.body.push(node);
    }
    return out.filter((s, i) => i > 0 || s.body.length > 0 || out.length === 1);
  });
}

function entriesOf(body: RootContent[]): Entry[] {
  const depth = Math.min(...body.flatMap((n) => (n.type === 'heading' ? [n.depth] : [])), 7);
  const entries: Entry[] = [{ body: [] }];
  for (const node of body) {
    if (node.type === 'heading' && node.depth === depth) {
      entries.push({ heading: makeLine(node.children, 'heading'), body: [] });
    } else entries.at(-1)?.body.push(node);
  }
  return entries.filter((e) => e.heading || e.body.length > 0);
}

// ---------------------------------------------------------------------------------------------
// The header: name, title line, location, links, intro.

interface Header {
  title?: string;
  headline?: string;
  location?: string;
}

function nameFromHeading(text: string): string {
  const intro = /\b(?:I['’]m|I am|this is|it['’]s)\s+(.+?)[\s!.]*$/i.exec(text);
  return tidyName(intro?.[1] ?? text).replace(/[!.,]+$/, '');
}

/** The first paragraph or quote, when it says "I'm Jane Doe": the name of a README with no H1. */
function openingIntroduction(
  nodes: RootContent[],
): { node: RootContent; introduction: Introduction } | undefined {
  const node = nodes.find((n) => n.type === 'paragraph' || n.type === 'blockquote');
  if (!node) return undefined;
  const introduction = introductionFromProse(paragraphTexts([node]).join(' '));
  return introduction ? { node, introduction } : undefined;
}

function readPreamble(
  nodes: RootContent[],
  draft: Draft,
  pending: Pending,
  opening?: RootContent,
): Header {
  const header: Header = {};
  let wrapped: Line | undefined;
  const lines = nodes
    .filter((n) => n.type !== 'heading')
    .flatMap((node) => linesOf([node]).map((line) => ({ line, opening: node === opening })));
  for (const { line, opening: introduces } of lines) {
    const previous = wrapped;
    wrapped = undefined;
    if (introduces) {
      // The greeting that gave the name is the owner's opening sentence, not a title line.
      const last = draft.summary.length - 1;
      if (previous && continuesSentence(previous, line) && last >= 0)
        draft.summary[last] = `${draft.summary[last]} ${line.text}`;
      else if (line.text) draft.summary.push(line.text);
      wrapped = line;
      addContact(line, draft.contact, true);
      continue;
    }
    if (line.linkOnly) {
      addContact(line, draft.contact);
      continue;
    }
    const template = readTemplateLine(line);
    if (template) {
      if (applyTemplateLine(template, line, draft, pending) === 'summary') {
        draft.summary.push(template.sentence);
        addContact(line, draft.contact, true);
      }
      continue;
    }
    if (line.from === 'item' && /\b(?:currently )?learning\b/i.test(line.text)) {
      draft.exploring.push(
        tidy(line.text.replace(/^.*?\blearning\b\s*(?:about\s*)?:?\s*/i, '')) || line.text,
      );
      continue;
    }
    if (line.from === 'item' && /\b(?:reach|contact) me\b/i.test(line.text)) {
      if (addContact(line, draft.contact) > 0) continue;
    }
    const parts = line.raw.split(/\s+[|·•—–]\s+/);
    const marked = parts.findIndex(
      (part, _, all) =>
        LOCATION_EMOJI.test(part) ||
        LOCATION_WORDS.test(part) ||
        (all.length === 1 && looksLikePlace(tidyName(part))),
    );
    // "Engineer | Offensive Security | Rotterdam, Netherlands": an unmarked last segment
    // written as "City, Country" is the place; the line stays the headline as written.
    const unmarked = marked < 0 && isTrailingPlace(parts) ? parts.length - 1 : -1;
    const locationIndex = marked >= 0 ? marked : unmarked;
    let raw = line.raw;
    const locationPart = locationIndex >= 0 ? (parts[locationIndex] ?? '') : '';
    const location = tidyName(locationPart.replace(LOCATION_EMOJI, '').replace(LOCATION_WORDS, ''));
    if (!header.location && location) {
      const part = locationPart;
      header.location = location;
      if (unmarked < 0) raw = cleanSegment(raw.replace(part, ' '));
      parts.splice(locationIndex, 1);
    }
    const rest = parts.map(tidyName).filter(Boolean);
    if (rest.length === 0) continue;
    const linkTexts = new Set([...line.links.map((l) => l.label), ...line.emails]);
    if (linkTexts.size > 0 && rest.every((part) => linkTexts.has(part))) {
      addContact(line, draft.contact);
      continue;
    }
    const first = rest[0] ?? '';
    const titleLike =
      first.split(' ').length <= 6 &&
      !/[.!?]$/.test(first) &&
      (looksLikeJobTitle(first) || rest.length > 1);
    if (!header.title && titleLike) {
      header.title = first;
      const headline = tidyName(raw);
      if (headline && headline !== first) header.headline = headline;
      continue;
    }
    if (line.text) {
      // A sentence wrapped onto the next line of its paragraph is one summary text.
      const last = draft.summary.length - 1;
      if (previous && continuesSentence(previous, line) && last >= 0)
        draft.summary[last] = `${draft.summary[last]} ${line.text}`;
      else draft.summary.push(line.text);
      wrapped = line;
    }
    addContact(line, draft.contact, true);
  }
  return header;
}

function isTrailingPlace(parts: string[]): boolean {
  const last = tidyName(parts.at(-1) ?? '');
  return (
    parts.length > 1 &&
    last.includes(',') &&
    looksLikePlace(last) &&
    // "Go | TypeScript, Rust" lists tools, not a place.
    technologiesInProse(last).length === 0
  );
}

function continuesSentence(previous: Line, line: Line): boolean {
  return (
    previous.from === 'paragraph' &&
    line.from === 'paragraph' &&
    !/[.!?:;]$/.test(previous.text) &&
    /^\p{Ll}/u.test(line.text)
  );
}

/**
 * Files a template bullet (see `readTemplateLine`) where it belongs and says where; the
 * caller keeps it in the summary when that is `summary`.
 */
function applyTemplateLine(
  template: TemplateLine,
  line: Line,
  draft: Draft,
  pending: Pending,
): 'summary' | 'exploring' | 'contact' | 'pronouns' {
  switch (template.kind) {
    case 'learning':
      if (template.values.length === 0) return 'summary';
      draft.exploring.push(...template.values);
      return 'exploring';
    case 'reach-me':
      return addContact(line, draft.contact) > 0 ? 'contact' : 'summary';
    case 'pronouns': {
      const pronouns = readPronouns(template.values[0] ?? '');
      if (!pronouns) return 'summary';
      pending.pronouns ??= pronouns;
      return 'pronouns';
    }
    case 'ask-me-about': {
      const topics = askMeAboutTopics(template.values);
      if (topics.length > 0) pending.askMeAbout.push({ sentence: template.sentence, topics });
      return 'summary';
    }
    default:
      // What the owner works on, wants to collaborate on or needs help with, and fun facts
      // have no field of their own: they are about the owner, as the summary is.
      return 'summary';
  }
}

function titleFromSummary(text: string): string | undefined {
  const match =
    /\bI(?:['’]m| am)\s+an?\s+([^,.;]+?)(?=\s+(?:with|at|based|who|from|in|and|specia\w+|focused|building|working)\b|[,.;]|$)/i.exec(
      text,
    );
  const title = match?.[1]?.trim();
  if (!title || !looksLikeJobTitle(title) || title.split(' ').length > 6) return undefined;
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/** "Android & iOS engineer building offline-first apps" → "Android & iOS engineer". */
function titleFromHeadline(text: string | undefined): string | undefined {
  const lead = text
    ?.split(
      /\s+(?:from|based|at|in|with|who|building|working|focused|specia\w+|and|\|)\s+|[,.;:!|·•—–]/i,
    )[0]
    ?.replace(/^(?:an?|the)\s+/i, '')
    .trim();
  if (!lead || !looksLikeJobTitle(lead) || lead.split(' ').length > 5) return undefined;
  return lead.charAt(0).toUpperCase() + lead.slice(1);
}

// ---------------------------------------------------------------------------------------------
// Sections.

type Handler = (
  section: RawSection,
  draft: Draft,
  pending: Pending,
) => { note: string; leftover: string[] };

const HANDLERS: Record<SectionKind, Handler> = {
  about(section, draft, pending) {
    const prose: string[] = [];
    const sentences: string[] = [];
    const filed = new Map<string, number>();
    for (const node of section.body) {
      const lines = node.type === 'list' || node.type === 'paragraph' ? linesOf([node]) : [];
      const templates = lines.map(readTemplateLine);
      if (!templates.some(Boolean)) {
        for (const text of paragraphTexts([node])) {
          const closing = closingPronouns(text);
          if (!closing) {
            prose.push(text);
            continue;
          }
          pending.pronouns ??= closing.pronouns;
          filed.set('pronouns', (filed.get('pronouns') ?? 0) + 1);
          if (closing.rest) prose.push(closing.rest);
        }
        continue;
      }
      lines.forEach((line, index) => {
        const template = templates[index];
        if (!template) {
          prose.push(
            ...flatten([line])
              .map((l) => l.text)
              .filter(Boolean),
          );
          return;
        }
        const where = applyTemplateLine(template, line, draft, pending);
        if (where === 'summary') sentences.push(template.sentence);
        // Its sentence leaves the summary if its topics become expertise (see the end).
        if (where !== 'summary' || template.kind === 'ask-me-about') {
          const key = template.kind === 'ask-me-about' ? '"Ask me about"' : where;
          filed.set(key, (filed.get(key) ?? 0) + 1);
        }
      });
    }
    // The owner's own paragraphs open the summary (answers quote its first lines); the
    // template's one-liners follow them.
    const texts = [...prose, ...sentences];
    draft.summary.push(...texts);
    const asked = filed.get('"Ask me about"') ?? 0;
    const parts = [`summary (${texts.length - asked} paragraph${plural(texts.length - asked)})`];
    for (const [where, count] of filed) parts.push(`${where} (${count})`);
    return { note: parts.join(', '), leftover: [] };
  },
  skills(section, draft) {
    return readSkills(section, draft, false);
  },
  expertise(section, draft) {
    return readSkills(section, draft, true);
  },
  impact: listInto('impact'),
  principles: listInto('principles'),
  exploring: listInto('exploring'),
  industries(section, draft) {
    const items = flatten(linesOf(section.body))
      .flatMap((line) => (line.from === 'item' ? [line.text] : splitList(line.text)))
      .filter(Boolean);
    draft.industries.push(...items);
    return { note: `industries (${items.length})`, leftover: [] };
  },
  experience(section, draft) {
    const { units, intro } = entryUnits(section.body);
    const leftover = [...intro];
    let count = 0;
    for (const { head, lines } of units) {
      const role = readRole(head, lines);
      if (role) {
        draft.roles.push(role);
        count++;
      } else leftover.push(...[head, ...flatten(lines)].map((l) => l.text).filter(Boolean));
    }
    return { note: `${count} role${plural(count)}`, leftover };
  },
  work(section, draft, pending) {
    return HANDLERS.projects(section, draft, pending);
  },
  projects(section, draft) {
    const { units, intro } = entryUnits(section.body);
    const leftover = [...intro];
    let count = 0;
    const named = units.some(({ head }) => head.from === 'heading' || head.lead !== undefined);
    for (const { head, lines } of units) {
      // Among "[Name](url): …" entries, a bare sentence ("Occasional contributor to Argo CD")
      // names no project: it is kept word for word instead of becoming a project's name.
      if (named && isBareSentence(head)) {
        leftover.push(...[head, ...flatten(lines)].map((l) => l.text).filter(Boolean));
        continue;
      }
      const project = readProject(head, lines, draft.projects);
      if (project) {
        draft.projects.push(project);
        count++;
      } else leftover.push(...[head, ...flatten(lines)].map((l) => l.text).filter(Boolean));
    }
    return { note: `${count} project${plural(count)}`, leftover };
  },
  education(section, draft) {
    const { units, intro } = entryUnits(section.body);
    const leftover = [...intro];
    for (const { head, lines } of units) {
      const education = readEducation(head, lines);
      if (education) draft.education.push(education);
      else leftover.push(...[head, ...flatten(lines)].map((l) => l.text).filter(Boolean));
    }
    return { note: `education (${draft.education.length})`, leftover };
  },
  certifications(section, draft) {
    const { units, intro } = entryUnits(section.body);
    const leftover = [...intro];
    let count = 0;
    for (const { head, lines } of units) {
      const certification = readCertification(head, lines);
      if (certification.name) {
        draft.certifications.push(certification);
        count++;
      } else
        leftover.push(
          ...flatten(lines)
            .map((l) => l.text)
            .filter(Boolean),
        );
    }
    return { note: `${count} certification${plural(count)}`, leftover };
  },
  languages(section, draft) {
    const lines = flatten(linesOf(section.body));
    for (const line of lines) {
      const parts = line.label && line.rest ? [line.text] : splitList(line.text);
      for (const part of parts) {
        const language = readLanguage(part);
        if (language.name) draft.languages.push(language);
      }
    }
    return { note: `spoken languages (${draft.languages.length})`, leftover: [] };
  },
  contact(section, draft) {
    const leftover: string[] = [];
    for (const line of flatten(linesOf(section.body))) {
      if (addContact(line, draft.contact) === 0 && line.text) leftover.push(line.text);
    }
    return { note: `contact: ${contactChannels(draft.contact).join(', ') || 'nothing'}`, leftover };
  },
  faq(section, draft) {
    const before = draft.faq.length;
    const leftover = readFaq(section.body, draft.faq);
    const count = draft.faq.length - before;
    return { note: `${count} FAQ entr${count === 1 ? 'y' : 'ies'}`, leftover };
  },
};

function listInto(field: 'impact' | 'principles' | 'exploring'): Handler {
  return (section, draft) => {
    const items = flatten(linesOf(section.body))
      .map((line) => line.text)
      .filter(Boolean);
    draft[field].push(...items);
    return { note: `${field} (${items.length} item${plural(items.length)})`, leftover: [] };
  };
}

function keepSection(section: RawSection, sections: Section[]): string {
  const id = uniqueId(
    section.title || 'section',
    sections.map((s) => s.id),
  );
  const items = flatten(linesOf(section.body))
    .map((line) => line.text || line.links.map((l) => `${l.label}: ${l.url}`).join(', '))
    .filter(Boolean);
  sections.push({ id, title: section.title || 'Untitled section', items });
  return id;
}

/** Whole paragraphs (not split at line breaks) and list items, as text. */
function paragraphTexts(nodes: RootContent[]): string[] {
  return nodes.flatMap((node) =>
    node.type === 'paragraph'
      ? [tidy(plain(node.children))].filter(Boolean)
      : flatten(linesOf([node]))
          .map((line) => line.text)
          .filter(Boolean),
  );
}

interface Unit {
  head: Line;
  lines: Line[];
}

/**
 * The entries of a section: one per sub-heading, or else one per top-level bullet or line,
 * with what follows it (nested bullets, the paragraphs under a heading) as its lines. A line
 * ending in a colon ("Some things I have built:") introduces the entries and is not one.
 */
function entryUnits(body: RootContent[]): { units: Unit[]; intro: string[] } {
  const entries = entriesOf(body);
  const intro: string[] = [];
  const units: Unit[] = [];
  if (entries.some((e) => e.heading)) {
    for (const entry of entries) {
      if (entry.heading) units.push({ head: entry.heading, lines: linesOf(entry.body) });
      else
        intro.push(
          ...flatten(linesOf(entry.body))
            .map((l) => l.text)
            .filter(Boolean),
        );
    }
    return { units, intro };
  }
  let previous: RootContent | undefined;
  for (const node of body) {
    const owner = units.at(-1);
    const ownsList =
      node.type === 'list' &&
      previous?.type === 'paragraph' &&
      owner !== undefined &&
      owner.head.from === 'paragraph' &&
      (owner.head.lead !== undefined || [owner.head, ...owner.lines].some(hasDates));
    if (ownsList && owner) {
      owner.lines.push(...linesOf([node]));
    } else {
      for (const line of linesOf([node])) {
        const last = units.at(-1);
        // A line of dates or a place right under an entry belongs to that entry; a second
        // date range ("**Mobile Developer**, MediTrack — 2019 – 2022") starts the next one.
        const datesOfItsOwn =
          hasDates(line) &&
          [last?.head, ...(last?.lines ?? [])].some((l) => l !== undefined && hasDates(l));
        if (
          last &&
          line.from === 'paragraph' &&
          (hasDates(line) || line.emphasised) &&
          !datesOfItsOwn &&
          line.text.split(' ').length <= 12
        ) {
          last.lines.push(line);
        } else if (line.from === 'paragraph' && !line.lead && /:$/.test(line.text)) {
          intro.push(line.text);
        } else units.push({ head: line, lines: line.children });
      }
    }
    previous = node;
  }
  return { units, intro };
}

function isBareSentence(line: Line): boolean {
  return (
    line.from !== 'heading' &&
    line.lead === undefined &&
    line.label === undefined &&
    line.links.length === 0 &&
    line.text.split(' ').length >= 6
  );
}

function hasDates(line: Line): boolean {
  return takeDates(line.text) !== undefined;
}

// ---------------------------------------------------------------------------------------------
// Skills.

function readSkills(
  section: RawSection,
  draft: Draft,
  phrasesAreExpertise: boolean,
): { note: string; leftover: string[] } {
  const categories: SkillCategory[] = [];
  const defaultName = section.title || 'Skills';
  const phrases: string[] = [];

  // Lines that are sentences, not lists: what they name is read once the lists are known.
  const prose: string[] = [];
  let listed = false;

  const addTo = (label: string, items: string[]) => {
    const skills = items.flatMap(readSkillItem);
    if (skills.length > 0) listed = true;
    return addSkills(label, skills);
  };

  /** Adds the skills to the group the label names; returns the group. */
  const addSkills = (label: string, skills: Skill[]): SkillCategory | undefined => {
    const qualified = splitQualifier(tidyName(label));
    // A label made only of emoji names nothing: the items join the section's own group.
    const { name, note } = qualified.name ? qualified : splitQualifier(defaultName);
    if (skills.length === 0) return undefined;
    const id = slug(name) || `skills-${categories.length + 1}`;
    let category = categories.find((c) => c.id === id) ?? draft.skills.find((c) => c.id === id);
    if (!category) {
      category = { id, name, aliases: [], skills: [] };
      if (note) category.note = note;
      categories.push(category);
    }
    for (const skill of skills) {
      if (!category.skills.some((s) => s.name.toLowerCase() === skill.name.toLowerCase())) {
        category.skills.push(skill);
      }
    }
    return category;
  };

  const readLines = (lines: Line[], groupName: string) => {
    for (const line of lines) {
      if (line.label && line.rest) {
        addTo(line.label, splitList(line.rest));
        if (line.children.length > 0)
          addTo(
            line.label,
            line.children.map((c) => c.text),
          );
      } else if (line.from === 'item' && line.children.length > 0) {
        addTo(
          line.text,
          flatten(line.children).flatMap((c) => splitList(c.text)),
        );
      } else if (line.images.length > 0 && line.linkOnly) {
        addTo(groupName, line.images);
      } else if (line.text) {
        const items = splitList(line.text);
        const short = items.every((item) => item.split(' ').length <= 4 && !/[.!?]$/.test(item));
        if (short && !(phrasesAreExpertise && items.length === 1)) addTo(groupName, items);
        else if (phrasesAreExpertise) phrases.push(line.text);
        else prose.push(line.text);
      }
    }
  };

  for (const entry of entriesOf(section.body)) {
    if (entry.heading) readLines(linesOf(entry.body), entry.heading.text);
    else readLines(linesOf(entry.body), defaultName);
  }

  // A skills section written as sentences ("Day to day I write TypeScript and Python, …")
  // names its skills in them; beside lists, a sentence is an aside and stays expertise.
  const fromProse = new Set<SkillCategory>();
  let proseSkills = 0;
  for (const text of prose) {
    const mentions = listed ? [] : technologiesInProse(text);
    if (mentions.length === 0) {
      phrases.push(text);
      continue;
    }
    const named: TechnologyMention[] = [
      ...mentions,
      ...listedToolNames(text, mentions).map((name) => ({ name })),
    ];
    for (const mention of named) {
      const skill: Skill = { name: mention.name, aliases: [] };
      if (mention.canonical) skill.aliases.push(mention.canonical);
      const category = addSkills(mention.category ?? defaultName, [skill]);
      if (!category) continue;
      fromProse.add(category);
      // The same skill already listed by another section is not added twice.
      if (category.skills.includes(skill)) proseSkills++;
    }
  }

  const newCategories = categories.filter((c) => !draft.skills.includes(c));
  draft.skills.push(...newCategories);
  draft.expertise.push(...phrases);
  const skills = categories.reduce((n, c) => n + c.skills.length, 0);
  const parts: string[] = [];
  if (categories.length > 0 && listed) {
    parts.push(
      `${categories.length} categor${categories.length === 1 ? 'y' : 'ies'}, ${skills} skill${plural(skills)}`,
    );
  }
  if (fromProse.size > 0) {
    parts.push(
      `${proseSkills} skill${plural(proseSkills)} named in prose, in ${fromProse.size} categor${fromProse.size === 1 ? 'y' : 'ies'}: ${[...fromProse].map((c) => c.name).join(', ')}`,
    );
  }
  if (phrases.length > 0) parts.push(`expertise (${phrases.length} item${plural(phrases.length)})`);
  return { note: parts.join('; ') || 'nothing', leftover: [] };
}

/** "CI/CD (GitHub Actions)" → CI/CD and GitHub Actions; "React (basic)" → React, note basic. */
function readSkillItem(item: string): Skill[] {
  const { name, note, inner } = splitQualifier(tidyName(item));
  if (!name) return [];
  const skill: Skill = { name, aliases: [] };
  if (note) skill.note = note;
  return [skill, ...(inner ?? []).flatMap(readSkillItem)];
}

// ---------------------------------------------------------------------------------------------
// Roles, projects, education, certifications, languages.

function readRole(head: Line, lines: Line[]): Role | undefined {
  const dates = takeDates(head.text);
  const described = describedRole(dates ? dates.rest : head.text);
  const header = described?.header ?? readRoleHeader(dates ? dates.rest : head.text);
  let start = dates?.start;
  let end = dates?.end;
  const highlights: string[] = [...(described?.highlights ?? [])];
  const technologies: string[] = [];
  const summary: string[] = [];
  let inMeta = true;
  for (const line of lines) {
    const lineDates = takeDates(line.text);
    const short = line.text.split(' ').length <= 12 && !/[.!?]$/.test(line.text);
    const meta =
      inMeta &&
      line.from !== 'item' &&
      (lineDates !== undefined || (short && (line.emphasised || !header.title || !header.company)));
    if (meta) {
      if (lineDates && !start) {
        start = lineDates.start;
        end = lineDates.end;
      }
      const rest = lineDates ? lineDates.rest : line.text;
      if (header.title && header.company) {
        // What is left beside the dates, once title and company are known, is the place.
        if (!header.location && rest && rest.split(' ').length <= 5) header.location = rest;
      } else {
        const more = readRoleHeader(rest);
        if (!header.title && more.title) header.title = more.title;
        else if (!header.company && more.title) header.company = more.title;
        if (!header.company && more.company) header.company = more.company;
        if (!header.location && more.location) header.location = more.location;
      }
      continue;
    }
    inMeta = false;
    if (line.label && TECH_LABEL.test(line.label) && line.rest) {
      technologies.push(...splitList(line.rest));
    } else if (line.from === 'item') {
      highlights.push(
        ...flatten([line])
          .map((l) => l.text)
          .filter(Boolean),
      );
    } else if (line.text) summary.push(line.text);
  }
  if (!header.title || !header.company) return undefined;
  const role: Role = { company: header.company, title: header.title, highlights, technologies };
  if (start) role.start = start;
  if (end) role.end = end;
  if (header.location) role.location = header.location;
  if (summary.length > 0) role.summary = summary.join(' ');
  return role;
}

/**
 * "Parcelwise — Engineering Manager: lead the platform group; rebuilt on-call": a one-line
 * role whose header ends at the colon and whose work follows it, one highlight per clause.
 */
function describedRole(text: string): { header: RoleHeader; highlights: string[] } | undefined {
  const match = /^(.+?):\s+(\S.*)$/.exec(text);
  if (!match?.[1] || !match[2] || match[1].split(' ').length > 10) return undefined;
  const header = readRoleHeader(match[1]);
  if (!header.title || !header.company || !looksLikeJobTitle(header.title)) return undefined;
  const highlights = match[2]
    .split(/;\s+/)
    .map((clause) => tidy(clause).replace(/^\p{Ll}/u, (c) => c.toUpperCase()))
    .filter(Boolean);
  return { header, highlights };
}

function readProject(head: Line, lines: Line[], taken: Project[]): Project | undefined {
  let name = head.lead ?? '';
  let summary = head.lead ? (head.rest ?? '') : '';
  if (!name) {
    const [first, ...rest] = head.text.split(/\s+[—–]\s+|:\s+|\s+-\s+/);
    name = first ?? '';
    summary = rest.join(' — ');
  }
  name = tidyName(name);
  if (!name) return undefined;
  const technologies: string[] = [];
  const { name: bare, inner } = splitQualifier(name);
  if (
    inner &&
    inner.length > 0 &&
    inner.every(
      (t) =>
        t.split(' ').length <= 3 &&
        !/^\d{4}$/.test(t) &&
        !/^(?:wip|archived|beta|alpha|ongoing|in progress)$/i.test(t),
    )
  ) {
    name = bare;
    technologies.push(...inner);
  }
  const links: Link[] = [...head.links];
  const details: string[] = [];
  for (const line of lines) {
    for (const link of line.links) {
      // "Demo: https://…" names its link better than the URL does.
      const label = line.label && line.links.length === 1 ? line.label : link.label;
      if (!links.some((l) => l.url === link.url)) links.push({ label, url: link.url });
    }
    if (line.label && TECH_LABEL.test(line.label) && line.rest) {
      technologies.push(...splitList(line.rest));
    } else if (line.linkOnly) {
      // Its links are kept above.
    } else if (
      line.label &&
      /^(?:links?|demo|repo|source|code|website|live)$/i.test(line.label) &&
      line.links.length > 0
    ) {
      // "Demo: url" lines: the link is the content.
    } else if (!summary && line.from !== 'item') {
      summary = line.text;
    } else {
      details.push(
        ...flatten([line])
          .map((l) => l.text)
          .filter(Boolean),
      );
    }
  }
  if (!summary && details.length > 0) summary = details.shift() ?? '';
  const project: Project = {
    id: uniqueId(
      name,
      taken.map((p) => p.id),
      'project',
    ),
    name,
    aliases: [],
    summary: summary || name,
    details,
    technologies: [...new Set(technologies)],
    links,
  };
  return project;
}

function readEducation(head: Line, lines: Line[]): Education | undefined {
  const dates = takeDates(head.text);
  const year = dates ? undefined : takeYear(head.text);
  const found = readDegreeLine(dates?.rest ?? year?.rest ?? head.text);
  const education: Partial<Education> & { details: string[] } = { details: [] };
  if (dates?.start) education.start = dates.start;
  if (dates?.end) education.end = dates.end;
  if (year) education.end = year.year;
  for (const line of lines) {
    const lineDates = takeDates(line.text);
    const lineYear = lineDates ? undefined : takeYear(line.text);
    const rest = lineDates?.rest ?? lineYear?.rest ?? line.text;
    const meta =
      line.from !== 'item' &&
      line.text.split(' ').length <= 14 &&
      (lineDates || lineYear || looksLikeDegree(line.text));
    if (meta) {
      if (lineDates && !education.end) {
        if (lineDates.start) education.start = lineDates.start;
        if (lineDates.end) education.end = lineDates.end;
      } else if (lineYear && !education.end) education.end = lineYear.year;
      const more = readDegreeLine(rest);
      if (!found.degree && more.degree)
        Object.assign(found, { degree: more.degree, field: more.field ?? found.field });
      if (!found.institution && more.institution) found.institution = more.institution;
      if (!found.field && more.field) found.field = more.field;
      continue;
    }
    education.details.push(
      ...flatten([line])
        .map((l) => l.text)
        .filter(Boolean),
    );
  }
  if (!found.institution) return undefined;
  // "University of Lagos, 2009 – 2013 (First Class Honours)": with the dates taken out, the
  // bracket is a detail of the degree, not part of the institution's name.
  const aside = /^(.*?)\s*,\s*\(([^()]+)\)$/.exec(found.institution);
  if (aside?.[1] && aside[2]) {
    found.institution = aside[1];
    education.details.unshift(tidy(aside[2]));
  }
  // "MSc …, Vrije Universiteit Amsterdam (2016) - thesis on …": the tail is a detail.
  education.details.unshift(...(found.other ?? []));
  const out: Education = { institution: found.institution, details: education.details };
  if (found.degree) out.degree = found.degree;
  if (found.field) out.field = found.field;
  if (education.start && education.start !== 'present') out.start = education.start;
  if (education.end) out.end = education.end;
  return out;
}

function readCertification(head: Line, lines: Line[]): Certification {
  const url = [head, ...lines].flatMap((l) => l.links)[0]?.url;
  let name = head.lead ?? '';
  let rest = head.lead ? (head.rest ?? '') : '';
  if (!name) {
    const bracket = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(head.text);
    if (bracket?.[1] && bracket[2]) {
      name = bracket[1];
      rest = bracket[2];
    } else {
      const [first, ...others] = head.text.split(/\s+[—|·]\s+|\s+–\s+(?=.*\b\d{4}\b)/);
      name = first ?? head.text;
      rest = others.join(', ');
    }
  }
  rest = [rest, ...lines.filter((l) => !l.linkOnly).map((l) => l.text)].filter(Boolean).join(', ');
  const year = takeYear(rest);
  const issuer = cleanSegment((year?.rest ?? rest).replace(/\((.*)\)/, '$1'));
  const certification: Certification = { name: tidyName(name) || head.text || url || '' };
  if (issuer) certification.issuer = issuer;
  if (year) certification.year = year.year;
  if (url) certification.url = url;
  return certification;
}

/** "French (A2)", "Dutch — Professional working proficiency (B2)", "English: native". */
function readLanguage(text: string): { name: string; proficiency?: string } {
  const [head = text, ...levels] = text.split(/\s*[—–:|·]\s*|\s+-\s+/);
  let name = head;
  const bracket = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(head);
  if (bracket?.[1] && bracket[2]) {
    name = bracket[1];
    levels.unshift(bracket[2]);
  }
  const language: { name: string; proficiency?: string } = { name: tidyName(name) };
  const level = cleanSegment(levels.map(cleanSegment).filter(Boolean).join(', '));
  if (level) language.proficiency = level;
  return language;
}

function isSpokenLanguageList(body: RootContent[]): boolean {
  const names = flatten(linesOf(body))
    .flatMap((line) => (line.label ? [line.label] : splitList(line.text)))
    .map((text) => (text.split(/[\s(—–:-]/)[0] ?? '').toLowerCase());
  return names.length > 0 && names.filter(isSpokenLanguage).length * 2 >= names.length;
}

// ---------------------------------------------------------------------------------------------
// Contact and FAQ.

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const FEDIVERSE_HANDLE = /(?:^|[\s(:])@([\w.-]+)@([\w-]+(?:\.[\w-]+)+)/;
const WEBSITE_LABEL = /^(?:web|website|site|portfolio|homepage|home page|personal site|www)$/i;

function contactChannels(contact: Contact): string[] {
  const { other, ...channels } = contact;
  return [...Object.keys(channels), ...other.map((link) => link.label)];
}

/** Files the line's links and addresses under contact; returns how many it used. */
function addContact(line: Line, contact: Contact, linksOnly = false): number {
  let used = 0;
  const label = line.label && !/^https?$/i.test(line.label) ? line.label : undefined;
  // GFM autolinks the "user@host" of a Mastodon handle as an email address.
  const handle = FEDIVERSE_HANDLE.exec(line.text);
  const handleAddress = handle ? `${handle[1]}@${handle[2]}` : undefined;
  if (handle) {
    const url = `https://${handle[2]}/@${handle[1]}`;
    if (!contact.other.some((o) => o.url === url))
      contact.other.push({ label: label ?? 'Mastodon', url });
    used++;
  }
  const emails = line.emails.filter((email) => email !== handleAddress);
  if (!linksOnly) {
    const plainEmail = EMAIL.exec(line.text)?.[0];
    if (plainEmail && emails.length === 0 && plainEmail !== handleAddress) emails.push(plainEmail);
  }
  for (const email of emails) {
    if (!contact.email && ContactSchema.shape.email.safeParse(email).success) contact.email = email;
    used++;
  }
  for (const link of line.links) {
    if (linksOnly && line.links.length === 0) break;
    const host = hostOf(link.url);
    const linkLabel = label && line.links.length === 1 ? label : link.label;
    if (host === 'linkedin.com' || host.endsWith('.linkedin.com')) {
      if (!contact.linkedin) contact.linkedin = link.url;
    } else if (host === 'github.com' && !contact.github) {
      contact.github = link.url;
    } else if (
      !contact.website &&
      (WEBSITE_LABEL.test(linkLabel) || linkLabel.toLowerCase() === host)
    ) {
      contact.website = link.url;
    } else if (
      !contact.other.some((o) => o.url === link.url) &&
      contact.website !== link.url &&
      contact.github !== link.url &&
      contact.linkedin !== link.url
    ) {
      contact.other.push({ label: linkLabel, url: link.url });
    }
    used++;
  }
  return used;
}

function readFaq(body: RootContent[], faq: Faq[]): string[] {
  const add = (question: string, answer: string) => {
    const q = tidy(question.replace(/^q\s*[:.]\s*/i, ''));
    const a = tidy(answer.replace(/^a\s*[:.]\s*/i, ''));
    if (!q || !a) return false;
    const base = q.split(/\s+/).slice(0, 6).join(' ');
    faq.push({
      id: uniqueId(
        base,
        faq.map((f) => f.id),
        'faq',
      ),
      questions: [q],
      answer: a,
    });
    return true;
  };
  const leftover: string[] = [];
  const entries = entriesOf(body);
  if (entries.some((e) => e.heading)) {
    for (const entry of entries) {
      const answer = paragraphTexts(entry.body).join(' ');
      if (!entry.heading || !add(entry.heading.text, answer))
        leftover.push(...paragraphTexts(entry.body));
    }
    return leftover;
  }
  let question: string | undefined;
  let answer: string[] = [];
  const flush = () => {
    if (question && !add(question, answer.join(' '))) leftover.push(question, ...answer);
    question = undefined;
    answer = [];
  };
  for (const line of linesOf(body)) {
    if (line.lead?.endsWith('?') || line.label?.endsWith('?')) {
      flush();
      question = line.lead ?? line.label;
      answer = [line.rest ?? '', ...flatten(line.children).map((l) => l.text)].filter(Boolean);
    } else if (/\?$/.test(line.text) || /^q\s*[:.]/i.test(line.text)) {
      flush();
      question = line.text;
      answer = flatten(line.children).map((l) => l.text);
    } else if (question) answer.push(...flatten([line]).map((l) => l.text));
    else leftover.push(line.text);
  }
  flush();
  return leftover.filter(Boolean);
}

// ---------------------------------------------------------------------------------------------

function uniqueId(text: string, taken: string[], fallback = 'item'): string {
  const base = slug(text) || fallback;
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}

function plural(n: number): string {
  return n === 1 ? '' : 's';
}
