/** The words by which a job description's headings say what their section is for. */

/**
 * What a part of a job description is for. Only `must` and `nice` hold requirements; `open`
 * (no heading yet, or a heading that names nothing known) is read sentence by sentence for
 * requirement cues; the rest is company blurb, duties, benefits or the hiring process.
 */
export type SectionKind =
  | 'must'
  | 'nice'
  | 'excluded'
  | 'location'
  | 'open'
  | 'duties'
  | 'about'
  | 'benefits'
  | 'process';

// Checked in order: the first pattern that matches a heading names its kind.
const HEADING_KINDS: readonly (readonly [SectionKind, RegExp])[] = [
  // MoSCoW's "Won't have": what the role explicitly does not ask for.
  [
    'excluded',
    /\bwon'?t[\s-]+haves?\b|\bwill not have\b|\bnot (?:needed|expected)\b|\bnone of (?:this|these|it) (?:is|are) (?:expected|required|needed)\b|\bnot (?:a|the right) fit\b|\b(?:isn'?t|is not|not) for you\b/i,
  ],
  // "Month 3", "Week 2", "Your first 90 days": goals after joining, not what one joins with.
  [
    'duties',
    /^(?:by |in |after )?(?:week|month|day)\s*(?:[2-9]|[1-9]\d+|two|three|six|twelve)\b|^(?:in )?(?:your )?first\s+\d+\s+days\b|^\d+\s*\/\s*\d+/i,
  ],
  // "Competencies: how you work", "Behaviours": conduct graded at interview, not skills asked.
  ['about', /\bhow you (?:work|operate|behave)\b|\bbehaviou?rs\b|\bways of working\b/i],
  [
    'nice',
    /nice[\s-]+to[\s-]+haves?|^(?:also )?nice\b|bonus|\ba plus\b|\bpluses\b|preferred|desirable|desired|good[\s-]+to[\s-]+have|would be (?:great|nice|a plus)|extra credit|stand out|(?:would|we'd) love|love to see|great if|even better|not required|optional|icing|^plus(?:es)?$|^ideally\b|\b(?:should|could)[\s-]+haves?\b/i,
  ],
  [
    'must',
    /requirements?|required|must[\s-]+haves?|^musts?$|^exp$|(?:you|we)(?:'ll|'d| will| would)? need|qualifications|you have|you(?:'ll| will)? bring|you(?:'ve| have) got|what you need|what we(?:'re| are) looking for|looking for|about you|who you are|you are|your (?:profile|skills|experience|background)|skills|experience|expect(?:ations)?|ideal candidate|what it takes|thrive|succeed|excel|great fit|right fit|you might be|^day (?:1|one)\b|walk in with|essentials?|\bwanted$|^(?:security(?:\s+clearance)?|clearance|vetting)$|non[\s-]negotiable|mandatory|minimum|basic|key skills|competenc/i,
  ],
  [
    'location',
    /^(?:location|loc|where|based in|work(?:ing)? location|remote(?: policy)?|office)\b/i,
  ],
  [
    'benefits',
    /benefits|perks|what we offer|we(?:'ll| will) give you|what you(?:'ll| will)? get|^why\b(?! you)|we offer|in return|compensation|salary|pay\b|package|why (?:join|work)|what(?:'s| is) in it|life at|culture|rewards/i,
  ],
  [
    'process',
    /how to apply|apply|hiring process|selection process|\bsift\b|interview|next steps|equal opportunit|\beeo\b|diversity|recruit/i,
  ],
  [
    'duties',
    /responsibilit|what you(?:'ll| will) (?:be )?(?:do|doing|work on|working on|own|build|building)\b|the role|your role|role overview|day[\s-]+to[\s-]+day|you will|in this role|the job|your mission|the work|what the job involves|duties|tasks|impact/i,
  ],
  [
    'about',
    /about|who we are|^working (?:for|at|in) (?:the|us|our)\b|our (?:company|team|story|mission|stack|product)|the company|the team|company|overview|summary|mission|stack|tech(?:nology)?/i,
  ],
];

/** "Bonus (nice, not needed for an offer)": what is not needed but welcome is a nice-to-have. */
const WELCOME = /\bnice\b|\bbonus\b|\ba plus\b|\bpreferred\b|\bdesirable\b/i;

/** The kind a heading names, or undefined when its words name no known section. */
export function headingKind(heading: string): SectionKind | undefined {
  const text = heading.replace(/[:\s]+$/, '');
  for (const [kind, pattern] of HEADING_KINDS) {
    if (!pattern.test(text)) continue;
    return kind === 'excluded' && WELCOME.test(text) && !WONT.test(text) ? 'nice' : kind;
  }
  return undefined;
}

const WONT = /\bwon'?t[\s-]+haves?\b|\bwill not have\b|\bnot (?:a|the right) fit\b/i;
