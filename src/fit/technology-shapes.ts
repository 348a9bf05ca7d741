/**
 * How a requirement names its technologies: all of them, a choice, examples of a practice, a
 * stack, or a setting where the asked practice runs. `judge-technologies.ts` judges the shape.
 */
import { implyingTechnologies } from '../answer/meaning/implications.ts';
import type { ProfileSupport } from '../answer/support.ts';
import { technologyNamed } from '../answer/vocabulary/index.ts';
import { escapeRegExp } from '../knowledge/escape-regexp.ts';
import { namesIn } from './judge-terms.ts';
import { unique } from './judgement.ts';
import { OR_WORD } from './requirement-cues.ts';
import type { Siblings } from './siblings.ts';
import { technologiesInRequirement } from './technologies.ts';

/** Words that turn a list of technologies into a choice: "Go or Python", "Jest/Vitest". */
const ALTERNATIVES =
  /\b(?:or|ou|oder|o)\b|(?<![\w.])\/(?![\w.]*\/)|\beither\b|\b(?:one|any|some) of\b|\bat least one\b/i;
/** ", ideally Django", "(preferably on AWS)": a wish after the ask, not a choice within it. */
const WISH =
  /,?\s+\(?(?:ideally|preferably|preferibilmente|preferentemente|preferencialmente|idealmente|ideal(?:ly)? with|bonus if)\b/i;
/** A bracket that opens with examples: "(e.g. Semgrep, CodeQL)". */
const EXAMPLES_OPENING =
  /^\s*(?:e\.g\.?|such as|for example|for instance|like|incl\.?|including)\s/i;
const EXAMPLES = /\b(?:such as|e\.g\.?|for example|for instance|like|including)\s/i;
/**
 * "Kafka or a similar message broker", "Stripe ou un autre PSP", "Jest oder ein vergleichbares
 * Framework": the named one, or something of its kind.
 */
const OR_SIMILAR =
  /\s+(?:or|ou|oder|o)\s+(?:an?\s+|any\s+|other\s+|une?\s+|ein(?:e[nr]?)?\s+|altri\s+)?(?:similar|equivalent|comparable|other|alternative|autres?|équivalente?s?|similaires?|ähnliche\w*|vergleichbare\w*|andere\w*|simil[ie]|similares|equivalenti)(?![\p{L}])/iu;

export interface Shape {
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
export function shapeOf(text: string, support: ProfileSupport, kin: Kin): Shape | undefined {
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
        // "Strong Golang – Gin, Echo or similar": the choice is after the dash, Go beside it.
        .split(/\b(?:with|in|using|on|of)\b|[:;]|\s[–—-]\s/i)
        .pop() ?? '';
    const asked = technologiesInRequirement(support, before);
    // …and the technology before the dash is asked too, beside the choice.
    const dash = /\s[–—]\s/.exec(text.slice(0, similar.index));
    const also = dash
      ? technologiesInRequirement(support, text.slice(0, dash.index)).filter(
          (n) => !asked.includes(n),
        )
      : [];
    if (asked.length > 0)
      return {
        asked,
        anyOf: true,
        context: without(all, asked),
        ...(also.length > 0 ? { also } : {}),
      };
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
  if (
    outside.length > 0 &&
    inside.length > 0 &&
    (isChoice(paren[1]) || slashChoice(paren[1], support))
  ) {
    const otherwise = { asked: outside, anyOf: ALTERNATIVES.test(text.replace(paren[0], ' ')) };
    return { asked: inside, anyOf: true, context: without(outside, inside), otherwise };
  }
  // "AWS (VPC, IAM, RDS)": the head is asked, the list only shows what it means; "Animation in
  // the browser (CSS transitions)" without animation named comes close through what it is done
  // with.
  if (outside.length > 0 && inside.length > 0) {
    const anyOf = ALTERNATIVES.test(text.replace(paren[0], ' '));
    const means = inside.some((name) => support.supportFor(name).status !== 'absent');
    return {
      asked: outside,
      anyOf,
      context: [],
      ...(means ? { otherwise: { asked: inside, anyOf: true } } : {}),
    };
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
  // "MVVM or MVI": names the vocabulary lacks (one of them or both), looked up in the text.
  const choice = m[1].split(OR_WORD).slice(-2).join(' or ');
  return asked.length <= 1 && namesIn(choice).length >= 2
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
  // "Python-Kenntnisse und Erfahrung mit pandas / NumPy": "mit", "avec", "con" say "with".
  const parts = text.split(
    /\s+(?:in|with|for|on|using|across|within|mit|avec|con|com|met)\s+|[;:]/i,
  );
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
  const runtimes = technologiesInRequirement(support, within).filter(
    (name) => context.includes(name) && RUNTIME.test((technologyNamed(name)?.tags ?? []).join(' ')),
  );
  // "workloads on Kubernetes in AWS or GCP": the choice is where; what runs there is asked too.
  const where = new RegExp(`\\s(?:in|on)\\s+${escapeRegExp(choice[0] ?? '')}`, 'i').exec(text);
  const before = where
    ? (text
        .slice(0, where.index)
        .split(/\s+(?:in|with|for|on|using)\s+|[;:]/i)
        .pop() ?? '')
    : '';
  const placed = technologiesInRequirement(support, before).filter((name) =>
    context.includes(name),
  );
  const also = [...new Set([...runtimes, ...placed])];
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

/** Kinds of tool a team picks one of; a platform's own services ("AWS (EC2/S3)") are not. */
const PICKED_TOOL = new Set(['framework', 'library', 'ci', 'testing', 'orm']);

/**
 * "(Django/DRF)", "(GitLab CI / Jenkins)": tools set apart by slashes are a choice too, when
 * each side names one of its own (unlike "CI/CD", one name with a slash in it).
 */
function slashChoice(list: string, support: ProfileSupport): boolean {
  const sides = list.split(/\s*\/\s*/);
  const named = technologiesInRequirement(support, list);
  return (
    sides.length >= 2 &&
    !EXAMPLES.test(list) &&
    named.length >= 2 &&
    named.every((name) => technologyNamed(name)?.tags.some((tag) => PICKED_TOOL.has(tag))) &&
    sides.every((side) => technologiesInRequirement(support, side).length > 0)
  );
}

/** "GitLab CI or Jenkins": a bare choice of names, not examples nor "or similar". */
const isChoice = (list: string): boolean =>
  OR_WORD.test(list) && !EXAMPLES.test(list) && !OR_SIMILAR.test(list);

/** "(comfy w/) Detox or Maestro for e2e tests": the choice of tools, then what they are for. */
const TOOLS_FOR =
  /^(?:.*?\b(?:w\/|with|using|in|of)\s+)?([^,;()]+?\s+or\s+[^,;()]+?)\s+for\s+([^,;()]+)$/i;

/**
 * "Building CI/CD pipelines in GitLab CI or Jenkins": the practice before "in" is asked with
 * one of the tools after it; the practice with other tools comes close.
 */
function toolsChoice(text: string, support: ProfileSupport): Shape | undefined {
  const at = /^(.*\S)\s+(?:in|with|using|via)\s+([^,;()]+)$/i.exec(text);
  // "comfy w/ Detox or Maestro for e2e tests": the tools first, the practice they are for after.
  const forIt = at ? undefined : TOOLS_FOR.exec(text);
  const practice = at?.[1] ?? forIt?.[2];
  const choice = at?.[2] ?? forIt?.[1];
  if (!practice || !choice || !isChoice(choice)) return undefined;
  // "with Codemagic or Bitrise": a name the vocabulary does not know is one of the choices too.
  const options = choice.split(/\s+or\s+|\s*\/\s*|,\s*/i).map((o) => o.trim());
  const asked = options.flatMap((option) => {
    const known = technologiesInRequirement(support, option);
    return known.length > 0 ? known : /^\p{Lu}[\p{L}\d.+#-]*$/u.test(option) ? [option] : [];
  });
  const head = without(technologiesInRequirement(support, practice), asked);
  if (asked.length < 2 || head.length === 0) return undefined;
  // "Kubernetes in AWS or GCP": clouds after "in" say where the head runs, not its tools.
  const clouds = asked.every((name) =>
    /\bcloud\b/.test([...(technologyNamed(name)?.tags ?? [])].join(' ')),
  );
  if (at && clouds && /\s(?:in|on)\s+[^,;()]+$/i.test(text.slice(practice.length)))
    return undefined;
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

export function compoundContext(text: string, support: ProfileSupport, shape: Shape): string[] {
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
  /** Skills the profile lists only with a qualifier ("selective"): not shown as daily work. */
  qualifiedOnly?: (canonical: string) => boolean;
  /** Skills the profile lists only as of limited use ("Backend-adjacent"): close to any ask. */
  limitedOnly?: (canonical: string) => boolean;
}
