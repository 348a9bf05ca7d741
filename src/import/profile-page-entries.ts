import { looksLikeJobTitle, looksLikePlace } from './entry-text.ts';
import { DATES, entryBlocks, WORKPLACE } from './profile-page-blocks.ts';
import { LINK, type PageSection } from './profile-page-sections.ts';

// "Globant · Full-time": a company with the kind of its employment.
const EMPLOYMENT =
  /\s+·\s+(?:Full-time|Part-time|Contract|Freelance|Self-employed|Internship|Apprenticeship|Seasonal|Permanent)$/i;

/** A section of the page as the markdown résumé writes it. */
export function sectionMarkdown(section: PageSection): string[] {
  const heading = `## ${section.name}`;
  switch (section.kind) {
    case 'experience':
      return [heading, '', ...positionsMarkdown(entryBlocks(section.lines, 'position'))];
    case 'education':
      return [heading, '', ...entryBlocks(section.lines, 'school').flatMap(schoolMarkdown)];
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

// "GitHub github.com/tnowak": a label and its address on one line, without a colon.
const INLINE_LINK =
  /^([\p{L}][\p{L} .-]{0,24}?)\s+((?:https?:\/\/|www\.)\S+|[\w-]+(?:\.[\w-]+)+\/\S*)$/u;

/** "GitHub" over its address, "GitHub github.com/x", or "GitHub: https://…" on one line. */
function linkItems(lines: readonly string[]): string[] {
  const items: string[] = [];
  const text = lines.filter(Boolean);
  for (let i = 0; i < text.length; i++) {
    const line = text[i] ?? '';
    const next = text[i + 1] ?? '';
    const inline = INLINE_LINK.exec(line);
    if (!LINK.test(line) && LINK.test(next)) {
      items.push(`- ${line}: ${withScheme(next)}`);
      i += 1;
    } else if (inline?.[1] && inline[2]) items.push(`- ${inline[1]}: ${withScheme(inline[2])}`);
    else items.push(`- ${line}`);
  }
  return items;
}

/** "priyaraman.design": an address written without its scheme gets one. */
function withScheme(address: string): string {
  return /^https?:/.test(address) ? address : `https://${address}`;
}
