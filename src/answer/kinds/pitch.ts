import { bullets, contactLinks, reply } from '../pipeline/reply.ts';
import { type AnswerKind, SCORES } from '../pipeline/types.ts';
import { aboutLines } from './identity.ts';

const PHRASES = [
  'why hire',
  'why should we hire',
  'why should i hire',
  'why would we hire',
  'why would i hire',
  'why should we pick',
  'stand out',
  'stands out',
  'set apart',
  'sets apart',
  'sell me on',
  'convince me',
  'unique selling',
  // "is she a good developer?", "would he be a good hire?": a verdict on the owner, which the
  // profile cannot give; what it puts forward can be.
  'good developer',
  'good engineer',
  'good programmer',
  'good coder',
  'good hire',
  'any good',
  'worth hiring',
  'worth interviewing',
  'strong candidate',
  'good candidate',
];

/**
 * "Why should we hire him?": a judgement the profile leaves to the asker. The answer says so and
 * gives what the profile itself puts forward: headline, expertise and impact, as written.
 */
export const pitch: AnswerKind = {
  name: 'pitch',
  ceiling: SCORES.topic,
  topic: 'identity',
  // Above contact's "hire": the asker wants reasons, not an address.
  intent: { phrases: PHRASES, weight: 8 },
  applies: (q) => q.intent === 'pitch',
  propose(q, k) {
    if (q.intent !== 'pitch') return undefined;
    const { identity, expertise, impact, summary } = k.profile;
    const parts = [
      `That is yours to judge. What ${k.firstName}'s profile puts forward:`,
      `**${k.name}** — ${identity.headline ?? identity.title}.`,
    ];
    if (expertise.length > 0) parts.push(`Expertise:\n${bullets(expertise.slice(0, 4))}`);
    if (impact.length > 0) parts.push(`Impact:\n${bullets(impact.slice(0, 3))}`);
    if (expertise.length + impact.length === 0) parts.push(...aboutLines(summary).slice(0, 2));
    parts.push('To match the profile against a role, check a job description against it.');
    const topics = new Set(['identity', 'expertise', 'impact']);
    return {
      kind: 'pitch',
      score: SCORES.topic,
      why: 'asks why to hire the owner',
      evidence: k.index.snippets.filter((s) => topics.has(s.topic)).slice(0, 8),
      answer: reply('identity', `Why ${k.firstName}`, parts.join('\n\n'), {
        links: contactLinks(k),
        confidence: 0.7,
      }),
      state: { techs: [], topic: 'identity' },
    };
  },
};
