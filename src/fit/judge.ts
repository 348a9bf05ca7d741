import type { ProfileSupport } from '../answer/support.ts';
import type { Profile } from '../knowledge/schema.ts';
import { withoutContext } from './context-clauses.ts';
import { CERTIFICATION, judgeCertification } from './judge-certification.ts';
import { judgeClearance } from './judge-clearance.ts';
import { judgeCommunity } from './judge-community.ts';
import { judgeDomain, judgeFieldParts } from './judge-domain.ts';
import { judgeEducation } from './judge-education.ts';
import { judgeContracting, judgeStart } from './judge-engagement.ts';
import { judgeGroups } from './judge-groups.ts';
import { judgeLeadership } from './judge-leadership.ts';
import { judgeLocation } from './judge-location.ts';
import { judgeOptions } from './judge-options.ts';
import { judgePublicVoice } from './judge-public-voice.ts';
import { judgeRelated } from './judge-related.ts';
import { judgeSeniority } from './judge-seniority.ts';
import { judgeSpokenLanguage } from './judge-spoken-language.ts';
import { judgeTechnologies } from './judge-technologies.ts';
import { judgeOtherNames, judgePracticeAfter, judgeTerms } from './judge-terms.ts';
import { judgeTesting } from './judge-testing.ts';
import { judgeTitleAsked } from './judge-title.ts';
import { judgeUnfound } from './judge-unfound.ts';
import { judgeYears, yearsFamilies } from './judge-years.ts';
import { combine, type Judgement } from './judgement.ts';
import { splitOutsideBrackets } from './outside-brackets.ts';
import { withPracticeChecked } from './practice-context.ts';
import { limitedOnlyIn, qualifiedOnlyIn } from './qualified-skills.ts';
import type { JdRequirement } from './requirements.ts';
import type { Siblings } from './siblings.ts';
import { technologiesInRequirement } from './technologies.ts';

/** What a judge may consult: the profile's evidence, and the profile for its plain fields. */
export interface JudgeContext {
  support: ProfileSupport;
  profile: Profile;
  /** Which listed skills stand in closely for a missing technology. Default: none. */
  siblings?: Siblings;
  /** Which listed skills answer "X or similar" for a missing X. Default: none. */
  alike?: Siblings;
  /** Which technologies are plainly of different kinds. Default: none known. */
  kindsApart?: Siblings;
  /** The job's title: years that name no kind of work are years in this one. */
  role?: string;
}

/** A facet judge: a judgement, or undefined when the requirement says nothing it can check. */
export type FacetJudge = (text: string, context: JudgeContext) => Judgement | undefined;

// These decide alone: knowing AWS well is not holding an AWS certification, and "German"
// in "Conversational German" is a language, not a technology.
const DECISIVE: readonly FacetJudge[] = [
  // "Active SC clearance": only a clearance the profile states; "access control" is none.
  (text, { profile }) => judgeClearance(text, profile),
  (text, { support }) => judgeCertification(text, support),
  (text, { profile }) => judgeSpokenLanguage(text, profile),
  (text, { support, profile }) => judgeEducation(text, profile, support.years()),
  (text, { support, profile }) => judgePublicVoice(text, profile, support),
  (text, { support }) => judgeLeadership(text, support),
  (text, { support, profile }) => judgeCommunity(text, profile, support),
  // "Available to start within 2 weeks", "previous freelance engagements": how the owner works.
  (text, { support }) => judgeStart(text, support),
  (text, { support }) => judgeContracting(text, support),
];

// These combine: "5+ years of Go" is met when both the years and Go are.
const FACETS: readonly FacetJudge[] = [
  (text, { support, profile, role }) => judgeYears(text, support, profile, role),
  (text, { support, siblings, alike, kindsApart, profile }) =>
    judgeTechnologies(text, support, {
      siblings,
      alike,
      kindsApart,
      qualifiedOnly: qualifiedOnlyIn(profile),
      limitedOnly: limitedOnlyIn(profile),
    }),
  (text, { support }) => judgeOtherNames(text, support),
  (text, { support }) => judgePracticeAfter(text, support),
];

/** Judges one requirement through the profile's evidence; undefined when it cannot be classified. */
/** The requirement without what the team tells beside the ask (see context-clauses.ts). */
function withoutReason(requirement: JdRequirement): JdRequirement {
  const text = withoutContext(requirement.text);
  return text === requirement.text ? requirement : { ...requirement, text };
}

/**
 * Names and phrases the vocabulary does not know, then words of the same meaning, then the
 * domain: a term not found is "missing" unless the domain is plainly met
 * ("Healthcare domain experience" is met by hospital work).
 */
function lastResort(
  text: string,
  support: ProfileSupport,
  profile: Profile,
): Judgement | undefined {
  const terms = judgeTerms(text, support);
  if (!terms) {
    return (
      judgeRelated(text, support) ??
      judgeDomain(text, support) ??
      judgeUnfound(text, support, profile)
    );
  }
  if (terms.status !== 'missing') return terms;
  const domain = judgeDomain(text, support);
  if (domain?.status === 'met') return domain;
  return judgeFieldParts(text, support) ?? terms;
}

export function judge(asked: JdRequirement, shared: JudgeContext): Judgement | undefined {
  const requirement = withoutReason(asked);
  const context = requirement.role ? { ...shared, role: requirement.role } : shared;
  const { support, profile } = context;
  if (requirement.topic === 'seniority') return judgeSeniority(requirement.text, support, profile);
  if (requirement.topic === 'location') {
    const text = requirement.placeFrom
      ? `${requirement.text}; ${requirement.placeFrom}`
      : requirement.text;
    return judgeLocation(text, support);
  }
  const { options } = requirement;
  if (options) {
    return judgeOptions(options, (text) =>
      judge({ text, kind: requirement.kind, topic: 'general' }, context),
    );
  }
  // "Associate Android Developer (Google)" under "License/Certification": the certificate.
  if (
    requirement.certificate &&
    !CERTIFICATION.test(requirement.text) &&
    !/\blicen[cs]e[ds]?\b/i.test(requirement.text)
  ) {
    const certificate = judgeCertification(`${requirement.text} certification`, support);
    if (certificate) return certificate;
  }
  const title = judgeTitleAsked(requirement.text, support, profile);
  if (title) return title;
  for (const decisive of DECISIVE) {
    const judgement = decisive(requirement.text, context);
    if (judgement) return judgement;
  }
  // "5+ years in SRE or platform roles": the roles are what the years are about, not skills.
  if (yearsFamilies(requirement.text).length > 0) {
    const years = judgeYears(requirement.text, support, profile, context.role);
    // "5+ yrs shipping backend TypeScript on Node.js": the years, and the tools named too.
    const tools = technologiesInRequirement(support, requirement.text).length
      ? judgeTechnologies(requirement.text, support)
      : undefined;
    return years && tools ? combine([years, tools]) : years;
  }
  const parts = FACETS.map((facet) => facet(requirement.text, context)).filter(
    (j): j is Judgement => j !== undefined,
  );
  // Names and phrases the vocabulary does not know are the last resort.
  const judged =
    parts.length > 0
      ? combine(parts)
      : (judgeTesting(requirement.text, support) ??
        judgeGroups(requirement.text, support) ??
        lastResort(requirement.text, support, profile));
  const checked = judged && withPracticeChecked(requirement.text, judged, support);
  if (checked?.status === 'missing') {
    return (
      alsoCounts(requirement.text, context) ??
      byKindOutsideExamples(requirement.text, context) ??
      eitherSide(requirement, context) ??
      checked
    );
  }
  return checked;
}

/**
 * "Experience with Node.js or backend development": two asks, either enough. Where the line as a
 * whole found nothing, a side the profile plainly meets meets it.
 */
function eitherSide(requirement: JdRequirement, context: JudgeContext): Judgement | undefined {
  const sides = splitOutsideBrackets(requirement.text, /\s+(?:or|o|ou|oder)\s+/i);
  // "2 of those in a customer-facing, consulting or pre-sales role": years, or a list whose
  // last item the "or" joins, are not two asks of their own.
  if (sides.length !== 2 || /\d/.test(requirement.text) || sides[0]?.includes(','))
    return undefined;
  for (const side of sides) {
    const text = side.trim().replace(/[.!]$/, '');
    if (text.split(/\s+/).length < 2) continue;
    const found = judge({ text, kind: requirement.kind, topic: 'general' }, context);
    if (found?.status === 'met') return found;
  }
  return undefined;
}

/** The text outside an aside of examples ("(Kafka, RabbitMQ or similar)"), when it has one. */
function outsideExamples(text: string): string | undefined {
  const bracket = /\(([^()]+)\)/.exec(text);
  if (!bracket?.[1] || !/,|\bor\b|\be\.g\.|\bsuch as\b/i.test(bracket[1])) return undefined;
  return text.replace(bracket[0], ' ').replace(/\s+/g, ' ').trim();
}

/** "Background in health-tech or another regulated domain (fintech counts!)": the aside's field. */
function alsoCounts(text: string, context: JudgeContext): Judgement | undefined {
  const counted =
    /\(([^()]{2,40}?)\s+(?:counts|counts too|also counts|is fine|works too|is ok)\s*!?\)/i.exec(
      text,
    )?.[1];
  if (!counted) return undefined;
  const found = lastResort(`${counted} experience`, context.support, context.profile);
  return found?.status === 'met' ? found : undefined;
}

/**
 * "Hands-on with message queues or event streaming (Kafka, RabbitMQ, SQS or similar)": the
 * tools in brackets are examples of the kind asked; none of them listed, the kind itself may
 * still be in the profile ("asynchronous task queues").
 */
function byKindOutsideExamples(text: string, context: JudgeContext): Judgement | undefined {
  const outside = outsideExamples(text);
  const { support, profile } = context;
  if (!outside || support.technologiesIn(outside).length > 0) return undefined;
  const found = judgeGroups(outside, support) ?? lastResort(outside, support, profile);
  // The kind held but none of the tools named: close, not the ask itself.
  return found && found.status !== 'missing' ? { ...found, status: 'partial' } : undefined;
}
