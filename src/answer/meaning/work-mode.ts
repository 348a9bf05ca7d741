/**
 * Ways of working a recruiter asks about ("is she open to remote work?", "would he do hybrid?")
 * and whether a line of the owner's says yes or no to one.
 */
export type WorkMode = 'remote' | 'hybrid' | 'on-site';

const ASKED: readonly [RegExp, WorkMode][] = [
  [/^(?:remote(?:ly)?|wfh|distributed)$/, 'remote'],
  [/^hybrid$/, 'hybrid'],
  [/^(?:onsite|on-site|office)$/, 'on-site'],
];

/** The way of working a question asks about, if it asks about one. */
export function workModeAsked(tokens: readonly string[]): WorkMode | undefined {
  for (const token of tokens) {
    const found = ASKED.find(([word]) => word.test(token));
    if (found) return found[1];
  }
  return undefined;
}

const SAID: Record<WorkMode, RegExp> = {
  remote: /\b(?:fully\s+)?remote(?:ly)?\b|\bwork(?:ing)? from home\b|\bWFH\b/i,
  hybrid: /\bhybrid\b/i,
  'on-site': /\b(?:on-?site|in the office|in-office|office-based)\b/i,
};

/**
 * "Not open to remote roles", "no remote, please", "on-site only", "remote is not for me": the
 * way of working turned down, in the clause that names it.
 */
const TURNED_DOWN: Record<WorkMode, RegExp> = {
  remote:
    /\b(?:no|not|never|don't|do not|won't|isn't)\b[^.;:!?]{0,30}\bremote\b|\bremote\b[^.;:!?]{0,20}\b(?:not for me|isn't for me|is not|no longer)\b|\b(?:on-?site|office)[\s-]only\b/i,
  hybrid: /\b(?:no|not|never|don't|do not|won't)\b[^.;:!?]{0,30}\bhybrid\b|\bremote[\s-]only\b/i,
  'on-site':
    /\b(?:no|not|never|don't|do not|won't)\b[^.;:!?]{0,30}\b(?:on-?site|office|commut\w*)\b|\bremote[\s-]only\b|\bfully remote only\b/i,
};

/** "yes" when a line of the owner's says the way of working is fine, "no" when it turns it down. */
export function workModeSaid(text: string, mode: WorkMode): 'yes' | 'no' | undefined {
  if (TURNED_DOWN[mode].test(text)) return 'no';
  return SAID[mode].test(text) ? 'yes' : undefined;
}
