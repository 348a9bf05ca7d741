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
// Lines only the page's interface prints.
const UI_LINES = [
  /^(?:Open to|Add profile section|More|See all details|Show credential|Connect|Follow|Message|Received|Given|Open to work)$/,
  /^Show all\b.*$/,
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
    if (block.length > 0) out.push(...rewriteBlock(section, block, company), '');
    block = [];
  };
  for (const raw of text.split('\n')) {
    const line = tidyLine(raw);
    if (SECTIONS.test(line)) {
      flush();
      section = line;
      if (!DROPPED_SECTIONS.test(line)) out.push(`## ${headingFor(line)}`, '');
      continue;
    }
    if (line === '') {
      flush();
      continue;
    }
    if (DROPPED_SECTIONS.test(section) || UI_LINES.some((ui) => ui.test(line))) continue;
    block.push(line);
  }
  flush();
  return out.join('\n');
}

function headingFor(section: string): string {
  return section === 'Contact info' ? 'Contact' : section;
}

function tidyLine(raw: string): string {
  return raw
    .trim()
    .replace(/\s+·\s+Contact info$/, '')
    .replace(/\s*…\s*see more$/, '…');
}

function rewriteBlock(section: string, block: string[], company: OpenCompany): string[] {
  switch (section) {
    case 'Experience':
      return rewritePositions(block, company);
    case 'Education':
      return [`### ${block[0]}`, '', ...block.slice(1).map((line) => `${line}  `)];
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

function skillNames(text: string): string[] {
  return text
    .split(/\s+[·•]\s+/)
    .map((name) => name.trim())
    .filter((name) => name !== '' && !/^\+\d+\s+skills?$/.test(name));
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
