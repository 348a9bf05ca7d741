import type { ImportOptions, ImportResult } from './import-result.ts';
import { mergeProfiles } from './profile-merge.ts';
import { importResumeData, looksLikeResumeData } from './resume-data.ts';
import { PERSON_FIELDS, vocabularyKey } from './resume-data-vocabulary.ts';

/** Keys a site generator's front matter gives the page, not its owner. */
const PAGE_KEYS = new Set([
  'date',
  'lastmod',
  'publishdate',
  'expirydate',
  'url',
  'slug',
  'aliases',
  'tags',
  'categories',
  'toc',
  'comments',
  'sidebar',
]);

/**
 * The owner's data in a page's front matter: without the page's own keys, and without its
 * `title` ("About") where another key gives the job title.
 */
function ownerData(data: Record<string, unknown>): Record<string, unknown> {
  const labels = PERSON_FIELDS.label.filter((key) => key !== 'title');
  const titled = Object.keys(data).some((key) => (labels as string[]).includes(vocabularyKey(key)));
  return Object.fromEntries(
    Object.entries(data).filter(([key]) => {
      const k = vocabularyKey(key);
      return !PAGE_KEYS.has(k) && !(k === 'title' && titled);
    }),
  );
}

/**
 * A portfolio page whose front matter carries the résumé (jobs, skills, schools as data) and
 * whose body tells the rest in prose: the data read as résumé data, the page as markdown, one
 * profile of both. Front matter that is no résumé, or lacks an owner, leaves the page's reading.
 */
export function withFrontMatterResume(
  page: ImportResult,
  data: Record<string, unknown> | undefined,
  options: ImportOptions,
): ImportResult {
  if (!data) return page;
  const owner = ownerData(data);
  if (!looksLikeResumeData(owner)) return page;
  let structured: ImportResult;
  try {
    structured = importResumeData(owner, 'YAML', options);
  } catch {
    return page;
  }
  return {
    profile: mergeProfiles(structured.profile, page.profile),
    notes: [
      'Front matter → read as résumé data, merged with the page',
      ...structured.notes,
      ...page.notes,
    ],
    ...(page.warnings || structured.warnings
      ? { warnings: [...(structured.warnings ?? []), ...(page.warnings ?? [])] }
      : {}),
  };
}
