import { PortfolioBotError } from '../errors.ts';
import type { Profile, Role } from '../knowledge/schema.ts';
import { availabilityFromProse } from './availability.ts';
import { titleFromHeadline, titleFromSummary } from './header-titles.ts';
import { DEFAULT_PRONOUNS, type ImportOptions, type ImportResult } from './import-result.ts';
import { settleGithub, takeAvailability } from './markdown-settle.ts';
import { emptyDraft, type ProfileDraft } from './profile-draft.ts';
import { locationFromProse } from './prose-home.ts';
import { yearsFromProse } from './prose-years.ts';
import { readRenderCvContact } from './rendercv-contact.ts';
import { placeSection, type SectionContext } from './rendercv-sections.ts';
import { RENDERING_BLOCKS, type RenderCv, RenderCvSchema, readEntry } from './rendercv-shape.ts';
import { labelOf, plainText } from './rendercv-text.ts';
import { settleLanguageCertificates } from './settle-languages.ts';
import { settleTechnologies } from './settle-skills.ts';
import { uniqueId } from './unique-id.ts';

/**
 * Reads a RenderCV input file (already parsed from YAML) into profile knowledge: the header
 * gives identity and contact, each section's title and entry types say where its entries go.
 * What has no field of its own is kept as text in a section named like the RenderCV one.
 */
export function importRenderCv(value: unknown, options: ImportOptions = {}): ImportResult {
  const parsed = RenderCvSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.join('.') : 'cv';
    throw new PortfolioBotError(
      'import_failed',
      `not a RenderCV file: ${where}: ${issue?.message ?? 'unreadable'}`,
    );
  }
  const { cv } = parsed.data;
  const draft = emptyDraft();
  const notes: string[] = [];
  const warnings: string[] = [];
  const header = readRenderCvContact(cv, draft.contact);
  const context: SectionContext = { draft, availability: [] };
  readSections(cv, context, notes);
  settleTechnologies(draft);
  settleLanguageCertificates(draft, notes);
  settleGithub(draft.contact, draft.projects);
  if (header.length > 0) {
    const id = uniqueId(
      'contact-details',
      draft.sections.map((s) => s.id),
    );
    draft.sections.push({ id, title: 'Other contact details', items: header });
    notes.push(`cv header → kept as section "${id}" (${header.length})`);
  }
  const identity = readIdentity(cv, draft, context, options);
  notes.unshift(identityNote(identity));
  const rendering = Object.keys(parsed.data).filter((key) => RENDERING_BLOCKS.includes(key));
  if (rendering.length > 0)
    notes.push(`${rendering.join(', ')} → not imported: they say how the PDF looks`);
  for (const key of Object.keys(parsed.data)) {
    if (key !== 'cv' && !RENDERING_BLOCKS.includes(key))
      warnings.push(`top-level "${key}" is not part of a RenderCV file and was not read`);
  }
  return { profile: { version: 1, identity, ...draft }, notes, warnings };
}

function readSections(cv: RenderCv['cv'], context: SectionContext, notes: string[]): void {
  for (const [key, list] of Object.entries(cv.sections ?? {})) {
    const entries = (list ?? []).flatMap((item) => readEntry(item) ?? []);
    if (entries.length === 0) continue;
    const placed = placeSection(key, entries, context);
    notes.push(`${labelOf(key)} → ${placed.note}`);
    if (placed.leftover.length === 0) continue;
    const sections = context.draft.sections;
    sections.push({
      id: uniqueId(
        labelOf(key),
        sections.map((s) => s.id),
        'section',
      ),
      title: labelOf(key),
      items: placed.leftover,
    });
  }
}

function readIdentity(
  cv: RenderCv['cv'],
  draft: ProfileDraft,
  context: SectionContext,
  options: ImportOptions,
): Profile['identity'] {
  const name = plainText(cv.name);
  if (!name) throw new PortfolioBotError('import_failed', 'no name found: cv.name is empty');
  const headline = plainText(cv.headline ?? cv.label);
  const title = jobTitle(headline, draft);
  if (!title) {
    throw new PortfolioBotError(
      'import_failed',
      'no job title found: add "headline:" under cv (e.g. "Data Engineer") or an experience entry with a position',
    );
  }
  const identity: Profile['identity'] = {
    name,
    title,
    pronouns: options.pronouns ?? { ...DEFAULT_PRONOUNS },
  };
  if (headline && headline !== title) identity.headline = headline;
  const prose = draft.summary.join('\n');
  const location = plainText(cv.location) || locationFromProse(prose);
  if (location) identity.location = location;
  const years = yearsFromProse([headline, prose].join('\n'));
  if (years) Object.assign(identity, years);
  const availability =
    context.availability.map((text) => availabilityFromProse(text) ?? text)[0] ??
    takeAvailability(draft);
  if (availability) identity.availability = availability;
  return identity;
}

/**
 * RenderCV has no job title: a headline says it, else the current position (the first open
 * one, as a CV lists the newest first), else the summary's "I'm a …", else the latest job.
 */
function jobTitle(headline: string, draft: ProfileDraft): string | undefined {
  const current = draft.roles.find(isCurrent);
  return (
    (headline ? titleFromHeadline(headline) : undefined) ??
    current?.title ??
    draft.summary.map(titleFromSummary).find(Boolean) ??
    draft.roles[0]?.title ??
    (headline && headline.split(' ').length <= 8 ? headline : undefined)
  );
}

function isCurrent(role: Role): boolean {
  return role.end === undefined ? role.start !== undefined : /^present$/i.test(role.end);
}

function identityNote(identity: Profile['identity']): string {
  const parts = [`name "${identity.name}"`, `title "${identity.title}"`];
  if (identity.location) parts.push(`location "${identity.location}"`);
  if (identity.yearsOfExperience !== undefined)
    parts.push(`${identity.yearsOfExperienceNote ?? identity.yearsOfExperience} years`);
  if (identity.availability) parts.push('availability');
  return `cv → identity: ${parts.join(', ')}`;
}
