import type { Project } from '../../knowledge/schema.ts';
import type { AnswerField } from '../answer.ts';
import { bullets, evidenceLines, reply } from '../pipeline/reply.ts';
import { type AnswerKind, type Candidate, type Knowledge, SCORES } from '../pipeline/types.ts';

/** "Tell me about Electric Avenue": the project's summary, details and technologies. */
export const project: AnswerKind = {
  name: 'project',
  ceiling: SCORES.project,
  topic: 'project',
  propose(q, k) {
    const named = q.projects[0];
    return named ? projectCandidate(k, named, q.restStems) : undefined;
  },
  suggestion: (k) =>
    k.profile.projects[0] ? `Tell me about ${k.profile.projects[0].name}` : undefined,
};

export function projectCandidate(k: Knowledge, named: Project, restStems: string[]): Candidate {
  const parts = [`**${named.name}** — ${named.summary}`];
  if (named.details.length > 0) parts.push(bullets(named.details));
  const related = k.index.projectTechs(named);
  const techs = named.technologies.length > 0 ? named.technologies : related.map((t) => t.name);
  const fields: AnswerField[] = techs.length
    ? [{ name: 'Technologies', value: techs.join(', '), inline: true }]
    : [];
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
    score: SCORES.project,
    why: `names the project ${named.name}`,
    evidence: k.index.snippets.filter((s) => s.projectId === named.id),
    answer: reply('project', named.name, parts.join('\n\n'), { fields, links: named.links }),
    state: { techs: [], project: named, topic: 'project' },
    exclude: [named.name],
  };
}
