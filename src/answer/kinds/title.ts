import { article, reply } from '../pipeline/reply.ts';
import { type AnswerKind, SCORES } from '../pipeline/types.ts';
import { aboutLines, aboutSomethingElse } from './identity.ts';

const PHRASES = [
  'title',
  'job title',
  // German and Dutch for "title", and a common English slip: "whats his current titel?".
  'titel',
  'position',
  'current role',
  'role',
  'job',
  'profession',
  'occupation',
  // Indian English: "his current designation".
  'designation',
  // "whats his current title / headline": the line under the name says the job.
  'headline',
  'tagline',
  'seniority',
  'senior',
  // "is he staff level or more mid?": the level, which the title states.
  'level',
  'mid',
  'mid level',
  'staff level',
  'junior',
];

/** "What's his current job?": the title, with the employer when a role is current. */
export const title: AnswerKind = {
  name: 'title',
  ceiling: SCORES.topic,
  topic: 'title',
  intent: { phrases: PHRASES, weight: 3 },
  applies: (q) => q.intent === 'title',
  propose(q, k) {
    if (q.intent !== 'title' || aboutSomethingElse(q)) return undefined;
    const { identity, roles, summary } = k.profile;
    const current = roles.find((r) => !r.end || /present|now|current/i.test(r.end));
    // "Backend engineer" on top, "Staff Backend Engineer at Kestrel" as the role: say both.
    const other =
      current && current.title.toLowerCase() !== identity.title.toLowerCase()
        ? `; currently **${current.title}**`
        : '';
    const at = current ? `${other} at **${current.company}**` : '';
    const headline =
      identity.headline && identity.headline !== identity.title ? ` (${identity.headline})` : '';
    // The first line that is not the header again ("search engineer at Kupi · Zagreb").
    const header = identity.title.toLowerCase();
    const about = aboutLines(summary).find((l) => !l.toLowerCase().startsWith(header));
    // "… at **Assicura Digital S.p.A.**": a name that ends in a full stop ends the sentence.
    const stop = /\.\**\)?$/.test(`${at}${headline}`) ? '' : '.';
    const text = `${k.firstName} is ${article(identity.title)} **${identity.title}**${at}${headline}${stop}${about ? `\n\n${about}` : ''}`;
    return {
      kind: 'title',
      score: SCORES.topic,
      why: 'asks for the job title',
      evidence: k.index.snippets.filter((s) => s.where === 'identity.title'),
      answer: reply('title', identity.title, text),
      // "and before that?": the role held now is the subject.
      state: { techs: [], topic: 'title', ...(current ? { role: current } : {}) },
    };
  },
};
