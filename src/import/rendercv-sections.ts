import type { Publication, Skill, SkillCategory } from '../knowledge/schema.ts';
import { readLanguage } from './entry-readers.ts';
import { readRoleHeader, splitList } from './entry-text.ts';
import type { ProfileDraft } from './profile-draft.ts';
import {
  awardOf,
  certificationOf,
  educationOf,
  entryLine,
  projectOf,
  publicationOf,
  roleOf,
  volunteerOf,
} from './rendercv-entries.ts';
import type { RenderCvEntry } from './rendercv-shape.ts';
import { labelOf, plainText, textList } from './rendercv-text.ts';
import { type SectionKind, sectionKind } from './section-kinds.ts';
import { readSkillItem } from './skill-item.ts';
import { uniqueId } from './unique-id.ts';

/**
 * Places the entries of one RenderCV section. The title says what the section holds
 * ("technologies" → skills, "talks" → publications); each entry's type says how it reads.
 * An entry that has no place in the profile is returned as text, to be kept searchable.
 */
export interface PlacedSection {
  /** `experience → roles (3)`, for the import report. */
  note: string;
  leftover: string[];
}

type Kind = SectionKind | 'volunteer';
type Target = keyof ProfileDraft | 'availability';

/** What a section's entries were placed as, counted per target field. */
class Placements {
  readonly counts = new Map<Target, number>();
  add(target: Target): true {
    this.counts.set(target, (this.counts.get(target) ?? 0) + 1);
    return true;
  }
  describe(): string {
    return [...this.counts].map(([target, n]) => `${target} (${n})`).join(', ');
  }
}

export interface SectionContext {
  draft: ProfileDraft;
  /** Availability sentences found in the sections. */
  availability: string[];
}

export function placeSection(
  key: string,
  entries: readonly RenderCvEntry[],
  context: SectionContext,
): PlacedSection {
  const title = labelOf(key);
  const kind: Kind | undefined = /\bvolunteer/i.test(title) ? 'volunteer' : sectionKind(title);
  const placed = new Placements();
  const leftover: string[] = [];
  for (const entry of entries) {
    if (!placeEntry(entry, kind, title, context, placed)) {
      const line = entryLine(entry);
      if (line) leftover.push(line);
    }
  }
  const kept = leftover.length > 0 ? `kept as text (${leftover.length})` : '';
  return { note: [placed.describe(), kept].filter(Boolean).join('; ') || 'nothing', leftover };
}

function placeEntry(
  item: RenderCvEntry,
  kind: Kind | undefined,
  title: string,
  context: SectionContext,
  placed: Placements,
): boolean {
  const { draft } = context;
  switch (item.type) {
    case 'experience':
      if (kind === 'volunteer')
        return draft.volunteer.push(volunteerOf(item)) > 0 && placed.add('volunteer');
      return draft.roles.push(roleOf(item)) > 0 && placed.add('roles');
    case 'education':
      return draft.education.push(educationOf(item)) > 0 && placed.add('education');
    case 'publication':
      return (
        draft.publications.push(publicationOf(item, publicationKind(title))) > 0 &&
        placed.add('publications')
      );
    case 'normal':
      return placeNamed(item, kind, title, context, placed);
    case 'one-line':
      return placeLabelled(item, kind, context, placed);
    case 'text':
    case 'bullet':
      return placeLine(item.text, kind, title, context, placed);
    default:
      return false;
  }
}

function placeNamed(
  item: Extract<RenderCvEntry, { type: 'normal' }>,
  kind: Kind | undefined,
  title: string,
  { draft }: SectionContext,
  placed: Placements,
): boolean {
  const name = plainText(item.entry.name);
  const highlights = textList(item.entry.highlights);
  switch (kind) {
    case 'projects':
      return draft.projects.push(projectOf(item, draft.projects)) > 0 && placed.add('projects');
    case 'publications':
      return (
        draft.publications.push(publicationOf(item, publicationKind(title))) > 0 &&
        placed.add('publications')
      );
    case 'certifications': {
      const certification = certificationOf(item);
      return (
        !!certification &&
        draft.certifications.push(certification) > 0 &&
        placed.add('certifications')
      );
    }
    case 'awards':
      return draft.awards.push(awardOf(item)) > 0 && placed.add('awards');
    case 'volunteer':
      return draft.volunteer.push(volunteerOf(item)) > 0 && placed.add('volunteer');
    case 'languages': {
      const proficiency = plainText(item.entry.summary) || highlights.join(', ');
      draft.languages.push({ name, ...(proficiency ? { proficiency } : {}) });
      return placed.add('languages');
    }
    case 'interests':
      draft.interests.push({ name, keywords: highlights });
      return placed.add('interests');
    case 'skills':
      return (
        addSkills(draft, name, [plainText(item.entry.summary), ...highlights]) &&
        placed.add('skills')
      );
    case 'experience':
    case 'work': {
      // "Freelance data engineer, Self-employed": a job written as a named entry.
      const header = readRoleHeader(name);
      if (!header.title || !header.company) return false;
      const role = roleOf({
        type: 'experience',
        entry: { ...item.entry, company: header.company, position: header.title },
        extra: item.extra,
      });
      return draft.roles.push(role) > 0 && placed.add('roles');
    }
    default:
      return false;
  }
}

function placeLabelled(
  item: Extract<RenderCvEntry, { type: 'one-line' }>,
  kind: Kind | undefined,
  context: SectionContext,
  placed: Placements,
): boolean {
  const { draft } = context;
  const label = plainText(item.entry.label);
  const details = plainText(item.entry.details);
  switch (kind) {
    case 'skills':
      return addSkills(draft, label, [details]) && placed.add('skills');
    case 'languages':
      draft.languages.push({ name: label, ...(details ? { proficiency: details } : {}) });
      return placed.add('languages');
    case 'certifications': {
      const certification = certificationOf(item);
      return (
        !!certification &&
        draft.certifications.push(certification) > 0 &&
        placed.add('certifications')
      );
    }
    case 'awards':
      draft.awards.push({ title: label, ...(details ? { summary: details } : {}) });
      return placed.add('awards');
    case 'interests':
      draft.interests.push({ name: label, keywords: splitList(details) });
      return placed.add('interests');
    default:
      if (/^availab/i.test(label)) {
        context.availability.push(details);
        return placed.add('availability');
      }
      return false;
  }
}

const LINE_LISTS: Partial<
  Record<Kind, 'summary' | 'impact' | 'principles' | 'exploring' | 'expertise' | 'industries'>
> = {
  about: 'summary',
  impact: 'impact',
  principles: 'principles',
  exploring: 'exploring',
  expertise: 'expertise',
  industries: 'industries',
};

function placeLine(
  text: string,
  kind: Kind | undefined,
  title: string,
  context: SectionContext,
  placed: Placements,
): boolean {
  const { draft } = context;
  const line = plainText(text);
  if (!line) return false;
  const list = kind ? LINE_LISTS[kind] : undefined;
  if (list) return draft[list].push(line) > 0 && placed.add(list);
  switch (kind) {
    case 'availability':
      context.availability.push(line);
      return placed.add('availability');
    case 'skills': {
      // "Languages: Go, Rust" or a plain list of names.
      const labelled = /^([^:]{1,40}):\s+(.+)$/.exec(line);
      const added =
        labelled?.[1] && labelled[2]
          ? addSkills(draft, labelled[1], [labelled[2]])
          : addSkills(draft, title, [line]);
      return added && placed.add('skills');
    }
    case 'languages':
      return draft.languages.push(readLanguage(line)) > 0 && placed.add('languages');
    case 'certifications': {
      const certification = certificationOf({ type: 'text', text: line });
      return (
        !!certification &&
        draft.certifications.push(certification) > 0 &&
        placed.add('certifications')
      );
    }
    case 'awards':
      return draft.awards.push({ title: line }) > 0 && placed.add('awards');
    case 'publications':
      return (
        draft.publications.push({ kind: publicationKind(title), title: line }) > 0 &&
        placed.add('publications')
      );
    case 'interests':
      return draft.interests.push({ name: line, keywords: [] }) > 0 && placed.add('interests');
    default:
      return false;
  }
}

/** Adds the skills the texts list to the category the label names; false when none. */
function addSkills(draft: ProfileDraft, label: string, texts: readonly string[]): boolean {
  const skills = texts.flatMap((text) => splitList(text)).flatMap(readSkillItem);
  if (skills.length === 0) return false;
  const name = label || 'Skills';
  let category: SkillCategory | undefined = draft.skills.find(
    (c) => c.name.toLowerCase() === name.toLowerCase(),
  );
  if (!category) {
    category = {
      id: uniqueId(
        name,
        draft.skills.map((c) => c.id),
        'skills',
      ),
      name,
      aliases: [],
      skills: [],
    };
    draft.skills.push(category);
  }
  for (const skill of skills) addSkill(category, skill);
  return true;
}

function addSkill(category: SkillCategory, skill: Skill): void {
  if (!category.skills.some((s) => s.name.toLowerCase() === skill.name.toLowerCase()))
    category.skills.push(skill);
}

/** "Talks" hold talks, "Articles" and "Blog posts" articles; papers are publications. */
function publicationKind(title: string): Publication['kind'] {
  if (/\b(?:talks?|presentations?|keynotes?|speaking|conferences?|lectures?)\b/i.test(title))
    return 'talk';
  if (/\b(?:articles?|blog|posts?|writing)\b/i.test(title)) return 'article';
  if (/\bpodcasts?\b/i.test(title)) return 'podcast';
  return 'publication';
}

export function sectionNote(title: string, placed: PlacedSection): string {
  return `${labelOf(title)} → ${placed.note}`;
}
