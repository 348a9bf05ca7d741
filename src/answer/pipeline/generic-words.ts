import { stem } from '../text.ts';

/** Words too general to focus an answer on ("idempotent design" is about idempotency). */
export const GENERIC_STEMS: ReadonlySet<string> = new Set([
  'design',
  'experi',
  'experienc',
  'work',
  'skill',
  'use',
  'system',
  'develop',
  'knowledg',
  'background',
  'level',
  'good',
  'strong',
  'engin',
  'programm',
  'softwar',
  'career',
  'job',
  'role',
  'profession',
  'profess',
  'year',
  'long',
  'write',
  'code',
  'program',
  'know',
  // "how much faster did she make the graphics load": the asking, not the topic.
  'make',
  // "a team building a subscription product": the building, not what is built.
  'build',
  // "where did he go to uni": a verb, where the language would have been read as a skill.
  'go',
  'went',
]);

/**
 * Words that never name what a question is about: "community involvement", and the words that
 * frame a question ("how does she handle…", "his take on…", "does he prioritise…").
 */
export const VAGUE_STEMS: ReadonlySet<string> = new Set([
  'involv',
  'particip',
  'engag',
  'handl',
  'approach',
  'take',
  'think',
  'feel',
  'opinion',
  'stanc',
  'prioritis',
  'priorit',
  'care',
  'believ',
  'attitud',
  'thought',
  'perspect',
  'tackl',
  'mindset',
  'deal',
  'understand',
  // "explain his rendering work", "describe her role": the asking, not the topic.
  'explain',
  'describ',
  'elabor',
  'overview',
  // "has she won any awards?", "received a grant?": the having is asked, the thing is the topic.
  'won',
  'receiv',
  'earn',
  'got',
  'obtain',
  // "has he brought in grant money?": the bringing is asked, the grant is the topic.
  'brought',
  'bring',
  'secur',
  // "how many teams use it?": the count is asked, the thing counted is the topic.
  'mani',
  'much',
  'big',
  'size',
  // "any NHS related work?", "fintech-relevant experience": the tie is asked, not the topic.
  'relat',
  'relev',
  'done',
  // "the team he works in at the moment": when, not what.
  'moment',
  'nowadai',
  // "migrating old legacy code to something newer": the age is the asker's framing.
  // Not "new": "The New Stack" is a name.
  'old',
  'older',
  'newer',
  // "any side projects I can look at?": the asker's looking, not the topic.
  'look',
  // "best email to reach them?": which of them, not what.
  'best',
]);

export function specificStems(stems: readonly string[]): string[] {
  return stems.filter((st) => !GENERIC_STEMS.has(st) && !VAGUE_STEMS.has(st));
}

/** A question a yes or a no answers: "does he know …", "any … exp?", "has she given talks?". */
const YES_OR_NO = /^(?:can|could|does|do|did|has|have|is|are|any|got|knows?)\b/i;

export const asksYesOrNo = (text: string): boolean => YES_OR_NO.test(text.trim());

/**
 * Words that only say the intent again ("presented at a conference" asks for talks): beside it,
 * they name nothing more specific for the search to find.
 */
export const INTENT_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  talks: new Set(
    [
      'present',
      'presented',
      'conference',
      'conferences',
      'meetup',
      'meetups',
      'keynote',
      'stage',
      'given',
      'give',
      'gave',
      'held',
      'spoke',
      'speak',
      'speaking',
      'talk',
      'talks',
    ].map(stem),
  ),
};
