import { escapeRegExp } from '../../knowledge/escape-regexp.ts';

/**
 * A thing made with a technology, asked for as made: "has he written a Kubernetes operator?",
 * "you've maintained a public Go library". Knowing Kubernetes is not having written an operator
 * for it, as knowing AWS is not holding its certificate: the knowledge must show the thing.
 */
export interface ArtifactAsk {
  /** The technology's name as the text writes it. */
  name: string;
  /** What was made, as written: "operator", "libraries". */
  noun: string;
  /** Lines naming that kind of thing, singular or plural, match this. */
  pattern: RegExp;
}

// Verbs of making something, said before what was made.
const MAKING =
  /\b(?:writ(?:e|es|ing|ten)|wrote|buil(?:d|ds|t|ding)|maintain(?:s|ed|ing)?|author(?:s|ed|ing)?|publish(?:es|ed|ing)?|creat(?:e|es|ed|ing)|develop(?:s|ed|ing)?|ship(?:s|ped|ping)?|contribut(?:e|es|ed|ing)\s+to)\b/i;

// Things one makes for a technology rather than uses it as.
const MADE = [
  // "a component library in React" is shown by a design system of components as well.
  [
    'component librar(?:y|ies)|ui librar(?:y|ies)|design systems?',
    'component librar(?:y|ies)|ui librar(?:y|ies)|design systems?|ui kits?|\\d+\\+? (?:ui )?components',
  ],
  ['operators?', 'operators?'],
  ['controllers?', 'controllers?'],
  ['librar(?:y|ies)', 'librar(?:y|ies)'],
  ['packages?', 'packages?'],
  ['plug-?ins?', 'plug-?ins?'],
  ['extensions?', 'extensions?'],
  ['sdks?', 'sdks?'],
  ['providers?', 'providers?'],
  ['crates?', 'crates?'],
  ['gems?', 'gems?'],
  ['drivers?', 'drivers?'],
] as const;

const NOUNS = MADE.map(([asked]) => asked).join('|');

/** Any made thing at all, as each name's pattern below ends: without one, no name can match. */
const ANY_NOUN = new RegExp(`(?:${NOUNS})(?![\\p{L}])`, 'iu');

/**
 * The made thing a text asks for with one of `names` right before it ("Kubernetes operator",
 * "Go client library"), after a verb of making; undefined when it asks for none.
 */
export function artifactAsked(text: string, names: readonly string[]): ArtifactAsk | undefined {
  const verb = MAKING.exec(text);
  if (!verb) return undefined;
  const after = text.slice(verb.index);
  // The cheap test first: most questions that build or write something name no made thing.
  if (!ANY_NOUN.test(after)) return undefined;
  for (const name of names) {
    if (name.length < 2) continue;
    const named = escapeRegExp(name);
    // "a Kubernetes operator", "a Go client library"; "a component library in React".
    const written =
      new RegExp(
        `(?<![\\p{L}\\d])${named}\\s+(?:[\\p{L}-]+\\s+)??(${NOUNS})(?![\\p{L}])`,
        'iu',
      ).exec(after) ??
      new RegExp(
        `(?<![\\p{L}])(${NOUNS})\\s+(?:in|with|for|on|using)\\s+${named}(?![\\p{L}\\d])`,
        'iu',
      ).exec(after);
    const noun = written?.[1];
    if (!noun) continue;
    const made = MADE.find(([asked]) => new RegExp(`^(?:${asked})$`, 'i').test(noun));
    if (made) return { name, noun, pattern: new RegExp(`\\b(?:${made[1]})\\b`, 'i') };
  }
  return undefined;
}
