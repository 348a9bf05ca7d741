/**
 * Résumé builders draw a skill's level as a bar of squares or dots beside a word: "Orekit ·
 * ■■■■■ Expert", "GMAT · ●●●○○ Good". The bar says nothing the word does not; the word is the
 * skill's level, never a skill of its own.
 */
const BARS = '[■□▪▫●○◉◯⬤★☆✦✧▰▱█░▓▒⚫⚪]';
const LEVEL_WORD =
  'expert|advanced|intermediate|good|basic|beginner|proficient|fluent|native|familiar|strong|solid|working knowledge|' +
  // "Scrum, SAFe, Kanban – Experte", "arc42 – Fortgeschritten": the same, as other CVs write it.
  'experte|expertin|fortgeschritten|grundkenntnisse|sehr gut|gut|avancé|intermédiaire|débutant|experto|avanzado|intermedio|básico|esperto|avanzato|gevorderd|basiskennis';
const BAR_THEN_LEVEL = new RegExp(
  `^(.*?)\\s*(?:[·|:–—-]\\s*)?${BARS}+\\s*(${LEVEL_WORD})?\\s*$`,
  'iu',
);
// "Terraform · Advanced": the level written after a separator, with no bar.
const SEPARATED_LEVEL = new RegExp(`^(.*?\\S)\\s*[·|–—]\\s*(${LEVEL_WORD})\\s*$`, 'iu');
// "Prometheus / Grafana Intermediate", the dot lost: only capitalised words no tool's name ends
// with ("Visual Basic" keeps its "Basic").
const TRAILING_LEVEL = /^(.*?\S)\s+(Intermediate|Advanced|Beginner|Expert|Proficient)\s*$/u;
const LEVEL_ALONE = new RegExp(`^(?:${BARS}+\\s*)?(${LEVEL_WORD})?\\s*$`, 'iu');

export interface Levelled {
  /** The text with the bar taken out and the level in brackets: "Orekit (Expert)". */
  text: string;
  /** The line was only a bar or a level word: the level of the skill before it. */
  levelOnly?: string;
}

export function levelled(text: string): Levelled {
  const trimmed = text.trim();
  const alone = LEVEL_ALONE.exec(trimmed);
  if (trimmed && alone) return { text: '', levelOnly: alone[1] ?? '' };
  const bar = BAR_THEN_LEVEL.exec(text);
  if (!bar?.[1]) {
    const separated = SEPARATED_LEVEL.exec(text) ?? TRAILING_LEVEL.exec(text);
    const level = separated?.[2];
    return separated?.[1] && level ? { text: `${separated[1].trim()} (${level})` } : { text };
  }
  return { text: bar[2] ? `${bar[1].trim()} (${bar[2]})` : bar[1].trim() };
}
