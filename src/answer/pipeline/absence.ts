import { escapeRegExp } from '../../knowledge/escape-regexp.ts';
import { tellsOfPlan } from '../../knowledge/plans.ts';
import type { Topic } from '../answer.ts';
import type { Snippet, Tech } from '../knowledge-index.ts';
import { implyingTechnologies } from '../meaning/implications.ts';
import { nameShaped } from '../retrieve/model.ts';
import { normalize, stem, tokenize, UNSPACED_RUN } from '../text.ts';
import { technologiesTagged, technologyNamed } from '../vocabulary/index.ts';
import { bullets, contactLines, contactLinks, evidenceLines, reply } from './reply.ts';
import type { Candidate, Knowledge } from './types.ts';

/** Something an answer would say the profile lacks. */
export interface AbsenceClaim {
  topic: Topic;
  /** As the answer names it: "a location", "years of experience". */
  what: string;
  /**
   * Words or phrases whose presence anywhere in the knowledge makes the claim false, matched as
   * written (word forms folded: "relocate" finds "relocating").
   */
  terms: readonly string[];
  /** Stems of the question that, found together (or words of the same meaning), also do. */
  words?: readonly string[];
  /**
   * A term found on a line (with the name of what the line belongs to) that also says `marker`
   * makes the claim false: "HashiCorp Certified: Terraform Associate" for a Terraform
   * certification, wherever the importer left it.
   */
  near?: { terms: readonly string[]; marker: RegExp };
  /** Technologies whose listing, mention or implication makes the claim false. */
  techs?: readonly Tech[];
  /** A clear no for a yes-or-no question ("**No** — Rust isn't in …"), said as answered. */
  no?: string;
  /** Lines that cannot prove the claim false (a skills line cannot hold a certification). */
  ignore?: (s: Snippet) => boolean;
  /** Names a filter that is always the same function, so a claim using it can be remembered. */
  ignoreName?: string;
  /** Said after the claim: what the profile does say nearby. */
  extra?: string;
}

/**
 * The one place that says the profile lacks something. It first searches every line of the
 * knowledge for each term (its words or words of the same meaning) and every technology (by
 * name, alias, mention or implication); only when nothing is found does it make the claim.
 * When something is found, the answer quotes it instead.
 */

export function claimAbsence(
  k: Knowledge,
  claim: AbsenceClaim,
  kind: string,
  score: number,
): Candidate {
  const found = evidenceAgainst(k, claim);
  // "Planned: CKAD (studying)", "exam booked for Feb": a plan shows the thing not had yet.
  const planned = found.length > 0 && found.every((s) => tellsOfPlan(s.text));
  if (planned && claim.no) {
    return {
      kind,
      score,
      why: `looked for ${claim.what}: only among plans`,
      evidence: found,
      absent: true,
      answer: reply(
        claim.topic,
        'Not in the profile',
        `${claim.no}\n\nIt names it only among plans not yet done:\n${bullets(evidenceLines(found.slice(0, k.config.maxEvidence), k.config.maxEvidence))}`,
        { confidence: 0.8 },
      ),
    };
  }
  if (found.length > 0) {
    const shown = found.slice(0, k.config.maxEvidence);
    return {
      kind,
      score,
      why: `looked for ${claim.what}: found in the text`,
      // Every line found, for a proposer to rank; the text quotes the first few.
      evidence: found,
      answer: reply(
        claim.topic,
        `From ${k.firstName}'s profile`,
        `Here's what ${k.firstName}'s profile says:\n${bullets(evidenceLines(shown, k.config.maxEvidence))}`,
        { confidence: 0.7 },
      ),
    };
  }
  return {
    kind,
    score: claim.no ? score : Math.min(score, 25),
    why: `searched the whole knowledge for ${claim.what}: nothing`,
    evidence: [],
    absent: true,
    answer: claim.no ? clearNo(k, claim) : notMentioned(k, claim),
  };
}

/**
 * The term and the marker together: in one line, or in a list line ("Skills: Access
 * certification campaigns, …, CyberArk PAM") in one item of the list.
 */
function isNear(s: Snippet, term: string, marker: RegExp): boolean {
  const wanted = term.toLowerCase();
  if (!s.list) {
    // "That's the only formal certificate I have; the rest I learned in the Zephyr forum": in
    // sentences, the term and the marker share a clause, whatever section holds them.
    const story = s.text.split(/\s+/).length > 12 && /[.;!?]\s/.test(s.text);
    if (!story) return marker.test(`${s.source} ${s.text}`);
    const words = wanted.split(/\s+/).filter((w) => w.length >= 3);
    return s.text
      .split(/[.;!?]\s+/)
      .some((c) => marker.test(c) && words.some((w) => c.toLowerCase().includes(w)));
  }
  // The group's name counts for each item: "Certified: AWS, GCP".
  const colon = s.text.indexOf(':');
  const group = colon > 0 ? s.text.slice(0, colon) : '';
  return s.text
    .slice(colon + 1)
    .split(/,\s*/)
    .some((item) => marker.test(`${group} ${item}`) && item.toLowerCase().includes(wanted));
}

const against = new WeakMap<Knowledge['index'], Map<string, Snippet[]>>();

/**
 * Lines that show the profile does hold what the claim says it lacks; the same claim comes
 * back question after question, and the knowledge does not change, so each is searched once.
 * A claim that filters lines (`ignore`) is searched afresh, unless its filter is named.
 */
export function evidenceAgainst(k: Knowledge, claim: AbsenceClaim): Snippet[] {
  if (claim.ignore && !claim.ignoreName) return freshEvidenceAgainst(k, claim);
  // Joined with control characters no term holds (questions are sanitised of them): as unique
  // as JSON, and several times cheaper to build.
  const key = [
    claim.ignoreName ?? '',
    listKey(claim.terms),
    listKey(claim.words ?? []),
    listKey(claim.near?.terms ?? []),
    claim.near?.marker.source ?? '',
    listKey((claim.techs ?? []).map((t) => t.vocabularyName ?? t.name)),
  ].join('\u0000');
  return remembered(against, k, key, () => freshEvidenceAgainst(k, claim));
}

/** A list in a key: its length, then its items, so that no two lists read the same. */
function listKey(items: readonly string[]): string {
  return `${items.length}\u0001${items.join('\u0001')}`;
}

function freshEvidenceAgainst(k: Knowledge, claim: AbsenceClaim): Snippet[] {
  const keep = (s: Snippet) => !claim.ignore?.(s);
  const out: Snippet[] = [];
  for (const term of claim.terms) {
    const written = linesWriting(k, term).filter(keep);
    // Only when no line writes it: a heading that names it speaks for its lines.
    out.push(...(written.length > 0 ? written : linesUnder(k, term).filter(keep)));
    // "service mesh" is found where Istio is: a kind the vocabulary groups tools under.
    for (const name of technologiesTagged(normalize(term).replace(/\s+/g, '-')))
      out.push(...techLines(k, name).filter(keep));
  }
  const { near } = claim;
  for (const term of near?.terms ?? [])
    out.push(
      ...linesHolding(k, term).filter(
        (s) => keep(s) && near !== undefined && isNear(s, term, near.marker),
      ),
    );
  if (claim.words?.length) {
    for (const hit of k.index.search(claim.words, keep))
      if (hit.coverage >= k.config.termCoverage) out.push(hit.snippet);
  }
  for (const tech of claim.techs ?? []) {
    // The technology itself, or one that implies it anywhere in the text: TypeScript in a
    // role line is JavaScript, even when the skills list does not name TypeScript.
    for (const name of [
      tech.vocabularyName ?? tech.name,
      ...implyingTechnologies(tech.vocabularyName ?? tech.name),
    ]) {
      out.push(...techLines(k, name).filter(keep));
    }
  }
  return [...new Set(out)];
}

const byTech = new WeakMap<Knowledge['index'], Map<string, Snippet[]>>();

/** The lines of every place the profile supports a technology, in the knowledge's order. */
function techLines(k: Knowledge, name: string): Snippet[] {
  return remembered(byTech, k, name, () => {
    const support = k.support.supportFor(name);
    if (support.status === 'absent') return [];
    const wheres = new Set(support.evidence.map((e) => e.where));
    return k.index.snippets.filter((s) => wheres.has(s.where));
  });
}

/**
 * Lines found for a term, remembered per knowledge and term: each finder below searches every
 * line, once per term.
 */
function remembered(
  cache: WeakMap<Knowledge['index'], Map<string, Snippet[]>>,
  k: Knowledge,
  term: string,
  find: () => Snippet[],
): Snippet[] {
  let byTerm = cache.get(k.index);
  if (!byTerm) {
    byTerm = new Map();
    cache.set(k.index, byTerm);
  }
  let found = byTerm.get(term);
  if (!found) {
    found = find();
    if (byTerm.size > 5_000) byTerm.clear();
    byTerm.set(term, found);
  }
  return found;
}

const writing = new WeakMap<Knowledge['index'], Map<string, Snippet[]>>();
const holding = new WeakMap<Knowledge['index'], Map<string, Snippet[]>>();
const under = new WeakMap<Knowledge['index'], Map<string, Snippet[]>>();

/**
 * The lines that hold a term however it is written: "soc2" is "SOC 2", "healthtech" is in
 * "health-tech startup", "mpesa" in "M-Pesa" (a single word of five letters or more, found with spaces and hyphens
 * taken out of the lines).
 */
function linesWriting(k: Knowledge, term: string): Snippet[] {
  return remembered(writing, k, term, () => {
    const apart = term.replace(/(?<=\p{L})(?=\d)|(?<=\d)(?=\p{L})/gu, ' ');
    const found = [...linesHolding(k, term), ...(apart !== term ? linesHolding(k, apart) : [])];
    const joined = term.toLowerCase();
    if (!/^[\p{L}\d]{5,}$/u.test(joined)) return found;
    const { compact } = lineForms(k);
    const { snippets } = k.index;
    // The expression is made only for a term some line holds, compacted: most hold none.
    let apartAnywhere: RegExp | undefined;
    for (let i = 0; i < snippets.length; i++) {
      const s = snippets[i] as Snippet;
      if (!compact[i]?.includes(joined)) continue;
      // Whole words only, however split: "healthtech" is in "health-tech", "saleor" is not in
      // "wholesale orders".
      apartAnywhere ??= new RegExp(
        `(?<![\\p{L}\\d])${[...joined].map(escapeRegExp).join('[\\s-]?')}(?![\\p{L}\\d])`,
        'iu',
      );
      if (apartAnywhere.test(s.text)) found.push(s);
    }
    return found;
  });
}

/** The lines that hold a phrase, word forms folded; computed once per phrase and knowledge. */
export function linesHolding(k: Knowledge, phrase: string): Snippet[] {
  return remembered(holding, k, phrase, () =>
    UNSPACED_RUN.test(phrase)
      ? linesWritten(k, phrase, (s) => s.text)
      : linesWhose(k, lineForms(k).stemmed, phrase),
  );
}

/**
 * The lines filed under a heading that names a term: "volunteering?" finds the entries of a
 * "Volunteering" section whose own text never says the word.
 */
function linesUnder(k: Knowledge, term: string): Snippet[] {
  return remembered(under, k, term, () =>
    UNSPACED_RUN.test(term)
      ? linesWritten(k, term, (s) => s.source)
      : linesWhose(k, lineForms(k).sources, term),
  );
}

/**
 * "データベーススペシャリスト certification": a phrase with such words is found where the line
 * holds each of them as written, and the rest of the phrase as its stems. Stemmed alone, the
 * phrase would be its Latin words only, found on every line that has them.
 */
function linesWritten(k: Knowledge, phrase: string, of: (s: Snippet) => string): Snippet[] {
  const runs = phrase.match(new RegExp(UNSPACED_RUN.source, 'gu')) ?? [];
  const rest = stemSequence(phrase.replace(new RegExp(UNSPACED_RUN.source, 'gu'), ' ')).trim();
  return k.index.snippets.filter((s) => {
    const text = of(s);
    return (
      runs.every((r) => text.includes(r)) && (!rest || stemSequence(text).includes(` ${rest} `))
    );
  });
}

/** The lines whose stemmed form (of their text or their source) holds the phrase's stems. */
function linesWhose(k: Knowledge, forms: readonly string[], phrase: string): Snippet[] {
  const wanted = stemSequence(phrase).trim();
  if (!wanted) return [];
  // Only the lines holding the phrase's first stem can hold the phrase: most phrases asked
  // anew are in no line, and no line is read for them.
  const space = wanted.indexOf(' ');
  const holding = linesByStem(forms).get(space < 0 ? wanted : wanted.slice(0, space));
  if (!holding) return [];
  const found: Snippet[] = [];
  for (const i of holding) {
    if (forms[i]?.includes(` ${wanted} `)) found.push(k.index.snippets[i] as Snippet);
  }
  if (found.length === 0) return found;
  // "ReDI School" holds no Redis: a word written as a name of its own, short of a technology's
  // "s", is not found for it ("payment" is, for Payments).
  const tech = technologyNamed(phrase.trim());
  const short = phrase.trim().toLowerCase().slice(0, -1);
  const names = tech ? [tech.name, ...tech.aliases].map((n) => n.toLowerCase()) : [];
  if (!tech || !/^[\p{L}\d]+s$/u.test(phrase.trim()) || names.includes(short)) return found;
  return found.filter((s) =>
    tokenize(normalize(s.text, true)).some(
      (w) => stem(w.toLowerCase()) === wanted && !(w.toLowerCase() === short && nameShaped(w)),
    ),
  );
}

const stemIndexes = new WeakMap<readonly string[], Map<string, number[]>>();

/** Each stem of the forms to the lines holding it, in the knowledge's order; made once. */
function linesByStem(forms: readonly string[]): Map<string, number[]> {
  let index = stemIndexes.get(forms);
  if (!index) {
    index = new Map();
    for (let i = 0; i < forms.length; i++) {
      for (const st of new Set((forms[i] ?? '').split(' '))) {
        if (!st) continue;
        const lines = index.get(st);
        if (lines) lines.push(i);
        else index.set(st, [i]);
      }
    }
    stemIndexes.set(forms, index);
  }
  return index;
}

interface LineForms {
  /** Each line's text in lower case without spaces and hyphens. */
  compact: string[];
  /** Each line's text as its stems, space-padded. */
  stemmed: string[];
  /** Each line's source ("Volunteering") as its stems, space-padded. */
  sources: string[];
}

const forms = new WeakMap<Knowledge['index'], LineForms>();

/** The forms of every line the finders compare against, made once per knowledge. */
function lineForms(k: Knowledge): LineForms {
  let made = forms.get(k.index);
  if (!made) {
    const { snippets } = k.index;
    made = {
      compact: snippets.map((s) => s.text.toLowerCase().replace(/[\s-]+/g, '')),
      stemmed: snippets.map((s) => stemSequence(s.text)),
      sources: snippets.map((s) => stemSequence(s.source)),
    };
    forms.set(k.index, made);
  }
  return made;
}

/** Every word of a text as its stem, in order, stop words kept, space-padded. */
function stemSequence(text: string): string {
  return ` ${tokenize(normalize(text)).map(stem).join(' ')} `;
}

function clearNo(_k: Knowledge, claim: AbsenceClaim) {
  return reply(claim.topic, 'Not in the profile', claim.no ?? '', { confidence: 0.8 });
}

function notMentioned(k: Knowledge, claim: AbsenceClaim) {
  const lines = contactLines(k);
  const ask = lines.length ? ` You could ask ${k.object} directly:\n${bullets(lines)}` : '';
  return reply(
    claim.topic,
    'Not in the profile',
    `${k.firstName}'s profile doesn't mention ${claim.what}.${claim.extra ? ` ${claim.extra}` : ''}${ask}`,
    { links: contactLinks(k), answered: false, confidence: 0.5 },
  );
}
