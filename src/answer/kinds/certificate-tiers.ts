import { bullets, reply } from '../pipeline/reply.ts';
import { type Candidate, type Knowledge, SCORES } from '../pipeline/types.ts';
import { contentStems } from '../text.ts';

/** Only the certificates whose names hold every word of the subject asked about. */
export const TIER =
  /\b(associate|professional|expert|specialty|foundational|practitioner|fundamentals)\b/gi;

/** The certificates of the tier the question names, when it names one. */
export function ofTier(found: ReturnType<typeof naming>, typed: string) {
  const tiers = [...typed.matchAll(TIER)].map((m) => (m[1] ?? '').toLowerCase());
  if (!found.held || tiers.length === 0) return found;
  const evidence = found.evidence.filter((e) =>
    tiers.some((tier) => e.text.toLowerCase().includes(tier)),
  );
  return { held: evidence.length > 0, evidence };
}

/** A no to the tier asked, with the certificate of another tier the profile does list. */
export function otherTier(
  k: Knowledge,
  evidence: readonly { where: string; text: string }[],
  typed: string,
  lines: readonly string[],
): Candidate {
  const tier = [...typed.matchAll(TIER)].map((m) => m[1] ?? '')[0] ?? '';
  const held = evidence.map((e) => `**${e.text}**`).join(', ');
  const all = lines.length > 1 ? `\n\nAll certifications:\n${bullets(lines)}` : '';
  return {
    kind: 'certifications',
    score: SCORES.certification,
    why: `another tier than ${tier}`,
    evidence: k.index.snippets.filter((s) => evidence.some((e) => e.where === s.where)),
    answer: reply(
      'certifications',
      'Certifications',
      `**No** — ${k.firstName} holds ${held}, not the ${tier.toLowerCase()} tier asked.${all}`,
    ),
  };
}

/** Only the held certificates whose names hold every stem of the subject asked. */
export function naming(
  found: ReturnType<Knowledge['support']['certification']>,
  subject: readonly string[],
) {
  if (!found.held || subject.length === 0) return found;
  const evidence = found.evidence.filter((e) => {
    const stems = new Set(contentStems(e.text));
    return subject.every((s) => stems.has(s));
  });
  return { held: evidence.length > 0, evidence };
}
