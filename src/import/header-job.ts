import { endsAsJobTitle } from './entry-text.ts';
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
  const title = lead.replace(TEAM, '').trim();
  if (title.split(/\s+/).length > 6 || !endsAsJobTitle(title)) return undefined;
  return { title, company };
}
