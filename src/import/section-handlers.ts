import type { Table } from 'mdast';
import type { Project } from '../knowledge/schema.ts';
import { availabilityFromProse } from './availability.ts';
import { readCertificationsSection } from './certifications-section.ts';
import { addContact, contactChannels, offersContact } from './contact-links.ts';
import { readEducationSection } from './education-section.ts';
import { tookEngagement } from './engagement.ts';
import { isSpokenLanguageLine, readProject } from './entry-readers.ts';
import { looksLikePlace, splitList } from './entry-text.ts';
import { readExperienceSection } from './experience-section.ts';
import { readFaq } from './faq-reader.ts';
import { plural } from './import-result.ts';
import { readLanguagesSection } from './languages-section.ts';
import { applyTemplateLine, pinnedPlace } from './markdown-header.ts';
import { flatten, linesOf } from './markdown-lines.ts';
import {
  type Draft,
  entryUnits,
  isBareSentence,
  type Pending,
  paragraphTexts,
  type RawSection,
} from './markdown-sections.ts';
import { isPersonalTable, readPersonalDetails } from './personal-details.ts';
import { readTemplateLine } from './profile-template.ts';
import { isProjectTable, readProjectTable } from './project-table.ts';
import { closingPronouns } from './prose-facts.ts';
import { interestsFromProse } from './prose-interests.ts';
import {
  isAwardLine,
  readAvailability,
  readAward,
  readAwards,
  readPublications,
} from './publication-readers.ts';
import type { SectionKind } from './section-kinds.ts';
import { readSkills } from './skills-reader.ts';
import { readVolunteering } from './volunteer-reader.ts';

/**
 * A table's row "Lanternfall" then a heading "Lanternfall (Brumeux Studio, 2021)" with its
 * story: one game told twice. The second telling's summary, details and links join the first.
 */
function mergedInto(projects: Project[], project: Project): boolean {
  const bare = (name: string) =>
    name
      .replace(/\s*\([^()]*\)\s*$/, '')
      .trim()
      .toLowerCase();
  const same = projects.find((p) => bare(p.name) === bare(project.name));
  if (!same) return false;
  const told = [project.summary, ...project.details].filter((t) => t && t !== project.name);
  // A row gives no sentence about the game: the story's first line is its summary.
  if (same.summary === same.name && told[0]) same.summary = told.shift() ?? same.summary;
  same.details = [...told, ...same.details];
  same.links = [
    ...same.links,
    ...project.links.filter((l) => !same.links.some((m) => m.url === l.url)),
  ];
  same.technologies = [...new Set([...same.technologies, ...project.technologies])];
  return true;
}

export type Handler = (
  section: RawSection,
  draft: Draft,
  pending: Pending,
) => { note: string; leftover: string[] };

export const HANDLERS: Record<SectionKind, Handler> = {
  about(section, draft, pending) {
    const prose: string[] = [];
    const sentences: string[] = [];
    const filed = new Map<string, number>();
    // "| Standort | … |", "| Sprachen | … |": the owner's details in a table of their own.
    for (const table of section.body.filter(isPersonalTable)) {
      const read = readPersonalDetails({ ...section, body: [table] }, draft, pending);
      prose.push(...read.leftover);
    }
    for (const node of section.body) {
      if (isPersonalTable(node)) continue;
      // "Reach me at marta@… or https://www.linkedin.com/in/…" in the prose: contact links.
      for (const line of flatten(linesOf([node]))) {
        addContact(line, draft.contact, true);
        pending.location ??= pinnedPlace(line);
      }
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
  impact(section, draft, pending) {
    const result = listInto('impact')(section, draft, pending);
    // "Google Developer Expert for Android since 2023" among achievements is an award.
    const awards = flatten(linesOf(section.body))
      .map((line) => line.text)
      .filter((text) => text && isAwardLine(text))
      .map(readAward);
    draft.awards.push(...awards);
    return awards.length > 0
      ? { ...result, note: `${result.note}, awards (${awards.length})` }
      : result;
  },
  publications: readPublications,
  awards: readAwards,
  volunteer: readVolunteering,
  availability: readAvailability,
  personal: readPersonalDetails,
  interests(section, draft) {
    // "Klettern (Traunstein, Dachstein), Chorsingen": one interest per item, as written.
    const all = flatten(linesOf(section.body));
    // "Outside work" also tells of languages and volunteering in sentences: kept as text.
    const told = all.filter((line) => toldInSentence(line.text));
    const lines = all.filter((line) => !told.includes(line));
    // A single bullet listing them ("Hiking, beekeeping, amateur radio") is a list too.
    const items = [
      ...lines.flatMap((line) =>
        line.from === 'item' && lines.length > 1
          ? [line.text]
          : // "Climbing (slowly), baking sourdough, and sailing when it's windy.": a sentence.
            line.from === 'paragraph' &&
              /[.!]$/.test(line.text) &&
              openingList(line.text).length > 0
            ? openingList(line.text)
            : splitList(line.text),
      ),
      // "When I'm not at a keyboard I'm usually bouldering": pastimes a sentence names.
      ...told.flatMap((line) => interestsFromProse(line.text)),
      // "Bouldering (badly), fermenting hot sauce, and cycling the Dales when it's dry.": under
      // an interests heading, a sentence that opens with a list is that list.
      ...told.flatMap((line) => openingList(line.text)),
    ];
    draft.interests.push(...items.filter(Boolean).map((name) => ({ name, keywords: [] })));
    return { note: `interests (${items.length})`, leftover: told.map((line) => line.text) };
  },
  principles: listInto('principles'),
  exploring: listInto('exploring'),
  industries(section, draft) {
    const items = flatten(linesOf(section.body))
      .flatMap((line) => (line.from === 'item' ? [line.text] : splitList(line.text)))
      .filter(Boolean);
    draft.industries.push(...items);
    return { note: `industries (${items.length})`, leftover: [] };
  },
  experience: readExperienceSection,
  work(section, draft, pending) {
    return HANDLERS.projects(section, draft, pending);
  },
  projects(section, draft) {
    const tables = section.body.filter(
      (node): node is Table => node.type === 'table' && isProjectTable(node),
    );
    const before = draft.projects.length;
    for (const table of tables) draft.projects.push(...readProjectTable(table, draft.projects));
    let count = draft.projects.length - before;
    const rest = section.body.filter((node) => !tables.includes(node as Table));
    const { units, intro } = entryUnits(rest);
    const leftover = [...intro];
    const named = units.some(({ head }) => head.from === 'heading' || head.lead !== undefined);
    for (const { head, lines } of units) {
      // Among "[Name](url): …" entries, a bare sentence ("Occasional contributor to Argo CD")
      // names no project: it is kept word for word instead of becoming a project's name.
      // "Reach me at lea@… or on GitHub.": an offer to be contacted is never a project.
      if ((named && isBareSentence(head)) || offersContact(head.text)) {
        leftover.push(...[head, ...flatten(lines)].map((l) => l.text).filter(Boolean));
        continue;
      }
      // "Kunde: … / Rolle: … / Aufgaben: …": a project for a client is a job held there too.
      if (tookEngagement(head, lines, draft)) {
        count++;
        continue;
      }
      const project = readProject(head, lines, draft.projects);
      if (project && mergedInto(draft.projects, project)) continue;
      if (project) {
        draft.projects.push(project);
        count++;
      } else leftover.push(...[head, ...flatten(lines)].map((l) => l.text).filter(Boolean));
    }
    return { note: `${count} project${plural(count)}`, leftover };
  },
  education: readEducationSection,
  certifications: readCertificationsSection,
  languages: readLanguagesSection,
  contact(section, draft, pending) {
    const leftover: string[] = [];
    for (const line of flatten(linesOf(section.body))) {
      // "Say hello: I'm not actively looking at the moment, but … The easiest way to reach me
      // is …": when the owner takes work, said beside how to reach them.
      const said =
        line.text && !pending.availability ? availabilityFromProse(line.text) : undefined;
      if (said) pending.availability = said;
      if (addContact(line, draft.contact) > 0 || !line.text || said) continue;
      // "Durban, South Africa" alone among the channels: where the owner lives.
      if (pending.location === undefined && looksLikePlace(line.text)) pending.location = line.text;
      leftover.push(line.text);
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

/**
 * "I teach kids to solder at the makerspace (volunteer)", "Finnish is my first language, …":
 * a sentence about the owner, not a pastime's name.
 */
function toldInSentence(text: string): boolean {
  return (
    /(?:^|\s)(?:I|I'm|I've|my|My)\s/.test(text) ||
    /\b(?:volunteer\w*|mentor\w*)\b/i.test(text) ||
    isSpokenLanguageLine(text)
  );
}

/** The list a sentence opens with, "and" and asides out: "Bouldering, fermenting hot sauce". */
function openingList(text: string): string[] {
  const first = /^\p{Lu}[^.!?]*/u.exec(text)?.[0] ?? '';
  if (/^(?:I|I['’]m|My|When|Outside|In)\b/.test(first)) return [];
  const items = first
    .replace(/\s*\([^)]*\)/g, '')
    .split(/,\s*(?:and\s+)?|\s+and\s+/)
    .map((item) => item.replace(/\s+(?:when|which|while|because|if|whenever)\b.*$/i, '').trim())
    // ", which in Yorkshire is rarely": a clause on the item before, no item.
    .filter((item) => item !== '' && !/^(?:which|who|that|where)\b/i.test(item));
  // "Finnish is my first language, and …": a statement, not a list of pastimes.
  const named = (item: string) =>
    item.split(/\s+/).length <= 5 && !/\b(?:is|are|was|were|my|I)\b/.test(item);
  return items.length >= 2 && items.every(named) ? items : [];
}
