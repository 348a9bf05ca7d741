import { claimAbsence } from '../pipeline/absence.ts';
import { bullets, contactLines, contactLinks, display, reply } from '../pipeline/reply.ts';
import { type AnswerKind, type Candidate, type Knowledge, SCORES } from '../pipeline/types.ts';
import { projectsOnAccount } from './projects.ts';
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
  // Not "hiring" alone: "did he do any hiring?" asks about leadership.
  'hiring him',
  'hiring her',
  'hiring them',
  'message him',
  'message her',
  'twitter',
  // Messengers: "what's his WeChat?", "is she on Telegram?".
  'telegram',
  'wechat',
  'weixin',
  'skype',
  'kakaotalk',
  'viber',
  'whatsapp',
  // Discord is also a platform one builds for: only its account is asked so.
  'her discord',
  'his discord',
  'their discord',
  'on discord',
  'discord username',
  'discord handle',
  'pgp',
  'gpg',
  'keybase',
  'public key',
  'x.com',
  'bluesky',
  'mastodon',
  'dribbble',
  // The design network as it is often mistyped.
  'dribble',
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
  // "can I call him?": not "what happens when a call fails?".
  'call him',
  'call her',
  'call them',
  'phone call',
  'book a call',
  'schedule a call',
  'call with him',
  'call with her',
  'call with them',
  'quick call',
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
    extra: (k) => [
      ...k.profile.contact.other.map((link) => link.label),
      ...(k.profile.contact.handles ?? []).map((h) => h.label),
    ],
  },
  applies: (q) => q.intent === 'contact',
  propose(q, k) {
    if (q.intent !== 'contact' || weAreHiring(q.text)) return undefined;
    // "side projects on github?": the projects answer, where the profile has projects.
    if (k.profile.projects.length > 0 && projectsOnAccount(q.text)) return undefined;
    if (!k.profile.contact.phone && q.tokens.some((t) => PHONE_WORDS.has(t))) return noPhone(k);
    const kept = contactSectionLines(k);
    const lines = askedFirst([...contactLines(k), ...codeHosts(k), ...kept], q.tokens);
    // "whats his email address?" with none: the channel asked is named in the answer.
    const asked = q.tokens.includes('email') ? 'an email address or other contact details' : '';
    if (lines.length === 0)
      return topicAbsence(k, q, 'contact', {
        topic: 'contact',
        what: asked || 'contact details',
        terms: ['email', 'linkedin', 'github', 'contact'],
      });
    const missing = channelNotGiven(q.tokens, k);
    const lead = missing ? `${k.firstName}'s profile doesn't give ${missing}. ` : '';
    return {
      kind: 'contact',
      score: SCORES.topic,
      why: 'asks for contact details',
      evidence: k.index.snippets.filter((s) => kept.includes(s.text)),
      answer: reply(
        'contact',
        `Contact ${k.firstName}`,
        `${lead}You can reach ${k.firstName} here:\n${bullets(lines)}`,
        {
          links: contactLinks(k),
        },
      ),
      state: { techs: [], topic: 'contact' },
    };
  },
  suggestion: (k) => (contactLines(k).length ? `How can I contact ${k.firstName}?` : undefined),
};

/** What a channel is asked as, by the label its line carries. */
const ASKED_AS: Readonly<Record<string, string>> = {
  email: 'email',
  mail: 'email',
  'e-mail': 'email',
  phone: 'phone',
  number: 'phone',
  linkedin: 'linkedin',
  github: 'github',
  gitlab: 'gitlab',
  website: 'website',
  site: 'website',
  portfolio: 'website',
  blog: 'blog',
  twitter: 'twitter',
};

/** "what's his GitHub?": the line of the channel asked comes first, the others after it. */
function askedFirst(lines: readonly string[], tokens: readonly string[]): string[] {
  // A label the profile gives ("Mastodon", "Dribbble") is asked by its own name.
  const asked = new Set([...tokens, ...tokens.map((t) => ASKED_AS[t] ?? t)]);
  const label = (line: string) => (/^([^:]+):/.exec(line)?.[1] ?? '').toLowerCase().trim();
  const first = lines.filter((line) => asked.has(label(line)));
  if (first.length === 0) return [...lines];
  return [...first, ...lines.filter((line) => !first.includes(line))];
}

/** Contact phrases other than hiring, as whole words. */
const CHANNEL = new RegExp(
  `\\b(?:${PHRASES.filter((p) => !p.startsWith('hir'))
    .map((p) => p.replace(/[.]/g, '\\.'))
    .join('|')})\\b`,
  'i',
);

/**
 * "We're hiring for a real-time team. Has he built anything real-time?": the asker's own
 * hiring frames the question; it asks for contact details only with a channel named.
 */
function weAreHiring(text: string): boolean {
  return (
    /\b(?:we|we're|were|i'm|im|i)\s+(?:are\s+|am\s+|re\s+)?(?:currently\s+|actively\s+)?hiring\b/i.test(
      text,
    ) && !CHANNEL.test(text)
  );
}

/** Channels asked by name, as an answer says them when the profile gives none. */
const NAMED_CHANNELS: Readonly<Record<string, readonly [said: string, written: RegExp]>> = {
  twitter: ['a Twitter / X account', /\btwitter\b|\bx\.com\b/i],
  mastodon: ['a Mastodon account', /\bmastodon\b|@[\w.-]+@[\w.-]+\.\w+/i],
  bluesky: ['a Bluesky account', /\bbluesky\b|\bbsky\b/i],
  telegram: ['a Telegram account', /\btelegram\b|\bt\.me\//i],
  wechat: ['a WeChat ID', /\bwechat\b|\bweixin\b|微信/i],
  weixin: ['a WeChat ID', /\bwechat\b|\bweixin\b|微信/i],
  skype: ['a Skype account', /\bskype\b/i],
  kakaotalk: ['a KakaoTalk ID', /\bkakao/i],
  viber: ['a Viber number', /\bviber\b/i],
  whatsapp: ['a WhatsApp number', /\bwhatsapp\b|\bwa\.me\//i],
  discord: ['a Discord username', /\bdiscord\b/i],
  youtube: ['a YouTube channel', /\byoutube\b|\byoutu\.be\b/i],
  dribbble: ['a Dribbble profile', /\bdribbble\b/i],
  dribble: ['a Dribbble profile', /\bdribbble\b/i],
  behance: ['a Behance profile', /\bbehance\b/i],
};

/** "what's his twitter?" when nothing in the profile names Twitter: what is not given. */
function channelNotGiven(tokens: readonly string[], k: Knowledge): string | undefined {
  const asked = tokens.map((t) => NAMED_CHANNELS[t]).find(Boolean);
  if (!asked) return undefined;
  const [said, written] = asked;
  const urls = [
    ...Object.values(k.profile.contact).filter((v): v is string => typeof v === 'string'),
    ...k.profile.contact.other.flatMap((link) => [link.label, link.url]),
    ...(k.profile.contact.handles ?? []).map((h) => h.label),
  ];
  const given =
    urls.some((u) => written.test(u)) || k.index.snippets.some((s) => written.test(s.text));
  return given ? undefined : said;
}

const PHONE_WORDS = new Set(['phone', 'telephone', 'mobile', 'cell', 'whatsapp', 'tel']);

/** "Phone number?" with none in the contact details: the text is searched, then the others. */
function noPhone(k: Knowledge): Candidate {
  const terms = ['phone', 'tel', 'mobile', 'whatsapp', 'call me'];
  const claim = { topic: 'contact' as const, what: 'a phone number', terms };
  // Saying which channels there are beats a line that shares a word.
  return { ...claimAbsence(k, claim, 'contact', SCORES.topic), score: SCORES.topic };
}

/**
 * Without a GitHub field, the accounts the projects' repositories live under ("where's his
 * code?" finds github.com/owner from github.com/owner/repo).
 */
function codeHosts(k: Knowledge): string[] {
  if (k.profile.contact.github) return [];
  const owners = new Set<string>();
  for (const p of k.profile.projects) {
    for (const link of p.links) {
      const m =
        /^https?:\/\/(?:www\.)?(github\.com|gitlab\.com|codeberg\.org)\/([\w.-]+)\/[\w.-]+/.exec(
          link.url,
        );
      if (m) owners.add(`https://${m[1]}/${m[2]}`);
    }
  }
  return [...owners].map(
    (url) => `Code: [${display(url)}](${url}) (where ${k.possessive} projects live)`,
  );
}

/** Lines of a contact section the importer could not place (a PGP fingerprint). */
function contactSectionLines(k: Knowledge): string[] {
  return k.profile.sections
    .filter((section) => /contact|connect|reach|say hi|get in touch/i.test(section.title))
    .flatMap((section) => section.items);
}
