/**
 * Ways of working a recruiter asks about ("is she open to remote work?", "would he do hybrid?")
 * and whether a line of the owner's says yes or no to one.
 */
export type WorkMode = 'remote' | 'hybrid' | 'on-site' | 'permanent' | 'contract';

// "would he take a permanent role?", "open to contract work?": the terms of the work, asked as
// a way of working is.
const ASKED: readonly [RegExp, WorkMode][] = [
  [/^(?:remote(?:ly)?|wfh|distributed)$/, 'remote'],
  [/^hybrid$/, 'hybrid'],
  [/^(?:onsite|on-site|office)$/, 'on-site'],
  [/^(?:permanent|perm|fte|salaried)$/, 'permanent'],
  [/^(?:contract|contractor|contracting|freelance|freelancer|freelancing|b2b)$/, 'contract'],
];

/** The way of working a question asks about, if it asks about one. */
export function workModeAsked(tokens: readonly string[]): WorkMode | undefined {
  for (const token of tokens) {
    const found = ASKED.find(([word]) => word.test(token));
    if (found) return found[1];
  }
  return undefined;
}

// "trabalho 100% remoto", "teletrabajo", "télétravail", "Homeoffice", "híbrido", "presencial":
// the same ways of working as Portuguese, Spanish, French, German and Italian profiles say them.
const REMOTE_ABROAD = String.raw`(?<!\p{L})(?:remot[oa]s?|télétravail|teletrabajo|teletrabalho|home[\s-]?office|à distance|da remoto)(?!\p{L})`;
const HYBRID_ABROAD = String.raw`(?<!\p{L})(?:h[íi]brid[oa]s?|hybride|ibrid[oa])(?!\p{L})`;
const ONSITE_ABROAD = String.raw`(?<!\p{L})(?:presencial(?:es)?|présentiel|vor Ort|in sede)(?!\p{L})`;
/**
 * "não", "pas", "nicht", "sin", "nada de": the denials those languages put before what they turn
 * down, up to the end of the clause. Relocation is turned down the same way.
 */
export const DENIED_ABROAD = String.raw`(?<!\p{L})(?:não|nao|no|pas(?: de)?|aucune|nicht|kein(?:e|en)?|nada de|sin|sem|senza)(?!\p{L})[^.;:!?]{0,40}`;

const SAID: Record<WorkMode, RegExp> = {
  remote: new RegExp(
    String.raw`\b(?:fully\s+)?remote(?:ly)?\b|\bwork(?:ing)? from home\b|\bWFH\b|${REMOTE_ABROAD}`,
    'iu',
  ),
  hybrid: new RegExp(String.raw`\bhybrid\b|${HYBRID_ABROAD}`, 'iu'),
  'on-site': new RegExp(
    String.raw`\b(?:on-?site|in the office|in-office|office-based)\b|${ONSITE_ABROAD}`,
    'iu',
  ),
  permanent:
    /\bpermanent\b|\bfull[\s-]?time (?:employment|role|job|position)s?\b|\bCDI\b|\bFestanstellung\b/i,
  contract: /\b(?:contracts?|contracting|contractor|freelanc\w*|B2B)\b/i,
};

/**
 * "Not open to remote roles", "no remote, please", "on-site only", "remote is not for me": the
 * way of working turned down, in the clause that names it.
 */
const TURNED_DOWN: Record<WorkMode, RegExp> = {
  remote: new RegExp(
    String.raw`\b(?:no|not|never|don't|do not|won't|isn't)\b[^.;:!?]{0,30}\bremote\b|\bremote\b[^.;:!?]{0,20}\b(?:not for me|isn't for me|is not|no longer)\b|\b(?:on-?site|office)[\s-]only\b|${DENIED_ABROAD}${REMOTE_ABROAD}`,
    'iu',
  ),
  hybrid: new RegExp(
    String.raw`\b(?:no|not|never|don't|do not|won't)\b[^.;:!?]{0,30}\bhybrid\b|\bremote[\s-]only\b|${DENIED_ABROAD}${HYBRID_ABROAD}`,
    'iu',
  ),
  'on-site': new RegExp(
    String.raw`\b(?:no|not|never|don't|do not|won't)\b[^.;:!?]{0,30}\b(?:on-?site|office|commut\w*)\b|\bremote[\s-]only\b|\bfully remote only\b|${DENIED_ABROAD}${ONSITE_ABROAD}`,
    'iu',
  ),
  permanent:
    /\b(?:no|not|never|don't|do not|won't|isn't)\b[^.;:!?]{0,40}\b(?:permanent|full[\s-]?time)\b|\b(?:contract|freelance)[\s-]only\b/i,
  contract:
    /\b(?:no|not|never|don't|do not|won't|isn't)\b[^.;:!?]{0,30}\b(?:contracts?|contracting|freelanc\w*)\b|\bpermanent[\s-](?:roles? )?only\b/i,
};

/** "yes" when a line of the owner's says the way of working is fine, "no" when it turns it down. */
export function workModeSaid(text: string, mode: WorkMode): 'yes' | 'no' | undefined {
  if (TURNED_DOWN[mode].test(text)) return 'no';
  return SAID[mode].test(text) ? 'yes' : undefined;
}
