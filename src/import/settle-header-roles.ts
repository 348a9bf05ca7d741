import type { Role } from '../knowledge/schema.ts';
import { isLegalForm } from './entry-text.ts';
import { titleFromSummary } from './header-titles.ts';
import type { Draft } from './markdown-sections.ts';
import { type CurrentRole, currentRoleFromProse, employerSinceFromProse } from './prose-facts.ts';

/**
 * Jobs a page names outside its experience section: the current one its intro or header tells
 * ("Currently Engineering Manager at Parcelwise"), earlier ones a header line lists.
 */

/** "Currently Engineering Manager at Parcelwise": a role no section lists yet. */
export function settleCurrentRole(
  summaryText: string,
  draft: Draft,
  notes: string[],
  aboutTitle: string,
  fromHeader: CurrentRole | undefined,
): CurrentRole | undefined {
  const since = employerSinceFromProse(summaryText);
  const sinceTitle = since ? titleFromSummary(summaryText) : undefined;
  // Each paragraph or bullet on its own: a title never runs on into the next bullet.
  const current =
    draft.summary.map(currentRoleFromProse).find(Boolean) ??
    (since && sinceTitle ? { title: sinceTitle, company: since.company } : undefined) ??
    fromHeader;
  if (!current) return undefined;
  const company = companyKey(current.company);
  if (!draft.roles.some((role) => companyKey(role.company) === company)) {
    const start = since?.company === current.company ? { start: since.start } : {};
    draft.roles.unshift({ ...current, ...start, end: 'present', highlights: [], technologies: [] });
    notes.push(`${aboutTitle} → current role: ${current.title} at ${current.company}`);
  }
  return current;
}

/** Earlier jobs a header line names, for employers no section lists. */
export function settlePastRoles(draft: Draft, notes: string[], past: readonly Role[]): void {
  const known = new Set(draft.roles.map((role) => companyKey(role.company)));
  const added = past.filter((role) => !known.has(companyKey(role.company)));
  if (added.length === 0) return;
  draft.roles.push(...added);
  notes.push(
    `Header → earlier roles: ${added.map((r) => `${r.title} at ${r.company}`).join('; ')}`,
  );
}

/** "Elbhafen GmbH" and "Elbhafen" are one employer: the name without its legal form. */
function companyKey(company: string): string {
  const words = company.toLowerCase().replace(/,/g, ' ').split(/\s+/).filter(Boolean);
  while (words.length > 1 && isLegalForm(words.at(-1) ?? '')) words.pop();
  return words.join(' ');
}
