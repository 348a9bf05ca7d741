import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { LRUCache } from 'lru-cache';
import type { Logger } from '../../src/logger.ts';
import type { SurfaceDeps } from '../../src/surface/surface.ts';
import type { SlackConfig } from './config.ts';
import { SLACK_SURFACE_DEFAULTS } from './defaults.ts';
import { errorSummary } from './receivers.ts';
import { type SlackMessage, toSlackBlocks, toSlackText } from './render.ts';

type Conversation = SurfaceDeps['conversation'];

/** Where a question was asked, to answer in the same place and keep context per conversation. */
interface Asking {
  question: string;
  userId: string;
  teamId: string | undefined;
  channelId: string;
  threadTs: string | undefined;
  /** Slack needs a reply (a slash command, a button): a rate-limit notice is sent every time. */
  always: boolean;
}

/** Answers one question asked on Slack: the message to send back, or nothing. */
export type Reply = (asking: Asking, via: string) => SlackMessage | undefined;

/** Asks the shared conversation, logs the outcome, and renders the reply for Slack. */
export function createReplier(
  config: SlackConfig,
  conversation: Conversation,
  logger: Logger,
): Reply {
  const footer = `${config.command} followed by a question, a mention in a channel, or a direct message.`;
  return (asking, via) => {
    const started = performance.now();
    const result = conversation.handle({
      surface: 'slack',
      conversation: [
        asking.teamId ?? '-',
        asking.channelId,
        asking.threadTs ?? '-',
        asking.userId,
      ].join(':'),
      asker: `${asking.teamId ?? '-'}:${asking.userId}`,
      text: asking.question,
      mustReply: asking.always,
    });
    logger.info(
      {
        via,
        kind: result.kind,
        ...(result.kind === 'answer' && {
          topic: result.answer.topic,
          answered: result.answer.answered,
        }),
        ms: Math.round(performance.now() - started),
      },
      'slack question answered',
    );
    if (result.kind === 'silent') return undefined;
    if (result.kind === 'notice') return toSlackText(result.text);
    return toSlackBlocks(result.answer, { footer });
  };
}

/** Slack sends an event again when it got no timely 200 (`x-slack-retry-num`); answer it once. */
export function answerEachEventOnce(app: App, logger: Logger) {
  const seenEvents = new LRUCache<string, true>({
    max: SLACK_SURFACE_DEFAULTS.seenEvents.max,
    ttl: SLACK_SURFACE_DEFAULTS.seenEvents.ttlMs,
  });
  app.use(async ({ body, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string') {
      if (seenEvents.has(eventId)) {
        logger.debug({ eventId }, 'slack event already handled; ignoring the retry');
        return;
      }
      seenEvents.set(eventId, true);
    }
    await next();
  });
}

/** `/ask`, answered in the acknowledgement itself. */
export function registerCommand(app: App, config: SlackConfig, reply: Reply) {
  app.command(config.command, async ({ command, ack }) => {
    const message = reply(
      {
        question: questionFromSlack(command.text),
        userId: command.user_id,
        teamId: command.team_id,
        channelId: command.channel_id,
        threadTs: undefined,
        always: true,
      },
      'command',
    );
    // The answer travels in the acknowledgement: the user sees it at once.
    await ack({ response_type: config.responseType, ...message });
  });
}

/** Mentions (answered in the thread) and direct messages. */
export function registerMessages(app: App, reply: Reply) {
  app.event('app_mention', async ({ event, context, client }) => {
    if (event.bot_id || !event.user) return;
    const threadTs = event.thread_ts ?? event.ts;
    const message = reply(
      {
        question: questionFromSlack(event.text, context.botUserId),
        userId: event.user,
        teamId: event.team,
        channelId: event.channel,
        threadTs,
        always: false,
      },
      'mention',
    );
    if (!message) return;
    await client.chat.postMessage({
      channel: event.channel,
      thread_ts: threadTs,
      unfurl_links: false,
      unfurl_media: false,
      ...message,
    });
  });

  app.event('message', async ({ event, body, client }) => {
    // Edits, deletions, joins and bot posts all come as subtypes; only people's new words count.
    if (event.subtype !== undefined || event.channel_type !== 'im') return;
    if (event.bot_id || !event.user) return;
    const message = reply(
      {
        question: questionFromSlack(event.text ?? ''),
        userId: event.user,
        teamId: event.team ?? (body as { team_id?: string }).team_id,
        channelId: event.channel,
        threadTs: event.thread_ts,
        always: false,
      },
      'direct',
    );
    if (!message) return;
    await client.chat.postMessage({
      channel: event.channel,
      thread_ts: event.thread_ts,
      unfurl_links: false,
      unfurl_media: false,
      ...message,
    });
  });
}

/** The suggestion buttons under each answer, and link buttons (which only need the 200). */
export function registerButtons(app: App, reply: Reply) {
  app.action<BlockAction<ButtonAction>>(
    /^suggest_\d+$/,
    async ({ ack, body, action, client, respond }) => {
      await ack();
      const channelId = body.channel?.id ?? stringOf(body.container.channel_id);
      if (!channelId) return;
      const threadTs = stringOf(body.message?.thread_ts);
      const message = reply(
        {
          question: action.value ?? '',
          userId: body.user.id,
          teamId: body.team?.id ?? body.user.team_id,
          channelId,
          threadTs,
          always: true,
        },
        'suggestion',
      );
      if (!message) return;
      const ephemeral = body.container.is_ephemeral === true || !body.message;
      if (threadTs && !ephemeral) {
        await client.chat.postMessage({
          channel: channelId,
          thread_ts: threadTs,
          unfurl_links: false,
          unfurl_media: false,
          ...message,
        });
      } else {
        await respond({
          response_type: ephemeral ? 'ephemeral' : 'in_channel',
          replace_original: false,
          ...message,
        });
      }
    },
  );

  // Link buttons open their URL in the browser; Slack still reports the click and wants a 200.
  app.action(/^link_\d+$/, async ({ ack }) => {
    await ack();
  });
}

/** A listener that failed: logged without secrets, and the asker told where they asked. */
export function registerApology(app: App, conversation: Conversation, logger: Logger) {
  app.error(async ({ error, body }: { error: Error; body: unknown }) => {
    const apology = conversation.failed('slack', error, payloadKind(body));
    try {
      await sendFailure(app, body, apology.text);
    } catch (apologyError) {
      logger.warn({ error: errorSummary(apologyError) }, 'slack apology could not be delivered');
    }
  });
}

/** Tells the asker that answering failed, where the failed payload came from. */
async function sendFailure(app: App, body: unknown, text: string): Promise<void> {
  const payload = body as {
    response_url?: unknown;
    event?: { channel?: unknown; ts?: unknown; thread_ts?: unknown; channel_type?: unknown };
  };
  const message = toSlackText(text);
  if (typeof payload.response_url === 'string') {
    const response = await fetch(payload.response_url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ response_type: 'ephemeral', replace_original: false, ...message }),
      signal: AbortSignal.timeout(SLACK_SURFACE_DEFAULTS.apiTimeoutMs),
    });
    if (!response.ok) throw new Error(`response_url answered ${response.status}`);
    return;
  }
  const event = payload.event;
  const channel = stringOf(event?.channel);
  if (!event || !channel) return;
  const threadTs =
    stringOf(event.thread_ts) ?? (event.channel_type === 'im' ? undefined : stringOf(event.ts));
  await app.client.chat.postMessage({ channel, thread_ts: threadTs, ...message });
}

/**
 * Slack's message markup back to what the person typed: mentions and links as they read them,
 * entities decoded. The bot's own mention is removed.
 */
export function questionFromSlack(text: string, botUserId?: string): string {
  let out = text;
  if (botUserId) out = out.replace(new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, 'g'), ' ');
  out = out
    .replace(/^\s*<@[A-Z0-9]+(?:\|[^>]*)?>/, ' ') // a leading mention addresses the bot
    .replace(/<@([A-Z0-9]+)\|([^>]+)>/g, '@$2')
    .replace(/<@([A-Z0-9]+)>/g, '@$1')
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<!(channel|here|everyone)(?:\|[^>]*)?>/g, '@$1')
    .replace(/<!subteam\^[A-Z0-9]+(?:\|([^>]*))?>/g, (_m, label?: string) => label ?? '@group')
    .replace(/<!date\^[^|>]*\|([^>]*)>/g, '$1')
    .replace(/<((?:https?|mailto):[^|>]+)\|([^>]+)>/g, '$2 ($1)')
    .replace(/<((?:https?|mailto):[^>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return out.replace(/\s+/g, ' ').trim();
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function payloadKind(body: unknown): string {
  const b = body as { type?: unknown; command?: unknown; event?: { type?: unknown } };
  if (typeof b.command === 'string') return 'command';
  if (b.type === 'event_callback' && typeof b.event?.type === 'string') return b.event.type;
  return typeof b.type === 'string' ? b.type : 'unknown';
}
