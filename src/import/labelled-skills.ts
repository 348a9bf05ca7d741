import type { SkillCategory } from '../knowledge/schema.ts';
import { splitList } from './entry-text.ts';
import { slug } from './line-text.ts';
import { sectionKind } from './section-kinds.ts';
import { skillsOfItem } from './technology-items.ts';

// "Tools I reach for: PyTorch, JAX, Hydra for configs, …": a label, then a list.
const LABELLED = /^([^:.!?]{3,40}):\s+(.+?)\.?$/;

/**
 * A paragraph of the intro that is a skills list under a label of its own ("Tools I reach
 * for: …", "Stack: …"): each item is a skill, as it would be under a Skills heading.
 */
export function labelledSkillLists(texts: readonly string[]): SkillCategory[] {
  return texts.flatMap((text) => {
    const match = LABELLED.exec(text);
    const label = match?.[1]?.trim();
    if (!label || !match?.[2] || sectionKind(label) !== 'skills') return [];
    const skills = splitList(match[2])
      .flatMap(skillsOfItem)
      .filter(({ name }) => name && (/^[\p{Lu}\d]/u.test(name) || name.split(' ').length <= 2))
      .filter((skill, i, all) => all.findIndex((s) => s.name === skill.name) === i);
    return skills.length > 0 ? [{ id: slug(label), name: label, aliases: [], skills }] : [];
  });
}
