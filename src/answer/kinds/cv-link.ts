import { bullets, contactLinks, display, reply } from '../pipeline/reply.ts';
import { type AnswerKind, type Knowledge, SCORES } from '../pipeline/types.ts';
import { topicAbsence } from './topic-absence.ts';

const PHRASES = [
  'cv',
  'resume',
  'résumé',
  'curriculum vitae',
  'download his cv',
  'download her cv',
  'download their cv',
];

// A link to a CV: its label or its address says so, or it is a PDF.
const CV_LINK = /\b(?:cv|resume|résumé|curriculum)\b|\.pdf(?:$|[?#])/i;

/** The profile's links that are a CV, wherever the importer put them. */
function cvLinks(k: Knowledge): { label: string; url: string }[] {
  const links = [...contactLinks(k), ...k.profile.projects.flatMap((p) => p.links)];
  const seen = new Set<string>();
  return links.filter(
    (link) =>
      (CV_LINK.test(link.label) || CV_LINK.test(link.url)) &&
      !link.url.startsWith('mailto:') &&
      !seen.has(link.url) &&
      seen.add(link.url) !== undefined,
  );
}

/**
 * "Where can I download her CV?": the CV the profile links to. Without one, the text is
 * searched for it before the answer says there is none and how to ask the owner.
 */
export const cvLink: AnswerKind = {
  name: 'cvLink',
  ceiling: SCORES.topic + 1,
  topic: 'contact',
  intent: { phrases: PHRASES, weight: 8 },
  applies: (q) => q.intent === 'cvLink',
  propose(q, k) {
    if (q.intent !== 'cvLink') return undefined;
    const found = cvLinks(k);
    if (found.length === 0)
      return topicAbsence(k, q, 'cvLink', {
        topic: 'contact',
        what: 'a CV to download',
        terms: ['cv', 'resume', 'résumé', 'curriculum vitae'],
      });
    const text = `${k.firstName}'s CV:\n${bullets(found.map((l) => `[${display(l.url)}](${l.url})`))}`;
    return {
      kind: 'cvLink',
      score: SCORES.topic + 1,
      why: 'a CV among the links',
      evidence: [],
      answer: reply('contact', 'CV', text, { links: found, confidence: 0.9 }),
      state: { techs: [], topic: 'contact' },
    };
  },
};
