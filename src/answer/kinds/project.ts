import type { Project } from '../../knowledge/schema.ts';
import type { AnswerField } from '../answer.ts';
import type { Snippet } from '../knowledge-index.ts';
import { bullets, evidenceLines, namedProject, reply } from '../pipeline/reply.ts';
import { type AnswerKind, type Candidate, type Knowledge, SCORES } from '../pipeline/types.ts';
import { contentStems } from '../text.ts';

/** "Tell me about Electric Avenue": the project's summary, details and technologies. */
export const project: AnswerKind = {
  name: 'project',
  ceiling: SCORES.project,
  topic: 'project',
  applies: (q) => q.projects.length > 0,
  propose(q, k) {
    const named = q.projects[0];
    return named ? projectCandidate(k, named, q.restStems) : undefined;
  },
  suggestion: (k) =>
    k.profile.projects[0] ? `Tell me about ${k.profile.projects[0].name}` : undefined,
};

export function projectCandidate(k: Knowledge, named: Project, restStems: string[]): Candidate {
  const parts = [namedProject(named)];
  if (named.details.length > 0) parts.push(bullets(named.details));
  const related = k.index.projectTechs(named);
  const techs = named.technologies.length > 0 ? named.technologies : related.map((t) => t.name);
  const fields: AnswerField[] = techs.length
    ? [{ name: 'Technologies', value: techs.join(', '), inline: true }]
    : [];
  const elsewhere = projectMentions(k, named).slice(0, 2);
  if (elsewhere.length > 0)
    parts.push(`Elsewhere in ${k.possessive} profile:\n${bullets(evidenceLines(elsewhere, 2))}`);
  if (restStems.length > 0) {
    const hits = k.index
      .search(
        restStems,
        (s) => s.projectId !== named.id && related.some((t) => t.evidence.includes(s)),
      )
      .filter((h) => h.coverage >= 0.5)
      .slice(0, 2);
    if (hits.length > 0)
      parts.push(
        `Related, from ${k.possessive} profile:\n${bullets(
          evidenceLines(
            hits.map((h) => h.snippet),
            2,
          ),
        )}`,
      );
  }
  return {
    kind: 'project',
    // An entry that says nothing but its own name ("Languages — Languages") informs no one.
    score: saysNothing(named) ? SCORES.search : SCORES.project,
    why: `names the project ${named.name}`,
    evidence: [...k.index.snippets.filter((s) => s.projectId === named.id), ...elsewhere],
    answer: reply('project', named.name, parts.join('\n\n'), { fields, links: named.links }),
    state: { techs: [], project: named, topic: 'project' },
    exclude: [named.name],
  };
}

function saysNothing(p: Project): boolean {
  const summary = p.summary.trim().toLowerCase();
  return (
    (summary === '' || summary === p.name.trim().toLowerCase()) &&
    p.details.length === 0 &&
    p.links.length === 0 &&
    p.technologies.length === 0
  );
}

const mentionCache = new WeakMap<Knowledge['index'], Map<string, Snippet[]>>();

/**
 * Lines outside a project that speak of it: they hold most of its name's distinctive words
 * ("a reusable recurring-event scheduling engine" for "Recurring Event Scheduling Engine").
 */
export function projectMentions(k: Knowledge, named: Project): Snippet[] {
  let cache = mentionCache.get(k.index);
  if (!cache) {
    cache = new Map();
    mentionCache.set(k.index, cache);
  }
  let found = cache.get(named.id);
  if (!found) {
    const words = [...new Set(contentStems(named.name))];
    const needed = Math.max(2, Math.ceil(words.length * 0.6));
    found =
      words.length < 2
        ? []
        : k.index.snippets.filter(
            (s) =>
              s.projectId !== named.id &&
              s.topic !== 'skills' &&
              words.filter((w) => s.stems.includes(w)).length >= needed,
          );
    cache.set(named.id, found);
  }
  return found;
}
