import { splitList } from './entry-text.ts';
import { tidy } from './line-text.ts';
import { flatten, type Line } from './markdown-lines.ts';

/**
 * The bullets of the GitHub profile README template most profiles start from:
 * `🔭 I'm currently working on …`, `🌱 I'm currently learning …`, `👯 I'm looking to
 * collaborate on …`, `🤔 I'm looking for help with …`, `💬 Ask me about …`,
 * `📫 How to reach me …`, `😄 Pronouns: …`, `⚡ Fun fact …`. They are told apart by their
 * words, not their emoji, which people swap freely.
 */
export type TemplateKind =
  | 'working-on'
  | 'learning'
  | 'collaborate'
  | 'help'
  | 'ask-me-about'
  | 'reach-me'
  | 'pronouns'
  | 'fun-fact';

export interface TemplateLine {
  kind: TemplateKind;
  /** The whole sentence, as the owner wrote it (emoji and bold removed). */
  sentence: string;
  /** What follows the template's words: the subject, the topics, the address. */
  values: string[];
}

const I_AM = "I(?:['’ʼ]?m| am)\\s+";
const SEP = '\\s*[:\\-–—]?\\s*';
const PATTERNS: readonly (readonly [TemplateKind, RegExp])[] = [
  ['working-on', new RegExp(`^${I_AM}(?:currently\\s+)?working on\\b${SEP}(.*)$`, 'i')],
  [
    'learning',
    new RegExp(
      `^(?:${I_AM}(?:currently\\s+)?|currently\\s+)learning\\b(?:\\s+about\\b)?${SEP}(.*)$`,
      'i',
    ),
  ],
  ['collaborate', new RegExp(`^${I_AM}looking to collaborate on\\b${SEP}(.*)$`, 'i')],
  ['help', new RegExp(`^${I_AM}looking for help with\\b${SEP}(.*)$`, 'i')],
  ['ask-me-about', new RegExp(`^ask me about\\b${SEP}(.*)$`, 'i')],
  [
    'reach-me',
    new RegExp(
      `^(?:how to reach me|(?:reach|contact) me(?:\\s+(?:at|on|via))?)\\b${SEP}(.*)$`,
      'i',
    ),
  ],
  ['pronouns', new RegExp(`^pronouns\\b${SEP}(.*)$`, 'i')],
  ['fun-fact', new RegExp(`^fun fact\\b${SEP}(.*)$`, 'i')],
  // The same template as Portuguese and Spanish profiles translate it.
  [
    'learning',
    new RegExp(
      `^(?:(?:atualmente\\s+|actualmente\\s+)?(?:estou|estoy)\\s+)?(?:aprendendo|aprendiendo|estudando|estudiando)\\b(?:\\s+sobre\\b)?${SEP}(.*)$`,
      'i',
    ),
  ],
  [
    'collaborate',
    new RegExp(
      `^(?:quero|busco|procuro|me gustar[ií]a|gostaria de)\\s+colaborar\\s+(?:em|en|com|con)\\b${SEP}(.*)$`,
      'i',
    ),
  ],
  [
    'ask-me-about',
    new RegExp(
      `^(?:me\\s+pergunte|pergunte-me|preg[uú]ntame|fale comigo|h[aá]blame)\\s+(?:sobre|de)\\b${SEP}(.*)$`,
      'i',
    ),
  ],
  [
    'reach-me',
    new RegExp(
      `^(?:como\\s+(?:me\\s+encontrar|falar comigo|me\\s+contatar|contactarme)|onde\\s+me\\s+encontrar)\\b${SEP}(.*)$`,
      'i',
    ),
  ],
  ['pronouns', new RegExp(`^(?:pronomes|pronombres)\\b${SEP}(.*)$`, 'i')],
  [
    'fun-fact',
    new RegExp(`^(?:curiosidade|fato curioso|dato curioso|curiosidad)\\b${SEP}(.*)$`, 'i'),
  ],
];

/** Reads one template bullet; `undefined` for any other line. */
export function readTemplateLine(line: Line): TemplateLine | undefined {
  for (const [kind, pattern] of PATTERNS) {
    const match = pattern.exec(line.text);
    if (!match) continue;
    const value = tidy(match[1] ?? '');
    // "- 🔭 I'm currently working on" with the subjects as nested bullets.
    const nested = flatten(line.children)
      .map((child) => child.text)
      .filter(Boolean);
    const values = [value, ...nested].filter(Boolean);
    const sentence = [line.text, ...nested].join(' ');
    return { kind, sentence, values };
  }
  return undefined;
}

// Placeholders people leave in or write instead of topics.
const VAGUE_TOPIC =
  /^(?:anything|everything|anything(?: and everything)?|stuff|things|whatever)\b/i;

/** "offline sync, Room and Core Data" → three topics; "anything" → none. */
export function askMeAboutTopics(values: string[]): string[] {
  return values
    .flatMap((value) => splitList(value))
    .flatMap((item, index, all) =>
      // "a, b and c" and "a and b": the last "and" joins two topics.
      index === all.length - 1 ? item.split(/\s+(?:and|or|&)\s+/) : [item],
    )
    .map((topic) => tidy(topic).replace(/[.!]+$/, ''))
    .filter((topic) => topic && !VAGUE_TOPIC.test(topic) && topic.split(' ').length <= 6);
}
