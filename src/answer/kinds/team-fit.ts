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
  // "is he a good fit for a fintech SRE role?": above the skill's "Yes", which is no verdict.
  ceiling: SCORES.skill + 2,
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
    // What the profile shows of the things the question names ("SRE", "Go"), in its own lines.
    const named = q.techs.flatMap((t) => t.evidence.slice(0, 2).map((e) => e.text));
    const shown = [...new Set(named)].slice(0, 3);
    if (shown.length > 0)
      parts.push(
        `What the profile shows of ${q.techs.map((t) => t.name).join(', ')}:\n${bullets(shown)}`,
      );
    parts.push('For a match against a role, check a job description against the profile.');
    const contact = contactLines(k);
    if (contact.length > 0) parts.push(`You could ask ${k.object} directly:\n${bullets(contact)}`);
    return {
      kind: 'teamFit',
      score: q.techs.length > 0 ? SCORES.skill + 2 : SCORES.topic,
      why: 'asks for a judgement of fit',
      evidence: k.index.snippets.filter((s) => s.topic === 'principles').slice(0, 5),
      answer: reply('contact', `Working with ${k.firstName}`, parts.join('\n\n'), {
        links: contactLinks(k),
        confidence: 0.6,
      }),
    };
  },
};
