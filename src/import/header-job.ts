import type { Role } from '../knowledge/schema.ts';
import { takeDates } from './entry-dates.ts';
import { cleanSegment, endsAsJobTitle } from './entry-text.ts';
import type { CurrentRole } from './prose-facts.ts';

const COMPANY = "\\p{Lu}[\\p{L}\\p{N}&.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&.'’-]*){0,3}";
// "Senior Engineer on the storage team @ Acme Labs (remote)": a title, then the employer.
const JOB_AT = new RegExp(
  `^([^@()]{3,80}?)\\s+(?:@|at)\\s+(${COMPANY})(?=\\s*(?:[(,;·|—–]|\\s-\\s|$))`,
  'u',
);
// "on the storage team", "in the payments group": where in the company, not the title.
const TEAM = /\s+(?:on|in|for|with|within)\s+(?:the|a|an|our)\s+.*$/i;
// "Previously Backend Engineer at …" is a past job.
const PAST = /^(?:previously|formerly|former|ex-|was|used to)\b/i;

/**
 * A header bullet that opens with the owner's job at an employer:
 * "Platform Engineer on the data team @ Acme (remote)" → that title at Acme.
 */
export function jobAtCompany(text: string): CurrentRole | undefined {
  const match = JOB_AT.exec(text.trim());
  const lead = match?.[1]?.trim();
  const company = match?.[2]?.replace(/[.’']+$/, '').trim();
  if (!lead || !company || PAST.test(lead)) return undefined;
  // "**Currently:** Frontend Platform Lead at …": the label says when, it is no part of the title.
  const title = lead.replace(TEAM, '').replace(NOW_LABEL, '').trim();
  if (title.split(/\s+/).length > 6 || !endsAsJobTitle(title)) return undefined;
  return { title, company };
}

const NOW_LABEL =
  /^(?:currently|now|right now|at the moment|today|current (?:role|job|position)|day job)\s*[:—–-]\s*/i;

/** "· before that …", "previously …": the jobs a header line says came before. */
const PAST_CUE = /\b(?:before that|previously|prior to that|formerly|earlier)\b[,:]?\s+/i;
/** "freelance VJ", "self-employed photographer": work for no employer. */
const OWN_ACCOUNT = /^(freelance|self-employed|independent)\s+(.{2,40})$/i;

/**
 * "Lead creative technologist @ Marmota (since 2021) · before that interactive developer @
 * Pixelmar in Zapopan (2018–2021) and freelance VJ (2017–2018)": the earlier jobs, each with
 * its dates. Only a dated job counts: an undated one is left to the text.
 */
export function pastJobsIn(text: string): Role[] {
  const cue = PAST_CUE.exec(text);
  if (!cue) return [];
  const after = text.slice(cue.index + cue[0].length);
  const jobs: Role[] = [];
  for (const part of after.split(/\s+and\s+|\s*[;·]\s*|,\s+(?=\p{Ll})/u)) {
    const dates = takeDates(part);
    if (!dates) continue;
    const rest = cleanSegment(dates.rest.replace(/\(\s*\)/g, ''));
    const place = /\s+in\s+(\p{Lu}[\p{L}.' -]*)$/u.exec(rest);
    const bare = place ? rest.slice(0, place.index) : rest;
    const own = OWN_ACCOUNT.exec(bare);
    const job = own?.[2]
      ? { title: own[2], company: capitalised(own[1] ?? '') }
      : jobAtCompany(bare);
    if (!job) continue;
    const role: Role = {
      ...job,
      start: dates.start,
      end: dates.end,
      highlights: [],
      technologies: [],
    };
    if (place?.[1]) role.location = place[1].trim();
    jobs.push(role);
  }
  return jobs;
}

const capitalised = (word: string) =>
  `${word.charAt(0).toUpperCase()}${word.slice(1).toLowerCase()}`;
