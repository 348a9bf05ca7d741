import { escapeRegExp } from '../../knowledge/escape-regexp.ts';
import {
  citiesIn,
  countriesIn,
  foldPlace,
  namesPlace,
  utcOffsetOf,
} from '../../knowledge/places.ts';
import { ZONES, zoneAskedIn } from '../../knowledge/time-zones.ts';
import { bullets, contactLines, reply, titleCase } from '../pipeline/reply.ts';
import { type AnswerKind, type Knowledge, SCORES } from '../pipeline/types.ts';
import { normalize, tokenize } from '../text.ts';
import { topicAbsence } from './topic-absence.ts';

const PHRASES = [
  // "where does she work from?": the place, not the employer.
  'where does he work from',
  'where does she work from',
  'where do they work from',
  'where',
  // Urdu and Hindi in Latin letters: "Fahad kahan se hai?", "kahan rehta hai?".
  'kahan',
  'kahaan',
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
  // "Dublin-based": the place before the word.
  'based',
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

// Zones by their abbreviations, not any capitals ending in T: "REST" and "GIST" are none. The
// two-letter names ("PT", "CT") say other things in a profile's lines.
const ZONE = new RegExp(
  `\\b(?:UTC|GMT)\\s*(?:[+−-]\\s*\\d|\\b)|\\btime\\s?zone\\s*[:=]|\\b(?:${Object.keys(ZONES)
    .filter((name) => name.length > 2)
    .join('|')})\\b`,
);

const ZONE_WORDS = /\btime\s?zones?\b|\btimezones?\b/i;
const HOME_ASKED =
  /\b(?:where|based|located|living|relocat\w*|location|city|country)\b|\blives? (?:in|near)\b/i;
const GOES_LIVE =
  /\b(?:go|goes|going|gone|went|is|are|was|were)\s+live\b|\blive[\s-](?:stream\w*|demos?|coding|data|updates?|site|apps?|traffic|production|environments?|events?|chat|video|dashboards?|tracking|reload\w*)\b/i;
const PLACE_ASKED = /\b(?:where|based|located|lives?|living|relocat\w*|location|remote|overlap)\b/i;

/** Time zones named only in sentences that tell (the asker's work), none in one that asks. */
function zonesOnlyTold(text: string): boolean {
  const sentences = text.split(/(?<=[.!?])\s+/);
  const naming = sentences.filter((s) => ZONE_WORDS.test(s));
  const asked = sentences.filter((s) => s.trim().endsWith('?'));
  return (
    sentences.length > 1 &&
    naming.length > 0 &&
    naming.every((s) => !asked.includes(s)) &&
    !asked.some((s) => PLACE_ASKED.test(s))
  );
}

/** Words that set the owner's working hours against a zone: "overlap with EST", "UK hours". */
const HOURS_ASKED =
  /\b(?:overlap\w*|hours|time ?differences?|time ?zones?|timezones?|standups?|meetings|sync|same time)\b/i;

/** The zone a question sets the owner's hours against, if it asks so. */
const zoneAsked = (text: string) => (HOURS_ASKED.test(text) ? zoneAskedIn(text) : undefined);

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
  // Another intent, or a technology or group asked about, is never a place asked alone.
  applies: (q) =>
    q.intent === 'location' ||
    (q.intent === undefined && q.techs.length === 0 && q.categories.length === 0) ||
    zoneAsked(q.text) !== undefined,
  propose(q, k) {
    // Read from the words as typed ("paris", not a corrected "pari"), when a place may be asked.
    // "where is he based?" then "is that in India?": the place answered is the subject.
    const thatIn =
      q.state?.topic === 'location'
        ? THAT_IN.exec(tokenize(normalize(q.text)).join(' '))?.[1]
        : undefined;
    const asked =
      thatIn ??
      (q.tokens.some((t) => PLACE_VERBS.has(t) || t === 'based' || t === 'located')
        ? askedPlace(tokenize(normalize(q.text)), k.firstName.toLowerCase())
        : undefined);
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
    const otherZone = zoneAsked(q.text);
    if (q.intent !== 'location' && !(placeOnly && q.intent === undefined) && !otherZone)
      return undefined;
    if (notTheOwnersPlace(q.text, k.firstName)) return undefined;
    const place = k.support.location();
    if (!place)
      return topicAbsence(k, q, 'location', {
        topic: 'location',
        what: 'a location',
        terms: CUES,
        ignore: tellsNoPlace,
        ignoreName: 'tellsNoPlace',
      });
    const stated = k.profile.identity.location !== undefined;
    // "what timezone does she work in?": the line that gives the time zone, beside the place.
    const zoneWanted = asksTimeZone(q.tokens) || otherZone !== undefined;
    const zone = zoneWanted ? k.index.snippets.find((s) => ZONE.test(s.text)) : undefined;
    const line =
      zone ??
      (named && !normalize(place).includes(asked ?? '') ? named : undefined) ??
      (stated ? undefined : k.index.snippets.find((s) => s.text.includes(place)));
    // "is she in Lisbon?": yes when the place says it; otherwise the place, and no verdict
    // ("Europe" or a country the field leaves out may still hold).
    // Only the stated field says where the owner is now; a place found in the text may be
    // where they worked before.
    const verdict = stated && asked !== undefined ? placeVerdict(place, asked) : undefined;
    // "shes varna based right?": a place no table knows and no line names. It may still hold
    // the stated one (a region around the city), so no flat no; but the profile does not say it.
    const unstated = verdict === undefined && stated && asked !== undefined && !named;
    const lead =
      verdict === 'yes'
        ? '**Yes** — '
        : verdict === 'no'
          ? '**No** — '
          : unstated
            ? `**Not that the profile says** — it doesn't mention ${titleCase(asked)}; `
            : '';
    // "is he based in chicago?" → "… based in Cedar Rapids, not Chicago": the place asked, named.
    const not = verdict === 'no' && asked ? `, not ${titleCase(asked)}` : '';
    // "what timezone is he in?" with none stated: the place's own offset, and whom to ask.
    const unzoned = zoneWanted && !zone ? zoneNote(k, place, otherZone) : '';
    const text = `${lead}${k.firstName} is based in **${place}**${not}.${line ? `\n\n> ${line.text}` : ''}${unzoned}`;
    return {
      kind: 'location',
      // A verdict on the place asked is as specific as any line the words find.
      score: verdict || (named && stated) ? SCORES.skill : SCORES.topic,
      why: stated ? 'the location field' : 'a location in the text',
      evidence: line ? [line] : k.index.snippets.filter((s) => s.topic === 'location'),
      answer: reply('location', place, text),
      state: { techs: [], topic: 'location' },
    };
  },
  suggestion: (k) => (k.support.location() ? `Where is ${k.firstName} based?` : undefined),
};

const utc = (offset: number) => `UTC${offset < 0 ? '−' : '+'}${Math.abs(offset)}`;

function zoneNote(k: Knowledge, place: string, other?: { name: string; offset: number }): string {
  const offset = utcOffsetOf(place);
  // "can he overlap with EST?": how far apart the two are, never whether the owner would.
  const apart =
    offset === undefined || other === undefined
      ? ''
      : `, ${differenceOf(offset - other.offset, other.name)} (${utc(other.offset)})`;
  const at = offset === undefined ? '' : ` ${place} is on ${utc(offset)} (standard time)${apart}.`;
  const contact = contactLines(k);
  const ask =
    contact.length > 0 ? `\n\nTo agree working hours, ask ${k.object}:\n${bullets(contact)}` : '';
  const hours = other ? ' or working hours' : '';
  return `\n\nThe profile doesn't state a time zone${hours}.${at}${ask}`;
}

function differenceOf(ahead: number, name: string): string {
  if (ahead === 0) return 'the same offset';
  const hours = Math.abs(ahead);
  return `${hours} hour${hours === 1 ? '' : 's'} ${ahead > 0 ? 'ahead of' : 'behind'} ${name}`;
}

/**
 * A line that cannot say where the owner is: "A Raft-based KV store", "cloud-based tools" use
 * "based" of a thing, not a place; "Dublin-based" names one.
 */
function tellsNoPlace(s: { text: string }): boolean {
  const text = s.text.replace(/\b([\p{L}]+)-based\b/gu, (whole, before: string) =>
    citiesIn(before).length > 0 || countriesIn(before).length > 0 ? whole : before,
  );
  return !CUES.some((cue) => new RegExp(`\\b${cue}`, 'i').test(text));
}

/** Place words that say something other than where the owner is. */
function notTheOwnersPlace(text: string, firstName: string): boolean {
  return (
    // "what if we find bugs after the app goes live?": "live" of a launch, not of a home.
    (GOES_LIVE.test(text) && !HOME_ASKED.test(text)) ||
    // "recurring jobs across time zones … built something like that?": zones of the work told.
    zonesOnlyTold(text) ||
    // "where can I get good gelato in Trieste?" asks about the place, not where the owner is.
    (ASKER_WHERE.test(text) && !ownerNamed(text, firstName))
  );
}

const YES_NO_START = new Set(['is', 'are', 'does', 'do', 'did']);
/** "where can I …", "where should we …": the asker's own errand, not the owner's place. */
const ASKER_WHERE = /\bwhere\s+(?:can|could|should|do|would|to)\s+(?:i|we|you|one)\b/i;

function ownerNamed(text: string, firstName: string): boolean {
  const name = escapeRegExp(foldPlace(firstName));
  return new RegExp(`\\b(?:he|she|they|him|her|them|his|their|${name})\\b`, 'i').test(
    foldPlace(text),
  );
}

/** Words that turn a statement into a question: "…, right?", "…, correct?". */
const CONFIRMING = new Set(['right', 'correct', 'yes', 'yeah', 'no', 'true', 'innit', 'isnt']);
const PLACE_VERBS = new Set(['in', 'near', 'from']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it']);
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
const THAT_IN = /^(?:so |and )?(?:is|isnt) (?:that|it|this) (?:in|near) ([\p{L} ]{2,30})$/u;

function askedPlace(typed: readonly string[], firstName: string): string | undefined {
  // "she's in paris right?", "he's from dundee isn't he": a statement to confirm asks as the
  // question does.
  let end = typed.length;
  while (
    end > 0 &&
    (CONFIRMING.has(typed[end - 1] ?? '') ||
      (PRONOUNS.has(typed[end - 1] ?? '') && CONFIRMING.has(typed[end - 2] ?? '')))
  )
    end -= PRONOUNS.has(typed[end - 1] ?? '') ? 2 : 1;
  const tokens = typed.slice(0, end);
  const opener = tokens[0] ?? '';
  const owner = ['he', 'she', 'they', 'hes', 'shes', foldPlace(firstName)];
  // "thessaloniki based?", "shes varna based right?": the place before "based".
  const basedAt = tokens.findIndex((t) => t === 'based' || t === 'located');
  const from = owner.includes(foldPlace(opener)) ? 1 : 0;
  if (basedAt === tokens.length - 1 && basedAt > from && basedAt - from <= 2) {
    // "where's fahad based": the question word and the owner are no place.
    const place = tokens
      .slice(from, basedAt)
      .filter(
        (t) => !owner.includes(foldPlace(t)) && !/^(?:where|wheres|whereabouts|is|s)$/.test(t),
      );
    return place.length > 0 ? place.join(' ') : undefined;
  }
  const stated = owner.includes(foldPlace(opener)) && end < typed.length;
  if (!YES_NO_START.has(opener) && !['based', 'located'].includes(opener) && !stated)
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

/**
 * "is she in Munich?" against "Dresden, Saxony, Germany": yes when the place says the asked one;
 * no when the asked city is not the city the place starts with, or the asked country is not its
 * country; nothing when it cannot tell ("Bavaria, Germany" may hold Munich).
 */
function placeVerdict(place: string, asked: string): 'yes' | 'no' | undefined {
  // "cluj napoca" as the question's words read "Cluj-Napoca".
  if (namesPlace(place.replace(/-/g, ' '), asked)) return 'yes';
  // "Berlin / Lisbon", "Porto or remote": more than one place, no verdict.
  if (/\/|\bor\b|&|\band\b/i.test(place)) return undefined;
  const parts = place.split(',').map((p) => p.trim());
  const askedCountries = countriesIn(asked);
  if (citiesIn(asked).length > 0) {
    const first = parts[0] ?? '';
    const firstIsCity =
      parts.length > 1 && countriesIn(first).length === 0 && /^\p{Lu}/u.test(first);
    const placeCountries = countriesIn(place);
    const elsewhere =
      placeCountries.length > 0 && !askedCountries.some((c) => placeCountries.includes(c));
    return firstIsCity || elsewhere ? 'no' : undefined;
  }
  if (askedCountries.length > 0) {
    const placeCountries = countriesIn(place);
    if (placeCountries.length === 0) return undefined;
    return askedCountries.some((c) => placeCountries.includes(c)) ? 'yes' : 'no';
  }
  return undefined;
}
