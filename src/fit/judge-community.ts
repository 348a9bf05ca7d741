import type { ProfileSupport } from '../answer/support.ts';
import { isPublicRepository } from '../knowledge/forges.ts';
import type { Profile } from '../knowledge/schema.ts';
import { evidenceLine, type Judgement, unique } from './judgement.ts';

/**
 * "Open-source contributions you're proud of", "Bonus if you've volunteered with a non-profit":
 * work done in the open or for a cause, which only the profile's own lines can show — a
 * project on a public forge or said to be open source, a contribution told, a volunteer entry.
 * Skills never stand in for it.
 */
const ASKS_OPEN_SOURCE =
  /\bopen[\s-]?source\b.{0,40}\b(?:contribut\w*|projects?|librar(?:y|ies)|work|maintain\w*|code)\b|\b(?:contribut\w*|maintain\w*)\b.{0,30}\bopen[\s-]?source\b|\boss contributions?\b/i;
// "worked with a non-profit", not "Salesforce Nonprofit Cloud": the cause, not a product for it.
const ASKS_VOLUNTEERING =
  /\bvolunteer(?:ed|ing|s)?\b|\b(?:with|for|at|in)\s+(?:an?\s+|the\s+)?(?:non-?profits?|charit(?:y|ies)|community (?:groups?|organi[sz]ations?))\b|\bpro bono\b/i;

const OPEN_SOURCE_LINE =
  /\bopen[\s-]?source\w*\b|\bcontribut\w* to\b|\bmaintainer\b|\bpull requests? (?:to|merged)\b/i;
const VOLUNTEER_LINE =
  /\bvolunteer\w*\b|\bnon-?profit\b|\bcharit\w+\b|\bpro bono\b|\bco-?organi[sz]\w*\b/i;

export function judgeCommunity(
  text: string,
  profile: Profile,
  support: ProfileSupport,
): Judgement | undefined {
  if (ASKS_OPEN_SOURCE.test(text)) {
    const forged = profile.projects
      .filter((p) => p.links.some((link) => isPublicRepository(link.url)))
      .map((p) => `${p.name} (projects)`);
    const lines = support.linesMatching(OPEN_SOURCE_LINE).map(evidenceLine);
    const open = unique([...lines, ...forged]);
    // "Tactical RMM Contributions": work given to someone else's project, not said to be open.
    const given = profile.projects
      .filter((p) => /\bcontribut\w*\b/i.test(`${p.name} ${p.summary}`))
      .map((p) => `${p.name}: ${p.summary} (projects)`);
    if (open.length === 0 && given.length > 0)
      return { status: 'partial', evidence: given.slice(0, 2), closest: [] };
    return shown(open);
  }
  if (ASKS_VOLUNTEERING.test(text)) {
    const entries = profile.volunteer.map(
      (v) => `${[v.position, v.organization].filter(Boolean).join(', ')} (volunteer)`,
    );
    const lines = support.linesMatching(VOLUNTEER_LINE).map(evidenceLine);
    return shown(unique([...entries, ...lines]));
  }
  return undefined;
}

function shown(evidence: string[]): Judgement {
  return evidence.length > 0
    ? { status: 'met', evidence: evidence.slice(0, 3), closest: [] }
    : { status: 'missing', evidence: [], closest: [] };
}
