/**
 * The sections of an Upwork freelancer page, one fact a line as the page prints them, written
 * as the markdown sections a résumé has: positions as headings, certificates with their
 * provider and year, languages with their level, one skill a list item. What clients wrote
 * about a job stays their words, said to be theirs.
 */
export function upworkEntries(section: { name: string; lines: string[] }): string[] {
  const lines = section.lines;
  const filled = lines.filter((line) => line !== '');
  const body = entriesFor(section.name, lines, filled);
  if (body.length === 0) return [];
  return [`## ${headingFor(section.name)}`, '', ...body, ''];
}

function entriesFor(name: string, lines: string[], filled: string[]): string[] {
  switch (name) {
    case 'Languages':
      return filled.map((line) => `- ${line.replace(/^(.+?):\s*(.+)$/, '$1 ($2)')}`);
    case 'Skills':
    case 'Portfolio':
      return filled.map((line) => `- ${line}`);
    case 'Employment history':
      return positions(filled);
    case 'Education':
      return education(filled);
    case 'Certifications':
      return certifications(filled);
    case 'Work history':
      return clientJobs(lines);
    case 'Other experiences':
      return pairs(filled);
    case 'Hours per week':
    case 'Verifications':
    case 'Licenses':
    case 'Linked accounts':
      return [];
    default:
      return [filled.join('  \n')];
  }
}

function headingFor(name: string): string {
  if (name === 'Portfolio') return 'Projects';
  if (name === 'Employment history') return 'Experience';
  if (name === 'Work history') return 'Client feedback';
  return / can also help with$/.test(name) ? 'Can also help with' : name;
}

// "Senior Developer | Acme Ltd": a position and its employer.
const POSITION = /^(.+?)\s+\|\s+(.+)$/;
// "March 2018 - May 2021", "June 2021 - Present", "2010-2014".
const SPAN =
  /^((?:\p{L}{3,9}\.?\s+)?\d{4})\s*[-–—]\s*((?:\p{L}{3,9}\.?\s+)?\d{4}|Present|Current|Now)$/iu;

/** "Title | Company", its dates, then what the work was, until the next "Title | Company". */
function positions(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const position = POSITION.exec(line);
    if (position) out.push('', `### ${position[1]} at ${position[2]}`, '');
    else {
      const span = SPAN.exec(line);
      out.push(span ? `${span[1]} – ${span[2]}  ` : `${line}  `);
    }
  }
  return out;
}

/** The school, then its degree and years, each entry opening with a school's line. */
function education(lines: string[]): string[] {
  const out: string[] = [];
  let open = false;
  for (const line of lines) {
    const span = SPAN.exec(line);
    if (!open) {
      out.push('', `### ${line}`, '');
      open = true;
    } else out.push(span ? `${span[1]} – ${span[2]}  ` : `${line}  `);
    if (span) open = false;
  }
  return out;
}

// "Issued: November 2023": when a certificate was issued.
const ISSUED = /^Issued:\s*(?:\p{L}+\s+)?(\d{4})\b/u;

/** A certificate's name, then "Provider: …" and "Issued: …" lines. */
function certifications(lines: string[]): string[] {
  const out: string[] = [];
  let named = false;
  for (const line of lines) {
    const issued = ISSUED.exec(line)?.[1];
    // "AWS Certified …" then "Amazon Web Services" on the next line: who gave it.
    const provider =
      /^Provider:\s*(.+)$/.exec(line)?.[1] ??
      (named && !/\bcertifi|:/i.test(line) && line.split(/\s+/).length <= 6 ? line : undefined);
    named = false;
    if (issued) out.push(`${issued}  `);
    else if (provider) out.push(`${provider}  `);
    else if (/^(?:Credential ID|Expires)\b/.test(line)) out.push(`${line}  `);
    else {
      out.push('', `### ${line}`, '');
      named = true;
    }
  }
  return out;
}

/**
 * A job done for a client: its title, stars, dates, the client's words in quotes and the
 * price; written as one paragraph naming the client as the author of the feedback.
 */
function clientJobs(lines: string[]): string[] {
  const jobs: string[][] = [[]];
  for (const line of lines) {
    if (line === '') jobs.push([]);
    else jobs[jobs.length - 1]?.push(line);
  }
  return jobs.filter((job) => job.length > 1).flatMap((job) => [clientJob(job), '']);
}

const STARS = /^[★☆]+\s*(\d(?:\.\d)?)$/;

function clientJob([title = '', ...rest]: string[]): string {
  const parts: string[] = [];
  for (const line of rest) {
    const stars = STARS.exec(line)?.[1];
    const quote = /^["“](.+)["”]$/.exec(line)?.[1];
    if (stars) parts.push(`rated ${stars}/5`);
    else if (quote) parts.push(`client feedback: “${quote}”`);
    else if (!/^No feedback given$/.test(line)) parts.push(line);
  }
  return `- ${title}: ${parts.join('; ')}`;
}

/** "Speaker – Conference 2024" over the line telling what it was. */
function pairs(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 2) {
    const detail = lines[i + 1];
    out.push(detail ? `- ${lines[i]}: ${detail}` : `- ${lines[i]}`);
  }
  return out;
}
