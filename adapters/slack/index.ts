import { App, type BlockAction, type ButtonAction, SocketModeReceiver } from '@slack/bolt';
import { LRUCache } from 'lru-cache';
import type { AnswerSource, AskContext } from '../../src/answer/answer.ts';
import { createFitService, type FitSource } from '../../src/fit/fit-service.ts';
import type { Logger } from '../../src/logger.ts';
import { createRateLimiter, RATE_LIMIT_DEFAULTS, type RateLimiter } from '../../src/rate-limit.ts';
import type { Surface, SurfaceRoute } from '../../src/surface.ts';
import { createScrubber, toBoltLogger } from './bolt-logger.ts';
import type { SlackConfig } from './config.ts';
import { registerSlackFit } from './fit.ts';
import { errorSummary, SignedHttpReceiver, SocketModeRelay } from './receivers.ts';
import { type SlackMessage, toSlackBlocks, toSlackText } from './render.ts';

export type { SlackConfig, SlackOptions } from './config.ts';
export { isSlackConfigured, slackConfigFromEnv } from './config.ts';
export { toSlackBlocks } from './render.ts';

export interface SlackSurfaceDeps {
  source: AnswerSource;
  logger: Logger;
  /** Per-user question limit. Default: built from `RATE_LIMIT_MAX` / `RATE_LIMIT_WINDOW_MS`. */
  rateLimiter?: RateLimiter;
  /** Job-description fit for `/fit` and the "Check fit" shortcut. Default: over `source`'s profile. */
  fit?: FitSource;
}

/** Tuning for the Slack surface. */
export const SLACK_SURFACE_DEFAULTS = Object.freeze({
  /** Event ids remembered to answer each event once although Slack re-sends it. */
  seenEvents: { max: 10_000, ttlMs: 60 * 60 * 1000 },
  /** Web API calls are retried this often: an answer posted minutes late helps nobody. */
  apiRetries: 2,
  apiTimeoutMs: 10_000,
});

const APOLOGY = 'Sorry, something went wrong while answering that. Please try again in a moment.';

/** Where a question was asked, to answer in the same place and keep context per conversation. */
interface Asking {
  question: string;
  userId: string;
  teamId: string | undefined;
  channelId: string;
  threadTs: string | undefined;
  /** Replies to a rate-limited user once per window, unless the user must see something. */
  always: boolean;
}

/**
 * The Slack surface: `/ask` (answered in the acknowledgement itself), mentions (answered in the
 * thread), direct messages, and the suggestion buttons under each answer. In HTTP mode it serves
 * `POST /slack/events` through {@link Surface.routes}; in Socket Mode it connects out.
 */
export function createSlackSurface(config: SlackConfig, deps: SlackSurfaceDeps): Surface {
  const logger = deps.logger.child({ surface: 'slack' });
  const scrub = createScrubber([config.botToken, config.appToken, config.signingSecret]);
  const boltLogger = toBoltLogger(logger.child({ component: 'bolt' }), scrub);
  const rateLimiter =
    deps.rateLimiter ??
    createRateLimiter({ max: config.rateLimitMax, windowMs: config.rateLimitWindowMs });
  const limitWindowMs = config.rateLimitWindowMs ?? RATE_LIMIT_DEFAULTS.windowMs;
  const limitNoticeSent = new LRUCache<string, true>({ max: 10_000, ttl: limitWindowMs });
  const seenEvents = new LRUCache<string, true>({
    max: SLACK_SURFACE_DEFAULTS.seenEvents.max,
    ttl: SLACK_SURFACE_DEFAULTS.seenEvents.ttlMs,
  });

  const clientOptions = { slackApiUrl: config.apiUrl };
  const httpReceiver =
    config.mode === 'http'
      ? new SignedHttpReceiver({ signingSecret: config.signingSecret ?? '', logger })
      : undefined;
  const receiver =
    httpReceiver ??
    new SocketModeRelay(
      new SocketModeReceiver({
        appToken: config.appToken ?? '',
        logger: boltLogger,
        installerOptions: { clientOptions },
      }),
      logger,
    );

  const app = new App({
    token: config.botToken,
    receiver,
    logger: boltLogger,
    clientOptions: {
      ...clientOptions,
      retryConfig: { retries: SLACK_SURFACE_DEFAULTS.apiRetries },
      timeout: SLACK_SURFACE_DEFAULTS.apiTimeoutMs,
    },
    convoStore: false,
    deferInitialization: true,
    extendedErrorHandler: true,
  });

  const footer = `${config.command} followed by a question, a mention in a channel, or a direct message.`;

  function reply(asking: Asking, via: string): SlackMessage | undefined {
    const userKey = `${asking.teamId ?? '-'}:${asking.userId}`;
    const verdict = rateLimiter.take(userKey);
    if (!verdict.allowed) {
      logger.info({ via }, 'slack question refused by the rate limit');
      if (!asking.always && limitNoticeSent.has(userKey)) return undefined;
      limitNoticeSent.set(userKey, true);
      const seconds = Math.max(1, Math.ceil(verdict.retryAfterMs / 1000));
      return toSlackText(
        `You are asking faster than I can answer. Please wait ${seconds} s and ask again.`,
      );
    }
    const context: AskContext = {
      surface: 'slack',
      conversationId: [
        asking.teamId ?? '-',
        asking.channelId,
        asking.threadTs ?? '-',
        asking.userId,
      ].join(':'),
      userId: userKey,
    };
    const started = performance.now();
    const answer =
      asking.question === ''
        ? deps.source.command({ kind: 'about' }, context)
        : deps.source.ask(asking.question, context);
    logger.info(
      {
        via,
        topic: answer.topic,
        answered: answer.answered,
        ms: Math.round(performance.now() - started),
      },
      'slack question answered',
    );
    return toSlackBlocks(answer, { footer });
  }

  // Slack sends an event again when it got no timely 200 (`x-slack-retry-num`); answer it once.
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

  registerSlackFit(app, {
    fit: deps.fit ?? createFitService({ profile: () => deps.source.profile() }),
    rateLimiter,
    logger,
  });

  // Link buttons open their URL in the browser; Slack still reports the click and wants a 200.
  app.action(/^link_\d+$/, async ({ ack }) => {
    await ack();
  });

  app.error(async ({ error, body }: { error: Error; body: unknown }) => {
    const summary = errorSummary(error);
    logger.error(
      {
        error: { ...summary, message: scrub(summary.message), stack: scrub(error.stack ?? '') },
        payload: payloadKind(body),
      },
      'slack listener failed',
    );
    try {
      await apologise(body);
    } catch (apologyError) {
      logger.warn({ error: errorSummary(apologyError) }, 'slack apology could not be delivered');
    }
  });

  async function apologise(body: unknown): Promise<void> {
    const payload = body as {
      response_url?: unknown;
      event?: { channel?: unknown; ts?: unknown; thread_ts?: unknown; channel_type?: unknown };
    };
    const message = toSlackText(APOLOGY);
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

  const routes: SurfaceRoute[] | undefined = httpReceiver
    ? [{ method: 'POST', path: '/slack/events', handler: httpReceiver.requestListener }]
    : undefined;

  let started = false;
  return {
    name: 'slack',
    routes,
    async start() {
      await app.init(); // checks the bot token with auth.test and learns the bot's user id
      await app.start();
      started = true;
      logger.info({ mode: config.mode }, 'slack surface ready');
    },
    async stop() {
      if (!started) {
        await receiver.stop();
        return;
      }
      started = false;
      await app.stop();
      logger.info('slack surface stopped');
    },
  };
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
