import { upworkEntries } from './upwork-entries.ts';

/**
 * Text copied from an Upwork freelancer page: the name with a last initial ("Jane D."), the
 * place and its local time, badges ("Top Rated Plus", "98% Job Success"), counters over their
 * labels ("$50K+" / "Total earnings"), a title line, the hourly rate, the overview, then
 * section names alone on a line ("Skills", "Employment history", "Certifications") with one
 * fact a line, and the site's buttons and footer around them. Rewritten as the markdown
 * résumé it stands for; the buttons, the navigation and the footer are dropped.
 */
export function isUpworkPage(text: string): boolean {
  if (/^#{1,6}\s/m.test(text)) return false;
  return PAGE_MARKS.filter((mark) => mark.test(text)).length >= 3;
}

// Marks only such a page carries; three of them tell it apart.
const PAGE_MARKS = [
  /^\$[\d,.]+\s*\/\s*hr$/m,
  /^Total (?:earnings|jobs|hours)$/m,
  /^Hours per week$/m,
  /^\d{1,3}% Job Success$/m,
  /^(?:Work|Employment) history$/m,
  /\d{1,2}:\d{2}\s*[ap]m local time$/m,
  /^(?:Top Rated(?: Plus)?|Rising Talent|Expert-Vetted)$/m,
  /upwork\.com\/freelancers\//,
];

// The page's own section names, in the words Upwork prints.
const SECTION =
  /^(?:Hours per week|Languages|Verifications|Licenses|Education|Linked accounts|Portfolio|Skills|Work history|Employment history|Certifications|Other experiences|Testimonials|Specialized profiles|Project catalog)(?:\s*\(\d+\))?$|^.+ can also help with$/;
// Sections a blank line does not end: their entries stand apart by blank lines.
const LONG_SECTIONS = /^(?:Work history|Employment history|Other experiences|Testimonials)/;
// Where the profile ends and the site's footer begins.
const FOOTER = /^(?:About Upwork|Footer navigation|Help & support|Terms of Service)$/;
// Lines only the site's interface prints.
const UI_LINES = [
  /^(?:Skip to main content|Find talent|Find work|Why Upwork|Enterprise|Pricing|Log in|Sign up|Share|Copy link|See more|See less|Show all|Show more|Show less|Show details|View profile|Boost your profile|Invite to job|Save|Hire|Message|Contact|Job in progress|Back to top)$/,
  /^(?:Completed jobs|In progress)\s*\(\d+\)$/,
  /^(?:\d+\s+)+(?:…\s+\d+\s+)?Next$/,
  /^(?:ID|Phone number|Email address): Verified$/,
];

interface Page {
  head: string[];
  sections: { name: string; lines: string[] }[];
}

/** The page as markdown, or the text unchanged when it is no such page. */
export function markUpworkPage(text: string): string {
  if (!isUpworkPage(text)) return text;
  const page = splitPage(text);
  const hours = page.sections.find((s) => s.name === 'Hours per week')?.lines ?? [];
  return [...headMarkdown(page.head, hours), ...page.sections.flatMap(upworkEntries)].join('\n');
}

function splitPage(text: string): Page {
  const page: Page = { head: [], sections: [] };
  let open: { name: string; lines: string[] } | undefined;
  const all = text.split(/\r?\n/).map((raw) => raw.trim());
  for (const [i, line] of all.entries()) {
    if (FOOTER.test(line)) break;
    if (UI_LINES.some((ui) => ui.test(line))) continue;
    // "2008-2014" of the education, then the title over the rate: the head goes on there.
    if (open && (RATE.test(line) || RATE.test(all[i + 1] ?? ''))) open = undefined;
    if (SECTION.test(line)) {
      open = { name: line.replace(/\s*\(\d+\)$/, ''), lines: [] };
      page.sections.push(open);
    } else if (open && (line !== '' || LONG_SECTIONS.test(open.name))) {
      open.lines.push(line);
    } else {
      open = undefined;
      page.head.push(line);
    }
  }
  return page;
}

const NAME = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]*)*\s+\p{Lu}\.$/u;
const PLACE = /^(.+?)\s+[–—-]\s+\d{1,2}:\d{2}\s*[ap]m local time$/i;
const LOCAL_TIME = /^\d{1,2}:\d{2}\s*[ap]m local time$/i;
const RATE = /^\$[\d,.]+\s*\/\s*hr$/;
const BADGE =
  /^(?:Top Rated(?: Plus)?|Rising Talent|Expert-Vetted|\d{1,3}% Job Success|Available now|Offline|Online)$/;
const COUNTER = /^(Total (?:earnings|jobs|hours))$/;
const PROFILE_URL = /^https?:\/\/(?:www\.)?upwork\.com\/\S+$/;

/** The name, title, place, rate, badges and counters, then the overview under "About". */
function headMarkdown(head: string[], hours: string[]): string[] {
  const lines = head.filter((line) => line !== '');
  const name = lines.find((line) => NAME.test(line)) ?? lines[0] ?? '';
  const rate = lines.findIndex((line) => RATE.test(line));
  // The title stands over the rate; with no rate shown, it is the line of "|"-parted specialties.
  const titleAt = rate > 0 ? rate - 1 : lines.findIndex((line) => / \| /.test(line));
  const title = lines[titleAt];
  // The overview follows the rate, or the title when no rate is shown.
  const after = lines[rate >= 0 ? rate : titleAt];
  const overview = after === undefined ? [] : head.slice(head.indexOf(after) + 1);
  return [
    `# ${name}`,
    '',
    ...(title ? [title, ''] : []),
    ...headFacts(lines, rate, hours).map((fact) => `${fact}  `),
    '',
    ...(overview.length > 0 ? ['## About', '', ...overview.map(overviewLine), ''] : []),
  ];
}

/** The labelled facts of the page's head: place, rate, badges, counters, link and hours. */
function headFacts(lines: string[], rate: number, hours: string[]): string[] {
  const facts: string[] = [];
  const place = lines.map(placeAt).find((p) => p !== undefined);
  if (place) facts.push(`Location: ${place}`);
  if (rate >= 0) facts.push(`Hourly rate: ${lines[rate]}`);
  const badges = lines.filter((line) => BADGE.test(line) && line !== 'Available now');
  for (const badge of badges) {
    // "100% Job Success" is a score: labelled, it answers "what is the job success score".
    const score = /^(\d{1,3}%) (Job Success)$/.exec(badge);
    facts.push(score ? `${score[2]} score: ${score[1]}` : `Upwork badge: ${badge}`);
  }
  const counters = lines.flatMap((line, i) => {
    const label = COUNTER.exec(line)?.[1];
    return label && i > 0 ? [`${lines[i - 1]} ${label.toLowerCase()}`] : [];
  });
  if (counters.length > 0) facts.push(`Upwork record: ${counters.join(', ')}`);
  const url = lines.find((line) => PROFILE_URL.test(line));
  if (url) facts.push(`Upwork profile: ${url}`);
  const available = [
    ...(lines.includes('Available now') ? ['Available now'] : []),
    // "Less than 30 hrs/week" is the time offered for work; said so, it reads as availability.
    ...hours.filter((line) => line !== '').map((line) => line.replace(/hrs\/week$/, '$& of work')),
  ];
  if (available.length > 0) facts.push(`Availability: ${available.join(', ')}`);
  return facts;
}

/** "Izmir, Turkey – 4:12 pm local time", or the place over a line of its local time alone. */
function placeAt(line: string, i: number, lines: string[]): string | undefined {
  const inline = PLACE.exec(line)?.[1];
  if (inline) return inline;
  return LOCAL_TIME.test(lines[i + 1] ?? '') && !NAME.test(line) ? line : undefined;
}

/** "✅ Odoo implementation …": a line of the overview marked as an item of a list. */
function overviewLine(line: string): string {
  return line.replace(/^(?:[✅✔☑•▪►➤🔹🔸]|-)\uFE0F?\s*/u, '- ');
}
