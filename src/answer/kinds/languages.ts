import { escapeRegExp } from '../../knowledge/escape-regexp.ts';
import {
  englishLanguageName,
  foreignLanguageNames,
  namesOfLanguage,
  SPOKEN_LANGUAGES,
  spokenLanguagePattern,
} from '../../knowledge/spoken-languages.ts';
import { claimAbsence, evidenceAgainst } from '../pipeline/absence.ts';
import { bullets, evidenceLines, reply } from '../pipeline/reply.ts';
import { type AnswerKind, type Candidate, type Knowledge, SCORES } from '../pipeline/types.ts';
import { normalize } from '../text.ts';

const PHRASES = [
  'speak',
  'spoken',
  'spoken language',
  'language does he speak',
  'language does she speak',
  'language does they speak',
  'fluent',
  'english',
  'native language',
  // "which languages can she communicate in?": speaking, in other words.
  'communicate in',
  'converse in',
];

type Spoken = { name: string; proficiency?: string | undefined };
export const spoken = (l: Spoken) =>
  l.proficiency ? `**${l.name}** (${l.proficiency})` : `**${l.name}**`;

/**
 * "What languages does he speak?", "can she speak German?": spoken languages, not programming
 * ones, from the field or, failing that, the text.
 */
export const languages: AnswerKind = {
  name: 'languages',
  ceiling: SCORES.spoken,
  topic: 'languages',
  // A language's name ("how good is her Dutch?") asks about spoken languages.
  intent: {
    phrases: PHRASES,
    weight: 7,
    // "Francés" folds to "frances", which stems to "France": such names would make "the
    // capital of France?" a question about languages, so only the others raise the intent.
    extra: () => [
      ...SPOKEN_LANGUAGES,
      ...foreignLanguageNames().filter((name) => !/es$/.test(normalize(name))),
    ],
  },
  applies: (q) => q.intent === 'languages',
  propose(q, k) {
    if (q.intent !== 'languages') return undefined;
    // "Japanese NLP?" asks about the technology; the language only qualifies it.
    if (q.techs.some((t) => !t.tags.has('language'))) return undefined;
    // "Spricht sie Englisch?": a language named as German, French or Spanish CVs name it.
    const asked = [
      ...new Set([
        ...SPOKEN_LANGUAGES.filter((name) => q.tokens.includes(name.toLowerCase())),
        ...q.tokens.flatMap((token) => englishLanguageName(token) ?? []),
      ]),
    ];
    const candidate = k.profile.languages.length === 0 ? fromText(k, asked) : fromField(k, asked);
    // "what languages does he speak, is his english ok": unsaid, and still the answer to give.
    const spokenAsked = asked.length > 0 || q.tokens.some((t) => SPEAKING.has(t));
    const score = spokenAsked ? Math.max(candidate.score, SCORES.spoken) : candidate.score;
    return { ...candidate, score, state: { techs: [], topic: 'languages' } };
  },
  suggestion: (k) =>
    k.profile.languages.length ? `Which languages does ${k.firstName} speak?` : undefined,
};

const LEARNING = /\b(?:learning|studying|learner)\b/i;

/** Words that make "languages" the spoken ones. */
const SPEAKING = new Set(['speak', 'speaks', 'spoken', 'fluent', 'native', 'human']);

function fromField(k: Knowledge, asked: string[]): Candidate {
  const held = k.profile.languages;
  const all = `${k.firstName} speaks ${held.map(spoken).join(', ')}.`;
  const evidence = k.index.snippets.filter((s) => s.topic === 'languages');
  const base = { kind: 'languages', score: SCORES.spoken, why: 'spoken languages', evidence };
  if (asked.length === 0) return { ...base, answer: reply('languages', 'Spoken languages', all) };
  const lines = asked.map((name) => {
    const names = namesOfLanguage(name).map((n) => normalize(n));
    const found = held.find((l) => names.some((n) => normalize(l.name).includes(n)));
    // "Japanese (learning)": a language being learnt is no yes.
    if (found && LEARNING.test(found.proficiency ?? ''))
      return `**Not yet** — ${k.firstName} is learning ${found.name}; the profile doesn't say ${k.subject} ${k.plural ? 'speak' : 'speaks'} it.`;
    if (found) return `**Yes** — ${spoken(found)}.`;
    const claim = claimAbsence(
      k,
      {
        topic: 'languages',
        what: name,
        terms: [...namesOfLanguage(name)],
        no: `**No** — ${name} isn't among the languages ${k.firstName} lists.`,
      },
      'languages',
      SCORES.spoken,
    );
    const line = claim.evidence[0]?.text;
    if (!line) return claim.answer.text;
    // "… and conversational French (still practising!)": a line that says she speaks it.
    return speaksIn(line, namesOfLanguage(name))
      ? `**Yes** — ${k.firstName}'s profile says: "${line}"`
      : `${name}: ${line}`;
  });
  return {
    ...base,
    answer: reply('languages', 'Spoken languages', `${lines.join('\n')}\n\n${all}`),
  };
}

/** No languages field: the lines that name a language, or what is missing. */
function fromText(k: Knowledge, asked: string[]): Candidate {
  // A profile that names no spoken language says nothing against one: no "No", only unsaid.
  const what = asked.length
    ? `spoken languages, ${asked.join(' or ')} included`
    : 'spoken languages';
  const names = asked.flatMap((name) => namesOfLanguage(name));
  const terms = asked.length ? names : ANY_LANGUAGE;
  const claim = claimAbsence(k, { topic: 'languages', what, terms }, 'languages', SCORES.spoken);
  if (claim.absent && asked.length > 0) return otherLanguagesSaid(k, asked, claim);
  const yes = names.length > 0 && claim.evidence.some((s) => speaksIn(s.text, names));
  if (claim.evidence.length < 2 && !yes) return claim;
  // "I work in Finnish and English, get by in Swedish": the line naming the most languages
  // first, before a talk title that happens to say "English".
  const ranked = [...claim.evidence].sort((a, b) => languagesIn(b.text) - languagesIn(a.text));
  const shown = bullets(evidenceLines(ranked, k.config.maxEvidence));
  return {
    ...claim,
    evidence: ranked,
    answer: {
      ...claim.answer,
      text: `${yes ? '**Yes** — here' : 'Here'}'s what ${k.firstName}'s profile says:\n${shown}`,
    },
  };
}

// "native" alone is in "cloud-native": only as a speaker's word.
const ANY_LANGUAGE = [
  'speak',
  'spoken',
  'fluent',
  'native speaker',
  'mother tongue',
  'bilingual',
  ...SPOKEN_LANGUAGES,
];

/**
 * "does he speak German?" of a profile that tells, in its text, which languages he speaks and
 * German is not among them: a no, with what it does say.
 */
function otherLanguagesSaid(k: Knowledge, asked: string[], absent: Candidate): Candidate {
  const said = evidenceAgainst(k, {
    topic: 'languages',
    what: 'spoken languages',
    terms: ANY_LANGUAGE,
  }).filter((s) => speaksIn(s.text, SPOKEN_LANGUAGES));
  if (said.length === 0) return absent;
  const shown = bullets(evidenceLines(said, k.config.maxEvidence));
  return {
    ...absent,
    evidence: said,
    answer: {
      ...absent.answer,
      text: `**No** — ${asked.join(' or ')} isn't among the languages ${k.firstName}'s profile mentions. What it says:\n${shown}`,
    },
  };
}

/** "grew up speaking Spanish at home", "my Dutch is conversational", "French (B2)". */
const SPEAKS =
  /\b(?:speak\w*|spoken|fluent\w*|native|conversational|conversation|mother tongue|bilingual|grew up|picked up|proficien\w*|[ABC][12]|get by|working knowledge|every ?day|daily)\b/i;
/** "learning Spanish", "I don't speak German": a line that says no yes ("not for work" does). */
const NOT_SPOKEN =
  /\b(?:learning|studying|lessons|classes|want to learn|hope to)\b|\b(?:don['’]t|do not|doesn['’]t|can['’]t|cannot|never|no)\s+(?:\w+\s+)?(?:speak|know|understand)\b|\bnot\s+(?:fluent|yet)\b/i;

/** Whether a sentence of the line names the language and says it is spoken. */
function speaksIn(line: string, names: readonly string[]): boolean {
  const name = new RegExp(
    `(?<![\\p{L}])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}])`,
    'iu',
  );
  const named = (sentence: string) => name.test(sentence);
  return line
    .split(/(?<=[.!?;])\s+|,\s+(?:and|but)\s+/)
    .some((sentence) => named(sentence) && SPEAKS.test(sentence) && !NOT_SPOKEN.test(sentence));
}

const LANGUAGE_NAME = spokenLanguagePattern();

function languagesIn(text: string): number {
  return new Set(text.match(LANGUAGE_NAME) ?? []).size;
}
