import { looksLikeJobTitle, looksLikePlace } from './entry-text.ts';
import { blocksOf, LINK, type PageSection } from './profile-page-sections.ts';

// "Mar 2022 - Present · 4 yrs 10 mos", "2010 - 2014": an entry's dates, and its tenure after.
const DATES =
  /^((?:\p{L}{3,9}\.?\s+)?\d{4})\s*[-–—]\s*((?:\p{L}{3,9}\.?\s+)?\d{4}|Present|Now|Current|Today)(?:\s+·\s+.*)?$/iu;
// "Globant · Full-time": a company with the kind of its employment.
const EMPLOYMENT =
  /\s+·\s+(?:Full-time|Part-time|Contract|Freelance|Self-employed|Internship|Apprenticeship|Seasonal|Permanent)$/i;
// "Bogotá, Colombia · Hybrid": a place with the way of working there.
const WORKPLACE = /\s+·\s+(?:On-site|Onsite|Hybrid|Remote)$/i;

/** A section of the page as the markdown résumé writes it. */
export function sectionMarkdown(section: PageSection): string[] {
  const heading = `## ${section.name}`;
  switch (section.kind) {
    case 'experience':
      return [heading, '', ...positionsMarkdown(blocksOf(section.lines))];
    case 'education':
      return [heading, '', ...blocksOf(section.lines).flatMap(schoolMarkdown)];
    case 'skills':
      return [heading, '', ...itemsOf(section.lines).map((item) => `- ${item}`), ''];
    case 'languages':
      return [heading, '', ...section.lines.filter(Boolean).map(languageItem), ''];
    case 'contact':
      return [heading, '', ...linkItems(section.lines), ''];
    case 'about':
      return [heading, '', ...section.lines.filter(Boolean).flatMap((line) => [line, ''])];
    default:
      return [heading, '', ...section.lines.filter(Boolean).map((line) => `- ${line}`), ''];
  }
}

// "Full-time · 3 yrs 4 mos", "5 yrs 2 mos": a company's tenure over the positions it held.
const COMPANY_TENURE =
  /^(?:(?:Full-time|Part-time|Contract|Freelance|Self-employed|Permanent)(?:\s+·\s+)?)?(?:\d+\s+yrs?)?(?:\s*\d+\s+mos?)?$/i;

/**
 * The positions of an Experience section. A company over its tenure ("Monzo" / "Full-time ·
 * 3 yrs 4 mos") holds the positions under it that name no company of their own.
 */
function positionsMarkdown(blocks: string[][]): string[] {
  let company: string | undefined;
  return blocks.flatMap((block) => {
    const [name = '', tenure = ''] = block;
    if (block.length === 2 && tenure !== '' && COMPANY_TENURE.test(tenure)) {
      company = name;
      return [];
    }
    const dated = block.findIndex((line) => DATES.test(line));
    if (dated !== 1) company = undefined;
    return positionMarkdown(block, company);
  });
}

/**
 * One position: "Company" / "Title" / dates / place / description, or the title first, or
 * "Title at Company", or "Company · Full-time"; a block without dates is kept as it is.
 */
function positionMarkdown(block: string[], held?: string): string[] {
  const at = block.findIndex((line) => DATES.test(line));
  if (at < 0 || at > 2) return [...block.map((line) => `${line}  `), ''];
  const [title, named] = titleAndCompany(block.slice(0, at));
  const company = named ?? held;
  const heading = company ? `### ${title} at ${company}` : `### ${title}`;
  const rest = block.slice(at + 1);
  const place = rest[0] && looksLikePlace(rest[0].replace(WORKPLACE, '')) ? rest.shift() : '';
  const dates = DATES.exec(block[at] ?? '');
  const facts = [`${dates?.[1]} – ${dates?.[2]}`, ...(place ? [place.replace(WORKPLACE, '')] : [])];
  return [heading, '', facts.join('  \n'), '', ...rest.flatMap((line) => [line, ''])];
}

function titleAndCompany(over: string[]): [string, string | undefined] {
  if (over.length === 1) {
    const line = over[0] ?? '';
    const at = /^(.+?)\s+(?:at|@)\s+(\p{Lu}.*)$/u.exec(line);
    if (looksLikeJobTitle(line) && !at) return [line, undefined];
    if (at?.[1] && at[2]) return [at[1], at[2]];
    const parts = line.split(/\s+[·|–—]\s+/);
    return parts.length === 2 ? ordered(parts[0] ?? '', parts[1] ?? '') : [line, undefined];
  }
  return ordered(over[0] ?? '', over[1] ?? '');
}

/** Which of two lines is the title: the one marked as employer is not; else the one a title reads as. */
function ordered(first: string, second: string): [string, string] {
  if (EMPLOYMENT.test(first)) return [second, first.replace(EMPLOYMENT, '')];
  if (EMPLOYMENT.test(second)) return [first, second.replace(EMPLOYMENT, '')];
  return looksLikeJobTitle(first) && !looksLikeJobTitle(second) ? [first, second] : [second, first];
}

/** "Universidad de los Andes" / "BSc, Systems Engineering" / "2009 - 2014". */
function schoolMarkdown(block: string[]): string[] {
  const [school = '', ...rest] = block;
  const lines = rest.map((line) => {
    const dates = DATES.exec(line);
    return dates ? `${dates[1]} – ${dates[2]}` : line;
  });
  return [`### ${school}`, '', ...lines.map((line) => `${line}  `), ''];
}

/** Chips one a line, or several on a line parted by "·" or commas. */
function itemsOf(lines: readonly string[]): string[] {
  return lines
    .flatMap((line) => line.split(/\s+[·•|]\s+|,\s+/))
    .map((item) => item.trim())
    .filter((item) => item !== '' && !/^\+\d+(?: more)?$/i.test(item));
}

/** "English · Native", "English (Native)", "English — Fluent". */
function languageItem(line: string): string {
  const [name, level] = line.split(/\s+[·–—-]\s+/);
  return level ? `- ${name} (${level})` : `- ${line}`;
}

/** "GitHub" over its address, or "GitHub: https://…" on one line. */
function linkItems(lines: readonly string[]): string[] {
  const items: string[] = [];
  const text = lines.filter(Boolean);
  for (let i = 0; i < text.length; i++) {
    const line = text[i] ?? '';
    const next = text[i + 1] ?? '';
    if (!LINK.test(line) && LINK.test(next)) {
      // "priyaraman.design": an address written without its scheme.
      items.push(`- ${line}: ${/^https?:/.test(next) ? next : `https://${next}`}`);
      i += 1;
    } else items.push(`- ${line}`);
  }
  return items;
}
