import { bullets, contactLines, contactLinks, reply } from '../pipeline/reply.ts';
import { type AnswerKind, type Knowledge, SCORES } from '../pipeline/types.ts';
import { topicAbsence } from './topic-absence.ts';

const PHRASES = [
  'contact',
  'reach',
  'email',
  'e mail',
  'mail',
  'linkedin',
  'github',
  'github profile',
  'website',
  'site',
  'homepage',
  'portfolio site',
  'get in touch',
  'connect',
  'hire',
  'hiring',
  'message him',
  'message her',
  'twitter',
  'pgp',
  'gpg',
  'keybase',
  'public key',
  'x.com',
  'bluesky',
  'mastodon',
  'dribbble',
  'behance',
  'blog',
  'medium',
  'youtube',
  'stack overflow',
  'social',
  'socials',
  'url',
  'link',
  'links',
  'phone',
  'call',
  // "Where's his code?" asks for the repositories, not a skill.
  'his code',
  'her code',
  'their code',
  'code sample',
  'code samples',
  'repo',
  'repos',
  'repository',
  'repositories',
  'source code',
];

/** "How can I reach him?": every channel the profile gives, and a contact section's lines. */
export const contact: AnswerKind = {
  name: 'contact',
  ceiling: SCORES.topic,
  topic: 'contact',
  intent: {
    phrases: PHRASES,
    weight: 7,
    // The owner's own channels ("Mastodon", "Dribbble") ask for contact details too.
    extra: (k) => k.profile.contact.other.map((link) => link.label),
  },
  propose(q, k) {
    if (q.intent !== 'contact') return undefined;
    const kept = contactSectionLines(k);
    const lines = [...contactLines(k), ...kept];
    if (lines.length === 0)
      return topicAbsence(k, q, 'contact', {
        topic: 'contact',
        what: 'contact details',
        terms: ['email', 'linkedin', 'github', 'contact'],
      });
    return {
      kind: 'contact',
      score: SCORES.topic,
      why: 'asks for contact details',
      evidence: k.index.snippets.filter((s) => kept.includes(s.text)),
      answer: reply(
        'contact',
        `Contact ${k.firstName}`,
        `You can reach ${k.firstName} here:\n${bullets(lines)}`,
        {
          links: contactLinks(k),
        },
      ),
      state: { techs: [], topic: 'contact' },
    };
  },
  suggestion: (k) => (contactLines(k).length ? `How can I contact ${k.firstName}?` : undefined),
};

/** Lines of a contact section the importer could not place (a PGP fingerprint). */
function contactSectionLines(k: Knowledge): string[] {
  return k.profile.sections
    .filter((section) => /contact|connect|reach|say hi|get in touch/i.test(section.title))
    .flatMap((section) => section.items);
}
