import { reply } from '../pipeline/reply.ts';
import { type AnswerKind, SCORES } from '../pipeline/types.ts';

/** A question the owner answered in the FAQ, matched on most of its words. */
export const faq: AnswerKind = {
  name: 'faq',
  ceiling: SCORES.faq,
  topic: 'faq',
  applies: (q) => q.stems.length > 0,
  propose(q, k) {
    if (k.profile.faq.length === 0 || q.stems.length === 0) return undefined;
    const hit = k.index.search(q.stems, (s) => s.topic === 'faq')[0];
    if (!hit || hit.coverage < 0.75) return undefined;
    const entry = k.profile.faq.find((f) => hit.snippet.text.startsWith(f.questions.join(' ')));
    if (!entry) return undefined;
    return {
      kind: 'faq',
      score: SCORES.faq,
      why: `FAQ match, coverage ${hit.coverage.toFixed(2)}`,
      evidence: [hit.snippet],
      answer: reply('faq', entry.questions[0] ?? '', entry.answer, {
        confidence: Math.min(0.95, hit.coverage),
      }),
    };
  },
};
