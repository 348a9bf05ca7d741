import { countriesIn } from '../knowledge/places.ts';
import {
  asksNothing,
  isEmployerCheck,
  isTermOfAppointment,
  withoutLookAlikes,
} from './asks-nothing.ts';
import { type ChoiceList, choiceListAt } from './choice-list.ts';
import { proseClauses, sentences, splitNiceClause, terseAsks, unitsOf } from './clauses.ts';
import { FIT_DEFAULTS } from './defaults.ts';
import { type JdLine, readLines } from './jd-lines.ts';
import type { JdRequirement } from './jd-requirement.ts';
import { jobPostingText } from './job-posting-json.ts';
import { jobTitleOf } from './job-title.ts';
import { yearsAsked } from './judge-years.ts';
import { labelListItems } from './label-list.ts';
import { levelled } from './levels.ts';
import { isLocationRequirement } from './location-requirement.ts';
import { applyRemarks, forwardedMail } from './mail-remarks.ts';
import type { RequirementKind } from './report.ts';
import {
  DESCRIBES_YOU,
  EMPLOYER_FACT,
  EQUITY_OFFER,
  isPayOnly,
  LOCATION_CUE,
  NICE_CUE,
  PAY_STATEMENT,
  QUESTION_TO_READER,
  REQUIREMENT_CUE,
  STACK_STATEMENT,
  WORK_PLACE,
} from './requirement-cues.ts';
import {
  columnLabel,
  GROUP_KINDS,
  leadingMarker,
  levelTag,
  splitLabel,
} from './requirement-labels.ts';
import { headingKind, type JdSection, readSections, type SectionKind } from './sections.ts';
import { specListBullets } from './spec-list.ts';

export type { JdRequirement } from './jd-requirement.ts';

/** A requirement as read from the text, before it is judged. */

const SENIORITY = /\b(?:junior|mid[\s-]?level|senior|sr\.?|lead|staff|principal)\b/i;

/** Reads the requirements a job description states, and only those. */
export function readRequirements(written: string): JdRequirement[] {
  // A JobPosting's JSON, pasted from a job board's page: the ad its fields stand for.
  const text = jobPostingText(written) ?? written;
  const mail = forwardedMail(text);
  const lines = readLines(mail?.original ?? text);
  const found: JdRequirement[] = [];
  const title = jobTitleOf(lines);
  const level = title ? SENIORITY.exec(title) : null;
  if (level) {
    // Only the level: the rest of the title (technologies, team) is stated again as requirements.
    found.push({
      text: `Seniority: ${level[0]} (from the job title)`,
      kind: 'must',
      topic: 'seniority',
    });
  }
  for (const section of levelled(readSections(lines))) found.push(...sectionRequirements(section));
  const read = mail ? applyRemarks(dedupe(found), mail.remarks) : dedupe(found);
  return pointBack(read).map((r) =>
    title ? { ...r, role: title, text: placeOfTitle(r, title) } : r,
  );
}

/**
 * "Senior Platform Engineer — Nordlys Energy (Remote, EU)": where the title says the job is, the
 * place is the requirement, said as such, not the whole title again.
 */
function placeOfTitle(r: JdRequirement, title: string): string {
  if (r.topic !== 'location' || r.text !== title) return r.text;
  const place =
    /\(([^()]+)\)\s*$/.exec(title)?.[1] ?? title.split(/\s+[—–|·-]\s+|,\s+/).at(-1) ?? title;
  return `Location: ${place.trim()} (from the job title)`;
}

/** "…right to work in one of those two countries": places named by an earlier sentence. */
const POINTS_BACK =
  /\b(?:those|these|both|either|the same)\b(?:\s+\w+)?\s+(?:countries|places|locations|cities|regions|states)\b|\bthere\b/i;

function pointBack(requirements: JdRequirement[]): JdRequirement[] {
  let lastPlace: string | undefined;
  return requirements.map((r) => {
    if (r.topic !== 'location') return r;
    const named = countriesIn(r.text).length > 0;
    const points = !named && lastPlace !== undefined && POINTS_BACK.test(r.text);
    if (named) lastPlace = r.text;
    return points ? { ...r, placeFrom: lastPlace } : r;
  });
}

/** "License/Certification:", "Certifications (preferred)": what the lines under it name. */
const CERTIFICATES_HEADING = /\b(?:licen[cs]es?|certifications?|certificates?|accreditations?)\b/i;

const READ_KINDS: readonly SectionKind[] = ['must', 'nice', 'location', 'open'];

function sectionRequirements(section: JdSection): JdRequirement[] {
  const out: JdRequirement[] = [];
  const spec = section.kind === 'open' ? specListBullets(section.lines) : new Set<JdLine>();
  const heading = section.heading ?? '';
  const certifying =
    CERTIFICATES_HEADING.test(heading) && !/\b(?:education|degrees?)\b/i.test(heading);
  for (let i = 0; i < section.lines.length; i++) {
    const line = section.lines[i] as JdLine;
    const choice = GROUP_KINDS.includes(section.kind) ? choiceListAt(section.lines, i) : undefined;
    if (choice) {
      out.push(choiceRequirement(choice, section.kind));
      i += choice.items.length;
      continue;
    }
    const labelled =
      splitLabel(line.text) ??
      leadingMarker(line.text) ??
      columnLabel(line) ??
      (section.kind === 'benefits' ? undefined : levelTag(line.text));
    const kind = labelled?.kind ?? (spec.has(line) ? 'must' : ownKind(line, section.kind));
    // Under a benefits or company heading only an explicit "Requirements: …" label counts.
    const turned = kind !== section.kind && !spec.has(line);
    if (!READ_KINDS.includes(kind) || (!READ_KINDS.includes(section.kind) && !labelled && !turned))
      continue;
    // "Location: Netherlands": the label says what the place is for; it stays with it.
    const body = labelled && labelled.kind !== 'location' ? labelled.rest : line.text;
    const listed =
      labelled && GROUP_KINDS.includes(labelled.kind)
        ? (labelListItems(body) ?? listThenSentences(body))
        : undefined;
    const terse =
      line.bullet || labelled || section.kind === 'location' ? undefined : terseAsks(body);
    const whole = terse ?? unitsOf(body, line.bullet);
    const pieces = (listed ?? whole).flatMap(splitNiceClause);
    // A message of terse asks that asks something as a whole: each of its asks is asked.
    const asked = terse && kind === 'open' && openAsks(body, false) ? 'must' : kind;
    let pieceKind: SectionKind = asked;
    for (const piece of pieces) {
      // "None of the following are required, but I'd love to hear about them.": the sentences
      // after it are wishes; the sentence itself asks nothing.
      if (WISHES_FOLLOW.test(piece)) {
        pieceKind = 'nice';
        continue;
      }
      const parts = line.bullet || labelled || terse ? [piece] : askedClauses(piece, pieceKind);
      // Clauses of a sentence that asks are asks: each keeps only its own nice-to-have cue.
      const partKind = parts.length > 1 && pieceKind === 'open' ? 'must' : pieceKind;
      for (const part of parts) {
        const listedPart = Boolean(labelled) || line.bullet || !!terse;
        const requirement = toRequirement(part, partKind, listedPart);
        if (requirement) out.push(certifying ? { ...requirement, certificate: true } : requirement);
      }
    }
  }
  return out;
}

/**
 * "Requirements: MSc …, 5+ years …, fluent English. Dutch is a plus.": the label's list is the
 * first sentence; the sentences after it are asks of their own.
 */
function listThenSentences(body: string): string[] | undefined {
  // "need: 5+ yrs managing engineers, solid AWS. must be UK based": a post in lower case ends
  // its sentences all the same.
  const [first, ...rest] = sentences(body).flatMap((s) => s.split(LOWER_CASE_SENTENCE));
  if (!first || rest.length === 0) return undefined;
  const items = labelListItems(first.replace(/\.$/, ''));
  return items ? [...items, ...rest] : undefined;
}

/** A full stop, then a sentence a casual post begins in lower case ("… engineers. must be …"). */
const LOWER_CASE_SENTENCE =
  /(?<!\b(?:e\.g|i\.e|etc|vs|incl|approx|min|max|sr|jr))(?<=[\p{L}\d)]{2}[.!?])\s+(?=\p{Ll})/iu;

/** One requirement for a lead-in and its options, met by holding enough of them. */
function choiceRequirement(choice: ChoiceList, kind: SectionKind): JdRequirement {
  return {
    text: shorten(choice.lead.text.replace(/\s*:\s*$/, '')),
    kind: kind === 'nice' ? 'nice' : 'must',
    topic: 'general',
    options: { needed: choice.needed, items: choice.items.map((item) => item.text) },
  };
}

/**
 * "You're not a fit if you've never worked with SSR": under what the role rules out, a lack
 * ruled out is the thing asked for, turned around.
 */
const NEVER = /^you(?:'ve|\s+have)\s+never\b|^you\s+(?:haven't|have not)\b/i;

const ownKind = (line: JdLine, section: SectionKind): SectionKind =>
  section === 'excluded' && NEVER.test(line.text) ? 'must' : section;

/**
 * A long sentence of prose asks several things: "You'll need at least 5 years of experience and
 * you should be comfortable on both sides of the stack: solid React …, Node.js on the server
 * side, and …" is the years, then each item after the colon (the lead-in to the list asks
 * nothing itself); "Next.js experience is a nice bonus …, and AWS knowledge would be useful …"
 * is two wishes.
 */
function askedClauses(said: string, kind: SectionKind): string[] {
  // "Perks are the usual: fully remote, …": what the employer gives, however it reads.
  const lead = /^([^:]{3,40}):\s/.exec(said)?.[1];
  if (lead && ['benefits', 'excluded'].includes(headingKind(lead) ?? '')) return [];
  // "In terms of what the hiring manager is looking for: you'd need solid Go, …": the lead-in
  // says who asks; what follows its colon is asked.
  const sentence = said.replace(WHO_ASKS, '');
  // "Package is €95-115k base + …", "Process is quick: intro chat, …": offered, not asked.
  if (PAY_STATEMENT.test(sentence)) return [];
  if (kind === 'open' && !openAsks(sentence, false)) return askingClauses(sentence);
  return READ_KINDS.includes(kind) && kind !== 'location' ? proseClauses(sentence) : [sentence];
}

/**
 * "We run everything on GKE, and Kubernetes experience is a hard requirement since …": the
 * employer's fact first, then an ask in a clause of its own; only the asking clause is read.
 */
function askingClauses(sentence: string): string[] {
  const clauses = sentence.split(/,\s+(?:and|but|so)\s+/);
  const asked = clauses.filter((c) => openAsks(c, false));
  return asked.length > 0 && asked.length < clauses.length ? asked : [sentence];
}

const WHO_ASKS =
  /^(?:in terms of\s+|as for\s+)?what\s+(?:the\s+|my\s+|our\s+)?(?:[\w-]+\s+){0,3}(?:is|are)\s+(?:looking for|after|hoping for)\s*:\s+(?=\S)/i;

/** "Relocation budget 5k if moving within EU": help the employer gives, not an ask. */
const RELOCATION_OFFER =
  /^(?:\p{Extended_Pictographic}\s*)?(?:a\s+|full\s+|generous\s+)?relocation\s+(?:budget|package|support|assistance|allowance|bonus|help|costs?)\b(?!.*\b(?:must|required|need to|willing)\b)/iu;

function toRequirement(
  text: string,
  section: SectionKind,
  listed: boolean,
): JdRequirement | undefined {
  // "5 years of experience in front-end development, including:": the years asked, over the
  // list of what they include; any other line ending on a colon only leads into a list.
  const leadsIn = /:$/.test(text.trim());
  const said = leadsIn
    ? text.trim().replace(/,?\s*(?:including|such as|e\.g\.|in particular)?\s*:$/i, '')
    : text;
  const trimmed = said.replace(/^[\s,;:–—-]+|[\s,;:]+$/g, '').trim();
  if (
    trimmed.length < 2 ||
    (leadsIn && yearsAsked(trimmed) === undefined) ||
    NOT_ASKED.test(trimmed) ||
    NONE_ASKED_AFTER.test(trimmed) ||
    isPayOnly(trimmed) ||
    PAY_STATEMENT.test(trimmed) ||
    EQUITY_OFFER.test(trimmed) ||
    isEmployerCheck(trimmed) ||
    isTermOfAppointment(trimmed) ||
    RELOCATION_OFFER.test(trimmed) ||
    POSTED_BY.test(trimmed) ||
    ABOUT_THE_CRITERIA.test(trimmed)
  )
    return undefined;
  if (section === 'open' && !openAsks(trimmed, listed)) return undefined;
  const kind: RequirementKind =
    section === 'nice' || NICE_CUE.test(withoutQualifier(trimmed)) ? 'nice' : 'must';
  const topic = section === 'location' || isLocationRequirement(trimmed) ? 'location' : 'general';
  return { text: shorten(trimmed), kind, topic };
}

/** Whether a sentence under no requirements heading asks something of the reader. */
function openAsks(text: string, listed: boolean): boolean {
  // "If you've set up a CI pipeline or two (…), even better": a wish, though it opens with "if".
  const wish = CONDITION.test(text) && NICE_CUE.test(text) && text.split(/\s+/).length >= 8;
  if (EMPLOYER_FACT.test(text) || (CONDITION.test(text) && !wish) || asksNothing(text))
    return false;
  const cued = withoutLookAlikes(text);
  return (
    REQUIREMENT_CUE.test(cued) ||
    NICE_CUE.test(cued) ||
    (STACK_STATEMENT.test(cued) && !placeNamed(cued)) ||
    DESCRIBES_YOU.test(cued) ||
    QUESTION_TO_READER.test(cued) ||
    WORK_PLACE.test(cued) ||
    (listed && LOCATION_CUE.test(cued))
  );
}

/** "Dana Whitfield  10:16 AM": who posted the next message of a thread, and when. */
const POSTED_BY =
  /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s+\[?\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\]?$/u;

/** "If you have one, great": what follows from a condition, not something asked for. */
const CONDITION = /^if\s+(?:you|it(?:'s|’s| is)|this|that)\b/i;

/** "You don't need a PhD", "Not required: a degree": a sentence saying what is not asked for. */
const NOT_ASKED =
  /^(?:you\s+)?(?:don't|do not|won't|will not)\s+(?:need|have to)\b|^no need\b|^(?:also\s+)?not\s+(?:required|needed|necessary|expected|a requirement)\b|^no\s+(?:[\w-]+\s+){1,3}(?:required|needed|necessary)\b|\b(?:zero|no)\s+(?:[\w-]+\s+)?requirements?\b/i;

/**
 * "The candidate must meet ALL mandatory criteria.", "Offers … not meeting each criterion will be
 * excluded": a tender's rule about its criteria, which asks nothing itself.
 */
const ABOUT_THE_CRITERIA =
  /\b(?:(?:all|each|every|the|these|those)\s+(?:\w+\s+)?(?:criteria|criterion|requirements))\b.*\b(?:meet|met|satisf\w*|excluded|evaluat\w*|scored|assessed)\b|\b(?:meet|satisf\w*)\s+(?:all|each|every)\s+(?:\w+\s+)?(?:criteria|criterion|requirements)\b/i;

/** "None of the following are required, but …": what follows in the paragraph is wished for. */
const WISHES_FOLLOW =
  /^(?:none of (?:the following|these|what follows|this next bit) (?:is|are) (?:required|needed|a must|mandatory|essential)|(?:the following|these|what follows) (?:is|are) not (?:required|needed|a must|mandatory|essential))\b/i;

/** "…the rest is Rails and Redis; none of that is required": a sentence taking back its asks. */
const NONE_ASKED_AFTER =
  /[;,.:]\s*(?:but\s+)?none of (?:that|this|these|those|it|them) (?:is|are) (?:required|needed|necessary|expected|a requirement)\W*$/i;

/**
 * "5 years of data engineering, ideally in a setting where …", "A strong front-end background,
 * React and TypeScript ideally": the wish after the comma narrows the requirement; it does not
 * make the requirement itself a nice-to-have.
 */
const withoutQualifier = (text: string): string =>
  text
    .replace(/(\S.*?),\s+(?:ideally|preferably)\b.*$/i, '$1')
    .replace(/(\S.*?),\s+[^,;]{1,60}?\s(?:ideally|preferably)[.!]?$/i, '$1');

/** "Our office is in Lisbon" states a place, not the stack. */
const placeNamed = (text: string): boolean =>
  LOCATION_CUE.test(text) || countriesIn(text).length > 0;

function shorten(text: string): string {
  const max = FIT_DEFAULTS.maxRequirementLength;
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}

function dedupe(requirements: JdRequirement[]): JdRequirement[] {
  const seen = new Set<string>();
  return requirements.filter((r) => {
    const key = r.text.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
