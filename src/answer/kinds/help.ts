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
  'what do you know',
  'what should i ask',
  'what to ask',
  'what else can i ask',
  'option',
  'options',
];

/** "what can I ask?": what the assistant answers, with examples from this profile. */
export const help: AnswerKind = {
  name: 'help',
  ceiling: SCORES.help,
  topic: 'help',
  intent: { phrases: PHRASES, weight: 9 },
  propose(q, k) {
    if (q.intent !== 'help' || q.techs.length + q.projects.length > 0) return undefined;
    return {
      kind: 'help',
      score: SCORES.help,
      why: 'asks for help',
      evidence: [],
      answer: helpAnswer(k),
    };
  },
};

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
    `I answer questions about ${k.name}'s professional profile: skills and technologies, experience, projects, impact, principles, what ${k.subject} is exploring, and contact details. For example:\n${bullets(examples)}`,
  );
}
