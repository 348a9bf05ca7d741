import { asksYesOrNo, INTENT_WORDS, specificStems } from '../pipeline/generic-words.ts';
import { bullets, evidenceLines, reply } from '../pipeline/reply.ts';
import { type AnswerKind, type Knowledge, SCORES } from '../pipeline/types.ts';
import { sentences } from '../retrieve/sentences.ts';
import { topicAbsence } from './topic-absence.ts';

const PHRASES = [
  'talk',
  'talks',
  'talk given',
  'spoken at',
  'spoke at',
  'speak at',
  'speaks at',
  'speaking at',
  'speaking',
  'speaker',
  'public speaking',
  'speak publicly',
  'give talks',
  'conference',
  'conferences',
  'meetup',
  'meetups',
  'keynote',
  'presentation',
  'presentations',
  'publication',
  'publications',
  'published',
  'paper',
  'papers',
  'article',
  'articles',
  'written',
  'writing',
  'podcast',
];

/** Words with which a profile's prose tells of a talk. */
// Matched on the text as written: stems fold "speak" into "talk", and "I speak Dutch" is not one.
const TOLD =
  /\b(?:spoke (?:at|about)|speaker at|keynote|gave (?:a |two |three |several )?talks?|(?:occasionally|regularly|often|sometimes) speak|speak(?:ing)? at (?:conferences|meetups|\p{Lu}))/u;

// "— BSides Manchester, August — 2023": a piece given at an event is a talk, whatever its kind.
const AT_EVENT =
  /\b(?:\w*conf(?:erence)?s?|summit|meetup|bsides|symposium|devdays?|kubecon|pycon|droidcon|fosdem)\b/i;

const WRITTEN_IN = /\b(?:written|writing|coded|built)\s+(?:in|with)\b/i;

const SPEAKING = /\b(?:talks?|spoke|speak\w*|conferences?|presented|presentations?|keynotes?)\b/i;

/** Whether a line is a publication of the kind "talk". */
function isTalk(k: Knowledge, s: Knowledge['index']['snippets'][number]): boolean {
  const at = /^publications\[(\d+)\]/.exec(s.where)?.[1];
  return at !== undefined && k.profile.publications[Number(at)]?.kind === 'talk';
}

/** Lines that are talks or writing: publications, and sections named for them. */
function talkLines(k: Knowledge) {
  return k.index.snippets.filter(
    (s) =>
      s.where.startsWith('publications') ||
      (s.topic === 'section' &&
        /talk|speak|writing|public|article|press|podcast|conference/i.test(s.source)),
  );
}

/** "What talks has she given?": publications and talk sections, or what the text says. */
export const talks: AnswerKind = {
  name: 'talks',
  ceiling: SCORES.topic + 1,
  topic: 'section',
  intent: { phrases: PHRASES, weight: 7 },
  applies: (q) => q.intent === 'talks',
  propose(q, k) {
    // "what's it written in?": the language a thing is built in, not the owner's writing.
    if (q.intent !== 'talks' || WRITTEN_IN.test(q.text)) return undefined;
    const lines = talkLines(k);
    // "I occasionally speak at CocoaHeads Lyon": talks the text names beside the list.
    const told = k.index.snippets.filter(
      (line) => line.topic !== 'skills' && !lines.includes(line) && TOLD.test(line.text),
    );
    if (lines.length === 0 && told.length === 0) {
      return topicAbsence(k, q, 'talks', {
        topic: 'section',
        what: 'talks or writing',
        // "I wrote a small book on accessible forms": writing told in prose is searched too.
        terms: [
          'talk',
          'conference',
          'meetup',
          'article',
          'blog post',
          'published',
          'book',
          'newsletter',
          'essay',
          'paper',
          'wrote a',
          'spoke',
          'presented',
          // The same, as a CV in another language says it.
          'charla',
          'ponencia',
          'Vortrag',
          'palestra',
          'prelekcja',
        ],
      });
    }
    // "has she given any talks?": the talks before the papers and posts.
    const ordered = SPEAKING.test(q.text)
      ? [...lines.filter((s) => isTalk(k, s)), ...lines.filter((s) => !isTalk(k, s))]
      : lines;
    // "I gave a talk about this at droidcon …" inside a job's paragraph: that sentence alone.
    const toldSentences = told.map((line) => ({
      ...line,
      text: sentences(line.text).find((t) => TOLD.test(t)) ?? line.text,
    }));
    const shown = [...ordered.slice(0, 8), ...toldSentences].slice(0, 10);
    // "has he spoken at any conferences?": a yes where a talk is there, not for a blog post.
    const given = SPEAKING.test(q.text)
      ? ordered.some((s) => isTalk(k, s) || AT_EVENT.test(s.text)) || told.length > 0
      : true;
    // "does she review for conferences?": a word the talks do not say asks something else.
    const unsaid = specificStems(q.restStems).filter(
      (st) => !INTENT_WORDS.talks?.has(st) && !shown.some((s) => s.stems.includes(st)),
    );
    const yes = asksYesOrNo(q.text) && given && unsaid.length === 0 ? '**Yes** — ' : '';
    return {
      kind: 'talks',
      score: SCORES.topic + 1,
      why: 'talks and writing in the profile',
      evidence: shown,
      answer: reply(
        'section',
        'Talks & writing',
        `${yes}${k.firstName}'s talks and writing:\n${bullets(evidenceLines(shown, 10))}`,
      ),
      state: { techs: [], topic: 'section', ...(shown[0] ? { subject: shown[0] } : {}) },
    };
  },
};
