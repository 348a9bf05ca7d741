import type { Table } from 'mdast';
import type { Education, Profile } from '../knowledge/schema.ts';
import { isCertificationTable, readCertificationTable } from './certification-table.ts';
import { addContact, contactChannels } from './contact-links.ts';
import {
  isSpokenEntry,
  readCertification,
  readEducation,
  readLanguage,
  readProject,
  readRole,
} from './entry-readers.ts';
import {
  looksLikeDegree,
  looksLikePlace,
  readDegreeLine,
  splitList,
  takeDates,
  takeYear,
} from './entry-text.ts';
import { readFaq } from './faq-reader.ts';
import { plural } from './import-result.ts';
import { readLabelledRoles } from './labelled-roles.ts';
import { isSpokenLanguageName } from './language-names.ts';
import { applyTemplateLine, pinnedPlace } from './markdown-header.ts';
import { flatten, type Line, linesOf } from './markdown-lines.ts';
import {
  type Draft,
  entryUnits,
  isBareSentence,
  type Pending,
  paragraphTexts,
  type RawSection,
  type Unit,
} from './markdown-sections.ts';
import { readPersonalDetails } from './personal-details.ts';
import { readTemplateLine } from './profile-template.ts';
import { isProjectTable, readProjectTable } from './project-table.ts';
import { closingPronouns } from './prose-facts.ts';
import {
  isAwardLine,
  readAvailability,
  readAward,
  readAwards,
  readPublications,
} from './publication-readers.ts';
import { earlierTitles } from './role-promotions.ts';
import { isRoleTable, readRoleTable } from './role-table.ts';
import type { SectionKind } from './section-kinds.ts';
import { readSkills } from './skills-reader.ts';
import { readStackedRoles } from './stacked-roles.ts';
import { readVolunteering } from './volunteer-reader.ts';

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
    for (const node of section.body) {
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
    const lines = flatten(linesOf(section.body));
    // A single bullet listing them ("Hiking, beekeeping, amateur radio") is a list too.
    const items = lines.flatMap((line) =>
      line.from === 'item' && lines.length > 1 ? [line.text] : splitList(line.text),
    );
    draft.interests.push(...items.filter(Boolean).map((name) => ({ name, keywords: [] })));
    return { note: `interests (${items.length})`, leftover: [] };
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
  experience(section, draft) {
    const stacked = readStackedRoles(section.body) ?? readLabelledRoles(section.body);
    if (stacked) {
      draft.roles.push(...stacked);
      return { note: `${stacked.length} role${plural(stacked.length)}`, leftover: [] };
    }
    // "| Company | Role | Years |": the career as a table, read by its header row.
    const tables = section.body.filter(
      (node): node is Table => node.type === 'table' && isRoleTable(node),
    );
    const leftover: string[] = [];
    let count = 0;
    for (const table of tables) {
      const read = readRoleTable(table);
      draft.roles.push(...read.roles);
      leftover.push(...read.leftover);
      count += read.roles.length;
    }
    const { units, intro } = entryUnits(
      section.body.filter((node) => !tables.includes(node as Table)),
    );
    leftover.push(...intro);
    for (const { head, lines } of units) {
      const role = readRole(head, lines);
      if (role) {
        const earlier = earlierTitles(role, head, lines);
        draft.roles.push(role, ...earlier);
        count += 1 + earlier.length;
      } else leftover.push(...[head, ...flatten(lines)].map((l) => l.text).filter(Boolean));
    }
    return { note: `${count} role${plural(count)}`, leftover };
  },
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
    const { units: read, intro } = entryUnits(section.body);
    const units = schoolsApart(read);
    const leftover = [...intro];
    // "Education & certs": there a line naming no degree or school is a certificate.
    const withCertificates = /\bcert/i.test(section.title);
    let schoolAbove = false;
    units.forEach(({ head, lines }, i) => {
      const entry = [head, ...lines].map((l) => l.text).join(' ');
      const wasSchool = schoolAbove;
      schoolAbove = false;
      if (isCertificateLine(head.text) || (withCertificates && !looksLikeDegree(entry))) {
        draft.certifications.push(readCertification(head, lines));
        return;
      }
      const next = units[i + 1];
      const education = readEducation(head, lines) ?? boldSchool(head, lines, next?.head.text);
      if (education) {
        draft.education.push(education);
        schoolAbove = true;
      } else if (!wasSchool || !degreeOfPrevious(draft, entry, lines.length, next?.head.text))
        leftover.push(...[head, ...flatten(lines)].map((l) => l.text).filter(Boolean));
    });
    return { note: `education (${draft.education.length})`, leftover };
  },
  certifications(section, draft) {
    const tables = section.body.filter(
      (node): node is Table => node.type === 'table' && isCertificationTable(node),
    );
    const { units, intro } = entryUnits(
      section.body.filter((node) => !tables.includes(node as Table)),
    );
    const leftover = [...intro];
    let count = 0;
    for (const table of tables) {
      const { certifications, kept } = readCertificationTable(table);
      draft.certifications.push(...certifications);
      leftover.push(...kept);
      count += certifications.length;
    }
    for (const { head, lines } of joinSplitNames(units)) {
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
    // Lines that name no spoken language (a column a converter interleaved) stay as text.
    const leftover: string[] = [];
    for (const line of lines) {
      const europass = europassLanguages(line);
      if (europass) {
        draft.languages.push(...europass);
        continue;
      }
      const parts = line.label && line.rest ? [line.text] : splitList(line.text);
      if (!parts.some(isSpokenEntry)) {
        if (line.text) leftover.push(line.text);
        continue;
      }
      for (const part of parts) {
        const language = readLanguage(part);
        if (language.name) draft.languages.push(language);
      }
    }
    return { note: `spoken languages (${draft.languages.length})`, leftover };
  },
  contact(section, draft, pending) {
    const leftover: string[] = [];
    for (const line of flatten(linesOf(section.body))) {
      if (addContact(line, draft.contact) > 0 || !line.text) continue;
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

export /**
 * "- AWS Certified Solutions Architect" then "- – Professional (2023)": a bullet that starts in
 * lower case or with a dash carries on the name above it.
 */
function joinSplitNames(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (const unit of units) {
    const previous = out.at(-1);
    const carried = /^(?:\p{Ll}|[–—-]\s)/u.test(unit.head.raw) && unit.head.from !== 'heading';
    if (!previous || !carried) {
      out.push(unit);
      continue;
    }
    const text = `${previous.head.text} ${unit.head.raw}`;
    out[out.length - 1] = {
      head: {
        ...previous.head,
        text,
        raw: text,
        lead: undefined,
        rest: undefined,
        label: undefined,
      },
      lines: [...previous.lines, ...unit.lines],
    };
  }
  return out;
}

/** "AWS Certified Developer — 2023" beside the degrees of an "Education & certs" section. */
const MOTHER_TONGUE = /^(?:mother tongues?(?:\s*\(s\))?|native languages?|first languages?)$/i;
const CEFR_LEVELS = /^(?:[ABC][12]\s*,?\s*)+$/;

/**
 * Europass: "Mother tongue(s): Romanian", and a grid row "English: C1, C1, C1, C1, B2" (one
 * level a skill): the languages, native or at their best level.
 */
function europassLanguages(line: Line): Profile['languages'] | undefined {
  const label = line.label?.trim() ?? '';
  const rest = line.rest?.trim() ?? '';
  if (!label || !rest) return undefined;
  if (MOTHER_TONGUE.test(label))
    return splitList(rest)
      .filter(isSpokenLanguageName)
      .map((name) => ({ name, proficiency: 'native' }));
  if (!isSpokenLanguageName(label) || !CEFR_LEVELS.test(rest)) return undefined;
  const best = [...rest.matchAll(/[ABC][12]/g)]
    .map((m) => m[0])
    .sort()
    .at(-1);
  return [{ name: label, ...(best ? { proficiency: best } : {}) }];
}

function isCertificateLine(text: string): boolean {
  // "Associate Android Developer — Google Developers Certification": a certificate's level,
  // not an associate degree.
  return (
    /\bcertifi(?:ed|cate|cation)\b|\blicen[cs]ed?\b/i.test(text) &&
    !looksLikeDegree(text.replace(/\bAssociate\b/g, ''))
  );
}

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
 * "**The Ohio State University**, Columbus · 2012" then, on a paragraph of its own, "B.S. in
 * Computer Science": a degree line naming no school is the degree of the school above it.
 */
function degreeOfPrevious(draft: Draft, text: string, more: number, next?: string): boolean {
  const previous = draft.education.at(-1);
  if (!previous || previous.degree || more > 0 || !looksLikeDegree(text)) return false;
  // Two degree lines under one school ("MSc … 2014 – 2016", "BSc … 2011 – 2014") are kept
  // word for word, dates and all: neither is the school's one degree.
  if (next !== undefined && looksLikeDegree(next) && !readDegreeLine(next).institution)
    return false;
  const dated = takeDates(text);
  const year = dated ? undefined : takeYear(text);
  if ((dated || year) && (previous.start || previous.end)) return false;
  const line = readDegreeLine(dated?.rest ?? year?.rest ?? text);
  if (!line.degree || line.institution) return false;
  previous.degree = line.degree;
  if (line.field && !previous.field) previous.field = line.field;
  if (dated?.start) previous.start = dated.start;
  if (dated?.end) previous.end = dated.end;
  if (year) previous.end = year.year;
  return true;
}

type EntryUnit = ReturnType<typeof entryUnits>['units'][number];

/**
 * "**IMPA**", "M.Sc. …, 2016", "**PUC-Rio**", "B.Sc. …, 2013": a bold line that names no degree,
 * read as a line of the degree above it, is the next school; it opens an entry of its own.
 */
function schoolsApart(units: readonly EntryUnit[]): EntryUnit[] {
  return units.flatMap((unit) => {
    const at = unit.lines.findIndex(
      (l, j) => j === unit.lines.length - 1 && l.emphasised && !looksLikeDegree(l.text),
    );
    const school = unit.lines[at];
    if (at < 0 || !school || !looksLikeDegree(unit.head.text)) return [unit];
    return [
      { head: unit.head, lines: unit.lines.slice(0, at) },
      { head: school, lines: [] },
    ];
  });
}

/**
 * "**PUC-Rio**" above "B.Sc. in Computer Engineering, 2013": a short bold line in an education
 * section, right above a degree line, names the school even when no word says "university".
 */
function boldSchool(head: Line, lines: readonly Line[], next?: string): Education | undefined {
  if (!head.emphasised || lines.length > 0 || head.text.split(/\s+/).length > 6) return undefined;
  if (looksLikeDegree(head.text) || next === undefined || !looksLikeDegree(next)) return undefined;
  return { institution: head.text, details: [] };
}
