import { reply } from '../pipeline/reply.ts';
import { type AnswerKind, SCORES } from '../pipeline/types.ts';
import { topicAbsence } from './topic-absence.ts';

const PHRASES = [
  'where',
  'located',
  'location',
  'based',
  'city',
  'country',
  'live',
  'lives',
  'living in',
  'from',
  'timezone',
  'time zone',
  'where is he',
  'where is she',
  'whereabouts',
  'where is he from',
  'where is she from',
  'hometown',
];

/** Words a profile's prose uses to say where the owner is. */
const CUES = [
  'based in',
  'located in',
  'live in',
  'lives in',
  'living in',
  'relocate',
  'timezone',
  // A labelled line: "Location: Cardiff, Wales, UK", "Address: …".
  'location',
  'address',
];

const ZONE =
  /\b(?:UTC|GMT)\s*(?:[+−-]\s*\d|\b)|\btime\s?zone\b|\b(?:[A-Z]{1,2}[SD]?T|CES?T|WES?T|EES?T)\b/;

function asksTimeZone(tokens: readonly string[]): boolean {
  return tokens.some(
    (t, i) => t === 'timezone' || t === 'utc' || (t === 'time' && tokens[i + 1] === 'zone'),
  );
}

/** "Where is she based?": the location field, or the line of text that says it. */
export const location: AnswerKind = {
  name: 'location',
  ceiling: SCORES.topic,
  topic: 'location',
  intent: { phrases: PHRASES, weight: 6 },
  propose(q, k) {
    if (q.intent !== 'location') return undefined;
    const place = k.support.location();
    if (!place)
      return topicAbsence(k, q, 'location', { topic: 'location', what: 'a location', terms: CUES });
    const stated = k.profile.identity.location !== undefined;
    // "what timezone does she work in?": the line that gives the time zone, beside the place.
    const zone = asksTimeZone(q.tokens)
      ? k.index.snippets.find((s) => ZONE.test(s.text))
      : undefined;
    const line =
      zone ?? (stated ? undefined : k.index.snippets.find((s) => s.text.includes(place)));
    const text = `${k.firstName} is based in **${place}**.${line ? `\n\n> ${line.text}` : ''}`;
    return {
      kind: 'location',
      score: SCORES.topic,
      why: stated ? 'the location field' : 'a location in the text',
      evidence: line ? [line] : k.index.snippets.filter((s) => s.topic === 'location'),
      answer: reply('location', place, text),
      state: { techs: [], topic: 'location' },
    };
  },
  suggestion: (k) => (k.support.location() ? `Where is ${k.firstName} based?` : undefined),
};
