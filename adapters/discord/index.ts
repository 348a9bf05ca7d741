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
import type { Reply, Turn } from '../../src/conversation/handler.ts';
import type { Surface, SurfaceAdapter, SurfaceDeps } from '../../src/surface/surface.ts';
import { autocompleteChoices, commandRequest } from './commands.ts';
import { type DiscordConfig, discordConfigFromEnv } from './config.ts';
import { connectDiscord, discordPermanentFailure, watchGateway } from './connection.ts';
import { handleFitInteraction } from './fit.ts';
import {
  type DiscordReply,
  questionFromCustomId,
  toDiscordNotice,
  toDiscordReply,
} from './render.ts';

export type { DiscordConfig } from './config.ts';
export { discordConfigFromEnv } from './config.ts';

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
  unknownCommand: 'I do not know that command. Try /ask.',
  staleButton: 'That button no longer works. Ask me with /ask instead.',
});

/** How long `stop()` waits for answers in progress before closing the connection. */
const STOP_GRACE_MS = 5_000;

/** The Discord surface: slash commands, autocomplete, suggestion buttons, mentions and DMs. */
export function createDiscordSurface(config: DiscordConfig, deps: SurfaceDeps): DiscordSurface {
  const { conversation } = deps;
  const log = deps.logger.child({ surface: 'discord' });

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
      .catch((error) => log.error({ err: conversation.describe(error), event }, 'failed'))
      .finally(() => inFlight.delete(work));
    inFlight.add(work);
  };

  const turnOf = (channelId: string | null, userId: string, text: string): Turn => ({
    surface: 'discord',
    // Per user per channel: one user's follow-ups never borrow another's context.
    conversation: `discord:${channelId ?? 'dm'}:${userId}`,
    asker: userId,
    text,
  });

  const logAnswer = (event: string, reply: Reply) =>
    log.debug({ event, kind: reply.kind, topic: topicOf(reply) }, 'answered');

  const withFlags = (reply: DiscordReply, ephemeral: boolean) =>
    ephemeral ? { ...reply, flags: MessageFlags.Ephemeral as const } : reply;

  /** An interaction's reply: the answer as asked, or a notice only the asker sees. */
  const toInteractionReply = (reply: Reply, ephemeral: boolean) =>
    reply.kind === 'answer'
      ? withFlags(toDiscordReply(reply.answer), ephemeral)
      : withFlags(toDiscordNotice(reply.kind === 'notice' ? reply.text : ''), true);

  /** Tells the asker that answering failed, whether or not a reply went out already. */
  async function sendFailure(interaction: RepliableInteraction, error: unknown, event: string) {
    const notice = withFlags(
      toDiscordNotice(conversation.failed('discord', error, event).text),
      true,
    );
    if (interaction.replied || interaction.deferred) await interaction.followUp(notice);
    else await interaction.reply(notice);
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
      const turn = turnOf(interaction.channelId, interaction.user.id, '');
      const reply = conversation.handle(
        request.kind === 'ask'
          ? { ...turn, text: request.question, mustReply: true }
          : { ...turn, command: request.command, mustReply: true },
      );
      logAnswer(`/${interaction.commandName}`, reply);
      const ephemeral = (request.kind === 'ask' ? request.private : undefined) ?? config.ephemeral;
      await interaction.reply(toInteractionReply(reply, ephemeral));
    } catch (error) {
      await sendFailure(interaction, error, 'command');
    }
  }

  async function onButton(interaction: ButtonInteraction): Promise<void> {
    try {
      const question = questionFromCustomId(interaction.customId);
      if (question === undefined) {
        await interaction.reply(withFlags(toDiscordNotice(DISCORD_TEXTS.staleButton), true));
        return;
      }
      const reply = conversation.handle({
        ...turnOf(interaction.channelId, interaction.user.id, question),
        mustReply: true,
      });
      logAnswer('button', reply);
      // A suggestion under a private answer stays private.
      const ephemeral =
        interaction.message.flags?.has(MessageFlags.Ephemeral) === true || config.ephemeral;
      await interaction.reply(toInteractionReply(reply, ephemeral));
    } catch (error) {
      await sendFailure(interaction, error, 'button');
    }
  }

  async function onAutocomplete(interaction: AutocompleteInteraction): Promise<void> {
    try {
      const focused = interaction.options.getFocused(true);
      const choices = autocompleteChoices(
        interaction.commandName,
        { name: focused.name, value: String(focused.value) },
        conversation,
      );
      await interaction.respond(choices);
    } catch (error) {
      log.error({ err: conversation.describe(error), event: 'autocomplete' }, 'failed');
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
    // A bare mention says hello: the handler introduces the profile.
    const reply = conversation.handle(turnOf(message.channelId, message.author.id, question));
    logAnswer(message.inGuild() ? 'mention' : 'dm', reply);
    if (reply.kind === 'silent') return;
    try {
      await message.reply(
        reply.kind === 'answer' ? toDiscordReply(reply.answer) : toDiscordNotice(reply.text),
      );
    } catch (error) {
      await message.reply(toDiscordNotice(conversation.failed('discord', error, 'message').text));
    }
  }

  const fitOptions = {
    conversation,
    turnOf: (channelId: string | null, userId: string) => turnOf(channelId, userId, ''),
    sendFailure,
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
    log.error({ err: conversation.describe(error) }, 'client error'),
  );
  client.on(Events.ShardError, (error) =>
    log.warn({ err: conversation.describe(error) }, 'gateway error'),
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
      // login() resolves before the guilds arrive; answering starts at ClientReady.
      await connectDiscord(client, config.token);
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
    permanentFailure: discordPermanentFailure,
    onConnectionLost: (listener) => watchGateway(client, listener),
  };
}

/** Removes mentions of the bot, so "@Bot does he know Go?" asks "does he know Go?". */
export function stripMention(content: string, botId: string): string {
  return content
    .replace(new RegExp(`<@!?${botId}>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function topicOf(reply: Reply): string | undefined {
  return reply.kind === 'answer' ? reply.answer.topic : undefined;
}

/** How the process runs Discord (src/app/surfaces.ts starts it when DISCORD_TOKEN is set). */
export const adapter: SurfaceAdapter<DiscordConfig> = {
  name: 'discord',
  readConfig: (env) => discordConfigFromEnv(env),
  secrets: (config) => [config.token],
  create: createDiscordSurface,
};
