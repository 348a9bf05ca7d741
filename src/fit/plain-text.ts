import type { FitReport, FitRequirement } from './report.ts';

const MARK = { met: '[x]', partial: '[~]', missing: '[ ]' } as const;

/** The report as plain text for a terminal: a checklist with evidence under each line. */
export function formatFitReport(report: FitReport): string {
  const lines = [report.summary, `Coverage: ${Math.round(report.coverage * 100)}%`];
  for (const kind of ['must', 'nice'] as const) {
    const items = report.requirements.filter((r) => r.kind === kind);
    if (items.length === 0) continue;
    lines.push('', kind === 'must' ? 'Must have:' : 'Nice to have:');
    for (const item of items) lines.push(...formatRequirement(item));
  }
  if (report.unclassified.length > 0) {
    lines.push('', 'Could not classify:');
    for (const text of report.unclassified) lines.push(`  ?   ${text}`);
  }
  return lines.join('\n');
}

function formatRequirement(item: FitRequirement): string[] {
  const lines = [`  ${MARK[item.status]} ${item.requirement}  (${item.status})`];
  if (item.parts)
    lines.push(`        parts: ${item.parts.map((p) => `${p.text}: ${p.status}`).join('; ')}`);
  for (const e of item.evidence) lines.push(`        evidence: ${e}`);
  if (item.closest.length > 0) lines.push(`        closest: ${item.closest.join('; ')}`);
  return lines;
}
