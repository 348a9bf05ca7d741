import type { ProfileSupport } from '../answer/support.ts';
import { escapeRegExp } from '../knowledge/escape-regexp.ts';
import { withoutContext } from './context-clauses.ts';
import { namesIn } from './judge-terms.ts';
import { splitOutsideBrackets } from './outside-brackets.ts';
import type { JdRequirement } from './requirements.ts';
import { serialListItems } from './serial-list.ts';
import { technologiesInRequirement } from './technologies.ts';

// A clause holding these is one requirement however many things it names: a choice, examples.
const ONE_REQUIREMENT =
  /\b(?:or|ou|oder)\b|\/|\(|\b(?:such as|e\.g\.|for example|like|including|either)\b/i;
// "…, and you've orchestrated …", "…payments before, or have some experience with Kafka",
// "Python and are fluent in SQL", "Django, 5+ yrs shipping
// backends": a second requirement begins.
// "…and dependency injection with Hilt or Dagger", "…and managing server state (TanStack Query,
// SWR or similar)": a practice with its own choice of tools begins one too, unless the "and"
// closes a list of names sharing the noun after it ("SAST, DAST and SCA tooling (…)").
const CLAUSE =
  /;\s+|,\s+and\s+|,\s+or\s+(?=(?:have|has|know|you|you've|you're|are|can|used|worked|bring)\b)|(?:,|\s+and)\s+(?=(?:at least\s+|over\s+)?\d+\+?\s*(?:(?:years?|yrs?|of (?:them|those|which))\b|(?:with|in|on|using)\s+\p{Lu}))|\s+and\s+(?=(?:you|you've|you're|are|can|have|know|write|use)\b)|(?<!,\s*[\p{L}\d+#.-]+)\s+and\s+(?=[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}\s+(?:(?:with|using|via|through)\s+\p{Lu}[^,]*\s(?:or|\/)\s|\([^()]*\)\.?$))/u;
// ", or you've been on call": the second clause is another way to meet the ask.
const CHOICE_CLAUSE =
  /,\s+or\s+(?=(?:have|has|know|you|you've|you're|are|can|used|worked|bring)\b)/i;
// How often or where both are used: "every day", "in production", "professionally".
const USE_TAIL =
  '(?:every ?day|daily|day[- ]to[- ]day|in production|professionally|at work|at scale)\\b';
// "at least 4 years in data engineering": a clause asking for time in a field.
const YEARS_ASKED = /^(?:at least\s+|over\s+)?\d+\+?\s*(?:years?|yrs?|of (?:them|those|which))\b/i;
// Two things joined by "and"; a longer list ("Kotlin, Coroutines and Flow") is read as one.
const ITEM = /\s+and\s+|\s+&\s+/i;

/**
 * Splits a requirement naming separate things ("Docker and Kubernetes", "tested Python and
 * fluent SQL") into one requirement each, so each is judged on its own evidence.
 */
export function splitRequirement(
  requirement: JdRequirement,
  support: ProfileSupport,
): JdRequirement[] {
  return requirementRows(requirement, support).flatMap((row) => row.parts);
}

/** One row of a fit report: the requirement as asked, and the parts judged apart for it. */
export interface RequirementRow {
  asked: JdRequirement;
  parts: JdRequirement[];
  /** The parts are a choice: the row is met when one of them is. */
  anyOf?: boolean;
}

/**
 * The requirements a line states, each with its parts: separate asks ("Go, 5+ years shipping
 * backends", "load testing with k6, accessibility testing, …", a list of skills) are rows of
 * their own; two things one ask joins ("Docker and Kubernetes") are one row whose parts are
 * judged apart, met only when both are.
 */
export function requirementRows(
  requirement: JdRequirement,
  support: ProfileSupport,
): RequirementRow[] {
  const whole = [{ asked: requirement, parts: [requirement] }];
  if (requirement.topic !== 'general' || requirement.options) return whole;
  const as = (text: string): JdRequirement => ({
    ...requirement,
    text: text.replace(/[\s,.;]+$/, ''),
  });
  // "Hands-on AWS experience; we run on EKS, RDS and MSK": what the team runs is no ask.
  const told = withoutContext(requirement.text);
  const serial = serialListItems(told, requirement.kind === 'nice');
  if (serial) return serial.map((text) => ({ asked: as(text), parts: [as(text)] }));
  const clauses = splitOutsideBrackets(told, CLAUSE).filter((c) => c.trim() !== '');
  const techs = (text: string) => technologiesInRequirement(support, text);
  // "Kubernetes and container hardening (…)": a bare name first is the hardening's subject.
  const asks = (c: string) =>
    (techs(c).length > 0 || namesIn(c).length > 0 || YEARS_ASKED.test(c)) &&
    c.trim().split(/\s+/).length >= 3;
  // "Strong Python skills and experience with PyTorch or TensorFlow", "Go, or you've been on
  // call": asks joined in one line stay the line's one row, as the JD wrote it; its parts are
  // judged apart (a choice, ", or you've …", met by either).
  if (clauses.length > 1 && clauses.every(asks)) {
    const items = clauses.flatMap((clause) =>
      phraseList(clause, techs).flatMap((phrase) => splitItems(phrase, techs)),
    );
    const choice = clauses.length === 2 && CHOICE_CLAUSE.test(told);
    return [{ asked: requirement, parts: items.map(as), ...(choice ? { anyOf: true } : {}) }];
  }
  const phrases = phraseList(told, techs);
  const rows = phrases.map((phrase) => ({
    asked: as(phrase),
    parts: splitItems(phrase, techs).map(as),
  }));
  if (rows.length === 1 && rows[0]?.parts.length === 1) return whole;
  // A single ask keeps the line as written.
  return rows.length === 1 ? [{ asked: requirement, parts: rows[0]?.parts ?? [] }] : rows;
}

function splitItems(clause: string, techs: (text: string) => string[]): string[] {
  const named = (text: string) => techs(text).length > 0;
  // A choice in parentheses at the end belongs to the last item: "SQL and data processing
  // (Spark or BigQuery)" is SQL, and data processing with Spark or BigQuery.
  const tail = /\s*\([^()]*\)\s*\.?$/.exec(clause);
  const head = tail ? clause.slice(0, tail.index) : clause;
  // A list or a second sentence in the line: "and" joins more than two names there.
  // "…in both Swift and Kotlin": one ask for the pair.
  // "CI/CD and release automation": a slash inside a name ("CI/CD") offers no choice.
  const unslashed = techs(head)
    .filter((name) => name.includes('/'))
    .reduce((text, name) => text.replace(new RegExp(escapeRegExp(name), 'gi'), 'X'), head);
  if (ONE_REQUIREMENT.test(unslashed) || /[,;]|\s[—–]\s|\.\s|\bboth\b/i.test(head)) return [clause];
  const items = head.split(ITEM).map((i) => i.trim());
  if (tail && items.length > 0) items[items.length - 1] += tail[0];
  // "write TypeScript and React every day": how the last one is used is how both are.
  const lastItem = items[items.length - 1] ?? '';
  const lastName = techs(lastItem)[0];
  if (lastName && new RegExp(`^${escapeRegExp(lastName)}\\s+${USE_TAIL}`, 'iu').test(lastItem))
    return [clause];
  // "Kotlin and the Android SDK": the article ties the second to the platform of the first.
  if (items.length !== 2 || /^(?:the|its)\s/i.test(items[1] ?? '')) return [clause];
  // "Spring Boot and Spring Data", "Swift and SwiftUI" are one family of tools, asked as one.
  const firsts = items.map((i) => (techs(i)[0] ?? i).split(/\s+/)[0]?.toLowerCase() ?? '');
  const [a = '', b = ''] = firsts;
  if (a.startsWith(b) || b.startsWith(a)) return [clause];
  const last = items[items.length - 1] ?? '';
  // The last item may be a bare name the vocabulary lacks ("Kubernetes and Helm").
  const lastOk = named(last) || /^[\p{Lu}][\p{L}\d+#.-]*$/u.test(last);
  return items.slice(0, -1).every(named) && lastOk ? items : [clause];
}

/** Words a list item needs to be a phrase of its own rather than a name in a list of names. */
const PHRASE_WORDS = 2;

/**
 * "Bonus points for load testing with k6, accessibility testing, or mobile testing with
 * Appium": three or more phrases in a comma list, two of them naming technologies, are separate
 * asks, each judged alone. A list
 * of bare names ("Go, Rust or Zig") is one choice and stays whole, as does a list in brackets
 * or after a topic's colon.
 */
function phraseList(clause: string, techs: (text: string) => string[]): string[] {
  // "Kubernetes security: RBAC, network policies, …": the list spells out the one topic.
  if (/^[^,]{2,40}:\s/.test(clause)) return [clause];
  const outside = clause.replace(/\([^()]*\)/g, (inner) => inner.replace(/,/g, '\u0000'));
  const items = outside
    .split(/,\s+(?:(?:or|and)\s+)?/)
    .map((item) => item.replace(/\u0000/g, ',').trim());
  if (items.length < 3 || items.some(isExample) || namesAChoice(items)) return [clause];
  const phrases = items.every((item) => item.split(/\s+/).length >= PHRASE_WORDS);
  const named = items.filter((item) => techs(item).length > 0).length;
  return phrases && named >= 2 ? items : [clause];
}

/** "…, for example Semgrep, CodeQL or Snyk": the items after it are examples of one ask. */
const isExample = (item: string): boolean =>
  /^(?:for example|for instance|such as|e\.g\.?|like|including|notably|especially)\b/i.test(item);

/**
 * "You can write code in Go, Java or Python well enough …": names running across the commas into
 * "X or Y" are one choice inside one phrase, not phrases of their own.
 */
function namesAChoice(items: readonly string[]): boolean {
  return items.some((item, i) => {
    const before = items[i - 1]?.split(/\s+/).at(-1) ?? '';
    return i > 0 && /^\p{Lu}/u.test(before) && CHOICE_OPENING.test(item);
  });
}

const CHOICE_OPENING = /^[\p{Lu}][\p{L}\d+#./-]*\s+(?:or|and)\s+\p{Lu}/u;
