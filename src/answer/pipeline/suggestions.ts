import type { Topic } from '../answer.ts';
import type { Knowledge } from './types.ts';

/** Topics worth offering after an answer on a topic. */
const RELATED: Partial<Record<Topic, Topic[]>> = {
  skill: ['projects', 'skills', 'experience'],
  skills: ['projects', 'experience', 'contact'],
  project: ['projects', 'impact', 'skills'],
  projects: ['impact', 'skills', 'contact'],
  identity: ['skills', 'projects', 'contact'],
  contact: ['skills', 'projects', 'experience'],
  unknown: ['skills', 'projects', 'contact'],
  help: ['skills', 'projects', 'contact'],
  greeting: ['skills', 'projects', 'contact'],
};
const FALLBACK: Topic[] = ['skills', 'projects', 'contact', 'experience', 'impact'];

export interface Suggestions {
  (topic: Topic, exclude: string[]): string[];
  /** Every question the knowledge can answer, for completion. */
  pool(): string[];
}

/** Follow-up questions the knowledge can answer, chosen to fit what was just asked. */
export function createSuggestions(k: Knowledge, count: number): Suggestions {
  const byTopic: [Topic, string][] = [];
  for (const kind of k.kinds) {
    const question = kind.intent && kind.topic ? kind.suggestion?.(k) : undefined;
    if (question && kind.topic) byTopic.push([kind.topic, question]);
  }
  const who = k.firstName;
  const projectQuestions = k.profile.projects.map((p) => `Tell me about ${p.name}`);
  const categoryQuestions = k.profile.skills.map(
    (c) => `Which ${c.name.toLowerCase()} skills does ${who} have?`,
  );
  const picked = new Map<string, string[]>();
  const choose = (topic: Topic, exclude: string[]) => {
    const out: string[] = [];
    if (topic === 'project')
      out.push(...projectQuestions.filter((q) => !exclude.some((e) => q.endsWith(e))).slice(0, 1));
    if (topic === 'skills' || topic === 'skill') out.push(...categoryQuestions.slice(0, 1));
    for (const t of [...(RELATED[topic] ?? FALLBACK), ...FALLBACK]) {
      if (t === topic) continue;
      const q = byTopic.find(([kt]) => kt === t)?.[1];
      if (q && !out.includes(q)) out.push(q);
      if (out.length >= count) break;
    }
    return out.slice(0, count);
  };
  // The same few topic/exclusion pairs come back all the time: compute each list once.
  const pick = (topic: Topic, exclude: string[]) => {
    const key = `${topic}\u0000${exclude.join('\u0000')}`;
    let cached = picked.get(key);
    if (!cached) {
      cached = choose(topic, exclude);
      if (picked.size > 1000) picked.clear();
      picked.set(key, cached);
    }
    return [...cached];
  };
  pick.pool = () => [
    ...new Set([
      ...byTopic.map(([, q]) => q),
      ...categoryQuestions,
      ...projectQuestions,
      ...k.index.techs.filter((t) => t.listed).map((t) => `Does ${who} know ${t.name}?`),
      ...k.profile.faq.map((f) => f.questions[0] ?? '').filter(Boolean),
    ]),
  ];
  return pick;
}
