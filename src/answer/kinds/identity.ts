import type { AnswerField } from '../answer.ts';
import { specificStems } from '../pipeline/generic-words.ts';
import { contactLinks, reply } from '../pipeline/reply.ts';
import { type AnswerKind, type Knowledge, type Question, SCORES } from '../pipeline/types.ts';

const PHRASES = [
  'who is',
  'who are',
  'about him',
  'about her',
  'about them',
  'intro',
  'introduction',
  'introduce',
  'summary',
  'summarize',
  'summarise',
  'background',
  'bio',
  'overview',
  'profile',
  'for a living',
  'what does he do',
  'what does she do',
  'what do they do',
  'elevator pitch',
  'describe',
  'tell me about',
  'about yourself',
  'who am i talking about',
  'resume',
  'cv',
];

/** "Who is she?": name, headline, location and the first lines of the summary. */
export const identity: AnswerKind = {
  name: 'identity',
  ceiling: SCORES.topic,
  topic: 'identity',
  intent: { phrases: PHRASES, weight: 2 },
  applies: (q) => q.intent === 'identity',
  propose(q, k) {
    if (q.intent !== 'identity' || aboutSomethingElse(q)) return undefined;
    return {
      kind: 'identity',
      score: SCORES.topic,
      why: 'asks who the owner is',
      evidence: k.index.snippets.filter((s) => s.topic === 'identity').slice(0, 3),
      answer: identityAnswer(k),
      state: { techs: [], topic: 'identity' },
    };
  },
};

export function identityAnswer(k: Knowledge) {
  const { identity, summary } = k.profile;
  const location = k.support.location();
  const years = yearsText(k);
  const head = identity.headline ?? identity.title;
  const place = location && !head.includes(location) ? `, based in ${location}` : '';
  const lines = [`**${k.name}** — ${head}${place}.`, ...aboutLines(summary).slice(0, 2)];
  const fields: AnswerField[] = [{ name: 'Title', value: identity.title, inline: true }];
  if (location) fields.push({ name: 'Location', value: location, inline: true });
  if (years) fields.push({ name: 'Experience', value: `${years} years`, inline: true });
  return reply('identity', k.name, lines.join('\n\n'), { fields, links: contactLinks(k) });
}

/** Years as the owner phrases them ("6+"), else the number, from the fields or the text. */
export function yearsText(k: Knowledge): string | undefined {
  const note = k.profile.identity.yearsOfExperienceNote;
  if (note) return note;
  const years = k.support.years();
  return years !== undefined ? String(years) : undefined;
}

/** "Who is the president of France?": two or more words beside "who is" are about someone else. */
export function aboutSomethingElse(q: Question): boolean {
  return specificStems(q.restStems).length >= 2;
}

/** Summary lines that say something: an importer may keep a badge's caption ("banner"). */
export function aboutLines(summary: readonly string[]): string[] {
  return summary.filter((line) => line.split(/\s+/).length >= 4);
}
