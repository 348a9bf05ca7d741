import { implyingTechnologies } from '../answer/meaning/implications.ts';
import type { ProfileSupport, Support } from '../answer/support.ts';
import { technologyNamed } from '../answer/vocabulary/index.ts';
import { FIT_DEFAULTS } from './defaults.ts';
import { judgeTerms, namesIn, narrowerProducts } from './judge-terms.ts';
import { evidenceLine, type Judgement, unique } from './judgement.ts';
import { usedMoreNarrowly } from './operating.ts';
import { heldOnlyThroughVocabulary } from './practice-naming.ts';
import { DAILY_USE, DEPTH_ASK } from './qualified-skills.ts';
import { OR_WORD } from './requirement-cues.ts';
import { reviewedOnly } from './reviewed-only.ts';
import type { Siblings } from './siblings.ts';
import { technologiesInRequirement } from './technologies.ts';

/** Words that turn a list of technologies into a choice: "Go or Python", "Jest/Vitest". */
const ALTERNATIVES =
  /\b(?:or|ou|oder)\b|(?<![\w.])\/(?![\w.]*\/)|\beither\b|\b(?:one|any|some) of\b|\bat least one\b/i;
/** ", ideally Django", "(preferably on AWS)": a wish after the ask, not a choice within it. */
const WISH = /,?\s+\(?(?:ideally|preferably|ideal(?:ly)? with|bonus if)\b/i;
/** "Stripe or Adyen" after these words are examples of what the words before ask for. */
/** A bracket that opens with examples: "(e.g. Semgrep, CodeQL)". */
const EXAMPLES_OPENING =
  /^\s*(?:e\.g\.?|such as|for example|for instance|like|incl\.?|including)\s/i;
const EXAMPLES = /\b(?:such as|e\.g\.?|for example|for instance|like|including)\s/i;
/**
 * "Kafka or a similar message broker", "Stripe ou un autre PSP", "Jest oder ein vergleichbares
 * Framework": the named one, or something of its kind.
 */
const OR_SIMILAR =
  /\s+(?:or|ou|oder)\s+(?:an?\s+|any\s+|other\s+|une?\s+|ein(?:e[nr]?)?\s+)?(?:similar|equivalent|comparable|other|alternative|autres?|équivalente?s?|similaires?|ähnliche\w*|vergleichbare\w*|andere\w*)(?![\p{L}])/iu;

const isHeld = (r: Support) => r.status !== 'absent';

/** "Rust / WebAssembly curiosity", "keen to learn Go": learning it is what is asked. */
const CURIOSITY =
  /\b(?:curios\w*|curious|interest(?:ed)? in|keen to learn|eager\w* to learn|willing\w* to learn|want(?:s)? to learn)\b/i;

/** Named only among what the owner is learning now: being learned is not known yet. */
const learningOnly = (r: Support) =>
  r.status === 'mentioned' &&
  r.evidence.length > 0 &&
  r.evidence.every((line) => /^exploring\b/.test(line.where));

/** Evidence from a role or a project, not only a skill list. */
const shownInWork = (r: Support) =>
  r.evidence.some((line) => /^(?:roles|projects)\b/.test(line.where));

/**
 * "Kotlin Coroutines" missing while Kotlin is listed: a part of a held skill, so close. "React
 * Native" while React is listed is a separate product, not a part.
 */
const narrowerThanHeld = (r: Support & { close?: true }, separate?: Siblings) =>
  r.close === true ||
  (r.status === 'absent' &&
    r.closest.some(
      (c) =>
        r.canonical.toLowerCase().startsWith(`${c.toLowerCase()} `) &&
        separate?.(r.canonical, c) !== true,
    ));

/**
 * React implied only by React Native: a product named after another is a separate product, so
 * it shows the other one closely, never fully.
 */
const impliedByNamesake = (r: Support) =>
  r.status === 'implied' &&
  r.via.length > 0 &&
  r.via.every((name) => name.toLowerCase().startsWith(`${r.canonical.toLowerCase()} `));

interface Shape {
  /** Technologies that must all be held (or one of them, when `anyOf`). */
  asked: string[];
  anyOf: boolean;
  /** Technologies the requirement names as context: held, they make a miss close. */
  context: string[];
  /** Examples the vocabulary does not know, looked up as names in the knowledge text. */
  examples?: string;
  /**
   * What is asked when the profile shows neither one of the named tools nor another tool of
   * their kind: then the named tools only illustrate the practice before them.
   */
  otherwise?: Pick<Shape, 'asked' | 'anyOf'>;
  /** What the choice is asked in ("REST or GraphQL APIs in Node"): missing, the match is close. */
  also?: string[];
}

/** Reads which technologies a requirement asks for, and how. */
function shapeOf(text: string, support: ProfileSupport, kin: Kin): Shape | undefined {
  const all = technologiesInRequirement(support, text);
  // "Prometheus-based monitoring": the technology the line is built on is the one asked.
  if (all.length === 0) {
    const built = compoundNames(text, support);
    return built.length > 0 ? { asked: built, anyOf: true, context: [] } : undefined;
  }
  // "Python, ideally Django / DRF": what comes after "ideally" is a wish beside the ask.
  const wish = WISH.exec(text);
  const wanted = wish ? technologiesInRequirement(support, text.slice(0, wish.index)) : [];
  if (wish && wanted.length > 0) {
    const before = text.slice(0, wish.index);
    return { asked: wanted, anyOf: ALTERNATIVES.test(before), context: without(all, wanted) };
  }
  const similar = OR_SIMILAR.exec(text);
  if (similar) {
    // "Kafka, NATS or a comparable broker": the whole list before it is the choice.
    const before =
      text
        .slice(0, similar.index)
        .split(/\b(?:with|in|using|on|of)\b|[:;]/i)
        .pop() ?? '';
    const asked = technologiesInRequirement(support, before);
    if (asked.length > 0) return { asked, anyOf: true, context: without(all, asked) };
  }
  const bracketed = bracketShape(text, support, kin);
  if (bracketed) return bracketed;
  const tools = toolsChoice(text, support);
  if (tools) return tools;
  const setting = settingAfter(text, all, support);
  if (setting) return setting;
  const example = EXAMPLES.exec(text);
  if (example) {
    const asked = technologiesInRequirement(support, text.slice(example.index + example[0].length));
    if (asked.length > 0) return { asked, anyOf: true, context: without(all, asked) };
    // "policy engines such as OPA Gatekeeper": the examples are names the vocabulary lacks.
    const rest = text.slice(example.index + example[0].length);
    if (namesIn(rest).length > 0) return { asked: [], anyOf: true, context: all, examples: rest };
  }
  return (
    choiceAndMore(text, support) ??
    alternativesAmong(text, all, support) ?? {
      asked: all,
      anyOf: ALTERNATIVES.test(text),
      context: [],
    }
  );
}

/** What a bracket in the requirement says: examples, a choice of tools, or what the head means. */
function bracketShape(text: string, support: ProfileSupport, kin: Kin): Shape | undefined {
  const paren = /\(([^)]*)\)/.exec(text);
  if (!paren?.[1]) return undefined;
  const inside = technologiesInRequirement(support, paren[1]);
  const outside = technologiesInRequirement(support, text.replace(paren[0], ' '));
  // "SAST/DAST tooling (e.g. Semgrep, CodeQL) into CI/CD pipelines": examples of the words
  // right before the bracket, which name no technology; the one elsewhere is only where.
  if (
    outside.length > 0 &&
    inside.length > 0 &&
    (examplesOfWords(text, paren, support) || examplesOfOther(paren[1], inside, outside))
  ) {
    return { asked: inside, anyOf: true, context: outside };
  }
  // "CI/CD (GitLab CI or Jenkins)": a choice of tools says which ones the practice is asked
  // with; the practice alone, with other tools, comes close.
  if (outside.length > 0 && inside.length > 0 && isChoice(paren[1])) {
    const otherwise = { asked: outside, anyOf: ALTERNATIVES.test(text.replace(paren[0], ' ')) };
    return { asked: inside, anyOf: true, context: without(outside, inside), otherwise };
  }
  // "AWS (VPC, IAM, RDS)": the head is asked, the list only shows what it means.
  if (outside.length > 0 && inside.length > 0) {
    return { asked: outside, anyOf: ALTERNATIVES.test(text.replace(paren[0], ' ')), context: [] };
  }
  if (inside.length > 0) {
    // "Data contracts or data quality checks (…)": a choice before the list makes it examples.
    const choice = ALTERNATIVES.test(text.slice(0, paren.index));
    return { asked: inside, anyOf: choice || !isStack(paren[1], inside, kin), context: [] };
  }
  // "security tooling (SAST, DAST or dependency scanning) into CI/CD pipelines": the list says
  // what the words before it ask for; a technology elsewhere in the line is only where.
  const head = text
    .slice(0, paren.index)
    .split(/\b(?:with|in|of|on|using|into)\b|[,;:]/i)
    .pop();
  if (
    /,|\bor\b/i.test(paren[1]) &&
    namesIn(paren[1]).length > 0 &&
    technologiesInRequirement(support, head ?? '').length === 0
  ) {
    return { asked: [], anyOf: true, context: outside, examples: paren[1] };
  }
  return undefined;
}

/**
 * "MVVM or MVI and Clean Architecture": one of the choice, and what "and" adds after it too;
 * holding only the addition comes close.
 */
function choiceAndMore(text: string, support: ProfileSupport): Shape | undefined {
  const m = /^(.*\b(?:or|ou|oder)\b[^,;()]*?)\s+(?:and|&|et|und)\s+([^,;()]+)$/i.exec(text);
  if (!m?.[1] || !m[2] || EXAMPLES.test(text) || OR_SIMILAR.test(text)) return undefined;
  const asked = technologiesInRequirement(support, m[1]);
  const more = technologiesInRequirement(support, m[2]).filter((name) => !asked.includes(name));
  if (more.length === 0) return undefined;
  if (asked.length >= 2) return { asked, anyOf: true, context: more, also: more };
  // "MVVM or MVI": names the vocabulary lacks, looked up in the knowledge text.
  const choice = m[1].split(OR_WORD).slice(-2).join(' or ');
  return asked.length === 0 && namesIn(choice).length >= 2
    ? { asked: [], anyOf: true, context: more, examples: choice }
    : undefined;
}

/**
 * "Kafka or RabbitMQ in event-driven systems": the choice is between the names "or" joins; a
 * technology in another part of the line (after "in", "with", "for") is where they are used,
 * and holding it alone is close, not the choice.
 */
function alternativesAmong(
  text: string,
  all: string[],
  support: ProfileSupport,
): Shape | undefined {
  if (!ALTERNATIVES.test(text)) return undefined;
  const parts = text.split(/\s+(?:in|with|for|on|using|across|within)\s+|[;:]/i);
  const choice = parts.filter((part) => ALTERNATIVES.test(part));
  if (choice.length !== 1) return undefined;
  // "Kafka or Kinesis and understand event-driven designs": the choice ends where "and" adds.
  const chosen = (choice[0] ?? '').replace(/(\bor\b[^,;]*?)\s+(?:and|&)\s+.*$/i, '$1');
  const asked = technologiesInRequirement(support, chosen);
  const context = without(all, asked);
  if (asked.length < 2 || context.length === 0) return undefined;
  // "REST or GraphQL APIs in Node": the choice is made in the technology after "in".
  const within = /\s+in\s+([^,;:()]+)$/i.exec(text)?.[1] ?? '';
  // Only a language or runtime: "in event-driven systems" says where, not what else to hold.
  const also = technologiesInRequirement(support, within).filter(
    (name) => context.includes(name) && RUNTIME.test((technologyNamed(name)?.tags ?? []).join(' ')),
  );
  return { asked, anyOf: true, context, ...(also.length > 0 ? { also } : {}) };
}

/** Tags that name a language or a runtime. */
const RUNTIME = /\b(?:language|runtime)\b/;

/**
 * "SAST/DAST/SCA in CI pipelines (e.g. Semgrep, Snyk, SonarQube)": examples that are no forms
 * of the technology named beside them (none implies CI/CD) are examples of the other words.
 */
function examplesOfOther(inner: string, inside: string[], outside: string[]): boolean {
  if (!EXAMPLES_OPENING.test(inner)) return false;
  const forms = new Set(outside.flatMap(implyingTechnologies));
  return !inside.some((name) => forms.has(name));
}

/** A bracket of examples ("e.g. …") after words of the line that name no technology. */
function examplesOfWords(text: string, paren: RegExpExecArray, support: ProfileSupport): boolean {
  if (!EXAMPLES_OPENING.test(paren[1] ?? '')) return false;
  const before = text
    .slice(0, paren.index)
    .split(/\b(?:with|in|of|on|using|into)\b|[,;:]/i)
    .pop();
  return (
    (before ?? '').trim() !== '' && technologiesInRequirement(support, before ?? '').length === 0
  );
}

/** "GitLab CI or Jenkins": a bare choice of names, not examples nor "or similar". */
const isChoice = (list: string): boolean =>
  OR_WORD.test(list) && !EXAMPLES.test(list) && !OR_SIMILAR.test(list);

/**
 * "Building CI/CD pipelines in GitLab CI or Jenkins": the practice before "in" is asked with
 * one of the tools after it; the practice with other tools comes close.
 */
function toolsChoice(text: string, support: ProfileSupport): Shape | undefined {
  const at = /^(.*\S)\s+(?:in|with|using|via)\s+([^,;()]+)$/i.exec(text);
  if (!at?.[1] || !at[2] || !isChoice(at[2])) return undefined;
  const asked = technologiesInRequirement(support, at[2]);
  const head = without(technologiesInRequirement(support, at[1]), asked);
  if (asked.length < 2 || head.length === 0) return undefined;
  return { asked, anyOf: true, context: head, otherwise: { asked: head, anyOf: false } };
}

/**
 * "(AWS, Terraform, GitHub Actions)": a plain list of technologies of different kinds names a
 * stack, every part of it asked; "(pgvector, Qdrant, Weaviate)" names choices of one kind.
 */
function isStack(list: string, named: string[], kin: Kin): boolean {
  const { kindsApart } = kin;
  if (!kindsApart || named.length < 2 || ALTERNATIVES.test(list) || EXAMPLES.test(list)) {
    return false;
  }
  return named.every((one, i) => named.slice(i + 1).every((other) => kindsApart(one, other)));
}

/** "Kubernetes-based training infrastructure" asks for the infrastructure, with Kubernetes as context. */
const COMPOUND = /([\p{L}\d+#.]+)-(?:based|backed|powered|native|driven)\b/giu;

const compoundNames = (text: string, support: ProfileSupport): string[] =>
  unique(
    [...text.matchAll(COMPOUND)].flatMap((m) => technologiesInRequirement(support, m[1] ?? '')),
  );

function compoundContext(text: string, support: ProfileSupport, shape: Shape): string[] {
  return compoundNames(text, support).filter(
    (name) => !shape.asked.includes(name) && !shape.context.includes(name),
  );
}

// The last "in", "into", "within" or "across" of a line: what follows may be where, not what.
const SETTING_WORD =
  /\s(?:in|into|within|inside|across)\s(?!.*\s(?:in|into|within|inside|across)\s)/i;

// "CI pipelines", "our Kubernetes clusters": a place things run, named by a tool and a noun.
const SETTING =
  /^(?:the\s+|our\s+|your\s+|a\s+)?\S+(?:\s+\S+)?\s+(?:pipelines?|workflows?|environments?|clusters?|platforms?)\b/i;

/**
 * "SAST/DAST tooling in CI pipelines", "embedding security checks into CI pipelines": every
 * technology is in the setting after the last "in", and the words before it, which name none,
 * are what is asked. They are looked up in the knowledge text; the setting held is close.
 */
function settingAfter(text: string, all: string[], support: ProfileSupport): Shape | undefined {
  const at = SETTING_WORD.exec(text);
  if (!at) return undefined;
  const head = text.slice(0, at.index);
  const tail = text.slice(at.index + at[0].length);
  if (!SETTING.test(tail) || technologiesInRequirement(support, head).length > 0) return undefined;
  const inTail = technologiesInRequirement(support, tail);
  if (!all.every((name) => inTail.includes(name))) return undefined;
  const asked = head
    .replace(/^\s*(?:(?:hands-on\s+)?experience|familiarity|knowledge)\s+(?:with|of|in)?\s*/i, '')
    .trim();
  return asked.split(/\s+/).length >= 2
    ? { asked: [], anyOf: true, context: all, examples: asked }
    : undefined;
}

const without = (all: string[], some: string[]) => all.filter((name) => !some.includes(name));

/** How listed skills stand in for a missing technology. */
export interface Kin {
  /** Close: a partial match. */
  siblings?: Siblings;
  /** Alike: enough where the requirement says "or similar". */
  alike?: Siblings;
  /** Technologies plainly of different kinds: a list of such is a stack, not a choice. */
  kindsApart?: Siblings;
  /** Technologies named after another that are separate products ("React Native", "React"). */
  separate?: Siblings;
  /** Skills the profile lists only with a qualifier ("selective"): not shown as daily work. */
  qualifiedOnly?: (canonical: string) => boolean;
  /** Skills the profile lists only as of limited use ("Backend-adjacent"): close to any ask. */
  limitedOnly?: (canonical: string) => boolean;
}

/** Held only through listings of limited use, its own or those of the skills implying it. */
function limitedListing(r: Support, kin: Kin): boolean {
  const limited = kin.limitedOnly;
  if (!limited) return false;
  if (limited(r.canonical)) return true;
  return r.status === 'implied' && r.via.length > 0 && r.via.every(limited);
}

/** "…, but we won't hold AWS against you": a remark on the ask, naming nothing asked. */
const REMARK = /,?\s+but\s+(?=(?:we|our|the|it|you|that|this)\b).*$/i;

/** The line without a closing remark, when what comes before it names a technology. */
function withoutRemark(text: string, support: ProfileSupport): string {
  const asked = text.replace(REMARK, '');
  return asked !== text && technologiesInRequirement(support, asked).length > 0 ? asked : text;
}

/**
 * "Django, FastAPI (or similar)", "RabbitMQ, SQS or similar", "a comparable broker", and "a BI
 * tool like Looker": the names are examples of a kind, and another of that kind answers too.
 */
const SIMILAR_ALLOWED =
  /\bor\s+(?:an?\s+|any\s+|other\s+)?(?:similar|equivalent|comparable)\b|\b(?:an?|any)\s+(?:[\w-]+\s+){0,2}(?:tool|product|platform|framework|library)\s+like\s+\p{Lu}/iu;

/** Technologies named in a requirement, each looked up through the profile's evidence. */
export function judgeTechnologies(
  line: string,
  support: ProfileSupport,
  kin: Kin = {},
): Judgement | undefined {
  const text = withoutRemark(line, support);
  const readings = choiceOrPractice(shapeOf(text, support, kin), support, kin);
  const judged = readings.map((shape) => capped(judgeShape(text, shape, support, kin), shape));
  return judged.reduce<Judgement | undefined>(
    (best, j) => (best === undefined || RANK[j.status] > RANK[best.status] ? j : best),
    undefined,
  );
}

const RANK: Readonly<Record<Judgement['status'], number>> = { missing: 0, partial: 1, met: 2 };

/**
 * "testing REST APIs with Postman or REST Assured" for someone who builds REST APIs: the
 * practice without any of the named tools comes close; only a named tool meets it.
 */
function capped(judgement: Judgement, shape: Shape & { practiceOnly?: true }): Judgement {
  return shape.practiceOnly && judgement.status === 'met'
    ? { ...judgement, status: 'partial' }
    : judgement;
}

function judgeShape(text: string, shape: Shape, support: ProfileSupport, kin: Kin): Judgement {
  if (shape.examples !== undefined) return judgeExamples(shape.examples, shape.context, support);
  const narrower = narrowerProducts(text, support);
  const results = shape.asked.map((name) => supportAsNamed(name, narrower.get(name), support));
  // Held only because the vocabulary groups the named practice with another: close at best.
  const loose = results.filter(
    (r) =>
      heldOnlyThroughVocabulary(text, r, support) ||
      impliedByNamesake(r) ||
      usedMoreNarrowly(text, r, support) ||
      reviewedOnly(text, r) ||
      (learningOnly(r) && !CURIOSITY.test(text)) ||
      ((DAILY_USE.test(text) || DEPTH_ASK.test(text)) &&
        kin.qualifiedOnly?.(r.canonical) === true &&
        !shownInWork(r)) ||
      (limitedListing(r, kin) && !shownInWork(r)),
  );
  const held = results.filter((r) => isHeld(r) && !loose.includes(r));
  const standIn = (listed: Siblings | undefined) => (r: Support) =>
    listed !== undefined && r.status === 'absent' && r.closest.some((c) => listed(r.canonical, c));
  // "or similar": a listed technology of the same kind answers for a missing one.
  const alike = SIMILAR_ALLOWED.test(text) ? results.filter(standIn(kin.alike)) : [];
  const contextHeld = [...shape.context, ...compoundContext(text, support, shape)]
    .map((name) => support.supportFor(name))
    .filter(isHeld);
  const enough = held.length + alike.length;
  const alsoHeld = (shape.also ?? []).every((name) => isHeld(support.supportFor(name)));
  const status =
    (enough === results.length || (shape.anyOf && enough > 0)) && alsoHeld
      ? 'met'
      : held.length > 0 ||
          loose.length > 0 ||
          contextHeld.length > 0 ||
          results.some((r) => narrowerThanHeld(r, kin.separate)) ||
          results.some(standIn(kin.siblings))
        ? 'partial'
        : 'missing';
  return reportOf(status, [...held, ...loose, ...contextHeld], alike, results);
}

/**
 * "CI/CD (GitLab CI or Jenkins)" for someone who runs GitHub Actions: another tool of the named
 * kind is close, not the asked one. With no such tool shown, the practice itself is judged, and
 * comes close at best; with a named tool held, either reading may show the requirement best.
 */
function choiceOrPractice(shape: Shape | undefined, support: ProfileSupport, kin: Kin): Shape[] {
  if (!shape) return [];
  if (!shape.otherwise) return [shape];
  // The practice alone, without any named tool held, is close: capped at "partial".
  const fallback = { ...shape.otherwise, context: [], practiceOnly: true as const };
  const results = shape.asked.map((name) => support.supportFor(name));
  const practice = shape.otherwise.asked;
  const otherTool = (r: Support) =>
    kin.kindsApart !== undefined &&
    r.status === 'absent' &&
    r.closest.some((c) => !practice.includes(c) && !kin.kindsApart?.(r.canonical, c));
  // With a named tool held, the practice reading may show the requirement best, uncapped.
  if (results.some(isHeld)) return [shape, { ...shape.otherwise, context: [] }];
  return results.some(otherTool) ? [shape] : [fallback];
}

function reportOf(
  status: Judgement['status'],
  shown: Support[],
  alike: Support[],
  results: Support[],
): Judgement {
  const standing = alike.slice(0, 1).map((r) => `${r.closest.join(', ')} (like ${r.canonical})`);
  return {
    status,
    evidence: unique([...shown.flatMap(evidenceOf), ...standing]).slice(
      0,
      FIT_DEFAULTS.maxEvidence,
    ),
    closest:
      status === 'met'
        ? []
        : unique(results.filter((r) => !isHeld(r)).flatMap((r) => r.closest)).slice(
            0,
            FIT_DEFAULTS.maxClosest,
          ),
  };
}

/**
 * "Spark Structured Streaming" asks for more than Spark: the narrower product must show in the
 * knowledge itself. Holding only the base technology makes it close, never met.
 */
function supportAsNamed(
  name: string,
  product: string | undefined,
  support: ProfileSupport,
): Support & { close?: true } {
  const base = support.supportFor(name);
  if (product === undefined || !isHeld(base)) return base;
  const own = support.supportFor(product);
  if (isHeld(own)) return own;
  return { ...own, canonical: product, status: 'absent', closest: [base.canonical], close: true };
}

function evidenceOf(result: Support): string[] {
  const lines = result.evidence.slice(0, 1).map(evidenceLine);
  if (result.status === 'implied' && result.via.length > 0) {
    return lines.map((line) => `${result.canonical} via ${result.via.join(', ')}: ${line}`);
  }
  return lines.length > 0 ? lines : [`${result.canonical}`];
}

function judgeExamples(examples: string, context: string[], support: ProfileSupport): Judgement {
  const named = judgeTerms(examples, support);
  if (named?.status === 'met') return named;
  const contextHeld = context.map((name) => support.supportFor(name)).filter(isHeld);
  return contextHeld.length > 0
    ? { status: 'partial', evidence: contextHeld.flatMap(evidenceOf).slice(0, 1), closest: [] }
    : { status: 'missing', evidence: [], closest: [] };
}
