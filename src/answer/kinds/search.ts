import { escapeRegExp } from '../../knowledge/escape-regexp.ts';
import { ABBREVIATIONS } from '../intents.ts';
import { INTENT_WORDS, specificStems, VAGUE_STEMS } from '../pipeline/generic-words.ts';
import { goesOn } from '../pipeline/goes-on.ts';
import { bullets, evidenceLines, reply } from '../pipeline/reply.ts';
import {
  type AnswerKind,
  type Candidate,
  type Knowledge,
  type Question,
  SCORES,
} from '../pipeline/types.ts';
import { isStackLine } from '../retrieve/model.ts';
import { contentStems, normalize, sentencesOf, stem } from '../text.ts';
import { withWholeEntry } from './search-stack.ts';
import { affirmed } from './search-yes.ts';

/** Intents broad enough that a more specific word in the question should win. */
const BROAD = new Set([
  'experience',
  'skills',
  'expertise',
  'identity',
  'title',
  'projects',
  // "does she review for conferences?": the reviewing, not the list of talks.
  'talks',
  // "where did he do his internship?", "where does he deploy?": not where he lives.
  'location',
  // "does she teach at the uni?": the teaching, not the degrees.
  'education',
  // "whats her best kaggle ranking?": the ranking, not the link to her Kaggle profile.
  'contact',
]);

/**
 * Evidence first: the knowledge lines that hold the question's words (or words of the same
 * meaning). With a broad intent ("streaming experience") the specific words decide, above any
 * generic answer; otherwise a good hit beats only what says nothing specific.
 */
export const search: AnswerKind = {
  name: 'search',
  ceiling: SCORES.specificSearch + 4,
  propose(q, k) {
    if (!asksForFigure(q.tokens)) return affirmed(q, k, withWholeEntry(q, k, searched(q, k)));
    // "any numbers on the export?": the words asking for a figure are not what to find.
    const found = searched(
      { ...q, stems: withoutFigureWords(q.stems), restStems: withoutFigureWords(q.restStems) },
      k,
    );
    return found && withoutFigure(k, found, q.text);
  },
};

/**
 * "how big was the team he led?", "any hard numbers on it?": lines that give no figure answer
 * it only in part; the answer says so before quoting them.
 */
function withoutFigure(k: Knowledge, found: Candidate, asked: string): Candidate {
  if (found.evidence.some((s) => FIGURE.test(s.text))) return found;
  // "how big was the team …": the answer names what was asked about.
  const what = FIGURE_OF.exec(asked)?.[1]?.toLowerCase();
  // "Leading a team of 6 mobile engineers": a line that gives the figure for it, wherever it is,
  // before any "doesn't give a figure".
  const counted = what ? figureLines(k, what) : [];
  if (counted.length > 0)
    return {
      ...found,
      evidence: counted,
      answer: {
        ...found.answer,
        text: `Here's what ${k.firstName}'s profile says of the ${what}:\n${bullets(evidenceLines(counted, 3))}`,
      },
      why: `${found.why}; the lines with a figure for the ${what}`,
    };
  const text = found.answer.text.replace(
    /^Here's what .*? says(?: under [^:\n]*)?:/,
    `${k.firstName}'s profile doesn't give a figure for ${what ? `the ${what}` : 'that'}. What it says:`,
  );
  return { ...found, answer: { ...found.answer, text }, why: `${found.why}; no figure` };
}

/** The lines that name the thing asked about ("team") beside a figure, in a sentence of its own. */
function figureLines(k: Knowledge, what: string): Snippets {
  const named = new RegExp(`\\b${escapeRegExp(what)}s?\\b`, 'i');
  return k.index.snippets
    .filter((s) => named.test(s.text))
    .flatMap((s) => {
      const sentence = sentencesOf(s.text).find((t) => named.test(t) && FIGURE.test(t));
      return sentence ? [{ ...s, text: sentence }] : [];
    })
    .slice(0, 3);
}

const FIGURE =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|billions?|half|double|twice|triple)\b/i;
const FIGURE_WORDS = new Set([
  'number',
  'figure',
  'metric',
  'percent',
  'percentage',
  'stat',
  'statistic',
  'quantify',
  'quantified',
  'size',
]);
const HOW_MUCH = new Set(['big', 'many', 'much', 'large', 'small', 'fast']);

const FIGURE_STEMS = new Set([...FIGURE_WORDS].map(stem));

const FIGURE_OF =
  /\bhow (?:big|large|small|many|much)\s+(?:was|were|is|are)\s+(?:the|his|her|their|its)\s+(\p{L}{3,})/iu;

function withoutFigureWords(stems: readonly string[]): string[] {
  return stems.filter((st) => !FIGURE_STEMS.has(st));
}

function asksForFigure(tokens: readonly string[]): boolean {
  return tokens.some(
    (t, i) => FIGURE_WORDS.has(t) || (t === 'how' && HOW_MUCH.has(tokens[i + 1] ?? '')),
  );
}

function searched(q: Question, k: Knowledge): Candidate | undefined {
  const restated = q.intent ? INTENT_WORDS[q.intent] : undefined;
  const specific = specificStems(q.restStems).filter((st) => !restated?.has(st));
  if (q.intent && BROAD.has(q.intent) && specific.length > 0) {
    const found = lines(k, specific, SCORES.specificSearch, 'specific words beside a broad intent');
    // "did she study chemistry?": lines of the intent's own topic are its kind's to answer.
    // "does he write any tech blog?": beside a network, only a line naming that network.
    const onTopic = q.intent !== 'contact' || namesAsked(found, q, k);
    // "which apps did he ship to the stores?": project lines are the projects' kind's to list.
    const own = (line: Snippets[number]) =>
      line.topic === q.intent || (q.intent === 'projects' && line.topic === 'project');
    if (found && onTopic && !found.evidence.every(own)) return found;
  }
  // Words an intent explained were searched by that kind already (as the words that would
  // state its topic); what is left decides here.
  // Without an intent every word counts but a vague one ("involvement"), unless it is all.
  const plain = q.stems.filter((st) => !VAGUE_STEMS.has(st));
  const words = q.intent ? specific : plain.length > 0 ? plain : q.stems;
  // A general word ("any netcode work?") decides only when the specific ones find nothing.
  const focused = q.intent ? [] : specificStems(words);
  const attempts = focused.length > 0 && focused.length < words.length ? [focused, words] : [words];
  for (const attempt of attempts) {
    const found = eitherSide(k, q.text, attempt);
    if (found) return found;
  }
  return bySentence(k, q.text) ?? namedOnly(k, q.text) ?? sectionNamed(k, q.stems);
}

/**
 * Words for a section's title that askers use instead ("references" for "Testimonials", "your
 * process" for "How I work"): each group's words name a section titled by any of them.
 */
const TITLE_KIN: readonly string[] = [
  'testimonials recommendations references endorsements reviews kudos',
  'process workflow approach methodology',
  'services offerings',
  'rates pricing fees',
];
const KIN_OF = new Map<string, string[]>(
  TITLE_KIN.flatMap((group) => {
    const stems = contentStems(group);
    return stems.map((st) => [st, stems.filter((other) => other !== st)] as const);
  }),
);

/**
 * Whether the best line holds a word the intent explained, or one of the same meaning: "kaggle"
 * in "kaggle ranking", GitHub for "most starred repo".
 */
function namesAsked(found: Candidate | undefined, q: Question, k: Knowledge): boolean {
  const top = found?.evidence[0];
  const explained = q.stems.filter((st) => !q.restStems.includes(st));
  return top !== undefined && k.index.search(explained).some((h) => h.snippet === top);
}

type Snippets = Knowledge['index']['snippets'];
const sectionTitles = new WeakMap<Knowledge['index'], Map<string, Snippets>>();

/** The lines of each kept section, by the stems of its title; read once per knowledge. */
function sectionsByTitleStem(index: Knowledge['index']): Map<string, Snippets> {
  let byTitle = sectionTitles.get(index);
  if (!byTitle) {
    byTitle = new Map();
    for (const s of index.snippets) {
      if (s.topic !== 'section' && !s.where.startsWith('awards[')) continue;
      // "Outside work" is named by "outside", not by the "worked" of "has he worked in …".
      const stems = contentStems(s.source);
      const specific = specificStems(stems);
      const own = specific.length > 0 ? specific : stems;
      for (const st of new Set([...own, ...own.flatMap((o) => KIN_OF.get(o) ?? [])]))
        byTitle.set(st, [...(byTitle.get(st) ?? []), s]);
    }
    sectionTitles.set(index, byTitle);
  }
  return byTitle;
}

/**
 * "whats her kaggle rank": a word of the question that titles a section of the profile
 * ("Kaggle") finds that section's lines, when the words together find nothing.
 */
function sectionNamed(k: Knowledge, stems: readonly string[]): Candidate | undefined {
  const byTitle = sectionsByTitleStem(k.index);
  // "any awards or volunteer work?": each section the question names, up to two of them.
  const named = [...new Set(stems.map((st) => byTitle.get(st)).filter((l) => l !== undefined))];
  const shown = named.slice(0, 2).flatMap((lines) => lines.slice(0, 3));
  const first = shown[0];
  if (!first) return undefined;
  const titles = [...new Set(shown.map((l) => l.source))].join(' and ');
  return {
    kind: 'search',
    score: SCORES.search - 2,
    why: 'a section the question names',
    evidence: shown,
    answer: reply(
      first.topic,
      titles,
      `Here's what ${k.firstName}'s profile says under ${titles}:\n${bullets(evidenceLines(shown, 6))}`,
      { confidence: 0.5 },
    ),
    state: { techs: [], subject: first, topic: first.topic },
  };
}

/**
 * "has she worked with Nordic chips?": the name the asker capitalised, alone, when the words
 * around it ("chips") find no line with it.
 */
function namedOnly(k: Knowledge, text: string): Candidate | undefined {
  const stems = nameStemsIn(text);
  return stems.length > 0 ? eitherSide(k, text, stems) : undefined;
}

/** The last text read and what was read of it: several proposers ask it of the same text. */
function lastOf<T>(read: (text: string) => T): (text: string) => T {
  let last: { text: string; value: T } | undefined;
  return (text) => {
    if (last?.text !== text) last = { text, value: read(text) };
    return last.value;
  };
}

/** Stems of the names the asker capitalised, three letters or more. Not to be changed. */
const nameStemsIn = lastOf((text) =>
  [...text.matchAll(/(?<=\S\s+)\p{Lu}[\p{L}\d+#.-]{2,}/gu)].flatMap((m) => contentStems(m[0])),
);

/** Stems of every word written with a capital past a sentence's start. Not to be changed. */
const capitalStemsIn = lastOf((text) =>
  [...text.matchAll(/(?<=\S\s+)\p{Lu}[\p{L}\d]*/gu)].map((m) => stem(normalize(m[0]))),
);

/**
 * "could he own our infra migration? we're moving an old monolith to services": a question and
 * the asker's context, whose words together find no line; each sentence is searched alone.
 */
function bySentence(k: Knowledge, text: string): Candidate | undefined {
  const sentences = sentencesOf(text);
  if (sentences.length < 2) return undefined;
  return best(
    sentences.map((sentence) => {
      // "infra" is "infrastructure"; a short one ("be", "u") is too often a word of its own.
      const spelled = sentence.replace(/\p{L}{3,}/gu, (w) =>
        Object.hasOwn(ABBREVIATIONS, w.toLowerCase()) ? (ABBREVIATIONS[w.toLowerCase()] ?? w) : w,
      );
      const words = contentStems(spelled).filter((st) => !VAGUE_STEMS.has(st));
      return words.length >= 2
        ? lines(k, words, SCORES.search, 'one sentence of the question')
        : undefined;
    }),
  );
}

/** "banking / fintech background?": either word answers, so each is tried on its own. */
function eitherSide(k: Knowledge, text: string, words: string[]): Candidate | undefined {
  return best(
    alternativesIn(text, words).map(({ words: w, kept }) => {
      const found = lines(k, w, SCORES.search + 0, 'the question words', namedIn(text, w));
      // Each side must be what the line is about: "banking" in "Retail banking app".
      return !kept || found?.evidence[0]?.stems.includes(kept) ? found : undefined;
    }),
  );
}

/** Stems of the words the asker wrote as names, in capitals past a sentence's start ("NHS"). */
function namedIn(text: string, stems: readonly string[]): string[] {
  return capitalStemsIn(text).filter((st) => stems.includes(st));
}

/** The candidate with the highest score. */
function best(found: (Candidate | undefined)[]): Candidate | undefined {
  let top: Candidate | undefined;
  for (const c of found) if (c && (!top || c.score > top.score)) top = c;
  return top;
}

const ALTERNATIVE = /([\p{L}][\p{L}\d+#.-]*)\s*(?:\/|\bor\b)\s*([\p{L}][\p{L}\d+#.-]*)/gu;

/** The word lists to search: as asked, and for "X / Y" or "X or Y" each side without the other. */
export function alternativesIn(
  text: string,
  words: string[],
): { words: string[]; kept?: string }[] {
  const out: { words: string[]; kept?: string }[] = [{ words }];
  // Without a slash or an "or" there is no second side: most questions skip the expression.
  if (words.length < 2 || (!text.includes('/') && !text.includes('or'))) return out;
  for (const m of text.matchAll(ALTERNATIVE)) {
    const left = stem(normalize(m[1] ?? ''));
    const right = stem(normalize(m[2] ?? ''));
    if (left === right || !words.includes(left) || !words.includes(right)) continue;
    out.push(
      { words: words.filter((w) => w !== right), kept: left },
      { words: words.filter((w) => w !== left), kept: right },
    );
  }
  // "consensus algorithms / raft?": one slash parting the question, a phrase on each side.
  const halves = text.split(/\s+\/\s+/);
  if (halves.length === 2) {
    for (const half of halves) {
      const own = new Set(contentStems(half));
      const side = words.filter((w) => own.has(w));
      if (side.length > 0 && side.length < words.length) out.push({ words: side });
    }
  }
  return out;
}

function lines(
  k: Knowledge,
  stems: string[],
  score: number,
  why: string,
  named: readonly string[] = [],
): Candidate | undefined {
  if (stems.length === 0) return undefined;
  const found = k.index.search(stems).filter((h) => h.coverage >= k.config.searchMinCoverage);
  // Most words asked find no line: nothing to order then.
  if (found.length === 0) return undefined;
  // A line holding a name the asker wrote in capitals ("NHS") comes before lines holding
  // only its relatives ("hospital systems"), when the best one lacks it.
  const ordered = named.length > 0 ? ownFirst(found, named) : found;
  // "Technologies: Stripe" only repeats a name; a line that says more of it comes first.
  const hits = [
    ...ordered.filter((h) => !isStackLine(h.snippet)),
    ...ordered.filter((h) => isStackLine(h.snippet)),
  ];
  const top = hits[0];
  if (!top) return undefined;
  const shown = hits
    .filter((h) => h.score >= top.score * 0.5)
    .slice(0, 3)
    .map((h) => h.snippet);
  const told = shown.map((s) => goesOn(k, s));
  const text = `Here's what ${k.firstName}'s profile says:\n${bullets(evidenceLines(told, 3))}`;
  return {
    kind: 'search',
    // A line holding all the words beats one holding half of them, within the band.
    score: score + top.coverage * 4,
    why: `${why}, coverage ${top.coverage.toFixed(2)}`,
    evidence: shown,
    answer: reply(top.snippet.topic, `From ${k.firstName}'s profile`, text, {
      confidence: Math.min(0.85, 0.4 + top.coverage * 0.4),
    }),
    state: { techs: [], subject: top.snippet, topic: top.snippet.topic },
  };
}

type Hits = ReturnType<Knowledge['index']['search']>;

/** The hits holding every stem the asker wrote as a name first, when the best one lacks one. */
function ownFirst(found: Hits, named: readonly string[]): Hits {
  const own = (h: Hits[number]) => named.every((st) => h.snippet.stems.includes(st));
  return found[0] && !own(found[0]) && found.some(own)
    ? [...found.filter(own), ...found.filter((h) => !own(h))]
    : found;
}
