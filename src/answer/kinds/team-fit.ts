import { bullets, contactLines, contactLinks, reply } from '../pipeline/reply.ts';
import { type AnswerKind, SCORES } from '../pipeline/types.ts';

const PHRASES = [
  'good fit',
  'culture fit',
  'cultural fit',
  'team fit',
  'right fit',
  'fit in',
  'fit our',
  'like to work with',
  'team player',
  'work style',
  'working style',
];

/**
 * "Would he be a good culture fit for a 10-person startup?": a judgement no profile makes. The
 * answer says so, gives what the profile says of how the owner works, and how to ask the owner.
 */
export const teamFit: AnswerKind = {
  name: 'teamFit',
  ceiling: SCORES.topic,
  topic: 'contact',
  intent: { phrases: PHRASES, weight: 6 },
  applies: (q) => q.intent === 'teamFit',
  propose(q, k) {
    if (q.intent !== 'teamFit') return undefined;
    const { principles, summary } = k.profile;
    const said = principles.length > 0 ? principles.slice(0, 5) : summary.slice(0, 2);
    const parts = [
      `Whether ${k.firstName} fits your team is for you and ${k.object} to judge: the profile does not say.`,
    ];
    if (said.length > 0)
      parts.push(
        `${principles.length > 0 ? 'How' : 'What'} ${k.possessive} profile says ${principles.length > 0 ? `${k.subject} ${k.plural ? 'work' : 'works'}` : `of ${k.object}`}:\n${bullets(said)}`,
      );
    parts.push('For a match against a role, check a job description against the profile.');
    const contact = contactLines(k);
    if (contact.length > 0) parts.push(`You could ask ${k.object} directly:\n${bullets(contact)}`);
    return {
      kind: 'teamFit',
      score: SCORES.topic,
      why: 'asks for a judgement of fit',
      evidence: k.index.snippets.filter((s) => s.topic === 'principles').slice(0, 5),
      answer: reply('contact', `Working with ${k.firstName}`, parts.join('\n\n'), {
        links: contactLinks(k),
        confidence: 0.6,
      }),
    };
  },
};
