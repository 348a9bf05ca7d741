import { looksLikeJobNoun, looksLikeJobTitle } from './entry-text.ts';
import { withHangingEntries } from './hanging-entries.ts';
import { isDocumentTitle } from './name-heading.ts';
import { sectionKind } from './section-kinds.ts';

/**
 * A résumé typed as plain text and saved as markdown: the name alone on the first line, the
 * job title on the next, no heading marks. Marking the name as the H1 lets it read as any
 * markdown résumé does; "o " bullets, as plain-text résumés write them, become list items.
 */
export function markPlainTextCv(text: string): string {
  const bold = withBoldNameHeading(text);
  if (bold !== text) return bold;
  const named = withNameHeading(text);
  if (named === text) return withLetterBullets(named);
  return withLetterBullets(
    withHangingEntries(
      withDotBullets(withLabelledColumns(withCapsHeadings(withDateColumns(named)))),
    ),
  );
}

/**
 * "IaC / Config    | Terraform | Ansible | Packer", "Other:⇥Git⇥Nginx": a skills grid typed in
 * columns, the label padded out before its items. Written as "- Label: a, b, c", the line a
 * skills section reads as a group.
 */
function withLabelledColumns(text: string): string {
  // Not in the header, where "|" parts a contact line: from the first section's heading,
  // "## Skills" or "SKILLS" underlined.
  const body = text.search(/^## |^\S.*\n[=-]{3,}[ \t]*$/m);
  if (body < 0) return text;
  const rows = text
    .slice(body)
    .replace(PIPED_ROW, (_m, label: string, items: string) => row(label, items, /\s+\|\s+/))
    .replace(TABBED_ROW, (_m, label: string, items: string) => row(label, items, /\t+/));
  return text.slice(0, body) + rows;
}

// The padding may already read as a column's dash: "Cloud — | AWS | GCP".
const PIPED_ROW =
  /^(\p{L}[\p{L}\d &/+.-]{0,28}?)(?:[ \t]{2,}|[ \t]+—[ \t]+)\|[ \t]+(\S(?:.*\S)?)[ \t]*$/gmu;
const TABBED_ROW = /^(\p{L}[\p{L}\d &/+.-]{0,28}?):?\t+(\S[^\t\n]*(?:\t+\S[^\t\n]*){2,})[ \t]*$/gmu;

const row = (label: string, items: string, separator: RegExp): string =>
  `- ${label.trim()}: ${items
    .split(separator)
    .map((item) => item.trim())
    .filter(Boolean)
    .join(', ')}`;

/**
 * "AWS Certified Solutions Architect – Associate⇥⇥⇥2021", "kolam (side project)⇥⇥2021 – 2023":
 * a word processor's tab stops put the dates in a column of their own; the tabs part them from
 * the entry as a dash would ("… — 2021"), so a dash inside the name stays the name's.
 */
function withDateColumns(text: string): string {
  return text.replace(DATE_COLUMN, '$1 — $2');
}

const DATE_POINT =
  '(?:(?:\\d{1,2}[/.])?(?:19|20)\\d\\d|\\p{L}{3,9}\\.?\\s+(?:19|20)\\d\\d|present|current|now|today|heute)';
const DATE_COLUMN = new RegExp(
  `^([^\\t\\n]*\\S)[ ]*\\t[ \\t]*(${DATE_POINT}(?:\\s*[–—-]\\s*${DATE_POINT})?)[ \\t]*$`,
  'gimu',
);

/**
 * "• Lead a team of 5 …" with its wrapped lines under it, as a word processor exports a list: a
 * list item, whose wrapped lines continue it.
 */
function withDotBullets(text: string): string {
  // Not in the header, where "•" parts a wrapped contact line.
  const body = text.search(/^## /m);
  if (body < 0) return text;
  const bullets = text.slice(body).replace(/^([ \t]*)[•▪●◦‣][ \t]+(?=\S)/gmu, '$1- ');
  return text.slice(0, body) + bullets;
}

/**
 * "EXPERIENCE" alone on its line, between blank lines, in a CV whose name this module marked:
 * a section heading typed in capitals.
 */
function withCapsHeadings(text: string): string {
  const lines = text.split('\n');
  return lines
    .map((line, i) => {
      const words = line.trim();
      const alone = (lines[i - 1] ?? '').trim() === '' && (lines[i + 1] ?? '').trim() === '';
      // "OPEN SOURCE / SIDE PROJECTS": up to four words; a slash or an ampersand is no word.
      const few = words.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length <= 4;
      const caps = /^\p{Lu}[\p{Lu} &/-]{2,40}$/u.test(words) && few;
      // "Work Experience", "Certifications and Licenses": a job site's export titles its
      // sections in title case, each alone between blank lines.
      const titled = /^\p{Lu}[\p{L} &/-]{2,40}$/u.test(words) && few;
      const known = sectionKind(words) !== undefined || CATCH_ALL.test(words);
      // "SELECTED PROJECTS" over its first bullet: capitals after a blank line are heading enough.
      const after =
        (lines[i - 1] ?? '').trim() === '' && !/^\s*[=_-]{3,}\s*$/.test(lines[i + 1] ?? '');
      if (known && ((alone && (caps || titled)) || (after && caps))) return `## ${words}`;
      return line.replace(CAPS_JOB, (title: string) => titleCase(title));
    })
    .join('\n');
}

// "OTHER", "Miscellaneous": the catch-all a CV closes with, kept as a section of its own.
const CATCH_ALL = /^(?:other|other information|misc|miscellaneous|extras|odds and ends)$/i;

// "SENIOR DATA ENGINEER | Northwind | 2019 – Present": a job title typed in capitals.
const CAPS_JOB = /^\p{Lu}[\p{Lu} &/,.-]{3,60}(?=\s+\|\s)/u;
const SMALL_WORDS = new Set(['and', 'of', 'for', 'the', 'to', 'in', 'at', 'on']);

/** "HEAD OF DATA" → "Head of Data"; a short word that is no small word stays: "BI", "QA", "SRE". */
function titleCase(caps: string): string {
  return caps.replace(/\p{L}+/gu, (word, at: number) => {
    const lower = word.toLowerCase();
    if (SMALL_WORDS.has(lower) && at > 0) return lower;
    if (word.length <= 3 && !SMALL_WORDS.has(lower)) return word;
    return lower.charAt(0).toUpperCase() + lower.slice(1);
  });
}

// "Tamar Lomidze", "Jean-Luc O'Neill", "Huang Yi-Chen (Ethan)", 'Mathieu "Matt" Kowalczyk': two
// to four capitalised words, and perhaps the name used day to day in brackets or quotes.
const NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";
const NAME_WORDS = `${NAME_WORD}(?:[ \\t]+(?:${NAME_WORD}|["“]${NAME_WORD}["”])){1,3}`;
const PERSON_NAME = new RegExp(`^${NAME_WORDS}(?:[ \\t]+\\(\\p{Lu}[\\p{L}'’.-]*\\))?$`, 'u');
// "He/Him" on a line of its own under the name, as a LinkedIn page shows it.
const PRONOUNS_LINE = /^\s*(?:he|she|they|ze|xe)\s*\/\s*\p{L}+(?:\s*\/\s*\p{L}+)?\s*$/iu;
// "jane@doe.dev | +44 7700 900123 | github.com/jdoe": the contact line a CV opens with.
const CONTACT_LINE =
  /@\S+\.\p{L}|\+\d[\d ()-]{6,}|\(\d{3}\)\s?\d{3}-\d{4}|https?:\/\/|\bwww\.|\b(?:linkedin|github)\.com\//iu;
// A line underlining the one above it (a setext heading), or a rule.
const UNDERLINE = /^\s*(?:=+|-+)\s*$/;

// "**Sofía Etcheverry (she/her) — Freelance Engineer**", "**Kristjan Lepik**": a bold line that
// opens with a person's name, alone or before pronouns, a dash or a bar and the job.
const BOLD_NAME = new RegExp(
  `^\\*\\*(${NAME_WORDS}(?:\\s*\\([^()]{2,20}\\))?(?:\\s+[—–|·]\\s+[^*]+)?)\\*\\*\\s*$`,
  'u',
);

/**
 * A page with no heading that names its owner (none at all, or only "# Curriculum Vitae" and
 * section headings) whose first bold line, near the top, is a name: that line is the name's
 * heading, as markdown would write it.
 */
function withBoldNameHeading(text: string): string {
  const lines = text.split('\n');
  const named = lines.some((line) => /^#[ \t]/.test(line) && !isDocumentTitle(line.slice(1)));
  // "**PROFILE**", "**EMPLOYMENT HISTORY**": a page whose sections are bold lines has its own
  // reader, which knows its name line too.
  const headings = lines.some((line) => /^#{2,6}[ \t]/.test(line));
  const boldSections =
    !headings &&
    lines.some((line) => {
      const bold = /^\*\*([^*]+)\*\*\s*$/.exec(line.trim())?.[1];
      return bold !== undefined && sectionKind(bold) !== undefined;
    });
  if (named || boldSections) return text;
  const near = lines.findIndex((line, i) => i < 40 && BOLD_NAME.test(line.trim()));
  const inner = BOLD_NAME.exec(lines[near]?.trim() ?? '')?.[1];
  if (near < 0 || !inner) return text;
  const name = inner.split(/\s*\(|\s+[—–|·]\s+/)[0] ?? '';
  if (sectionKind(name) !== undefined || looksLikeJobTitle(name) || isDocumentTitle(name))
    return text;
  lines.splice(near, 1, `# ${inner}`, '');
  return lines.join('\n');
}

function withNameHeading(text: string): string {
  const lines = text.split('\n');
  // A document with a markdown or HTML H1 names its owner there, unless it only titles the
  // document ("# Résumé"): then the name is the first line under it.
  const titles = lines.filter((line) => /^#[ \t]/.test(line));
  if (titles.some((line) => !isDocumentTitle(line.slice(1))) || /<h1[\s>]/i.test(text)) return text;
  const first = lines.findIndex((line) => line.trim() !== '' && !/^#[ \t]/.test(line));
  const name = lines[first]?.trim() ?? '';
  // The next line with words ("PRIYA RAGHUNATHAN", a blank line, then the contact line).
  const filled = (from: number) => lines.findIndex((line, i) => i > from && line.trim() !== '');
  const after = filled(first);
  const skip = PRONOUNS_LINE.test(lines[after] ?? '') ? filled(after) : after;
  // "SAP Technical Lead | ABAP · RAP": a headline whose first part names the job.
  // A contact line may wrap: the block it opens, up to a blank line.
  const block = (from: number) => {
    const end = lines.findIndex((line, i) => i > from && line.trim() === '');
    return lines.slice(from, end < 0 ? undefined : end).join(' ');
  };
  const next = (lines[skip] ?? '').split(/\s+[|·•]\s+/)[0] ?? '';
  if (
    !PERSON_NAME.test(name) ||
    sectionKind(name) !== undefined ||
    looksLikeJobTitle(name) ||
    (after === first + 1 && UNDERLINE.test(next)) ||
    // The line under the name names the job: that pair is what opens such a résumé.
    !(looksLikeJobTitle(next) || looksLikeJobNoun(next.trim()) || CONTACT_LINE.test(block(skip)))
  )
    return text;
  // The title line stays a paragraph of its own under the heading.
  lines.splice(first, 1, `# ${name}`, '');
  return lines.join('\n');
}

const LETTER_BULLET = /^([ \t]*)o[ \t]+(?=\S)/;

/** "o First-line NOC shifts": a run of two or more lines opened by "o " is a list. */
function withLetterBullets(text: string): string {
  const lines = text.split('\n');
  const marked = lines.map((line) => LETTER_BULLET.test(line));
  return lines
    .map((line, index) => {
      if (!marked[index]) return line;
      // Another "o " line in the same block (no blank line between) makes it a list.
      const inRun = [index - 1, index + 1].some((other) => blockMate(lines, marked, index, other));
      return inRun ? line.replace(LETTER_BULLET, '$1- ') : line;
    })
    .join('\n');
}

function blockMate(lines: string[], marked: boolean[], from: number, to: number): boolean {
  const step = to > from ? 1 : -1;
  for (let i = to; i >= 0 && i < lines.length; i += step) {
    if ((lines[i] ?? '').trim() === '') return false;
    if (marked[i]) return true;
  }
  return false;
}
