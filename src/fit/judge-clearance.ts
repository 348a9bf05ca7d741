import type { Profile } from '../knowledge/schema.ts';
import type { Judgement } from './judgement.ts';

/**
 * "Active SC clearance is required", "TS/SCI with polygraph", "eligible for DV": a government
 * security clearance, which only a clearance the profile states meets. Access control, security
 * skills or a "clearance" of anything else never stand in for it.
 */
const ASKS_CLEARANCE =
  /\b(?:SC|DV|NV[12]|BPSS|CTC|TS(?:\/SCI)?|top secret|secret|security|government|federal|baseline)\s+(?:level\s+)?(?:clearance|cleared|vetting)\b|\b(?:clearance|vetting)\b[^.]{0,30}\b(?:SC|DV|NV[12]|TS\/SCI|top secret)\b|\bpolygraph\b/i;
const STATES_CLEARANCE = /\b(?:clearance|cleared|vetted|vetting|TS\/SCI|top secret|polygraph)\b/i;

export function judgeClearance(text: string, profile: Profile): Judgement | undefined {
  if (!ASKS_CLEARANCE.test(text)) return undefined;
  const lines = stated(profile).filter((line) => STATES_CLEARANCE.test(line));
  return lines.length > 0
    ? { status: 'met', evidence: lines.slice(0, 2), closest: [] }
    : { status: 'missing', evidence: [], closest: [] };
}

/** Every line of text the profile holds, its summary, roles, certificates and sections. */
function stated(profile: Profile): string[] {
  return [
    ...profile.summary,
    ...(profile.identity.availability ? [profile.identity.availability] : []),
    ...profile.certifications.map((c) => [c.name, c.issuer].filter(Boolean).join(' — ')),
    ...profile.roles.flatMap((r) => [r.title, r.summary ?? '', ...r.highlights]),
    ...profile.sections.flatMap((s) => s.items),
  ].filter((line) => line.trim() !== '');
}
