import { GREETINGS, THANKS } from '../intents.ts';
import { phraseTokens } from '../knowledge-index.ts';

/**
 * Words that keep "thanks, that was really helpful" or "cheers mate" small talk, and the same
 * words of the languages whose thanks are known ("danke dir, sehr hilfreich", "grazie mille").
 */
const SMALLTALK_FILLER = new Set(
  [
    'helpful useful great awesome cool nice good perfect amazing wonderful excellent super lot much',
    'very really so info information answer answers appreciated help mate man buddy bro dude',
    'friend folk guy everyone all again bot needed wanted everything',
    'dir ihnen sehr hilfreich echt mille molto utile bien très tres muy útil util muito mucho',
    'top wel handig erg heel',
    // "hi, quick q about this candidate": a greeting that announces the questions to come.
    'quick q question questions candidate profile',
  ]
    .join(' ')
    .split(' '),
);

/** Words that announce a question to come, and what such an announcement names it about. */
const ANNOUNCES: ReadonlySet<string> = new Set(['q', 'question', 'questions']);
export const announcesQuestion = (tokens: readonly string[]) =>
  tokens.some((t) => ANNOUNCES.has(t));
const ANNOUNCED_SUBJECT: ReadonlySet<string> = new Set([
  'cv',
  'resume',
  'background',
  'experience',
]);

/** Greetings and thanks: one of their phrases, and nothing else of weight. */
export function createSmalltalk() {
  const phrases = [
    ...GREETINGS.map((p) => ({ tokens: phraseTokens(p), kind: 'greeting' as const })),
    ...THANKS.map((p) => ({ tokens: phraseTokens(p), kind: 'thanks' as const })),
  ].map((p) => ({ ...p, spaced: ` ${p.tokens.join(' ')} ` }));
  const words = new Set(phrases.flatMap((s) => s.tokens));
  // A phrase is said only with all its words: its longest word alone says whether it may be
  // ("thank" of "thank you"), where "you" or "it" would let most questions through.
  const keys = new Set(
    phrases.map((p) => p.tokens.reduce((a, b) => (b.length > a.length ? b : a), '')),
  );
  const detect = (
    tokens: readonly string[],
    isContent: (t: string) => boolean,
  ): 'greeting' | 'thanks' | undefined => {
    if (!tokens.some((t) => keys.has(t))) return undefined;
    // The cheap test first: a question with a word of weight is no small talk, whatever it says;
    // a short one may carry a word or two of a language not known here ("chala thanks andi").
    // "hi there! quick q about Lena's CV": what the announced question will be about.
    const preface = announcesQuestion(tokens);
    const other = tokens.filter(
      (t) =>
        isContent(t) &&
        !words.has(t) &&
        !SMALLTALK_FILLER.has(t) &&
        !(preface && ANNOUNCED_SUBJECT.has(t)),
    );
    if (other.length > (tokens.length <= 4 ? 2 : 0)) return undefined;
    const spaced = ` ${tokens.join(' ')} `;
    const said = phrases.filter((p) => spaced.includes(p.spaced));
    if (said.length === 0) return undefined;
    return said.some((p) => p.kind === 'thanks') ? 'thanks' : 'greeting';
  };
  return Object.assign(detect, { words });
}
