import type { ProfileSupport, Support } from '../answer/support.ts';
import { technologyNamed } from '../answer/vocabulary/index.ts';
import { escapeRegExp } from '../knowledge/escape-regexp.ts';
import { countriesIn } from '../knowledge/places.ts';
import { FIT_DEFAULTS } from './defaults.ts';
import { evidenceLine, type Judgement, unique } from './judgement.ts';
import { EXPERIENCE_ABROAD, OR_WORD } from './requirement-cues.ts';
import { technologiesInRequirement } from './technologies.ts';

// Capitalised words that start sentences or name the reader, never what is asked for; the
// levels a skill table grades rows with ("Flutter | Expert"), which say how well, not what; and
// the nouns German capitalises ("Sicherer Umgang mit SQL") and French or Spanish asks open with.
const NOT_NAMES = new Set(
  'You Your We Our The A An Experience Strong Solid Deep Proven Good Great Excellent Hands-on Knowledge Familiarity Ability Understanding Comfortable API APIs SDK SDKs UI UIs CLI CLIs IC OS Working Building Serving Publications Publishing Domain Bonus Nice Must Unit End-to-end Background Fluency Proficiency Expertise Some Any At Least Plus Ideally Preferably Able If In On With For Of And Or It This That Expert Advanced Intermediate Beginner Basic Awareness Proficient Fluent Familiar Umgang Erfahrung Erfahrungen Kenntnisse Grundkenntnisse Verständnis Wissen Praxis Fähigkeit Fähigkeiten Entwicklung Programmierung Betrieb Arbeit Bereich Einsatz Nutzung Anwendung Konzeption Jahre Berufserfahrung Sicherer Sichere Sehr Gute Gutes Fundierte Fundiertes Tiefes Idealerweise Expérience Connaissance Connaissances Maîtrise Experiencia Conocimiento Conocimientos Esperienza Conoscenza'.split(
    ' ',
  ),
);

/** Names a requirement asks for that the technology vocabulary does not know: "WCAG", "Google Play". */
export function namesIn(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(/\b[\p{Lu}][\p{L}\d+#.-]*(?:\s+[\p{Lu}\d][\p{L}\d+#.-]*)*/gu)) {
    let words = match[0].replace(/[.-]+$/, '').split(/\s+/);
    // A sentence's first word is capitalised anyway: only "SQLDelight" or "K8s" shapes count there.
    // So is a clause's after a dash or a colon: "Design system — Built or maintained one".
    const sentence = /\s/.test(text.trim());
    const opens = match.index === 0 || /(?:[—–:;.!?]|\s[-|])\s*$/.test(text.slice(0, match.index));
    if (sentence && opens && !/[\p{Lu}].*[\p{Lu}]|\d/u.test(words[0] ?? '')) {
      words = words.slice(1);
    }
    // "WCAG 2.1 AA", "JUnit 5": the version does not change what is asked.
    const name = words
      .filter((w) => !NOT_NAMES.has(w))
      .join(' ')
      .replace(/(?:\s+(?:v?\d[\d.x+]*|[A-Z]{1,2}))+$/, '');
    if (name.length >= 3) names.push(name);
  }
  return unique(names);
}

const PLACE_WORD = /^(?:EU|EMEA|APAC|LATAM|Europe|European|Asia|Americas?|UTC|GMT|CET|EST|PST)$/;

/** Words that say what kind of thing a name is, not which product. */
const WHAT_IT_IS = /^(?:db|database|sdks?|apis?|cli|library|lib|framework)$/i;

// Vendors whose name often leads a product's: "Apache Kafka" is Kafka.
const VENDORS = new Set(['apache', 'google', 'amazon', 'aws', 'microsoft', 'azure', 'the']);

/**
 * "Kotlin Multiplatform": a known technology with more words is a narrower thing than the
 * technology itself, so holding Kotlin does not show it.
 */
function narrowerThan(name: string, techs: readonly string[]): boolean {
  if (techs.length === 0) return false;
  // "Google Cloud Platform" is GCP by another of its names, not a narrower product.
  if (techs.some((tech) => spelledAs(name, tech))) return false;
  const known = new Set(techs.flatMap((t) => t.toLowerCase().split(/[\s./-]+/)));
  const words = name.toLowerCase().split(/\s+/);
  const first = words[0] ?? '';
  const last = words.at(-1) ?? '';
  // The technology first, then words naming a part of it ("Strong Python" is only Python);
  // a word saying what it is ("Room DB", "Stripe SDK") names no other product.
  return (
    (known.has(first) || VENDORS.has(first)) &&
    !known.has(last) &&
    !VENDORS.has(last) &&
    !WHAT_IT_IS.test(last)
  );
}

/** Whether `name` is the technology's name or one of its aliases, as a whole. */
function spelledAs(name: string, tech: string): boolean {
  const folded = name.toLowerCase();
  return [tech, ...(technologyNamed(tech)?.aliases ?? [])].some((n) => n.toLowerCase() === folded);
}

/**
 * Known technologies a requirement names only as the start of a narrower product ("Spark" in
 * "Spark Structured Streaming"), each with that product's name.
 */
export function narrowerProducts(text: string, support: ProfileSupport): Map<string, string> {
  const found = new Map<string, string>();
  for (const run of capitalisedRuns(text)) {
    const techs = technologiesInRequirement(support, run);
    if (techs.length === 1 && narrowerThan(run, techs)) found.set(techs[0] as string, run);
  }
  return found;
}

const capitalisedRuns = (text: string): string[] =>
  text.match(/\b[\p{Lu}][\p{L}\d+#.-]*(?:\s+[\p{Lu}][\p{L}\d+#.-]*)+/gu) ?? [];

/**
 * "Expérience concrète dans la construction d'un design system", "Experiencia con sistemas de
 * diseño", "Erfahrung mit Design Systems": the ask after the experience word, as French,
 * Spanish, Portuguese, Italian and German postings write it; the verb noun and article before
 * the thing are no part of it.
 */
const FOREIGN_CUE = new RegExp(
  String.raw`${EXPERIENCE_ABROAD}(?:\s+(?:concrète|solide|significative|sólida|comprovada|concreta|praktische|fundierte))?\s+(?:avec|dans|de|en|con|com|em|no|na|nel|nella|mit|im|in|met)\s+(?:(?:la|le|les|l['’]|el|los|las|o|a|os|as|der|dem|den|het|de|d['’]|du|des|un|une|um|uma|uno|una|einem|einer)\s*)*(?:(?:construction|mise en place|conception|création|développement|construcción|creación|desarrollo|construção|criação|desenvolvimento|costruzione|aufbau|entwicklung)\s+(?:d['’]|de|del|do|da|des|du|di|von|eines|einer)\s*(?:(?:un|une|um|uma|uno|una|la|le|el|o|a)\s+)?)?([^.;:()]+)`,
  'giu',
);

/**
 * The English phrase a foreign ask names ("un design system"), only when the profile has it: the
 * ask's other words are not read, so a phrase not found proves nothing missing.
 */
function foundForeignPhrases(text: string, support: ProfileSupport): string[] {
  const german = GERMAN_LINE.test(text);
  return [...text.matchAll(FOREIGN_CUE)]
    .map((m) => (m[1] ?? '').trim())
    .filter((phrase) => phrase.split(/\s+/).length <= 4 && phrase.length >= 4)
    .map((phrase) => (german ? germanCompound(phrase) : phrase))
    .filter(
      (phrase) =>
        lookUp(phrase, support).status !== 'absent' ||
        (german && wordsApart([phrase], support) !== undefined),
    );
}

/**
 * "Event-Streaming": German capitalises its nouns and joins borrowed words with a hyphen; read
 * as the English words they are, "event streaming".
 */
function germanCompound(phrase: string): string {
  return /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$/u.test(phrase)
    ? phrase.toLowerCase().replace(/-/g, ' ')
    : phrase;
}

/** A German line: its nouns are capitalised, so a capital does not make a word a name. */
const GERMAN_LINE =
  /(?<!\p{L})(?:mit|und|der|die|das|im|für|von|einer?|eines|sowie|oder)(?!\p{L})/iu;

/**
 * "Erfahrung mit verteilten Systemen": in German, "Systemen" is a noun, not a product; a single
 * capitalised word the knowledge does not hold proves nothing missing there. Known names
 * ("Kubernetes") and names shaped as products ("GraphQL", "K8s", "Camunda 8") still count.
 */
function germanNoun(text: string, name: string, support: ProfileSupport): boolean {
  return (
    GERMAN_LINE.test(text) &&
    /^\p{Lu}\p{Ll}+$/u.test(name) &&
    support.supportFor(name).status === 'absent'
  );
}

/**
 * Phrases after "experience with/in …", "knowledge of …" or "you've built or maintained …":
 * "component library", "design system".
 */
function phrasesIn(text: string): string[] {
  const cue =
    /\b(?:(?:experience|knowledge|background|familiar(?:ity)?|expertise|understanding|proficiency)\s+(?:with|in|of|building|designing|running|using|publishing|maintaining)|you(?:'ve|\s+have)\s+(?:built|maintained|designed|created|shipped)(?:\s+or\s+(?:built|maintained|designed|created|shipped|contributed\s+to))?|you(?:'ve|\s+have)\s+worked\s+(?:on|in))\s+([^.;:()]+)/giu;
  const out: string[] = [];
  for (const match of text.matchAll(cue)) {
    // "… observability tooling because you'd rather …": the reason is no part of the ask.
    // "… component library — Interview": a dash ends the ask (a table's next column).
    // "… a design system used by more than one team": who uses it is its scale, not its name.
    const asked = (match[1] ?? '').split(
      /\s+(?:because|since|so that|so|which|where|while)\s+|\s+[—–]\s+|\s+(?:used|adopted|shared|relied on)\s+(?:by|across)\s+/i,
    )[0];
    for (const part of (asked ?? '').split(/\s+(?:or|and)\s+|,\s*/)) {
      const phrase = part
        .replace(
          /^(?:(?:building|designing|running|using|publishing|maintaining|a|an|the|our|your)\s+)+/i,
          '',
        )
        .trim();
      const words = phrase.split(/\s+/);
      // "building and maintaining a design system": the verb alone names nothing to look up.
      if (words.every((w) => DOING.test(w))) continue;
      if (words.length <= 4 && words.some((w) => w.length >= 4)) out.push(phrase);
    }
  }
  // "A design-system background", "a fintech background": the field named before the noun.
  // "Front-end experience", a short line, names its field the same way.
  const field = (FIELD_BACKGROUND.exec(text) ?? FIELD_EXPERIENCE.exec(withoutMarker(text)))?.[1];
  if (field && field.length >= 4) out.push(field.replace(/-/g, ' '));
  out.push(...fieldsAsked(text));
  out.push(...tableSkillCell(text));
  const work = FIELD_OF_WORK.exec(withoutMarker(text).replace(/[.!]$/, ''));
  const worked = work?.[1] ?? work?.[2];
  if (worked && worked.length >= 4) out.push(worked.replace(/-/g, ' '));
  return unique(out);
}

/**
 * "Design system / component library — Built or maintained one used by more than one team": a
 * table's row read as one line, the skill's cell first, then what is asked of it. The cell's
 * parts are the terms.
 */
function tableSkillCell(text: string): string[] {
  const head = /^([^—–:()]{3,60}?)\s+[—–]\s+\S/u.exec(text)?.[1];
  if (!head || head.split(/\s+/).length > 6 || DOING_HEAD.test(head)) return [];
  return head
    .split(/\s*\/\s*|\s+or\s+|\s*&\s*|\s+and\s+/)
    .map((part) => part.trim())
    .filter((part) => part.length >= 4 && part.split(/\s+/).length <= 4);
}

/** "You built …", "Must have —": a head that is a clause or a label, no skill's name. */
const DOING_HEAD =
  /^(?:you|we|must|nice|required|requirements?|bonus|plus|ideally|experience|strong|solid)\b/i;

// "A strong front end background": how strong is the depth asked, not the field.
const DEPTH_WORDS =
  '(?:(?:strong|solid|deep|proven|good|great|excellent|extensive|broad|robust|relevant|significant|demonstrable)\\s+)?';
const FIELD_BACKGROUND = new RegExp(
  `^(?:[\\w\\s]{2,25}:\\s+)?(?:an?\\s+)?${DEPTH_WORDS}([\\p{L}][\\p{L}-]+(?:\\s+[\\p{L}][\\p{L}-]+)?)\\s+background\\b`,
  'iu',
);
const FIELD_EXPERIENCE = new RegExp(
  `^(?:[\\w\\s]{2,25}:\\s+)?${DEPTH_WORDS}([\\p{L}][\\p{L}-]+(?:\\s+(?!(?:domain|industry|sector)\\s)[\\p{L}][\\p{L}-]+)?)\\s+(?:(?:domain|industry|sector)\\s+)?(?:development\\s+)?experience\\.?$`,
  'iu',
);

/**
 * "Backend development", "mobile engineering", "desarrollo backend": a field of work named by
 * itself, the field the term ("backend", "mobile").
 */
const FIELD_OF_WORK =
  /^(?:([\p{L}][\p{L}-]+(?:\s+[\p{L}][\p{L}-]+)?)\s+(?:development|engineering|programming)|(?:desarrollo|développement|desenvolvimento|sviluppo)\s+([\p{L}][\p{L}-]+))$/iu;

// Verbs of doing that stand before what is asked, never for it.
const DOING =
  /^(?:building|designing|running|using|publishing|maintaining|developing|operating|working|writing|creating|shipping|owning|leading|managing)$/i;

/**
 * "Travel / booking industry background", "Quick commerce / food delivery experience": the
 * fields a short line names before "background" or "experience", each a term of its own.
 */
function fieldsAsked(text: string): string[] {
  const line =
    /^(?:[\w\s]{2,25}:\s+)?(.{3,60}?)\s+(?:industry\s+|sector\s+|domain\s+)?(?:background|experience)\.?$/i.exec(
      withoutMarker(text),
    )?.[1];
  if (!line || line.split(/\s+/).length > 6 || !/\s\/\s|\bor\b/i.test(line)) return [];
  return line
    .split(/\s*\/\s*|,\s*|\s+or\s+/i)
    .map((part) => part.replace(/\s+(?:industry|sector|domain)$/i, '').trim())
    .filter((part) => part.length >= 4);
}

/** "Travel or booking experience would be a bonus": the line without what marks it a wish. */
const withoutMarker = (text: string): string =>
  text
    .trim()
    .replace(
      /\s+(?:would be|is|are)\s+(?:a\s+|an\s+)?(?:(?:big|real|definite|nice)\s+)?(?:plus|bonus|advantage|asset|nice(?:[\s-]to[\s-]have)?|preferred|welcome)\W*$/i,
      '',
    );

/** A closing noun that says what kind of thing a field is, not which field. */
const KIND_NOUN = /\s+(?:tooling|tools?|stacks?|practices?|technolog(?:y|ies)|solutions?)$/i;

/** The profile's support for a term, trying "design system" as "design systems" too. */
function lookUp(term: string, support: ProfileSupport): Support {
  const first = named(term, support.supportFor(term));
  if (first.status !== 'absent') return first;
  // "front end" is written "Frontend" as often as not.
  const joined = term.replace(/[\s-]+/g, '');
  if (joined !== term && joined.length <= 16) {
    const together = named(joined, support.supportFor(joined));
    if (together.status !== 'absent') return together;
  }
  const other = /s$/i.test(term) ? term.replace(/s$/i, '') : `${term}s`;
  const second = named(other, support.supportFor(other));
  if (second.status !== 'absent') return second;
  // "observability tooling", "testing practices": the field, whatever it is a kind of.
  const field = term.replace(KIND_NOUN, '');
  if (field !== term && field.length >= 4) {
    const third = named(field, support.supportFor(field));
    if (third.status !== 'absent') return third;
  }
  const product = withoutVendor(term);
  return product === undefined ? first : productNamed(product, support.supportFor(product), first);
}

/** "Play" of "Google Play": a vendor's product, written in the knowledge without the vendor. */
function withoutVendor(term: string): string | undefined {
  const [vendor, ...rest] = term.split(/\s+/);
  const product = rest.join(' ');
  return VENDORS.has((vendor ?? '').toLowerCase()) && product.length >= 4 ? product : undefined;
}

/**
 * One word alone is too common to stand for the product ("Cloud" for Google Cloud): it counts
 * only written as the start of a capitalised name ("Play Store").
 */
function productNamed(product: string, found: Support, otherwise: Support): Support {
  if (found.status === 'absent') return otherwise;
  if (/\s/.test(product)) return found;
  const escaped = escapeRegExp(product);
  const written = new RegExp(`(?<![\\p{L}])${escaped}\\s+[\\p{Lu}]`, 'u');
  const lines = found.evidence.filter((line) => written.test(line.text));
  return lines.length > 0 ? { ...found, evidence: lines } : otherwise;
}

/**
 * A one-word name found only in lower case ("flow" for "Flow") is an everyday word in the
 * knowledge, not the name: such a find does not count.
 */
function named(term: string, found: Support): Support {
  if (found.status !== 'mentioned' || /\s/.test(term) || !/^[\p{Lu}]/u.test(term)) return found;
  const written = new RegExp(`(?<![\\p{L}])${escapeRegExp(term)}`, 'u');
  return found.evidence.some((line) => written.test(line.text))
    ? found
    : { ...found, status: 'absent', evidence: [] };
}

/**
 * The last resort for a requirement that names no known technology: the names and phrases it
 * asks for, looked up in the whole knowledge text. Undefined when it names nothing to look up.
 */
export function judgeTerms(text: string, support: ProfileSupport): Judgement | undefined {
  const names = namesIn(text).filter((name) => !germanNoun(text, name, support));
  // "apps on Google Play" is judged by the name it holds.
  const phrases = [...phrasesIn(text), ...foundForeignPhrases(text, support)].filter(
    (phrase) => !names.some((name) => phrase.includes(name)),
  );
  const terms = unique([...names, ...phrases]);
  if (terms.length === 0) return undefined;
  return judgeTermList(terms, OR_WORD.test(text) || text.includes('/'), support);
}

function judgeTermList(
  terms: readonly string[],
  anyOf: boolean,
  support: ProfileSupport,
): Judgement {
  const results = terms.map((term) => lookUp(term, support));
  const held = results.filter((r) => r.status !== 'absent');
  if (held.length === 0) {
    const apart = wordsApart(terms, support) ?? adjectiveOf(terms, support);
    if (apart) return apart;
  }
  const status =
    held.length > 0 && (anyOf || held.length === results.length)
      ? 'met'
      : held.length > 0
        ? 'partial'
        : 'missing';
  return {
    status,
    evidence: unique(held.flatMap((r) => r.evidence.slice(0, 1).map(evidenceLine))).slice(
      0,
      FIT_DEFAULTS.maxEvidence,
    ),
    closest: [],
  };
}

/**
 * "Accessibility" asked where the profile says "Accessible, fast interfaces": the quality named
 * by its adjective is close to the ask, never "missing"; what the owner did of it is unknown.
 */
function adjectiveOf(terms: readonly string[], support: ProfileSupport): Judgement | undefined {
  for (const term of terms) {
    const root = /^(\p{L}{4,})(?:a|i)bility$/iu.exec(term)?.[1];
    if (!root) continue;
    const lines = support.linesMatching(new RegExp(`\\b${root}(?:a|i)(?:ble|bility)\\b`, 'iu'));
    if (lines.length === 0) continue;
    return { status: 'partial', evidence: lines.slice(0, 1).map(evidenceLine), closest: [] };
  }
  return undefined;
}

/** Words that say what kind of thing a term is ("systems", "tools"), not what it is about. */
const KIND_WORDS =
  /^(?:systems?|tools?|tooling|solutions?|platforms?|services?|applications?|apps?)$/i;

/**
 * "job scheduling" not written as such, but "Distributed scheduling engines" and "background
 * job processing" are: each word of a term found, though not together, is close to the ask,
 * never a plain "missing".
 */
function wordsApart(terms: readonly string[], support: ProfileSupport): Judgement | undefined {
  for (const term of terms) {
    // A name ("Security Check") is one thing: its words found apart are not it.
    if (/\p{Lu}/u.test(term)) continue;
    const words = term.split(/\s+/).filter((w) => !KIND_WORDS.test(w) && w.length >= 3);
    if (words.length < 2 || words.length > 3) continue;
    const found = words.map((w) => support.supportFor(w));
    if (found.some((f) => f.status === 'absent')) continue;
    const evidence = unique(found.flatMap((f) => f.evidence.slice(0, 1).map(evidenceLine)));
    return {
      status: 'partial',
      evidence: evidence.slice(0, FIT_DEFAULTS.maxEvidence),
      closest: [],
    };
  }
  return undefined;
}

/**
 * "GraphQL … through Apollo Client": a name the vocabulary folds into a technology the line
 * also names outright is a thing of its own (a client, a library), asked for beside it.
 */
function aliasBeside(name: string, names: readonly string[], support: ProfileSupport): boolean {
  const techs = technologiesInRequirement(support, name);
  const fold = (text: string) => text.toLowerCase();
  return techs.every(
    (tech) => fold(name) !== fold(tech) && names.some((other) => fold(other) === fold(tech)),
  );
}

/**
 * Names beside known technologies that the vocabulary does not know ("Coroutines and Flow" after
 * "Kotlin"): each must be in the knowledge too. Lists in parentheses only illustrate.
 */
export function judgeOtherNames(text: string, support: ProfileSupport): Judgement | undefined {
  // "PostgreSQL beyond CRUD": the name after "beyond" is the baseline to exceed, not an ask.
  const outside = text
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\b(?:beyond|not just|more than)\s+[\p{Lu}][\p{L}\d+#.-]*/gu, ' ');
  // In "Playwright or Cypress" holding the known one is enough. German writes every noun
  // with a capital ("produktive Services", "Query-Optimierung"): there a capital names nothing.
  if (
    writtenInGerman(outside) ||
    OR_WORD.test(outside) ||
    outside.includes('/') ||
    technologiesInRequirement(support, outside).length === 0
  )
    return undefined;
  // Inside a line, a capitalised word is a name ("Coroutines and Flow"), unless it is a place.
  const names = namesIn(outside);
  // Runs of capitalised words, the first word of the line included, each read once.
  const runs = capitalisedRuns(outside).map((run) => ({
    run,
    techs: technologiesInRequirement(support, run),
  }));
  // "Google Cloud Platform" at the line's start loses "Google" as a sentence's first word; the
  // rest of an alias is no name of its own.
  const aliases = runs
    .filter(({ run, techs }) => techs.some((tech) => spelledAs(run, tech)))
    .map(({ run }) => run);
  const unknown = names.filter(
    (name) =>
      !aliases.some((run) => run.includes(name)) &&
      !PLACE_WORD.test(name) &&
      countriesIn(name).length === 0 &&
      (technologiesInRequirement(support, name).length === 0 || aliasBeside(name, names, support)),
  );
  // "Kotlin Multiplatform": a run naming a narrower product than the technology it starts with.
  const narrower = runs.filter(({ run, techs }) => narrowerThan(run, techs)).map(({ run }) => run);
  const others = unique([...unknown, ...narrower]);
  if (others.length === 0) return undefined;
  return judgeTermList(others, false, support);
}

const GERMAN_WORDS =
  /(?<![\p{L}])(?:du|sie|und|mit|hast|bist|damit|sicher|fundierte|kenntnisse|erfahrung|inkl|oder|sowie|für|unsere[nmrs]?|im|bei|der|die|das|ein|eine)(?![\p{L}])/giu;

/** A line in German: two of its everyday words or more. */
function writtenInGerman(text: string): boolean {
  return (text.match(GERMAN_WORDS) ?? []).length >= 2;
}

const ROMANCE_WORDS =
  /(?<![\p{L}])(?:con|y|avec|pour|et|com|del|della|dello|los|las|une|sobre|experiencia|expérience|experiência|esperienza|conocimientos?|connaissances?|conhecimentos?|conoscenza)(?![\p{L}])/iu;

/** A line in Spanish, French, Portuguese or Italian: one of their everyday words. */
function writtenInRomance(text: string): boolean {
  return ROMANCE_WORDS.test(text);
}

/** "MySQL beyond CRUD", "Kafka or another platform": words that link, not practices. */
const LINKING =
  /^(?:beyond|before|during|within|without|around|across|another|either|through|against|towards?|instead|between|including|especially|ideally|preferably)$/i;

/** Nouns after a technology that say what of it is asked in general, never a practice of its own. */
const GENERAL_NOUNS =
  /^(?:apps?|applications?|services?|systems?|clusters?|infrastructure|integrations?|experience|skills?|knowledge|development|programming|scripts?|scripting|code|codebases?|projects?|platforms?|environments?|pipelines?|workloads?|deployments?|apis?|sdks?|stack|tooling|tools|ecosystem|databases?|queries|data|expertise|proficiency|exposure|familiarity|fluency|understanding|competence|competency|mastery|literacy|background|engineering|architecture|design|testing|tests|frameworks?|libraries|library|features?|products?|teams?|work|usage|basics|fundamentals|concepts|internals|patterns|production|providers?|flows?|solutions?|components?|modules?|servers?|backends?|frontends?|stacks|domain|industry|sector|space|field|processing|operations|management|administration|security|performance|monitoring|automation|migrations?|upgrades?|tuning|optimi[sz]ation|modelling|modeling|company|companies|startups?|business(?:es)?|firms?|organi[sz]ations?|rollouts?|adoption|implementations?|setups?|configuration|support)$/i;

/**
 * "Experience with payment reconciliation": a practice named after a technology ("Payments"),
 * in lower case. Where the profile never writes the practice's word, holding the technology
 * does not show it: a facet that is missing, so the line is at most partial.
 */
export function judgePracticeAfter(text: string, support: ProfileSupport): Judgement | undefined {
  // "Go moderno", "TypeScript rapide et modulaire": in Romance languages the adjective follows
  // the noun; a word after a technology there says how, not what practice.
  if (writtenInRomance(text)) return undefined;
  for (const match of text.matchAll(/\b(\p{L}[\p{L}.+#-]*)(?=\s+(\p{Ll}{6,})\b)/gu)) {
    const [, named = '', practice = ''] = match;
    // "Postgres properly", "Kafka before": an adverb says how or when, no practice.
    if (/ly$/.test(practice) || GENERAL_NOUNS.test(practice) || LINKING.test(practice)) continue;
    // The word is the technology's own name ("payment" for Payments), not a part of a longer one.
    const techs = technologiesInRequirement(support, named);
    const bare = (word: string) => word.toLowerCase().replace(/s$/, '');
    if (techs.length !== 1 || bare(techs[0] ?? '') !== bare(named)) continue;
    if (technologiesInRequirement(support, practice).length > 0) continue;
    // "subscriptions" beside "Stripe subscription & billing": the word in any of its forms.
    const forms = [practice, practice.replace(/(?:es|s)$/, ''), practice.replace(/s$/, '')];
    if (forms.some((form) => support.supportFor(form).status !== 'absent')) continue;
    if (support.supportFor(`${named} ${practice}`).status !== 'absent') continue;
    return { status: 'missing', evidence: [], closest: [] };
  }
  return undefined;
}
