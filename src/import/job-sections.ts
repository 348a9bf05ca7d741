import type { Heading, RootContent } from 'mdast';
import { takeDates } from './entry-dates.ts';
import { looksLikeJobTitle } from './entry-text.ts';
import type { RawSection } from './markdown-sections.ts';
import { sectionKind } from './section-kinds.ts';

/** "[2019] — Engineer @ Acme", "2019: Engineer at Acme": the year the job began, first. */
const LEADING_YEAR = /^(?:\[((?:19|20)\d{2})\]\s*[—–:|-]?|((?:19|20)\d{2})\s*[—–:|])\s*/;

/** The dates a job's heading gives: a range, or the one year a changelog-style heading opens with. */
export function headDates(text: string): ReturnType<typeof takeDates> {
  const range = takeDates(text);
  if (range) return range;
  const lead = LEADING_YEAR.exec(text);
  const year = lead?.[1] ?? lead?.[2];
  return lead && year ? { start: year, rest: text.slice(lead[0].length) } : undefined;
}

/** "Staff Engineer @ Kaamos Devices", "Engineer at Beta Corp (2018–2021)": a job, as a heading. */
function isJobHeading(title: string): boolean {
  if (sectionKind(title) !== undefined) return false;
  const text = headDates(title)?.rest ?? title;
  const at = /\s(?:@|at)\s+(?=\p{Lu}|\d)/u.exec(text);
  return at !== null && looksLikeJobTitle(text.slice(0, at.index));
}

/**
 * A page told as a changelog of jobs ("## [2023] — Staff Engineer @ Kaamos", "## [2019] — …")
 * has no "Experience" heading: each job is a section of its own. A run of such sections reads
 * as one section of experience, each job an entry with its own sub-headings under it.
 */
export function gatherJobSections(sections: RawSection[]): RawSection[] {
  const out: RawSection[] = [];
  for (const section of sections) {
    if (!isJobHeading(section.title)) {
      out.push(section);
      continue;
    }
    const last = out.at(-1);
    const run = last?.title === EXPERIENCE && last.heading.depth === section.heading.depth;
    const gathered = run ? last : experienceSection(section.heading.depth);
    if (!run) out.push(gathered);
    gathered.body.push(deeper(section.heading), ...section.body.map(deeper));
  }
  return out;
}

const EXPERIENCE = 'Experience';

function experienceSection(depth: Heading['depth']): RawSection {
  const heading: Heading = {
    type: 'heading',
    depth,
    children: [{ type: 'text', value: EXPERIENCE }],
  };
  return { title: EXPERIENCE, heading, body: [] };
}

/** A heading one level further down, so that it stays under the job it was under. */
function deeper(node: RootContent): RootContent {
  return node.type === 'heading'
    ? { ...node, depth: Math.min(6, node.depth + 1) as Heading['depth'] }
    : node;
}
