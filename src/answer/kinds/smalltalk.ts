import { reply } from '../pipeline/reply.ts';
import { type AnswerKind, SCORES } from '../pipeline/types.ts';

/** "hi", "thanks!": a short reply, when nothing else of weight was asked. */
export const smalltalk: AnswerKind = {
  name: 'smalltalk',
  ceiling: SCORES.smalltalk,
  applies: (q) => q.smalltalk !== undefined && !q.intent,
  propose(q, k) {
    if (!q.smalltalk || q.intent || q.techs.length + q.projects.length + q.categories.length > 0)
      return undefined;
    const answer =
      q.smalltalk === 'greeting'
        ? reply(
            'greeting',
            `Hi! I'm ${k.firstName}'s profile assistant`,
            `Hello! I answer questions about ${k.name}'s professional profile: skills, experience, projects and how to get in touch. What would you like to know?`,
          )
        : reply(
            'thanks',
            "You're welcome",
            `You're welcome! Anything else you'd like to know about ${k.firstName}?`,
          );
    return { kind: 'smalltalk', score: SCORES.smalltalk, why: q.smalltalk, evidence: [], answer };
  },
};
