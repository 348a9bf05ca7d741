import { reply } from '../pipeline/reply.ts';
import { type AnswerKind, type Knowledge, SCORES } from '../pipeline/types.ts';
import { normalize } from '../text.ts';
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
  ceiling: SCORES.skill,
  topic: 'location',
  intent: { phrases: PHRASES, weight: 6 },
  propose(q, k) {
    const asked = askedPlace(q.tokens);
    // "is she in fintech?" asks about a word the profile uses elsewhere: the search answers.
    // "is he in Santiago?" names a place the profile writes as a name: the place, and the line.
    const named = asked ? properNounLine(k, asked) : undefined;
    const placeOnly =
      asked !== undefined &&
      q.techs.length === 0 &&
      q.categories.length === 0 &&
      (named !== undefined ||
        !asked
          .split(' ')
          .some(
            (w) => k.index.knownWords.has(w) && !normalize(k.support.location() ?? '').includes(w),
          ));
    if (q.intent !== 'location' && !(placeOnly && q.intent === undefined)) return undefined;
    const place = k.support.location();
    if (!place)
      return topicAbsence(k, q, 'location', { topic: 'location', what: 'a location', terms: CUES });
    const stated = k.profile.identity.location !== undefined;
    // "what timezone does she work in?": the line that gives the time zone, beside the place.
    const zone = asksTimeZone(q.tokens)
      ? k.index.snippets.find((s) => ZONE.test(s.text))
      : undefined;
    const line =
      zone ??
      (named && !normalize(place).includes(asked ?? '') ? named : undefined) ??
      (stated ? undefined : k.index.snippets.find((s) => s.text.includes(place)));
    // "is she in Lisbon?": yes when the place says it; otherwise the place, and no verdict
    // ("Europe" or a country the field leaves out may still hold).
    // Only the stated field says where the owner is now; a place found in the text may be
    // where they worked before.
    const yes = stated && asked !== undefined && normalize(place).includes(asked);
    const text = `${yes ? '**Yes** — ' : ''}${k.firstName} is based in **${place}**.${line ? `\n\n> ${line.text}` : ''}`;
    return {
      kind: 'location',
      // A yes on the place asked is a verdict, as specific as any line the words find.
      score: yes || (named && stated) ? SCORES.skill : SCORES.topic,
      why: stated ? 'the location field' : 'a location in the text',
      evidence: line ? [line] : k.index.snippets.filter((s) => s.topic === 'location'),
      answer: reply('location', place, text),
      state: { techs: [], topic: 'location' },
    };
  },
  suggestion: (k) => (k.support.location() ? `Where is ${k.firstName} based?` : undefined),
};

const YES_NO_START = new Set(['is', 'are', 'does', 'do', 'did']);
const PLACE_VERBS = new Set(['in', 'near', 'from']);
/** What stands before "in" when the question asks where the owner is. */
const WHO_OR_WHERE = new Set(
  'he she they him her them based located living live lives still currently now originally'.split(
    ' ',
  ),
);

/**
 * "is she in lisbon?", "does he live in berlin", "based in porto?": the place a yes-or-no
 * question asks about, in lower case; only when the question opens so and ends with it.
 */
function askedPlace(tokens: readonly string[]): string | undefined {
  if (!YES_NO_START.has(tokens[0] ?? '') && !['based', 'located'].includes(tokens[0] ?? ''))
    return undefined;
  const at = tokens.findIndex((t) => PLACE_VERBS.has(t));
  const place = tokens.slice(at + 1);
  if (at < 0 || at > 4 || place.length === 0 || place.length > 3) return undefined;
  // "is she in …", "does he live in …"; not "is gothenburg rainy in november?".
  if (!WHO_OR_WHERE.has(tokens[at - 1] ?? '') && at !== 1) return undefined;
  return place.join(' ');
}

/** A line that writes the asked place as a name ("travel to Santiago once a week"). */
function properNounLine(k: Knowledge, asked: string) {
  if (asked.includes(' ')) return undefined;
  const written = new RegExp(
    `(?<![\\p{L}])${asked.charAt(0).toUpperCase()}${asked.slice(1)}(?![\\p{L}])`,
    'u',
  );
  return k.index.snippets.find((s) => written.test(s.text));
}
