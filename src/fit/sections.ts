import { headingKind, type SectionKind } from './heading-kinds.ts';
import type { JdLine } from './jd-lines.ts';

export { headingKind, type SectionKind } from './heading-kinds.ts';

/** A line naming a job: "Senior Backend Engineer", "Staff Software Engineer (Go)". */
export const JOB_TITLE =
  /\b(?:engineer|developer|designer|manager|scientist|analyst|architect|programmer|administrator|consultant|specialist|sre)s?\b/i;

export interface JdSection {
  heading: string | null;
  kind: SectionKind;
  lines: JdLine[];
}

const PREFERRED_LEAD =
  /\b(?:in addition to the (?:minimum|basic|required)|most competitive|(?:will|would) (?:make you )?stand out|preferred|desirable|nice[\s-]to[\s-]have|(?:a|big) plus)\b/i;

/** Kinds a sub-heading's own words may name weakly ("Technical"): its parent's kind wins. */
const INHERITED: readonly (SectionKind | undefined)[] = [undefined, 'open', 'about'];

const isRead = (kind: SectionKind | undefined) => kind === 'must' || kind === 'nice';

/**
 * "Strong experience with Terraform", "Familiarity with Helm": a short line without a full stop
 * that asks for something, as a plain-text posting lists its qualifications; never a heading,
 * though "experience" names a section.
 */
const ASKS_FOR =
  /^(?:(?:strong|solid|deep|proven|hands-on|good|excellent|some|working|practical|prior)\s+)?(?:experience|familiarity|knowledge|proficiency|expertise|understanding|background|fluency)\s+(?:with|in|of|using)\b/i;

/**
 * "Insurance or financial services industry experience" as the last line of a list of
 * qualifications, a blank line around it: one more ask of the list, not a heading.
 */
function amongAsks(line: JdLine, current: JdSection | undefined): boolean {
  return (
    current !== undefined &&
    isRead(current.kind) &&
    current.lines.length > 0 &&
    line.text.split(/\s+/).length >= 3 &&
    /\b(?:experience|knowledge|familiarity|background|exposure|proficiency)\b/i.test(line.text)
  );
}

/** Groups lines under their headings. A guessed heading naming nothing known stays text. */
export function readSections(lines: readonly JdLine[]): JdSection[] {
  const sections: JdSection[] = [{ heading: null, kind: 'open', lines: [] }];
  // The kind of the last markdown heading: "## What we're looking for" over "**Technical**".
  let parent: SectionKind | undefined;
  // Whether the last line was a short untitled line ("Type of role", "Digital"): a field list.
  let inFieldList = false;
  for (const line of lines) {
    // A bare line naming a job ("Full-Stack Engineer at Loop") is a title, whatever its words.
    // "Type of role" / "Digital" / "Security": a value under a field's name is not a title.
    const current = sections[sections.length - 1];
    const own: SectionKind | undefined =
      line.heading &&
      !(line.guessed && JOB_TITLE.test(line.text) && !/\byou\b/i.test(line.text)) &&
      !(line.guessed && line.tight && inFieldList) &&
      !(line.guessed && ASKS_FOR.test(line.text)) &&
      !(line.guessed && amongAsks(line, current))
        ? headingKind(line.text)
        : undefined;
    inFieldList = Boolean(line.heading && line.guessed && !own);
    // "Remote - United States or Canada" under the job title: a guessed heading that is itself
    // the place is the posting's location line; what follows it is not about the place.
    if (own === 'location' && line.guessed && !/:$/.test(line.text)) {
      sections.push({ heading: null, kind: 'location', lines: [{ ...line, heading: false }] });
      sections.push({ heading: null, kind: 'open', lines: [] });
      continue;
    }
    // "You must be able to demonstrate:" under "Essential criteria" leads into the list it is in.
    if (line.heading && !own && /\byou\b/i.test(line.text) && isRead(current?.kind)) continue;
    if (line.heading && (own || !line.guessed)) {
      if (line.level !== undefined) parent = own;
      const sub = line.level === undefined && (parent === 'must' || parent === 'nice');
      const kind = sub && INHERITED.includes(own) ? parent : own;
      sections.push({ heading: line.text.replace(/:$/, ''), kind: kind ?? 'open', lines: [] });
      continue;
    }
    // "Knowledge, Skills and Abilities" opened by "In addition to the minimum qualifications,
    // the most competitive candidates will demonstrate:": the list is what is preferred.
    if (
      current?.kind === 'must' &&
      current.heading !== null &&
      current.lines.length === 0 &&
      !line.bullet &&
      PREFERRED_LEAD.test(line.text)
    ) {
      current.kind = 'nice';
      continue;
    }
    // "**Location:** Bengaluru" then, after a blank line, a paragraph about the company: the
    // place was the label's one line.
    if (
      current?.kind === 'location' &&
      current.lines.length > 0 &&
      !line.bullet &&
      !line.tight &&
      line.text.split(/\s+/).length > 12
    ) {
      sections.push({ heading: null, kind: 'open', lines: [] });
    }
    // Prose after a list ("Interested? Reply with your CV") is no longer the list's section.
    if (current && !line.bullet && current.kind !== 'open' && current.lines.some((l) => l.bullet)) {
      sections.push({ heading: null, kind: 'open', lines: [] });
    }
    sections[sections.length - 1]?.lines.push(line.heading ? { ...line, heading: false } : line);
  }
  return preferredAsMain(sections.filter((s) => s.lines.length > 0 || s.heading !== null));
}

const PREFERRED_HEADING = /\b(?:preferred|desired)\b/i;
const EXTRA_HEADING = /\b(?:bonus|nice|a plus|pluses|even better)\b|^plus/i;

/**
 * Welcome to the Jungle's "Preferred experience" then "Bonus :": where nothing is headed as
 * required, a "preferred" section followed by a bonus one is the main list, not the extras.
 */
function preferredAsMain(sections: JdSection[]): JdSection[] {
  if (sections.some((s) => s.kind === 'must')) return sections;
  const main = sections.findIndex(
    (s) => s.kind === 'nice' && s.heading !== null && PREFERRED_HEADING.test(s.heading),
  );
  const extra = sections.findIndex(
    (s, i) => i > main && s.kind === 'nice' && s.heading !== null && EXTRA_HEADING.test(s.heading),
  );
  const found = sections[main];
  if (main >= 0 && extra > main && found) found.kind = 'must';
  return sections;
}
