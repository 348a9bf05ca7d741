/**
 * "…own the recurring job scheduler (timezones, weekly runs) on postgres + redis, k8s": the work
 * a question describes beside the technologies it names, as the profile states it.
 */
import { specificStems } from '../pipeline/generic-words.ts';
import { bullets, evidenceLines } from '../pipeline/reply.ts';
import type { Knowledge, Question } from '../pipeline/types.ts';
import { contentStems } from '../text.ts';

/** Lines that speak of the described work, when the question describes some. */
export function workBeside(k: Knowledge, q: Question): string | undefined {
  // Every word but the technologies' own: "scheduler" may also name a group of skills.
  const named = new Set(q.techs.flatMap((t) => [t.name, ...t.aliases]).flatMap(contentStems));
  const words = specificStems(q.stems).filter((st) => !named.has(st));
  if (words.length < 3) return undefined;
  const hits = k.index
    .search(words)
    // Three of the described words at least: "native" alone is no scheduler.
    .filter((h) => h.coverage * words.length >= 3 && h.snippet.topic !== 'skill')
    .slice(0, 2);
  if (hits.length === 0) return undefined;
  const lines = evidenceLines(
    hits.map((h) => h.snippet),
    2,
  );
  return `On the work described, ${k.possessive} profile says:\n${bullets(lines)}`;
}
