import { reply } from '../pipeline/reply.ts';
import { type AnswerKind, type Question, SCORES } from '../pipeline/types.ts';
import { announcesQuestion } from '../understand/smalltalk.ts';

/**
 * Nothing else of weight was asked: no intent, or only the subject a greeting announces its
 * question about ("hi there! quick q about Lena's CV" names the CV, asks nothing yet).
 */
const onlyTalk = (q: Question) => !q.intent || announcesQuestion(q.tokens);

/** "hi", "thanks!": a short reply, when nothing else of weight was asked. */
export const smalltalk: AnswerKind = {
  name: 'smalltalk',
  ceiling: SCORES.smalltalk,
  applies: (q) => q.smalltalk !== undefined && onlyTalk(q),
  propose(q, k) {
    if (
      !q.smalltalk ||
      !onlyTalk(q) ||
      q.techs.length + q.projects.length + q.categories.length > 0
    )
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
