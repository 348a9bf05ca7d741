/**
 * How well a language is spoken, from the words people use for it (CEFR levels, LinkedIn's
 * proficiency names, "fluent", "courant", "nivel alto"): 1 beginner, 2 intermediate,
 * 3 advanced or professional, 4 native.
 */
const LEVELS: readonly (readonly [RegExp, number])[] = [
  [
    /(?<!\p{L})(?:native|mother[\s-]tongue|bilingual|muttersprach\p{L}*|maternelle|nativ[oa])(?!\p{L})/iu,
    4,
  ],
  [
    /(?<!\p{L})(?:C1|C2|fluent|fluency|advanced|full professional|professional|business|courant|fließend|verhandlungssicher|alto|avanzado|avançado|profesional|professionnel)(?!\p{L})/iu,
    3,
  ],
  [
    /(?<!\p{L})(?:B1|B2|conversational|intermediate|working|good|medio|intermedio|interm[ée]diaire)(?!\p{L})/iu,
    2,
  ],
  [
    /(?<!\p{L})(?:A1|A2|basic|basics|elementary|beginner|beginning|limited|some|notions?|b[aá]sico)(?!\p{L})/iu,
    1,
  ],
];

/** The levels a text names, in the order of the table (highest first). */
function levelsIn(text: string): number[] {
  return LEVELS.filter(([pattern]) => pattern.test(text)).map(([, level]) => level);
}

/**
 * The level a requirement asks for: the least of the levels it names ("C1 or native" is met
 * at C1), or undefined when it names none.
 */
export function askedLevel(text: string): number | undefined {
  const levels = levelsIn(text);
  return levels.length > 0 ? Math.min(...levels) : undefined;
}

/**
 * The level a profile states: its highest word, except that "limited" lowers whatever it
 * qualifies ("Limited working proficiency").
 */
export function heldLevel(text: string): number | undefined {
  if (/(?<!\p{L})limited(?!\p{L})/iu.test(text)) return 1;
  const levels = levelsIn(text);
  return levels.length > 0 ? Math.max(...levels) : undefined;
}
