import type { Snippet, Tech } from '../knowledge-index.ts';
import { type ArtifactAsk, artifactAsked } from '../meaning/artifacts.ts';
import type { Knowledge, Question } from '../pipeline/types.ts';

/**
 * "Has he written a Kubernetes operator?" for someone who lists Kubernetes: the skill is held,
 * the thing made with it is what is asked. The lead says what the profile shows of that thing:
 * the lines naming it, or, after the whole knowledge was searched, that none does.
 */
export function madeWithLead(
  k: Knowledge,
  q: Question,
  tech: Tech,
  held: boolean,
): { lead: string; lines: Snippet[] } | undefined {
  const asked = artifactAsked(q.text, [tech.name, ...tech.aliases]);
  if (!asked || !held) return undefined;
  const lines = k.index.snippets.filter((s) => asked.pattern.test(s.text));
  const thing = `**${tech.name} ${asked.noun}**`;
  if (lines.length > 0) {
    return {
      lead: `${k.firstName} lists **${tech.name}**; on a ${thing}, ${k.possessive} profile says:`,
      lines,
    };
  }
  return { lead: notShown(k, tech, asked), lines: [] };
}

function notShown(k: Knowledge, tech: Tech, asked: ArtifactAsk): string {
  const listed = tech.listed
    ? `lists **${tech.name}** among ${k.possessive} ${tech.listed.category.name} skills`
    : `names **${tech.name}**`;
  return `**Not that the profile shows** — ${k.firstName} ${listed}, but nothing in ${k.possessive} profile mentions a ${tech.name} ${asked.noun} ${k.subject} made.`;
}
