import type { ProfileSupport, Support } from '../answer/support.ts';

/**
 * "operating production Kubernetes clusters", "operating Kubernetes in production": running the
 * technology itself, not deploying onto it.
 */
const OPERATING =
  /\b(?:operat\w*|administ\w*|run(?:s|ning)?|manag\w*|maintain\w*|scal\w*)\b[^.;]*\b(?:clusters?|fleets?)\b|\b(?:operat(?:e|es|ing)|administer\w*)\s+(?:[\w.-]+\s+){0,2}?(?:in|at)\s+(?:production|prod|scale)\b/i;

/** Words that show the profile ran the technology itself: clusters, nodes, a fleet. */
const OPERATED = /\b(?:clusters?|fleets?|nodes?|administrat\w*|operat\w*)\b/i;

/**
 * A requirement to operate a technology's clusters is shown only by knowledge that speaks of
 * running them; a profile that lists the technology, or deployed on it, is close, not a match.
 */
export function usedMoreNarrowly(text: string, result: Support, support: ProfileSupport): boolean {
  if (result.status === 'absent' || !OPERATING.test(text)) return false;
  const lines = [
    ...result.evidence,
    ...support.search(`${result.canonical} cluster`, 5),
    ...support.certification(result.canonical).evidence,
  ];
  return !lines.some(
    (line) =>
      OPERATED.test(line.text) && line.text.toLowerCase().includes(result.canonical.toLowerCase()),
  );
}
