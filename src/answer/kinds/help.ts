import { bullets, reply } from '../pipeline/reply.ts';
import { type AnswerKind, type Knowledge, SCORES } from '../pipeline/types.ts';

const PHRASES = [
  'help',
  'what can i ask',
  'what can you do',
  'what can you tell',
  'how does this work',
  'how do i use',
  'command',
  'commands',
  'example question',
  'who are you',
  'what are you',
  // "hey who am i talking to": the asker wants to know what answers them.
  'who am i talking to',
  'who am i speaking to',
  'who am i chatting with',
  'am i talking to a bot',
  'are you a bot',
  'are you a human',
  'what do you know',
  'what should i ask',
  'what to ask',
  'what else can i ask',
  'option',
  'options',
];

/** "did it help", "has that helped": asked of a thing, not of the assistant. */
const EFFECT = /\b(?:did|does|has|have|do|would)\b(?! you\b)(?:\s+\S+){1,6}\s+help(?:ed|s)?\b/;

/** The asker wants to know who or what answers them. */
const WHO_ANSWERS =
  /\b(?:who|what) (?:are|r) (?:you|u)\b|\b(?:talking|speaking|chatting) (?:to|with)\b|\bare (?:you|u) (?:a |an )?(?:bot|human|real|person|ai)\b/i;

/**
 * "hi, can I ask you something?", "can I ask a few things about Martin?": asking leave to ask,
 * the whole message; what can be asked is the answer.
 */
const PERMISSION =
  /^\W*(?:(?:hi|hey|hello|hiya|yo)\b[\s,!.]*)?(?:can|could|may) i (?:ask|have) (?:you )?(?:a (?:few|couple of|quick) |some |one |something|a question|a quick question)(?:things?|questions?|q(?:uestion)?s?)?(?: about [\p{L}' -]{1,40})?\W*$/iu;

/** The owner's invitation: "💬 Ask me about PostGIS", "Ask me anything about Rust". */
const ASK_ME = /\bask me (?:anything )?about\b/i;

/** "what can I ask?": what the assistant answers, with examples from this profile. */
export const help: AnswerKind = {
  name: 'help',
  ceiling: SCORES.help,
  topic: 'help',
  intent: { phrases: PHRASES, weight: 9 },
  applies: (q) => q.techs.length + q.projects.length === 0,
  propose(q, k) {
    const permission = PERMISSION.test(q.text);
    if ((q.intent !== 'help' && !permission) || q.techs.length + q.projects.length > 0)
      return undefined;
    // "did the linter she wrote actually help?": whether something of the owner's helped.
    if (EFFECT.test(q.tokens.join(' '))) return undefined;
    // "what can I ask her about?": the owner's own "Ask me about …" line says it best.
    const invited = k.index.snippets.filter((s) => ASK_ME.test(s.text)).slice(0, 1);
    const answer = helpAnswer(k);
    // "who am I talking to?", "are you a bot?": what answers comes first, and it is no person.
    const lead = WHO_ANSWERS.test(q.text)
      ? `I'm a bot, not ${k.firstName}. `
      : invitation(k, invited[0]?.text);
    return {
      kind: 'help',
      score: SCORES.help,
      why: 'asks for help',
      evidence: invited,
      answer: { ...answer, text: `${lead}${answer.text}` },
    };
  },
};

/**
 * What the owner invites questions about: their own "Ask me about …" line, or, without one,
 * the areas of expertise the profile names.
 */
function invitation(k: Knowledge, line: string | undefined): string {
  if (line) return `${k.firstName} says: "${line}"\n\n`;
  const areas = k.profile.expertise.slice(0, 6);
  return areas.length ? `${k.firstName}'s areas of expertise: ${areas.join(', ')}.\n\n` : '';
}

export function helpAnswer(k: Knowledge) {
  const { profile, firstName } = k;
  const listed = k.index.techs.find((t) => t.listed);
  const examples = [
    `Does ${firstName} know ${listed?.name ?? 'Docker'}?`,
    profile.skills[0]
      ? `Which ${profile.skills[0].name.toLowerCase()} skills does ${firstName} have?`
      : undefined,
    profile.projects[0] ? `Tell me about ${profile.projects[0].name}` : undefined,
    `How many years of experience does ${firstName} have?`,
    `How can I contact ${firstName}?`,
  ].filter((x): x is string => Boolean(x));
  return reply(
    'help',
    'What you can ask',
    `I answer questions about ${k.name}'s professional profile: skills and technologies, experience, projects, impact, principles, what ${k.subject} ${k.plural ? 'are' : 'is'} exploring, and contact details. For example:\n${bullets(examples)}`,
  );
}
