import { technologiesInProse } from './technology-mentions.ts';

/**
 * Projects an owner describes in sentences instead of a list: "I built a chaos-testing harness
 * for …", "We built a small forecasting service in Python", "my side project Tern, a …",
 * "I maintain Quill, an open-source …". Only a made thing counts: a name the sentence
 * introduces, or a modified noun that names something built ("… handbook", "… service").
 */

export interface ProseProject {
  name: string;
  /** The sentence that states it. */
  sentence: string;
}

const MADE_VERBS =
  'built|wrote|created|designed|developed|launched|started|set up|open-sourced|maintain|co-maintain';
const MADE = `(?:${MADE_VERBS})`;
// The verb's subject: "I built", "we also built", or the next verb of a list ", and set up".
const SUBJECT = '(?:\\b(?:I|[Ww]e)\\s+(?:also\\s+)?|,\\s+(?:and\\s+)?|\\band\\s+)';
const DETERMINER = '(?:an?|the|our|my|their)';
const SIZE = '(?:(?:small|little|tiny|simple|new|first|internal)\\s+)?';
const THING =
  'tool|library|service|handbook|policy|harness|framework|CLI|app|plugin|SDK|bot|dashboard|engine|playbook|runbook|guide|extension|package|operator|compiler|game|website|generator|linter|parser|toolkit|simulator|pipeline|helper|utility|wrapper|crate|module|daemon|font|synth|emulator|editor';
const MADE_THING = new RegExp(
  `${SUBJECT}${MADE}\\s+${DETERMINER}\\s+${SIZE}((?:[\\p{L}\\p{N}-]+\\s+){0,2}[\\p{L}\\p{N}-]+\\s+(?:${THING}))s?\\b`,
  'gu',
);
const NAME = '(\\p{Lu}[\\p{L}\\p{N}.+-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}.+-]*){0,2})';
/** "my side project Tern", "our open-source project Quill". */
const SIDE_PROJECT = new RegExp(
  `\\b(?:[Mm]y|[Oo]ur)\\s+(?:side|pet|hobby|weekend|open[- ]source)\\s+project,?\\s+${NAME}`,
  'gu',
);
/** "My main side project is `ukholidays`, a small …": the project, named after "is". */
const SIDE_PROJECT_IS =
  /\b(?:[Mm]y|[Oo]ur)\s+(?:main\s+|biggest\s+|current\s+|latest\s+)?(?:side|pet|hobby|weekend|open[- ]source)\s+project\s+(?:is|was)\s+[`*_"“]?([\p{L}\p{N}][\p{L}\p{N}._-]*(?:\s+\p{Lu}[\p{L}\p{N}._-]*){0,2})/gu;
/** "Side project: tern-cli: a …": a line labelled as a project of the owner's, then its name. */
const LABELLED_PROJECT =
  /\b(?:[Ss]ide|[Pp]et|[Hh]obby|[Ww]eekend|[Pp]ersonal|[Oo]pen[- ]source)\s+project\s*:\s*([\p{L}\p{N}][\p{L}\p{N}._-]*(?:\s+\p{Lu}[\p{L}\p{N}._-]*){0,2})(?=\s*[:,(—–]|\s*$)/gu;
/** "I maintain Quill, an open-source …", "I built Tern (a …)". */
const NAMED_MADE = new RegExp(
  `\\bI\\s+(?:also\\s+)?${MADE}\\s+${NAME}(?:\\s*[,(—–]\\s*(an?|the|my|our)\\s|\\s*[.;]|\\s+(?:in|with|for|to)\\b)`,
  'gu',
);

/**
 * "I also maintain tidewatch, a small tool that …": a name in lower case is the owner's thing
 * when the words after it say what kind of thing it is.
 */
const NAMED_LOWER = new RegExp(
  `\\bI\\s+(?:also\\s+)?${MADE}\\s+(\\p{Ll}[\\p{L}\\p{N}._-]{2,}),\\s+an?\\s+(?:[\\p{L}\\p{N}+#-]+\\s+){0,5}(?:${THING})s?\\b`,
  'gu',
);
/** "plus *Driftwood*, my free reverb plugin": a name, then the owner's word for what it is. */
const NAME_MINE = new RegExp(
  `${NAME},\\s+(?:my|our)\\s+(?:[\\p{L}\\p{N}+#-]+\\s+){0,4}(?:${THING})s?\\b`,
  'gu',
);

/** "working on ramani-py v3 (our Python SDK)": a name the bracket says is the owner's thing. */
const OWN_THING = new RegExp(
  `\\b(?:working on|building|maintaining|maintain|built|wrote|created)\\s+([\\p{L}\\p{N}][\\p{L}\\p{N}._-]*)(?:\\s+v\\d+(?:\\.\\d+)*)?\\s*\\((?:our|my)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,3}(?:${THING})s?\\)`,
  'gu',
);

/**
 * "I maintain two small open-source things: tidewatch, a tide-table CLI, and gribfetch, a …":
 * a counted set of the owner's things, each named before its comma.
 */
/**
 * "Creator of evtx-lens, an open-source Windows event log explorer", "Maintainer of
 * velo-artifacts, a public set of …": the owner's part in a named thing, then what it is.
 */
const PART_IN_THING = new RegExp(
  `\\b(?:[Cc]reator|[Aa]uthor|[Mm]aintainer|[Cc]o-maintainer|[Cc]o-creator|[Cc]o-author|[Oo]riginal author)\\s+of\\s+([\\p{L}\\p{N}][\\p{L}\\p{N}._-]*),\\s+an?\\s+(?:[\\p{L}\\p{N}+#-]+\\s+){0,5}(?:${THING}|explorer|viewer|set|collection|project|repository)s?\\b`,
  'gu',
);
/** "I keep a small open-source library, cimtrim, that strips …": the thing, then its name. */
const THING_THEN_NAME = new RegExp(
  `\\bI\\s+(?:also\\s+)?(?:keep|${MADE_VERBS})\\s+(?:an?|my|our)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,3}(?:${THING}),\\s+([\\p{L}\\p{N}][\\p{L}\\p{N}._-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}._-]*){0,2}),\\s+(?:that|which|for|to|an?|the|written|built|used)\\b`,
  'gu',
);
/**
 * "ethiopic-marks-check is a Font Bakery plugin that …, and fidel-proof is a set of DrawBot
 * scripts": a name written as a repository is (lower case, words joined by hyphens), then
 * what kind of made thing it is.
 */
const REPO_NAME_IS_THING = new RegExp(
  `(?:^|,?\\s+and\\s+|[;.!?]\\s+)([a-z0-9]+(?:-[a-z0-9]+)+)\\s+is\\s+an?\\s+(?:[\\p{L}\\p{N}+#-]+\\s+){0,5}?(?:${THING}|set|collection|scripts?)s?\\b`,
  'gu',
);
const COUNTED_LIST = new RegExp(
  `\\bI\\s+(?:also\\s+)?${MADE}\\s+(?:two|three|four|five|a few|several|some)\\s+(?:[\\p{L}-]+\\s+){0,3}(?:things|projects|(?:${THING})s)\\s*:\\s*(.+)$`,
  'u',
);

/** The names of a counted list's items: each item's words before its first comma. */
function countedNames(list: string): string[] {
  return list
    .split(/,?\s+and\s+(?=[\p{L}\p{N}])|;\s+/u)
    .map((item) => item.split(/,\s+|\s+\(/)[0]?.trim() ?? '')
    .filter((name) =>
      /^[\p{L}\p{N}][\p{L}\p{N}._-]*(?:\s+\p{Lu}[\p{L}\p{N}._-]*){0,2}$/u.test(name),
    );
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
}

/** Every project the prose describes, each once, in order. */
export function projectsFromProse(text: string): ProseProject[] {
  const found: ProseProject[] = [];
  const add = (name: string | undefined, sentence: string) => {
    const tidy = name?.trim().replace(/[.,]$/, '');
    if (!tidy || found.some((p) => p.name.toLowerCase() === tidy.toLowerCase())) return;
    found.push({ name: tidy, sentence });
  };
  for (const sentence of sentences(text)) {
    for (const m of sentence.matchAll(SIDE_PROJECT)) add(m[1], sentence);
    for (const m of sentence.matchAll(SIDE_PROJECT_IS)) add(m[1], sentence);
    for (const m of sentence.matchAll(LABELLED_PROJECT)) add(m[1], sentence);
    for (const m of sentence.matchAll(NAMED_MADE)) {
      // "I maintain Kubernetes clusters" names a tool, not a project of the owner's.
      if (m[1] && technologiesInProse(m[1]).length === 0 && m[1] !== 'I') add(m[1], sentence);
    }
    for (const m of sentence.matchAll(NAMED_LOWER)) add(m[1], sentence);
    for (const m of sentence.matchAll(NAME_MINE)) {
      // "Plus Lantern, my …": a sentence's opening word is no part of the name.
      const name = m[1]?.replace(/^(?:Plus|And|Also|Then|Or)\s+/, '');
      if (name && technologiesInProse(name).length === 0) add(name, sentence);
    }
    for (const m of sentence.matchAll(MADE_THING)) add(m[1], sentence);
    for (const m of sentence.matchAll(OWN_THING)) add(m[1], sentence);
    for (const m of sentence.matchAll(PART_IN_THING)) add(m[1], sentence);
    for (const m of sentence.matchAll(THING_THEN_NAME)) add(m[1], sentence);
    for (const m of sentence.matchAll(REPO_NAME_IS_THING)) add(m[1], sentence);
    const counted = COUNTED_LIST.exec(sentence)?.[1];
    for (const name of counted ? countedNames(counted) : []) add(name, sentence);
  }
  return found;
}
