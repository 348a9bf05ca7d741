import { escapeRegExp } from '../../knowledge/escape-regexp.ts';
import { citiesIn, countriesIn } from '../../knowledge/places.ts';
import type { Snippet } from '../knowledge-index.ts';
import { partsOf } from '../meaning/field-parts.ts';
import { linesHolding } from '../pipeline/absence.ts';
import { specificStems } from '../pipeline/generic-words.ts';
import { bullets, capitalise, evidenceLines, reply, titleCase } from '../pipeline/reply.ts';
import { type AnswerKind, type Candidate, type Knowledge, SCORES } from '../pipeline/types.ts';
import { alternativesIn } from './search.ts';
import { topicAbsence } from './topic-absence.ts';

const PHRASES = [
  'domain',
  'domains',
  'industry',
  'industries',
  'sector',
  'sectors',
  'vertical',
  'verticals',
  'field',
  'business area',
  'worked in',
];

/** "Which industries?", "has he worked in healthcare?": the domains, and whether one is there. */
export const industries: AnswerKind = {
  name: 'industries',
  ceiling: SCORES.topic,
  topic: 'industries',
  intent: { phrases: PHRASES, weight: 6 },
  applies: (q) => q.intent === 'industries',
  propose(q, k) {
    if (q.intent !== 'industries') return undefined;
    const list = k.profile.industries;
    const specific = specificStems(q.restStems);
    // "has he worked in puerto montt": what is asked is named, not "industries".
    // "goverment / public sector": either side of a choice, found alone, is the domain.
    const hits = specific.length
      ? alternativesIn(q.text, specific).flatMap(({ words }) =>
          k.index.search(words).filter((h) => h.coverage >= 0.5),
        )
      : [];
    // Only a place can be named so ("aquaculture" unfound may still be the salmon farms), and
    // only when no line holds it: the place tables are not read for every question.
    const after = specific.length > 0 && hits.length === 0 ? askedAfterIn(q.tokens) : undefined;
    const asked = after && isPlace(after, q.text) ? after : undefined;
    if (asked)
      return topicAbsence(k, q, 'industries', { topic: 'industries', what: asked, terms: [asked] });
    // "has he worked in healthcare?" of a profile without a list of industries: a no about
    // healthcare, once no line says it or a word of the same meaning, not "no industries".
    const domain = specific.length > 0 && hits.length === 0 ? askedAfterIn(q.tokens) : undefined;
    // "has he worked in fintech?" beside "payment platforms": work that is part of the field.
    const shown = domain ? partsShown(k, domain) : undefined;
    if (shown) return shown;
    if (list.length === 0 && domain)
      return topicAbsence(k, q, 'industries', {
        topic: 'industries',
        what: domain.toLowerCase(),
        terms: [],
        no: `**No** — ${k.firstName}'s profile doesn't mention ${domain.toLowerCase()} work.`,
      });
    if (list.length === 0)
      return topicAbsence(k, q, 'industries', {
        topic: 'industries',
        what: 'industries',
        terms: ['industry', 'domain', 'sector'],
      });
    // A domain asked about that the industries lack may still be in the text: the search kind
    // quotes it; only when nothing anywhere holds it is the answer a no.
    if (specific.length > 0 && hits.length === 0) {
      const no = `**No** — that domain isn't in ${k.firstName}'s profile. ${capitalise(k.possessive)} work spans:\n${bullets(list)}`;
      const claim = topicAbsence(k, q, 'industries', {
        topic: 'industries',
        what: 'that domain',
        terms: [],
        no,
      });
      return { ...claim, answer: { ...claim.answer, title: 'Industries' } };
    }
    return {
      kind: 'industries',
      score: SCORES.topic,
      why: 'asks for industries',
      evidence: k.index.snippets.filter((s) => s.topic === 'industries'),
      answer: reply(
        'industries',
        'Industries',
        `${named(hits) ? '**Yes** — ' : ''}${k.firstName}'s work spans:\n${bullets(list)}${whereItShows(hits)}`,
      ),
      state: { techs: [], topic: 'industries' },
    };
  },
  suggestion: (k) =>
    k.profile.industries.length ? `Which industries has ${k.firstName} worked in?` : undefined,
};

/** "worked in puerto montt" → "Puerto Montt": the words after "in", as a name is written. */
function askedAfterIn(tokens: readonly string[]): string | undefined {
  const at = tokens.lastIndexOf('in');
  const words = at >= 0 ? tokens.slice(at + 1) : [];
  if (words.length === 0 || words.length > 3) return undefined;
  return titleCase(words.join(' '));
}

/** A place the tables know, or words the asker wrote with capitals ("Puerto Montt"). */
function isPlace(asked: string, text: string): boolean {
  return (
    new RegExp(`\\b${escapeRegExp(asked)}\\b`, 'u').test(text) ||
    citiesIn(asked).length > 0 ||
    countriesIn(asked).length > 0
  );
}

/**
 * "any healthcare domain experience?": beside the list, the lines of jobs and projects that
 * show the domain asked ("Halloway Health Systems"), so the yes says where.
 */
function whereItShows(hits: readonly { snippet: Snippet; coverage: number }[]): string {
  if (!named(hits)) return '';
  // One line for each job or project, its best.
  const owners = new Set<unknown>();
  const lines = hits
    .map((h) => h.snippet)
    .filter((s) => {
      const owner = s.role ?? s.projectId;
      if (!owner || owners.has(owner)) return false;
      owners.add(owner);
      return true;
    });
  const shown = evidenceLines(lines, 2);
  return shown.length ? `\n\nWhere it shows:\n${bullets(shown)}` : '';
}

/** "has he worked in fintech?": a domain asked that one of the listed industries holds. */
function named(hits: readonly { snippet: { topic: string }; coverage: number }[]): boolean {
  return hits.some((h) => h.snippet.topic === 'industries' && h.coverage >= 0.99);
}

/** Lines that tell of work that is part of the field asked, said as not the field's name. */
function partsShown(k: Knowledge, field: string): Candidate | undefined {
  const lines = [...new Set(partsOf(field).flatMap((part) => linesHolding(k, part)))].slice(0, 3);
  if (lines.length === 0) return undefined;
  const text = `${k.firstName}'s profile doesn't say "${field.toLowerCase()}" in so many words, but it shows work that is part of it:\n${bullets(evidenceLines(lines, 3))}`;
  return {
    kind: 'industries',
    score: SCORES.topic,
    why: `parts of ${field} found`,
    evidence: lines,
    answer: reply('industries', 'Industries', text),
  };
}
