import type { ProfileSupport } from '../answer/support.ts';
import type { Judgement } from './judgement.ts';

/**
 * "Experience designing RDBMS schemas", "message queues": a kind of tool asked for without a
 * name is met by a listed tool of that kind (PostgreSQL for RDBMS), and close when only some of
 * the kinds asked are held. A kind none of whose tools is listed is left to the other judges,
 * which search the whole text before anything is called missing.
 */
export function judgeGroups(text: string, support: ProfileSupport): Judgement | undefined {
  if (support.technologiesIn(text).length > 0 || otherAsks(text)) return undefined;
  const groups = support.groupsIn(text);
  const held = groups.filter((g) => g.skills.length > 0);
  if (held.length === 0) return undefined;
  const evidence = held.map((g) => `${g.skills.slice(0, 4).join(', ')} (${g.label})`);
  return { status: held.length === groups.length ? 'met' : 'partial', evidence, closest: [] };
}

// Words every requirement may hold around what it asks for.
const FRAME = new Set(
  'experience experienced with using use in of and or the a an any some strong solid good deep hands on working knowledge familiarity familiar proficiency proficient designing design building build running run operating managing you have we want need must required preferred plus nice bonus'.split(
    ' ',
  ),
);

/**
 * "SAST/DAST tooling in CI pipelines", "offline-first features (local storage …)": a kind of
 * tool named beside more than a couple of other words is the setting of another ask.
 */
function otherAsks(text: string): boolean {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\d+#]+/u)
    .filter((w) => w.length >= 3 && !FRAME.has(w));
  return words.length > 3;
}
