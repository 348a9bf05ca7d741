import type { FitRequirement } from './report.ts';

const SCORE = { met: 1, partial: 0.5, missing: 0 } as const;

/** Share of requirements met, partial counting half and must-haves double. 1 when none were read. */
export function coverageOf(requirements: readonly FitRequirement[]): number {
  let total = 0;
  let got = 0;
  for (const r of requirements) {
    const weight = r.kind === 'must' ? 2 : 1;
    total += weight;
    got += weight * SCORE[r.status];
  }
  return total === 0 ? 0 : Math.round((got / total) * 100) / 100;
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A short honest summary: what is met, what is close, what is missing, nothing more. */
export function summarize(
  name: string,
  requirements: readonly FitRequirement[],
  unclassified: readonly string[],
): string {
  if (requirements.length === 0) {
    return unclassified.length > 0
      ? `No requirement in this text could be checked against ${name}'s profile; ${count(unclassified.length, 'line')} could not be classified.`
      : 'No requirements were found in this text. Paste the part of the job description that lists them.';
  }
  const must = requirements.filter((r) => r.kind === 'must');
  const nice = requirements.filter((r) => r.kind === 'nice');
  const met = (list: readonly FitRequirement[]) => list.filter((r) => r.status === 'met').length;
  const parts = [
    must.length > 0
      ? `${name}'s profile meets ${met(must)} of ${count(must.length, 'must-have')}`
      : `${name}'s profile lists no must-haves from this text`,
  ];
  if (nice.length > 0) parts.push(`${met(nice)} of ${count(nice.length, 'nice-to-have')}`);
  const sentences = [`${parts.join(' and ')}.`];
  const partial = must.filter((r) => r.status === 'partial').map((r) => r.requirement);
  const missing = must.filter((r) => r.status === 'missing').map((r) => r.requirement);
  if (partial.length > 0) sentences.push(`Partly: ${listOf(partial)}.`);
  if (missing.length > 0) sentences.push(`Not shown in the profile: ${listOf(missing)}.`);
  if (unclassified.length > 0) {
    sentences.push(`${count(unclassified.length, 'line')} could not be checked automatically.`);
  }
  return sentences.join(' ');
}

function listOf(items: readonly string[]): string {
  const short = items
    .slice(0, 3)
    .map((i) => i.replace(/[.\s]+$/, ''))
    .map((i) => (i.length > 60 ? `${i.slice(0, 57)}…` : i));
  const more = items.length > 3 ? ` and ${items.length - 3} more` : '';
  return `${short.join('; ')}${more}`;
}
