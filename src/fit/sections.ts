import type { JdLine } from './jd-lines.ts';

/** A line naming a job: "Senior Backend Engineer", "Staff Software Engineer (Go)". */
export const JOB_TITLE =
  /\b(?:engineer|developer|designer|manager|scientist|analyst|architect|programmer|administrator|consultant|specialist|sre)s?\b/i;

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

export interface JdSection {
  heading: string | null;
  kind: SectionKind;
  lines: JdLine[];
}

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

/** Kinds a sub-heading's own words may name weakly ("Technical"): its parent's kind wins. */
const INHERITED: readonly (SectionKind | undefined)[] = [undefined, 'open', 'about'];

const isRead = (kind: SectionKind | undefined) => kind === 'must' || kind === 'nice';

/** Groups lines under their headings. A guessed heading naming nothing known stays text. */
export function readSections(lines: readonly JdLine[]): JdSection[] {
  const sections: JdSection[] = [{ heading: null, kind: 'open', lines: [] }];
  // The kind of the last markdown heading: "## What we're looking for" over "**Technical**".
  let parent: SectionKind | undefined;
  // Whether the last line was a short untitled line ("Type of role", "Digital"): a field list.
  let inFieldList = false;
  for (const line of lines) {
    // A bare line naming a job ("Full-Stack Engineer at Loop") is a title, whatever its words.
    // "Type of role" / "Digital" / "Security": a value under a field's name is not a title.
    const own: SectionKind | undefined =
      line.heading &&
      !(line.guessed && JOB_TITLE.test(line.text) && !/\byou\b/i.test(line.text)) &&
      !(line.guessed && line.tight && inFieldList)
        ? headingKind(line.text)
        : undefined;
    inFieldList = Boolean(line.heading && line.guessed && !own);
    const current = sections[sections.length - 1];
    // "You must be able to demonstrate:" under "Essential criteria" leads into the list it is in.
    if (line.heading && !own && /\byou\b/i.test(line.text) && isRead(current?.kind)) continue;
    if (line.heading && (own || !line.guessed)) {
      if (line.level !== undefined) parent = own;
      const sub = line.level === undefined && (parent === 'must' || parent === 'nice');
      const kind = sub && INHERITED.includes(own) ? parent : own;
      sections.push({ heading: line.text.replace(/:$/, ''), kind: kind ?? 'open', lines: [] });
      continue;
    }
    // Prose after a list ("Interested? Reply with your CV") is no longer the list's section.
    if (current && !line.bullet && current.kind !== 'open' && current.lines.some((l) => l.bullet)) {
      sections.push({ heading: null, kind: 'open', lines: [] });
    }
    sections[sections.length - 1]?.lines.push(line.heading ? { ...line, heading: false } : line);
  }
  return sections.filter((s) => s.lines.length > 0 || s.heading !== null);
}
