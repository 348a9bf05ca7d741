/**
 * The field names of the JSON Resume drafts (v0.0.x) that old resume.json files still use,
 * each beside the name the current schema gives the same fact. The official schema allows
 * extra fields, so such a file validates; only the reader has to know both names.
 */
const RENAMES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  basics: { website: 'url', picture: 'image' },
  work: { company: 'name', website: 'url' },
  volunteer: { website: 'url' },
  publications: { website: 'url' },
  education: { gpa: 'score' },
};

type Entry = Record<string, unknown>;

const isEntry = (value: unknown): value is Entry =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** One entry with each old field read under its new name, unless the new name is set too. */
function renamed(entry: Entry, renames: Readonly<Record<string, string>>, found: Set<string>) {
  const out: Entry = { ...entry };
  for (const [old, current] of Object.entries(renames)) {
    if (!(old in entry) || (current in entry && entry[current] !== '')) continue;
    out[current] = entry[old];
    delete out[old];
    found.add(old);
  }
  return out;
}

/**
 * A copy of `resume` with the draft-era field names read as their current equivalents, and the
 * paths of the old names it met ("work[].company"), for the import report.
 */
export function modernizeJsonResume(resume: Entry): { resume: Entry; renamed: string[] } {
  const out: Entry = { ...resume };
  const found: string[] = [];
  for (const [field, renames] of Object.entries(RENAMES)) {
    const value = resume[field];
    const seen = new Set<string>();
    if (isEntry(value)) out[field] = renamed(value, renames, seen);
    else if (Array.isArray(value))
      out[field] = value.map((item) => (isEntry(item) ? renamed(item, renames, seen) : item));
    const path = Array.isArray(value) ? `${field}[]` : field;
    found.push(...[...seen].map((old) => `${path}.${old} → ${renames[old]}`));
  }
  return { resume: out, renamed: found };
}
