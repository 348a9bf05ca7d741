import { artifactAsked } from '../answer/meaning/artifacts.ts';
import type { ProfileSupport, Support } from '../answer/support.ts';
import { technologyNamed } from '../answer/vocabulary/index.ts';
import { FIT_DEFAULTS } from './defaults.ts';
import { judgeTerms, narrowerProducts } from './judge-terms.ts';
import { evidenceLine, type Judgement, unique } from './judgement.ts';
import { usedMoreNarrowly } from './operating.ts';
import { splitOutsideBrackets } from './outside-brackets.ts';
import { heldOnlyThroughVocabulary } from './practice-naming.ts';
import { DAILY_USE, DEPTH_ASK } from './qualified-skills.ts';
import { reviewedOnly } from './reviewed-only.ts';
import type { Siblings } from './siblings.ts';
import { technologiesInRequirement } from './technologies.ts';
import { compoundContext, type Kin, type Shape, shapeOf } from './technology-shapes.ts';

export type { Kin } from './technology-shapes.ts';

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
 * Native" while React is listed is another product built on the held one: close too, never met.
 */
const narrowerThanHeld = (r: Support & { close?: true }) =>
  r.close === true ||
  (r.status === 'absent' &&
    r.closest.some((c) => r.canonical.toLowerCase().startsWith(`${c.toLowerCase()} `)));

/**
 * React implied only by React Native: a product named after another is a separate product, so
 * it shows the other one closely, never fully.
 */
const impliedByNamesake = (r: Support) =>
  r.status === 'implied' &&
  r.via.length > 0 &&
  r.via.every((name) => name.toLowerCase().startsWith(`${r.canonical.toLowerCase()} `));

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
  const alternatives = bracketedAlternatives(text, support);
  if (alternatives) return bestOf(alternatives.map((a) => judgeTechnologies(a, support, kin)));
  const shape = shapeOf(text, support, kin);
  const readings = choiceOrPractice(shape, support, kin);
  const judged = readings.map((shape) => capped(judgeShape(text, shape, support, kin), shape));
  const best = bestOf(judged);
  return best && madeWith(text, shape?.asked ?? [], best, support);
}

/** The judgement that holds best; the first of equals. */
function bestOf(judged: readonly (Judgement | undefined)[]): Judgement | undefined {
  return judged.reduce<Judgement | undefined>(
    (best, j) => (j && (best === undefined || RANK[j.status] > RANK[best.status]) ? j : best),
    undefined,
  );
}

/**
 * "Python (Django / DRF) or Go": a choice between asks, one of them with its own bracket, is
 * each ask judged on its own; one held meets the line. Only when every side names a
 * technology, and a bracket names one too ("Kafka or RabbitMQ (or similar)" is one choice).
 */
function bracketedAlternatives(text: string, support: ProfileSupport): string[] | undefined {
  const sides = splitOutsideBrackets(text, /\s+(?:or|oder|ou)\s+/i).map((side) => side.trim());
  if (sides.length < 2) return undefined;
  const bracket = sides.some((side) => {
    const inside = /\(([^)]*)\)/.exec(side)?.[1];
    return inside !== undefined && technologiesInRequirement(support, inside).length > 0;
  });
  const named = sides.every((side) => technologiesInRequirement(support, side).length > 0);
  return bracket && named ? sides : undefined;
}

/**
 * "You've written a Kubernetes operator": holding Kubernetes comes close; only a line that
 * names such a thing (an operator) meets it.
 */
function madeWith(
  text: string,
  asked: readonly string[],
  judgement: Judgement,
  support: ProfileSupport,
): Judgement {
  if (judgement.status !== 'met') return judgement;
  const names = asked.flatMap((name) => [name, ...(technologyNamed(name)?.aliases ?? [])]);
  const artifact = artifactAsked(text, names);
  if (!artifact || support.linesMatching(artifact.pattern).length > 0) return judgement;
  return { ...judgement, status: 'partial' };
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
      ((learningOnly(r) || r.learning === true) && !CURIOSITY.test(text)) ||
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
          results.some((r) => narrowerThanHeld(r)) ||
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
