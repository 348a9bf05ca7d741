import type { Skill } from '../knowledge/schema.ts';
import { splitList, splitQualifier } from './entry-text.ts';
import { plural } from './import-result.ts';
import type { Draft } from './markdown-sections.ts';
import { technologiesInProse } from './technology-mentions.ts';
import { uniqueId } from './unique-id.ts';

/**
 * "I'm currently learning SwiftUI animations and Rust for mobile (UniFFI)": the tools the owner
 * is learning, as skills noted "learning" so that no answer takes them for experience.
 */

// "UniFFI", "WebAssembly": a name in brackets after what is learnt, not "(slowly)".
const PROPER_NAME = /^[\p{L}\d.+#-]*\p{Lu}[\p{L}\d.+#-]*$/u;

/** "Jetpack Compose Multiplatform": the known name is only the start of another product's. */
function partOfLongerName(item: string, tool: string): boolean {
  const at = item.indexOf(tool);
  return at >= 0 && /^\s+\p{Lu}/u.test(item.slice(at + tool.length));
}

/** The tools one learning line names: known ones, and names in brackets beside them. */
export function learntTools(text: string): string[] {
  const items = splitList(text.replace(/[.!]+$/, '')).flatMap((item) => item.split(/\s+and\s+/));
  const names = items.flatMap((item) => {
    const { name, inner } = splitQualifier(item.trim());
    const known = technologiesInProse(name, true)
      .filter((m) => m.tool && /\p{Lu}/u.test(m.name) && !partOfLongerName(name, m.name))
      .map((m) => m.name);
    const bracketed = known.length > 0 ? (inner ?? []).filter((n) => PROPER_NAME.test(n)) : [];
    return [...known, ...bracketed];
  });
  return [...new Set(names)];
}

/** Adds what the learning lines name to the skills, unless a skill list already has it. */
export function settleLearningSkills(draft: Draft, notes: string[]): void {
  // A tool already listed, or used in a role or project, is more than being learnt.
  const listed = new Set(
    [
      ...draft.skills.flatMap((c) => c.skills.flatMap((s) => [s.name, ...s.aliases])),
      ...draft.roles.flatMap((r) => r.technologies),
      ...draft.projects.flatMap((p) => p.technologies),
    ].map(lower),
  );
  const learnt: Skill[] = draft.exploring
    .flatMap(learntTools)
    .filter((name) => !listed.has(lower(name)))
    .map((name) => ({ name, aliases: [], note: 'learning' }));
  if (learnt.length === 0) return;
  const id = uniqueId(
    'picking-up',
    draft.skills.map((c) => c.id),
  );
  draft.skills.push({ id, name: 'Picking up', aliases: [], skills: learnt });
  notes.push(
    `Learning → ${learnt.length} skill${plural(learnt.length)} noted "learning": ${learnt.map((s) => s.name).join(', ')}`,
  );
}

function lower(text: string): string {
  return text.toLowerCase();
}
