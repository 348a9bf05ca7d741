import type { Skill } from '../knowledge/schema.ts';
import { splitList } from './entry-text.ts';
import { technologiesInProse } from './technology-mentions.ts';

/**
 * One item of a labelled technology list, as a hiring post writes it: "VST3/AU/AAX/CLAP",
 * "Python (NumPy/SciPy)", "C on STM32 and SHARC", "DSP (filters, oversampling)". Every name it
 * holds is a skill as written, however short; a bracket of other words qualifies its skill.
 */
export function skillsOfItem(item: string): Skill[] {
  const cleaned = item
    .replace(/^(?:and|or|plus)\s+/i, '')
    .replace(/[*_]/g, '')
    .trim();
  const brackets = [...cleaned.matchAll(/\(([^()]*)\)/g)].map((m) => m[1] ?? '');
  const head = cleaned
    .replace(/\s*\([^()]*\)/g, '')
    .replace(/\s+(?:for|when|to)\s+\p{Ll}.*$/u, '')
    .trim();
  const inside = brackets.flatMap((b) => splitList(b));
  const named = inside.flatMap((part) => (namesOnly(part) ? joinedNames(part) : []));
  const others = inside.filter((part) => !namesOnly(part));
  const skills = head ? joinedNames(head) : [];
  const first = skills[0];
  // "C++ (17/20)", "DSP (IIR/FIR filters, oversampling)": what the bracket says of its skill.
  if (first && others.length > 0) first.note = others.join(', ');
  return [...skills, ...named];
}

// "C on STM32 and SHARC", "WebAudio + WASM": names joined by a word or a sign; "&" is part
// of a name as often ("Weights & Biases").
const JOINER = /\s+(?:on|and|with|\+)\s+/;

/** The names a part joins, each a skill; a part that joins anything else is one skill. */
function joinedNames(part: string): Skill[] {
  const pieces = part.split(JOINER).map((piece) => piece.trim());
  const names = pieces.length > 1 && pieces.every(isName) ? pieces : [part];
  return names.flatMap(slashNames);
}

/** "NumPy/SciPy", "AudioWorklet + WASM": a bracket's part that holds names alone. */
function namesOnly(part: string): boolean {
  return part.split(JOINER).every((piece) => isName(piece.trim()));
}

/**
 * "VST3/AU/AAX/CLAP": three or more names are a list. "Max/MSP", "ALSA/JACK": two may be one
 * product's name, kept as written with each side an alias, unless the vocabulary knows each
 * side as a technology of its own ("HTML/CSS") or the whole as one ("CI/CD").
 */
function slashNames(text: string): Skill[] {
  const sides = text.split('/').map((side) => side.trim());
  const listed = sides.length > 2 && isName(text);
  if (sides.length < 2 || !(listed || sides.every(isName)) || knownWhole(text))
    return [{ name: text, aliases: [] }];
  if (sides.length > 2 || sides.every(knownWhole))
    return sides.map((name) => ({ name, aliases: [] }));
  return [{ name: text, aliases: sides }];
}

function knownWhole(text: string): boolean {
  const found = technologiesInProse(text, true);
  return found.length === 1 && found[0]?.name.length === text.length;
}

// A word of a proper name: "SHARC", "AUv3", "iOS", "Catch2", "C++", "Pure"; not "17" or "filters".
const NAME_WORD =
  /^(?=[^\s]*\p{L})(?:[\p{Lu}\d][\p{L}\p{N}+#.~-]*|\p{Ll}{1,3}\p{Lu}[\p{L}\p{N}+#.-]*)$/u;

/** A proper name in every word, or a technology the vocabulary knows in lower case ("dbt"). */
function isName(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 3) return false;
  if (words.every((word) => word.split('/').every((w) => NAME_WORD.test(w)))) return true;
  // "pandas/GeoPandas/Shapely": three or more single words between slashes list libraries.
  if (words.length === 1 && text.split('/').length >= 3) return true;
  return knownWhole(text);
}
