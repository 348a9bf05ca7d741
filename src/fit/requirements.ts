import { countriesIn } from '../knowledge/places.ts';
import {
  asksNothing,
  isEmployerCheck,
  isTermOfAppointment,
  withoutLookAlikes,
} from './asks-nothing.ts';
import { type ChoiceList, choiceListAt } from './choice-list.ts';
import { FIT_DEFAULTS } from './defaults.ts';
import { withoutThreadCounter } from './heading-kinds.ts';
import { type JdLine, readLines } from './jd-lines.ts';
import type { JdRequirement } from './jd-requirement.ts';
import { jobPostingText } from './job-posting-json.ts';
import { jobTitleOf } from './job-title.ts';
import { labelListItems } from './label-list.ts';
import { levelled } from './levels.ts';
import { applyRemarks, forwardedMail } from './mail-remarks.ts';
import { splitOutsideBrackets } from './outside-brackets.ts';
import { withoutTechnicalRemote } from './remote-work.ts';
import type { RequirementKind } from './report.ts';
import {
  DESCRIBES_YOU,
  EMPLOYER_FACT,
  isPayOnly,
  LOCATION_CUE,
  NICE_CUE,
  PAY_STATEMENT,
  QUESTION_TO_READER,
  REQUIREMENT_CUE,
  STACK_STATEMENT,
  WORK_PLACE,
} from './requirement-cues.ts';
import { headingKind, type JdSection, readSections, type SectionKind } from './sections.ts';
import { someoneWith } from './someone-with.ts';
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

/** Kinds of a label that names a group of requirements ("Key skills", "Desirable"). */
const GROUP_KINDS: readonly SectionKind[] = ['must', 'nice'];

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
    const labelled = splitLabel(line.text) ?? leadingMarker(line.text) ?? columnLabel(line);
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
 * A list item is one unit, unless it is a header line of facts led by an icon ("🌏 Remote ·
 * Full-time · €80k"); prose splits into sentences.
 */
function unitsOf(body: string, bullet: boolean): string[] {
  const dated = yearsEach(body);
  if (dated) return dated;
  const header = headerSegments(body);
  if (!bullet) return header ?? sentences(body);
  const paid = body.split(/\s+[·|•]\s+/).some((s) => isPayOnly(s.trim()));
  return header && paid ? header : [body];
}

/** Words in a clause, for telling a list's items from sentences. */
const wordCount = (text: string) => text.split(/\s+/).length;

/**
 * A long sentence of prose asks several things: "You'll need at least 5 years of experience and
 * you should be comfortable on both sides of the stack: solid React …, Node.js on the server
 * side, and …" is the years, then each item after the colon (the lead-in to the list asks
 * nothing itself); "Next.js experience is a nice bonus …, and AWS knowledge would be useful …"
 * is two wishes.
 */
function askedClauses(sentence: string, kind: SectionKind): string[] {
  // "Perks are the usual: fully remote, …": what the employer gives, however it reads.
  const lead = /^([^:]{3,40}):\s/.exec(sentence)?.[1];
  if (lead && ['benefits', 'excluded'].includes(headingKind(lead) ?? '')) return [];
  // "Package is €95-115k base + …", "Process is quick: intro chat, …": offered, not asked.
  if (PAY_STATEMENT.test(sentence)) return [];
  if (kind === 'open' && !openAsks(sentence, false)) return [sentence];
  return READ_KINDS.includes(kind) && kind !== 'location' ? proseClauses(sentence) : [sentence];
}

function proseClauses(sentence: string): string[] {
  if (wordCount(sentence) < 20) return [sentence];
  const colon = sentence.indexOf(': ');
  if (colon > 0) {
    const items = withQualifiersJoined(
      splitOutsideBrackets(sentence.slice(colon + 2).replace(/\.$/, ''), /,\s+/)
        .map((item) => item.replace(/^(?:and|or)\s+/i, '').trim())
        .filter(Boolean),
    );
    const before = sentence.slice(0, colon).split(/\s+and\s+(?=you\s)/i);
    // "Nice to have: …", "Perks are the usual: …": a lead-in that names another kind is a label,
    // read as labels are; a lead-in that asks ("comfortable on both sides of the stack") hands
    // its list on as asks.
    const leadKind = headingKind(before.at(-1) ?? '');
    if (
      items.length >= 2 &&
      items.every((item) => wordCount(item) <= 14) &&
      !['nice', 'benefits', 'excluded'].includes(leadKind ?? '')
    )
      return [...before.slice(0, -1), ...items];
  }
  const wanted = someoneWith(sentence);
  if (wanted) return wanted;
  const clauses = splitOutsideBrackets(sentence, JOINED_WISHES).map((clause) => clause.trim());
  // "It would be great if you've …, and if you've …": one wish of two parts, not two asks.
  return clauses.length > 1 && /\bif\b/i.test(clauses[0] ?? '') ? [sentence] : clauses;
}

/**
 * "solid Go experience, ideally 5 years or more, because the whole backend is Go": a clause that
 * only narrows or explains the one before it is part of that ask, not an ask of its own.
 */
const QUALIFIER = /^(?:ideally|preferably|especially|because|since|as|so|which|who|that)\b/i;

function withQualifiersJoined(items: readonly string[]): string[] {
  const out: string[] = [];
  for (const item of items) {
    const last = out.length - 1;
    if (last >= 0 && QUALIFIER.test(item)) out[last] = `${out[last]}, ${item}`;
    else out.push(item);
  }
  return out;
}

/** ", and AWS knowledge would be useful", ", and if you've worked in …": a second ask joined on. */
const JOINED_WISHES =
  /,\s+and\s+(?=if you\b|(?:[\w.+#/-]+\s+){1,3}(?:knowledge|experience|skills?|familiarity)\s+(?:would|is|are|will)\b)/i;

/** "Python (5+ yrs), SQL (5+ yrs)": technologies each with its own years, one ask each. */
function yearsEach(text: string): string[] | undefined {
  const parts = splitOutsideBrackets(text, /,\s*/).map((part) => part.trim());
  const dated = /^[^,()]{1,40}\(\s*\d+\+?\s*(?:yrs?|years?)?\.?\s*\)$/i;
  return parts.length >= 2 && parts.every((part) => dated.test(part)) ? parts : undefined;
}

/**
 * "need sr backend, go/k8s, 5+ yrs, remote EU, can he do it?": a recruiter's message of short
 * asks between commas, each one an ask of its own; the question to the reader is none.
 */
function terseAsks(text: string): string[] | undefined {
  const parts = splitOutsideBrackets(text, /,\s*/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length < 3 || parts.some((part) => part.split(/\s+/).length > 4)) return undefined;
  const asks = parts.filter((part) => !/\?$/.test(part) && !/^(?:and|or)$/i.test(part));
  return asks.length >= 3 ? asks : undefined;
}

/**
 * "Acme · Berlin · Hybrid · €80k + equity": a header line of facts. Only where the work happens
 * is a requirement; the company, pay and perks are not.
 */
function headerSegments(text: string): string[] | undefined {
  const segments = text
    .replace(/^[\s·|•—–]+/, '')
    .split(/\s+[·|•]\s+|\s+[—–]\s+/)
    .map((s) => s.trim());
  // Only a line of facts: several "·" or "|" separators, or the rest of "**Acme** — …".
  const facts = (text.match(/\s[·|•]\s/g) ?? []).length >= 2 || /^\s*[·|•—–]\s/.test(text);
  if (segments.length < 2 || !facts) return undefined;
  // "New York, NY | REMOTE": a city beside a bare "remote" is where the company sits.
  const anywhere = segments.some((s) => /^(?:fully\s+)?remote$/i.test(s));
  const kept = segments.filter(
    (s) => WORK_PLACE.test(s) || (!anywhere && countriesIn(s).length > 0),
  );
  return kept.some((s) => WORK_PLACE.test(s)) ? [kept.join(' · ')] : [];
}

const MARKED_THEN_WISH =
  /^(.+?\((?:required|must(?:[\s-]have)?|mandatory|essential)\)),\s+((?:ideally|preferably)\b.+)$/i;

/** "Kubernetes in production; Terraform is a plus" → a must and a nice-to-have. */
const LAST_ITEM_MARKED = /^([^,()]+),\s+([^,()]+\((?:nice|optional|plus|bonus)\))$/i;

function splitNiceClause(text: string): string[] {
  // "dbt (required), ideally on Snowflake": the marker closes the must; the wish after it is its
  // own nice-to-have, not a narrowing of the must.
  const marked = MARKED_THEN_WISH.exec(text);
  if (marked?.[1] && marked[2]) return [marked[1], marked[2]];
  // "English fluent, Dutch (nice)": a closing marker belongs to the last item alone.
  const last = LAST_ITEM_MARKED.exec(text);
  if (last?.[1] && last[2] && !NICE_CUE.test(last[1])) return [last[1], last[2]];
  // "Our suite is in Playwright (so Cypress experience helps too)": the aside is its own wish.
  // "Kafka (nice to have)": an aside that is only the marker says what the whole line is.
  const aside = /\s*\(([^()]+)\)/.exec(text);
  const onlyMarker = aside?.[1] !== undefined && aside[1].replace(NICE_CUE, '').trim() === '';
  if (
    aside?.[1] &&
    !onlyMarker &&
    NICE_CUE.test(aside[1]) &&
    !NICE_CUE.test(text.replace(aside[0], ''))
  ) {
    return [text.replace(aside[0], ''), aside[1]];
  }
  const clauses = splitOutsideBrackets(
    text,
    /;\s+|(?<=\p{Ll}{2})\.\s+(?=\p{L})|\s+[–—]\s+(?=[^–—]*\b(?:is|are|would be) (?:a plus|a bonus|an asset|nice|preferred)\b)|,\s+(?=(?:ideally|preferably)\s+(?:some|also|a bit of|any)\s)|,\s+(?:and\s+)?(?=[^,]*\b(?:is|are) (?:a must|required|essential|(?:also )?expected)\b)|,\s+(?=(?:and |but )?(?:(?!(?:or|and)\s)[\w.+#-]+\s){0,4}(?:is|are|would be) (?:a plus|a bonus|nice|preferred))/iu,
  );
  return clauses.length > 1 && clauses.some((c) => NICE_CUE.test(c)) ? clauses : [text];
}

/** "Relocation budget 5k if moving within EU": help the employer gives, not an ask. */
const RELOCATION_OFFER =
  /^(?:\p{Extended_Pictographic}\s*)?(?:a\s+|full\s+|generous\s+)?relocation\s+(?:budget|package|support|assistance|allowance|bonus|help|costs?)\b(?!.*\b(?:must|required|need to|willing)\b)/iu;

function toRequirement(
  text: string,
  section: SectionKind,
  listed: boolean,
): JdRequirement | undefined {
  const trimmed = text.replace(/^[\s,;:–—-]+|[\s,;:]+$/g, '').trim();
  if (
    trimmed.length < 2 ||
    /:$/.test(text.trim()) ||
    NOT_ASKED.test(trimmed) ||
    NONE_ASKED_AFTER.test(trimmed) ||
    isPayOnly(trimmed) ||
    PAY_STATEMENT.test(trimmed) ||
    isEmployerCheck(trimmed) ||
    isTermOfAppointment(trimmed) ||
    RELOCATION_OFFER.test(trimmed) ||
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

const ASKS_THE_READER =
  /\b(?:you|your|you're|you’re|candidates?|applicants?|must|required|requires?|need to|needs to|should|able to|willing)\b/i;

const REQUIRED_LABEL =
  /\b(?:requirements?|must(?:[\s-]haves?)?|important|note|non[\s-]negotiable|deal[\s-]?breakers?|essential|mandatory)\b/i;

/** A sentence mainly about where the work happens ("Remote within EU time zones"). */
function isLocationRequirement(text: string): boolean {
  // "Bazaarly is India's fastest-growing app: 18M monthly users …": a long sentence that asks
  // nothing of the reader tells about the company, wherever it is.
  if (text.split(/\s+/).length > 18 && !ASKS_THE_READER.test(text)) return false;
  // "IaC: TF (modules, remote state)": a line labelled with another topic is about that topic.
  const label = /^([^:]{2,30}):\s/.exec(text)?.[1];
  const placeLabel = (l: string) =>
    LOCATION_CUE.test(l) || /-based\b|\blocation\b/i.test(l) || countriesIn(l).length > 0;
  // "One hard requirement, sorry: you need to be based in the EU": a label that only says the
  // line is required names no topic.
  if (label !== undefined && !placeLabel(label) && !REQUIRED_LABEL.test(label)) return false;
  // "You communicate clearly in writing: we're remote-first": the place is the reason given.
  const reason =
    /^(.+?)(?::|\s[—–]|\s-)\s+(?:we|we're|we’re|our|as|since|because|it's|it’s)\b/i.exec(text)?.[1];
  if (reason !== undefined && !placeLabel(reason) && reason.split(/\s+/).length >= 3) return false;
  // "Remote Config", "Office 365": a cue word that starts a product's name says nothing of place.
  // "Remote UK/EU" names a place after the word, not a product.
  // "Firebase (analytics, remote config)": a technical "remote" in lower case says nothing either.
  const withoutProducts = withoutTechnicalRemote(text).replace(
    /\b(?:Remote|Office|Hybrid)\s+(?![A-Z]{2,4}\b)[A-Z0-9][\w.-]*/g,
    (named) => (countriesIn(named).length > 0 ? named : ''),
  );
  return (
    LOCATION_CUE.test(withoutProducts) &&
    !/\b(?:experience|years?|skills?|knowledge|worked with|familiar\w*|proficien\w*)\b/i.test(text)
  );
}

/** Labels that stand for a section at the start of a line ("Nice to have: Kafka"). */
const LABEL =
  /^(?:nice[\s-]+to[\s-]+haves?|nice|bonus(?: points| pts)?|needs?|a plus|pluses|preferred|desirable|good[\s-]+to[\s-]+have|extra credit|requirements?|required|(?:key|core|essential|required|desired|desirable) skills|essentials?|desired|must[\s-]+haves?|musts?|non[\s-]negotiable|mandatory|plus|qualifications|exp(?:erience)?|skills?|tech(?:nical)? skills|location|loc|where|based in|remote|office|work(?:ing)? location|you have|you bring|what you need|we need|about you|salary|compensation|benefits|perks)$/i;

/** A table row ticked under "Preferred" is a nice-to-have, whatever the heading above it. */
function columnLabel(line: JdLine): { kind: SectionKind; rest: string } | undefined {
  const kind = line.label ? headingKind(line.label) : undefined;
  return kind ? { kind, rest: line.text } : undefined;
}

/** "(nice) gRPC between services": a bracketed kind before an item says what the item is. */
function leadingMarker(text: string): { kind: SectionKind; rest: string } | undefined {
  const match = /^\(([^()]{2,20})\)\s+(.+)$/.exec(text);
  const kind = match?.[1] ? headingKind(match[1]) : undefined;
  return match?.[2] && kind && GROUP_KINDS.includes(kind) ? { kind, rest: match[2] } : undefined;
}

/** "Nice to have: Kafka" or "Location: Berlin" → the label's kind and the rest. */
function splitLabel(posted: string): { kind: SectionKind; rest: string } | undefined {
  // "4/5 Nice-to-haves: …": the number of a post in a thread opens the line, not the label.
  const text = withoutThreadCounter(posted);
  // "Requirements: …", and "Nice to have — …" as plain-text posts write a label.
  const match = /^([^:]{2,40}):\s+(.+)$/.exec(text) ?? /^([^:—–]{2,40}?)\s+[—–]\s+(.+)$/.exec(text);
  if (!match?.[1] || !match[2] || !LABEL.test(match[1].trim())) return undefined;
  const kind = headingKind(match[1]);
  if (!kind) return undefined;
  // "Experience: 3+ years": the label says what the years are of; it stays with them.
  return { kind, rest: /^exp(?:erience)?$/i.test(match[1].trim()) ? text : match[2] };
}

const ABBREVIATION = /\b(?:e\.g|i\.e|etc|vs|incl|approx|min|max|sr|jr)\.$/i;

/** Splits prose into sentences, keeping "e.g. Go" and "Node.js" whole. */
export function sentences(text: string): string[] {
  // "… zero signal 😅 You'd be writing …": an emoji ends a sentence as a full stop does.
  const parts = text.split(/(?<=[.!?]|\p{Extended_Pictographic})\s+(?=[A-Z0-9"'(])/u);
  const out: string[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (last !== undefined && ABBREVIATION.test(last)) out[out.length - 1] = `${last} ${part}`;
    else out.push(part);
  }
  return out.map((s) => s.trim()).filter((s) => s !== '');
}

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
