import type { KnowledgeIndex } from '../answer/knowledge-index.ts';
import type { ProfileSupport } from '../answer/support.ts';
import { techFor } from '../answer/tech-evidence.ts';
import { escapeRegExp } from '../knowledge/escape-regexp.ts';

/**
 * "You write tests as you go": a technology that is also an everyday word ("Go", "Swift") names
 * the technology only when written with its capital (or in capitals). The answer engine reads a
 * listed skill's everyday word as the skill, which suits questions about the profile; a job
 * description is someone else's prose, so there the word alone names nothing.
 */
export function namingPlainly(support: ProfileSupport, index: KnowledgeIndex): ProfileSupport {
  return {
    ...support,
    technologiesIn: (text) =>
      support.technologiesIn(text).filter((name) => !onlyAsEverydayWord(index, name, text)),
  };
}

function onlyAsEverydayWord(index: KnowledgeIndex, name: string, text: string): boolean {
  const tech = techFor(index, name);
  if (!tech?.everydayWord || tech.name === tech.name.toLowerCase()) return false;
  const word = (written: string, flags: string) =>
    new RegExp(`(?<![\\p{L}\\d])${written}(?![\\p{L}\\d])`, flags);
  const escaped = escapeRegExp(tech.name);
  if (word(escaped, 'u').test(text) || word(escaped.toUpperCase(), 'u').test(text)) return false;
  return word(escaped, 'iu').test(text);
}
