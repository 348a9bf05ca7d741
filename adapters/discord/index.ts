import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  Client,
  Events,
  GatewayIntentBits,
  type Interaction,
  type Message,
  MessageFlags,
  Partials,
  type RepliableInteraction,
} from 'discord.js';
import { LRUCache } from 'lru-cache';
import type { Answer, AnswerSource, AskContext } from '../../src/answer/answer.ts';
import { createFitService, type FitSource } from '../../src/fit/fit-service.ts';
import type { Logger } from '../../src/logger.ts';
import { createRateLimiter, type RateLimiter } from '../../src/rate-limit.ts';
import type { Surface } from '../../src/surface.ts';
import { autocompleteChoices, commandRequest } from './commands.ts';
import type { DiscordConfig } from './config.ts';
import { handleFitInteraction } from './fit.ts';
import {
  type DiscordReply,
  questionFromCustomId,
  toDiscordNotice,
  toDiscordReply,
} from './render.ts';

export type { DiscordConfig } from './config.ts';
export { discordConfigFromEnv } from './config.ts';

export interface DiscordSurfaceDeps {
  source: AnswerSource;
  logger: Logger;
  /** Per-user limit on questions. Default: `config.rateLimitMax` in `config.rateLimitWindowMs`. */
  rateLimiter?: RateLimiter;
  /** Job-description fit for `/fit` and "Check fit". Default: one over `source`'s profile. */
  fit?: FitSource;
}

export type DiscordSurface = Surface & { readonly client: Client };

/**
 * Gateway intents the features need, and no more. Guilds: guild channels must be cached or
 * discord.js drops their messages. GuildMessages: messages that mention the bot.
 * DirectMessages: DMs. No MessageContent (privileged): Discord still sends the content of
 * messages that mention the bot and of DMs, the only messages the bot reads.
 */
export const DISCORD_INTENTS = Object.freeze([
  GatewayIntentBits.Guilds,
  GatewayIntentBits.GuildMessages,
  GatewayIntentBits.DirectMessages,
]);

/** DM channels never arrive in a CHANNEL_CREATE, so without this partial DMs are dropped. */
export const DISCORD_PARTIALS = Object.freeze([Partials.Channel]);

export const DISCORD_TEXTS = Object.freeze({
  apology: 'Sorry, something went wrong on my side while answering. Please try again.',
  rateLimited: (seconds: number) =>
    `You are asking faster than I can answer. Please wait ${seconds} s and ask again.`,
  unknownCommand: 'I do not know that command. Try /ask.',
  staleButton: 'That button no longer works. Ask me with /ask instead.',
});

/** How long `stop()` waits for answers in progress before closing the connection. */
const STOP_GRACE_MS = 5_000;

/** The Discord surface: slash commands, autocomplete, suggestion buttons, mentions and DMs. */
export function createDiscordSurface(
  config: DiscordConfig,
  deps: DiscordSurfaceDeps,
): DiscordSurface {
  const { source, logger } = deps;
  const log = logger.child({ surface: 'discord' });
  const limiter =
    deps.rateLimiter ??
    createRateLimiter({ max: config.rateLimitMax, windowMs: config.rateLimitWindowMs });
  // A user over the limit in a channel gets told once per window, not once per message.
  const toldToWait = new LRUCache<string, true>({ max: 10_000, ttl: config.rateLimitWindowMs });

  const client = new Client({
    intents: [...DISCORD_INTENTS],
    partials: [...DISCORD_PARTIALS],
    // Also set per reply; this covers any message sent another way.
    allowedMentions: { parse: [], repliedUser: false },
    // Answer even when the question was deleted meanwhile, as a plain message.
    failIfNotExists: false,
    rest: { api: config.apiUrl },
  });

  const inFlight = new Set<Promise<void>>();
  let stopping = false;

  /** Runs a handler so that no error or rejection in it can stop the process. */
  const run = (event: string, handler: () => Promise<void>) => {
    if (stopping) return;
    const work = handler()
      .catch((error) => log.error({ err: describeError(error, config.token), event }, 'failed'))
      .finally(() => inFlight.delete(work));
    inFlight.add(work);
  };

  const contextOf = (channelId: string | null, userId: string): AskContext => ({
    surface: 'discord',
    // Per user per channel: one user's follow-ups never borrow another's context.
    conversationId: `discord:${channelId ?? 'dm'}:${userId}`,
    userId,
  });

  const take = (userId: string) => limiter.take(`discord:${userId}`);

  const logAnswer = (event: string, answer: Answer) =>
    log.debug({ event, topic: answer.topic, answered: answer.answered }, 'answered');

  const withFlags = (reply: DiscordReply, ephemeral: boolean) =>
    ephemeral ? { ...reply, flags: MessageFlags.Ephemeral as const } : reply;

  async function apologize(interaction: RepliableInteraction): Promise<void> {
    const notice = withFlags(toDiscordNotice(DISCORD_TEXTS.apology), true);
    if (interaction.replied || interaction.deferred) await interaction.followUp(notice);
    else await interaction.reply(notice);
  }

  /** Replies with the rate-limit notice when the user is over the limit; true when told. */
  async function refuseIfLimited(interaction: RepliableInteraction): Promise<boolean> {
    const { allowed, retryAfterMs } = take(interaction.user.id);
    if (allowed) return false;
    const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
    await interaction.reply(withFlags(toDiscordNotice(DISCORD_TEXTS.rateLimited(seconds)), true));
    return true;
  }

  // Answers come from memory synchronously, far inside Discord's 3 s, so each interaction is
  // answered with one reply rather than a deferral and an edit.
  async function onCommand(interaction: ChatInputCommandInteraction): Promise<void> {
    try {
      const request = commandRequest(interaction.commandName, interaction.options);
      if (!request) {
        await interaction.reply(withFlags(toDiscordNotice(DISCORD_TEXTS.unknownCommand), true));
        return;
      }
      if (await refuseIfLimited(interaction)) return;
      const context = contextOf(interaction.channelId, interaction.user.id);
      const answer =
        request.kind === 'ask'
          ? source.ask(request.question, context)
          : source.command(request.command, context);
      logAnswer(`/${interaction.commandName}`, answer);
      const ephemeral = (request.kind === 'ask' ? request.private : undefined) ?? config.ephemeral;
      await interaction.reply(withFlags(toDiscordReply(answer), ephemeral));
    } catch (error) {
      log.error({ err: describeError(error, config.token), event: 'command' }, 'failed');
      await apologize(interaction);
    }
  }

  async function onButton(interaction: ButtonInteraction): Promise<void> {
    try {
      const question = questionFromCustomId(interaction.customId);
      if (question === undefined) {
        await interaction.reply(withFlags(toDiscordNotice(DISCORD_TEXTS.staleButton), true));
        return;
      }
      if (await refuseIfLimited(interaction)) return;
      const answer = source.ask(question, contextOf(interaction.channelId, interaction.user.id));
      logAnswer('button', answer);
      // A suggestion under a private answer stays private.
      const ephemeral =
        interaction.message.flags?.has(MessageFlags.Ephemeral) === true || config.ephemeral;
      await interaction.reply(withFlags(toDiscordReply(answer), ephemeral));
    } catch (error) {
      log.error({ err: describeError(error, config.token), event: 'button' }, 'failed');
      await apologize(interaction);
    }
  }

  async function onAutocomplete(interaction: AutocompleteInteraction): Promise<void> {
    try {
      const focused = interaction.options.getFocused(true);
      const choices = autocompleteChoices(
        interaction.commandName,
        { name: focused.name, value: String(focused.value) },
        source,
      );
      await interaction.respond(choices);
    } catch (error) {
      log.error({ err: describeError(error, config.token), event: 'autocomplete' }, 'failed');
      if (!interaction.responded) await interaction.respond([]);
    }
  }

  async function onMessage(message: Message): Promise<void> {
    // Bots (this one included) and webhooks are never answered: two bots could loop forever.
    if (message.author.bot || message.webhookId || message.system) return;
    const me = client.user;
    if (!me) return;
    let question: string;
    if (!message.inGuild()) question = message.content;
    else if (message.mentions.users.has(me.id)) question = stripMention(message.content, me.id);
    else return;
    question = question.trim();

    const userId = message.author.id;
    const { allowed, retryAfterMs } = take(userId);
    if (!allowed) {
      const key = `${message.channelId}:${userId}`;
      if (toldToWait.has(key)) return;
      toldToWait.set(key, true, { ttl: Math.max(1, retryAfterMs) });
      const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
      await message.reply(toDiscordNotice(DISCORD_TEXTS.rateLimited(seconds)));
      return;
    }
    try {
      const context = contextOf(message.channelId, userId);
      // A bare mention says hello: introduce the profile rather than answer nothing.
      const answer = question
        ? source.ask(question, context)
        : source.command({ kind: 'about' }, context);
      logAnswer(message.inGuild() ? 'mention' : 'dm', answer);
      await message.reply(toDiscordReply(answer));
    } catch (error) {
      log.error({ err: describeError(error, config.token), event: 'message' }, 'failed');
      await message.reply(toDiscordNotice(DISCORD_TEXTS.apology));
    }
  }

  const fitOptions = {
    fit: deps.fit ?? createFitService({ profile: () => source.profile() }),
    refuseIfLimited,
    contextOf,
    apologize: async (interaction: RepliableInteraction, error: unknown) => {
      log.error({ err: describeError(error, config.token), event: 'fit' }, 'failed');
      await apologize(interaction);
    },
  };
  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    const fitting = handleFitInteraction(interaction, fitOptions);
    if (fitting) run('fit', fitting);
    else if (interaction.isAutocomplete()) run('autocomplete', () => onAutocomplete(interaction));
    else if (interaction.isChatInputCommand()) run('command', () => onCommand(interaction));
    else if (interaction.isButton()) run('button', () => onButton(interaction));
  });
  client.on(Events.MessageCreate, (message) => run('message', () => onMessage(message)));
  // Without an 'error' listener an EventEmitter error would crash the process.
  client.on(Events.Error, (error) =>
    log.error({ err: describeError(error, config.token) }, 'client error'),
  );
  client.on(Events.ShardError, (error) =>
    log.warn({ err: describeError(error, config.token) }, 'gateway error'),
  );
  client.on(Events.Warn, (message) => log.warn({ message }, 'client warning'));
  client.on(Events.ShardDisconnect, (event) =>
    log.warn({ code: event.code }, 'gateway disconnected'),
  );
  // discord.js reports its own closing of the socket in destroy() as a reconnection too.
  client.on(Events.ShardReconnecting, () => {
    if (!stopping) log.info('gateway reconnecting');
  });
  client.on(Events.ShardResume, (_id, replayed) => log.info({ replayed }, 'gateway resumed'));
  client.on(Events.Invalidated, () => log.error('gateway session invalidated'));

  return {
    name: 'discord',
    client,
    async start() {
      stopping = false;
      const ready = new Promise<void>((resolve) =>
        client.once(Events.ClientReady, () => resolve()),
      );
      // login() resolves before the guilds arrive; answering starts at ClientReady.
      await Promise.all([client.login(config.token), ready]);
      log.info({ bot: client.user?.tag, guilds: client.guilds.cache.size }, 'connected');
    },
    async stop() {
      stopping = true;
      let timer: NodeJS.Timeout | undefined;
      const grace = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, STOP_GRACE_MS);
      });
      await Promise.race([Promise.allSettled([...inFlight]), grace]);
      clearTimeout(timer);
      await client.destroy();
    },
  };
}

/** Removes mentions of the bot, so "@Bot does he know Go?" asks "does he know Go?". */
export function stripMention(content: string, botId: string): string {
  return content
    .replace(new RegExp(`<@!?${botId}>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * What is logged of an error: REST errors carry the request URL, whose path holds the
 * interaction token (valid 15 minutes), and nothing may echo the bot token.
 */
export function describeError(error: unknown, botToken?: string): Record<string, unknown> {
  const scrub = (text: string) => {
    const cut = text
      .replace(/(\/interactions\/\d+\/)[^/?\s]+/g, '$1[redacted]')
      .replace(/(\/webhooks\/\d+\/)[^/?\s]+/g, '$1[redacted]');
    return botToken && botToken.length >= 6 ? cut.split(botToken).join('[redacted]') : cut;
  };
  if (!(error instanceof Error)) return { message: scrub(String(error)) };
  const e = error as Error & { code?: unknown; status?: unknown; method?: unknown; url?: unknown };
  return {
    type: e.name,
    message: scrub(e.message),
    ...(e.code !== undefined ? { code: e.code } : {}),
    ...(typeof e.status === 'number' ? { status: e.status } : {}),
    ...(typeof e.method === 'string' ? { method: e.method } : {}),
    ...(typeof e.url === 'string' ? { url: scrub(e.url) } : {}),
    ...(e.stack ? { stack: scrub(e.stack) } : {}),
  };
}
