/**
 * Entries a site theme keeps in its front matter as lists of maps — Hugo Academic's
 * `education: { courses: [{ course, institution, year }] }`, a theme's `education: [{ degree,
 * school, year }]` — as the markdown section the page would have written, so the importer
 * reads them like any other list of degrees.
 */

type Entry = Record<string, unknown>;

const isMap = (value: unknown): value is Entry =>
  !!value && typeof value === 'object' && !Array.isArray(value);

const text = (entry: Entry, keys: readonly string[]) =>
  keys
    .map((key) => entry[key])
    .find(
      (v): v is string | number =>
        (typeof v === 'string' && v.trim() !== '') || typeof v === 'number',
    );

/** The education entries of the front matter: at its top level or under `params`. */
function educationEntries(data: unknown): Entry[] {
  if (!isMap(data)) return [];
  const value = data.education ?? (isMap(data.params) ? data.params.education : undefined);
  const list = isMap(value) ? (value.courses ?? value.degrees ?? value.items) : value;
  return Array.isArray(list) ? list.filter(isMap) : [];
}

/** "PhD in Informatics — University of Edinburgh, 2021": one degree as a list line. */
function degreeLine(entry: Entry): string | undefined {
  const degree = text(entry, ['course', 'degree', 'title', 'studyType', 'area', 'qualification']);
  const school = text(entry, ['institution', 'school', 'university', 'college', 'organization']);
  const year = text(entry, ['year', 'end', 'endDate', 'date', 'graduated']);
  if (!school) return undefined;
  const dated = year === undefined ? '' : `, ${year}`;
  return degree ? `- ${degree} — ${school}${dated}` : `- ${school}${dated}`;
}

/** The section, unless the page's body has an education section of its own. */
export function frontMatterEntrySections(data: unknown, body: string, notes: string[]): string {
  if (/^#{1,4}\s*(?:education|studies|academic background)\b/im.test(body)) return '';
  const lines = educationEntries(data).flatMap((entry) => degreeLine(entry) ?? []);
  if (lines.length === 0) return '';
  notes.push('Front matter → Education read as a section');
  return `\n\n## Education\n\n${lines.join('\n')}\n`;
}
