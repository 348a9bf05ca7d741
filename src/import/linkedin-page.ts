/**
 * Text copied from a LinkedIn profile page (not its PDF): section names alone on a line
 * ("Experience", "Licenses & certifications"), one fact a line under them, and the page's
 * buttons and counters ("Show all 24 skills →", "1,284 followers", "… logo") in between.
 * It is rewritten as the markdown résumé it stands for: headings, one entry per position,
 * lists for skills and languages; the buttons are dropped, and what other people wrote
 * (recommendations, "More profiles for you") stays text that names its writer.
 */

// The page's own section names, in the words LinkedIn prints.
const SECTIONS =
  /^(?:About|Top skills|Activity|Featured|Experience|Education|Licenses & certifications|Skills|Languages|Recommendations|Projects|Volunteering|Honors & awards|Courses|Publications|Interests|Contact info|More profiles for you|People also viewed|People you may know)$/;
// Sections about other people or the page itself: nothing in them is the owner's.
const DROPPED_SECTIONS =
  /^(?:Activity|More profiles for you|People also viewed|People you may know)$/;
// The tabs of the "Interests" section, above the pages the owner follows.
const INTEREST_TABS = /^(?:Top Voices|Companies|Groups|Newsletters|Schools)$/;
// Lines only the page's interface prints.
const UI_LINES = [
  /^(?:Open to|Add profile section|More|See all details|Show details|Show credential|Connect|Follow|Message|Received|Given|Open to work)$/,
  /^Show all\b.*$/,
  /^Show (?:project|publication|all)$/,
  /^…$/,
  /^\d+\s+endorsements?$/,
  /^\d[\d,.]*\+?\s+(?:followers?|connections?)(?:\s+·\s+\d[\d,.]*\+?\s+(?:followers?|connections?))?$/,
  /^·\s*(?:1st|2nd|3rd\+?)$/,
  /\slogo$/,
  /^Endorsed by\b/,
];
// Marks only such a page carries; two of them, besides three section names, tell it apart.
const PAGE_MARKS = [
  /^Show all \d+ \w+/m,
  /\s·\s\d+ endorsements?$/m,
  /^\d[\d,.]*\+?\s+followers\b/m,
  /\slogo$/m,
  /\s·\sContact info$/m,
  /^Credential ID\b/m,
];

export function isLinkedInPage(text: string): boolean {
  const lines = text.split('\n').map((line) => line.trim());
  if (lines.some((line) => /^#{1,6}\s/.test(line))) return false;
  const sections = new Set(lines.filter((line) => SECTIONS.test(line)));
  return sections.size >= 3 && PAGE_MARKS.filter((mark) => mark.test(text)).length >= 2;
}

/** The page as markdown, or the text unchanged when it is no such page. */
export function markLinkedInPage(text: string): string {
  if (!isLinkedInPage(text)) return text;
  const out: string[] = [];
  let section = '';
  let block: string[] = [];
  const company: OpenCompany = {};
  const flush = () => {
    for (const entry of entriesOf(section, block))
      out.push(...rewriteBlock(section, entry, company), '');
    block = [];
  };
  const seen = new Set<string>();
  for (const line of pageLines(text)) {
    // A section's name seen before is a line of the section it sits in: "Education" under a
    // volunteering entry is the cause it served.
    if (SECTIONS.test(line) && !seen.has(line)) {
      flush();
      section = line;
      seen.add(line);
      if (!DROPPED_SECTIONS.test(line)) out.push(`## ${headingFor(line)}`, '');
      continue;
    }
    // "Acme logo" stands above each entry: where a paste kept no blank lines, it parts them.
    if (line === '' || /\slogo$/.test(line)) {
      flush();
      continue;
    }
    if (DROPPED_SECTIONS.test(section) || UI_LINES.some((ui) => ui.test(line))) continue;
    block.push(line);
  }
  flush();
  return out.join('\n');
}

/**
 * The page's lines, tidied. The page prints much of its text twice (once for the eye, once for
 * screen readers), and a copy keeps both: a line repeating the one above it is dropped.
 */
function pageLines(text: string): string[] {
  const lines = text.split('\n').map(tidyLine);
  return headerFacts(lines.filter((line, i) => line === '' || line !== lines[i - 1]));
}

/**
 * Above the first section: "Open to work" over the roles sought is the owner's availability,
 * and the site under the place (a bare "reneecastonguay.ca") is a link to it.
 */
function headerFacts(lines: string[]): string[] {
  const first = lines.findIndex((line) => SECTIONS.test(line));
  const end = first < 0 ? lines.length : first;
  const named = lines.findIndex((line) => line !== '');
  const out = lines.slice(0, end).flatMap((line, i, head) => {
    // The page opens with its owner's name, whatever words it holds ("Sanne de Wit-Amrani").
    if (i === named && named < end) return [`# ${line}`, ''];
    if (line === 'Open to work' && head[i + 1]) return [];
    if (head[i - 1] === 'Open to work' && !UI_LINES.some((ui) => ui.test(line)))
      return [`Open to work: ${line}`];
    return BARE_SITE.test(line) ? [`Website: https://${line}`] : [line];
  });
  return [...out, ...lines.slice(end)];
}

const BARE_SITE = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/\S*)?$/i;

function headingFor(section: string): string {
  return section === 'Contact info' ? 'Contact' : section;
}

function tidyLine(raw: string): string {
  return raw
    .trim()
    .replace(/\s+(?:·\s+)?Contact info$/, '')
    .replace(/\s*…\s*see more$/, '…');
}

/**
 * A block holds one entry where the copy kept blank lines between them; without them it may
 * hold several, and each begins where a line is followed by its dates.
 */
function entriesOf(section: string, block: string[]): string[][] {
  if (block.length === 0) return [];
  const starts = [0];
  let issued = false;
  block.forEach((line, i) => {
    const next = block[i + 1] ?? '';
    // "Name / Issuer / Issued Mar 2022" again and again: a certificate begins after the last.
    if (section === 'Licenses & certifications') {
      if (issued && !CERTIFICATE_META.test(line)) starts.push(i);
      issued = ISSUED.test(line) || (issued && CERTIFICATE_META.test(line));
      return;
    }
    // "School / Degree - MS, Field / 2015 - 2017" again: a school begins over its degree.
    if (section === 'Education' && i >= 2 && SCHOOL_YEARS.test(block[i + 2] ?? '')) {
      if (!SCHOOL_YEARS.test(line) && !SCHOOL_YEARS.test(next)) starts.push(i);
      return;
    }
    if (section === 'Experience' && i >= 2 && DATES.test(next) && !DATES.test(line)) {
      // A single position's title stands above "Acme · Full-time", and the dates below that.
      starts.push(EMPLOYMENT.test(line) && i >= 3 ? i - 1 : i);
    } else if (ENTRY_SECTIONS.has(section) && i >= 2 && DATED.test(next) && !DATED.test(line)) {
      // "Mentor" / "Code Club" / "Sep 2019 - Present": a volunteer role names its org second.
      starts.push(section === 'Volunteering' ? i - 1 : i);
    }
  });
  const unique = [...new Set(starts)];
  return unique.map((start, k) => block.slice(start, unique[k + 1]));
}

const CERTIFICATE_META =
  /^(?:Issued\b|Expires\b|Expired\b|Credential ID\b|Show credential|Skills:)/;
const SCHOOL_YEARS = /^(?:(?:\p{L}{3,9}\s+)?\d{4})\s*-\s*(?:(?:\p{L}{3,9}\s+)?\d{4}|Present)$/u;

// Sections whose entries are a name, then a dated line: "Jun 2020 - Present", "Issued by Acme · Nov 2021".
const ENTRY_SECTIONS = new Set(['Projects', 'Volunteering', 'Honors & awards', 'Publications']);
const DATED =
  /^(?:(?:\p{L}{3,9}\s+)?\d{4}(?:\s+-\s+(?:(?:\p{L}{3,9}\s+)?\d{4}|Present))?(?:\s+·\s+.*)?|Issued by\s.+·\s+(?:\p{L}{3,9}\s+)?\d{4})$/u;

function rewriteBlock(section: string, block: string[], company: OpenCompany): string[] {
  switch (section) {
    case 'Experience':
      return rewritePositions(block, company);
    case 'Education':
      return titled(block[0] ?? '', block.slice(1).map(degreeLine));
    case 'Licenses & certifications':
      return certification(block);
    case 'Skills':
    case 'Top skills':
      return block.flatMap(skillItems);
    case 'Languages':
      return languageItems(block);
    case 'Contact info':
      return contactItems(block);
    case 'Recommendations':
      return [recommendation(block)];
    case 'Honors & awards':
      return award(block);
    case 'Projects':
    case 'Publications':
      // What the project is comes first; its dates and "Associated with …" after.
      return titled(block[0] ?? '', [
        ...block.slice(1).filter((line) => !isProjectMeta(line)),
        ...block.slice(1).filter(isProjectMeta),
      ]);
    case 'Volunteering':
      return [volunteering(block)];
    case 'Interests':
      return block.filter((line) => !INTEREST_TABS.test(line)).map((line) => `- ${line}`);
    default:
      return [block.join('  \n')];
  }
}

// "Jan 2025 - Present · 1 yr 11 mos", "Jul 2015 - Jul 2017 · 2 yrs 1 mo": a position's dates.
const DATES = /^((?:\p{L}{3,9}\s+)?\d{4})\s+-\s+((?:\p{L}{3,9}\s+)?\d{4}|Present)(?:\s+·\s+.*)?$/u;
// "Full-time · 5 yrs 5 mos" under a company holding several positions.
const TENURE =
  /^(?:(?:Full-time|Part-time|Contract|Freelance|Self-employed|Internship|Apprenticeship|Seasonal)(?:\s+·\s+)?)?(?:\d+\s+yrs?)?(?:\s*\d+\s+mos?)?$/;
const EMPLOYMENT =
  /\s+·\s+(?:Full-time|Part-time|Contract|Freelance|Self-employed|Internship|Apprenticeship|Seasonal)$/;
const WORKPLACE = /\s+·\s+(?:On-site|Hybrid|Remote)$/;

interface Position {
  title: string;
  company: string;
  lines: string[];
}

/**
 * One block under Experience: a company with its positions below (company, tenure, place,
 * then title and dates for each), or one position (title, "Company · Full-time", dates).
 */
function rewritePositions(block: string[], company: OpenCompany): string[] {
  const positions = readPositions(block, company);
  if (!positions) return [block.join('  \n')];
  return positions.flatMap((p) => [`### ${p.title} at ${p.company}`, '', ...p.lines, '']);
}

/** The company whose positions the following blocks list, while they do. */
interface OpenCompany {
  name?: string;
  place?: string;
}

function readPositions(block: string[], company: OpenCompany): Position[] | undefined {
  const [first = '', second = ''] = block;
  // A company block opens a run of positions; the blocks that follow belong to it.
  if (TENURE.test(second) && second !== '' && !DATES.test(second)) {
    company.name = first;
    company.place = block[2]?.replace(WORKPLACE, '');
    return block.length > 3 ? readPositions(block.slice(3), company) : [];
  }
  if (EMPLOYMENT.test(second)) {
    company.name = undefined;
    return [position(first, second.replace(EMPLOYMENT, ''), block.slice(2))];
  }
  if (DATES.test(second) && company.name) {
    const lines = block.slice(1);
    if (company.place && !lines.some((line) => WORKPLACE.test(line)))
      lines.splice(1, 0, company.place);
    return [position(first, company.name, lines)];
  }
  return undefined;
}

function position(title: string, company: string, rest: string[]): Position {
  const lines = rest.map((line) => {
    const dates = DATES.exec(line);
    if (dates) return `${dates[1]} – ${dates[2]}`;
    const skills = /^Skills:\s*(.*)$/.exec(line);
    if (skills?.[1] !== undefined) return `Technologies: ${skillNames(skills[1]).join(', ')}`;
    return line.replace(WORKPLACE, '');
  });
  return { title, company, lines: [lines.join('  \n')] };
}

/** "Bachelor of Science - BS, Computer Science": the page's degree, its initials, the field. */
function degreeLine(line: string): string {
  return line.replace(/^(.+?) - (\p{Lu}[\p{L}.]{1,6}), (.+)$/u, '$1 ($2) in $3');
}

/** "Prize" / "Issued by Acme · Nov 2021" / what it was for: one item, the rest under it. */
function award(block: string[]): string[] {
  const [title = '', ...rest] = block;
  const issued = /^Issued by\s+(.+?)\s+·\s+(?:\p{L}+\s+)?(\d{4})$/u.exec(rest[0] ?? '');
  const head = issued ? `- ${title} — ${issued[1]}, ${issued[2]}` : `- ${title}`;
  const told = rest.slice(issued ? 1 : 0).filter((line) => !/^Associated with\b/.test(line));
  return [head, ...told.map((line) => `  - ${line}`)];
}

/**
 * "Mentor" / "Code Club" / "Sep 2019 - Present · 5 yrs" / the cause / what was done: one line,
 * "Mentor, Code Club, 2019 – Present – …", as a volunteering section writes it.
 */
function volunteering(block: string[]): string {
  const at = block.findIndex((line) => DATED.test(line));
  const head = at < 0 ? block.slice(0, 2) : block.slice(0, at);
  const dates = at < 0 ? undefined : DATES.exec(block[at] ?? '');
  const years = dates ? [`${yearOf(dates[1])} – ${yearOf(dates[2])}`] : [];
  const told = block.slice(at < 0 ? head.length : at + 1);
  return `- ${[...head, ...years].join(', ')}${told.length > 0 ? ` – ${told.join('. ')}` : ''}`;
}

function yearOf(date = ''): string {
  return date.replace(/^\p{L}+\s+/u, '');
}

function isProjectMeta(line: string): boolean {
  return DATED.test(line) || /^Associated with\b/.test(line);
}

/** An entry under a heading of its own, its other lines kept as they stand. */
function titled(title: string, lines: string[]): string[] {
  return [`### ${title}`, '', ...lines.map((line) => `${line}  `)];
}

function skillNames(text: string): string[] {
  return (
    text
      .split(/\s+[·•]\s+/)
      // "Go (Programming Language)": the page's own gloss on the skill's name.
      .map((name) => name.replace(/\s*\(Programming Language\)$/i, '').trim())
      .filter((name) => name !== '' && !/^\+\d+\s+skills?$/.test(name))
  );
}

function skillItems(line: string): string[] {
  const name = line.replace(/\s+·\s+\d+\s+endorsements?$/, '');
  return skillNames(name).map((skill) => `- ${skill}`);
}

function languageItems(block: string[]): string[] {
  const items: string[] = [];
  for (const line of block) {
    const last = items.length - 1;
    if (/\bproficiency$/i.test(line) && last >= 0 && !items[last]?.includes('(')) {
      items[last] = `${items[last]} (${line})`;
    } else items.push(`- ${line}`);
  }
  return items;
}

function contactItems(block: string[]): string[] {
  const items: string[] = [];
  for (let i = 0; i < block.length; i += 2) {
    const label = block[i] ?? '';
    const value = block[i + 1];
    if (value === undefined) items.push(`- ${label}`);
    else items.push(`- ${/'s Profile$/.test(label) ? 'LinkedIn' : label}: ${value}`);
  }
  return items;
}

/** A recommendation stays the recommender's words, said to be theirs. */
function recommendation(block: string[]): string {
  const [writer = '', ...rest] = block;
  const role = rest.length > 2 ? rest[0] : undefined;
  const words = rest.slice(role ? 1 : 0).join(' ');
  const by = role ? `${writer} (${role})` : writer;
  return `> Recommendation by ${by}: ${words}`;
}

// "Issued Mar 2023 · Expires Mar 2026": when the certificate was issued, and until when it holds.
const ISSUED = /^Issued\s+(?:\p{L}+\s+)?(\d{4})(?:\s+·\s+(Expires|Expired)\s+(.+))?$/u;

/** A certificate: its name, issuer and issue year; the expiry stays beside the issuer. */
function certification(block: string[]): string[] {
  const [name = '', ...rest] = block;
  const years: string[] = [];
  const lines = rest.flatMap((line) => {
    const issued = ISSUED.exec(line);
    if (/^Credential ID\b/.test(line)) return [];
    if (!issued?.[1]) return [line];
    // The year read first is the issue year; "expires May 2027" is left with the issuer.
    years.push(issued[1]);
    return issued[2] ? [`${issued[2].toLowerCase()} ${issued[3]}`] : [];
  });
  return [`### ${name}`, '', ...[...years, ...lines].map((line) => `${line}  `)];
}
