import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import type {
  Answer,
  AnswerSource,
  AskContext,
  DirectCommand,
} from '../../../src/answer/answer.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import { createLogger, type Logger } from '../../../src/logger.ts';

export const BOT_TOKEN = 'xoxb-1111-2222-FAKEbotTOKEN';
export const APP_TOKEN = 'xapp-1-A0APP-3333-FAKEappTOKEN';
export const SIGNING_SECRET = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';

/** A recorded Slack payload from tests/fixtures/slack, as a fresh copy to tweak. */
export function fixture<T = Record<string, unknown>>(name: string): T {
  const file = new URL(`../../fixtures/slack/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** A suggestion button pressed under an answer only the asker sees (block_actions payload). */
export function privateButtonPress(options: {
  user: string;
  responseUrl: string;
  question: string;
  actionId?: string;
}): Record<string, unknown> {
  const payload = fixture('block-actions');
  payload.user = { id: options.user, username: 'asker', team_id: 'T0TEAM' };
  payload.container = {
    type: 'message',
    message_ts: '1700000001.000100',
    channel_id: 'C0GENERAL',
    is_ephemeral: true,
  };
  payload.message = undefined;
  payload.response_url = options.responseUrl;
  payload.actions = [
    {
      action_id: options.actionId ?? 'suggest_0',
      block_id: 'suggestions',
      type: 'button',
      value: options.question,
      action_ts: '1',
    },
  ];
  return payload;
}

export const PROFILE_ANSWER: Answer = Object.freeze({
  answered: true,
  confidence: 0.92,
  topic: 'identity',
  title: 'Fahad Khan, Senior Backend Engineer',
  text: '**Fahad** builds payment backends in Go and TypeScript. His code is on [GitHub](https://github.com/fahad-example).',
  fields: [
    { name: 'Location', value: 'Berlin, Germany', inline: true },
    { name: 'Experience', value: '10 years', inline: true },
  ],
  links: [
    { label: 'GitHub', url: 'https://github.com/fahad-example' },
    { label: 'LinkedIn', url: 'https://www.linkedin.com/in/fahad-example' },
  ],
  suggestions: ['What are his projects?', 'How can I contact him?'],
}) as Answer;

export interface RecordingSource extends AnswerSource {
  readonly asked: { question: string; context: AskContext }[];
  readonly commands: { command: DirectCommand; context: AskContext }[];
}

/**
 * Answers like the engine will: a full profile answer for questions about the profile, and a
 * refusal that quotes the question otherwise (the worst case for echoing mentions). A question
 * containing "explode" makes it throw.
 */
export function recordingSource(): RecordingSource {
  const profile = loadKnowledge('knowledge/profile.yaml');
  const asked: RecordingSource['asked'] = [];
  const commands: RecordingSource['commands'] = [];
  return {
    asked,
    commands,
    ask(question, context) {
      asked.push({ question, context });
      if (question.includes('explode')) throw new Error('the answer engine exploded');
      if (/does he do|projects|contact/i.test(question)) {
        return { ...PROFILE_ANSWER, title: `${PROFILE_ANSWER.title}` };
      }
      return {
        answered: false,
        confidence: 0.1,
        topic: 'unknown',
        title: `Not sure about "${question}"`,
        text: `I only know Fahad's professional profile, so I cannot answer: ${question}`,
        fields: [{ name: question, value: question }],
        links: [],
        suggestions: [question, 'What does he do?'],
      };
    },
    command(command, context) {
      commands.push({ command, context });
      return PROFILE_ANSWER;
    },
    complete: () => [],
    profile: () => profile,
  };
}

/** A logger whose JSON lines the test can read. */
export function capturingLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, callback) {
      lines.push(String(chunk));
      callback();
    },
  });
  return { logger: createLogger({ level: 'debug', destination }), lines };
}

interface TextObject {
  type?: string;
  text?: string;
}

/** Every text a Slack message shows, by kind: `mrkdwn` (parsed by Slack) or `plain`. */
export function textsOf(message: Record<string, unknown>): { mrkdwn: string[]; plain: string[] } {
  const mrkdwn: string[] = [];
  const plain: string[] = [];
  if (typeof message.text === 'string') mrkdwn.push(message.text);
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const object = value as TextObject & Record<string, unknown>;
    if (object.type === 'mrkdwn' && typeof object.text === 'string') mrkdwn.push(object.text);
    if (object.type === 'plain_text' && typeof object.text === 'string') plain.push(object.text);
    for (const child of Object.values(object)) visit(child);
  };
  visit(message.blocks);
  return { mrkdwn, plain };
}
