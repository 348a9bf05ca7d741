import { Client, Events, GatewayIntentBits, type Interaction, Partials } from 'discord.js';
import type { Logger } from '../../src/logger.ts';
import type { Surface, SurfaceAdapter, SurfaceDeps } from '../../src/surface/surface.ts';
import { type DiscordConfig, discordConfigFromEnv } from './config.ts';
import { connectDiscord, discordPermanentFailure, watchGateway } from './connection.ts';
import { handleFitInteraction } from './fit.ts';
import {
  type DiscordContext,
  onAutocomplete,
  onButton,
  onCommand,
  onMessage,
  sendFailure,
  turnOf,
} from './handlers.ts';

export type { DiscordConfig } from './config.ts';
export { discordConfigFromEnv } from './config.ts';
export { DISCORD_TEXTS, stripMention } from './handlers.ts';

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

/** How long `stop()` waits for answers in progress before closing the connection. */
const STOP_GRACE_MS = 5_000;

/** The Discord surface: slash commands, autocomplete, suggestion buttons, mentions and DMs. */
export function createDiscordSurface(config: DiscordConfig, deps: SurfaceDeps): DiscordSurface {
  const { conversation } = deps;
  const log = deps.logger.child({ surface: 'discord' });
  const client = createClient(config);
  const runner = createRunner(log, conversation);
  routeEvents({ conversation, config, log, client }, runner.run);
  logClientEvents(client, log, conversation, runner.stopping);

  return {
    name: 'discord',
    client,
    async start() {
      runner.setStopping(false);
      // login() resolves before the guilds arrive; answering starts at ClientReady.
      await connectDiscord(client, config.token);
      log.info({ bot: client.user?.tag, guilds: client.guilds.cache.size }, 'connected');
    },
    async stop() {
      runner.setStopping(true);
      await runner.drain(STOP_GRACE_MS);
      await client.destroy();
    },
    permanentFailure: discordPermanentFailure,
    onConnectionLost: (listener) => watchGateway(client, listener),
  };
}

function createClient(config: DiscordConfig): Client {
  return new Client({
    intents: [...DISCORD_INTENTS],
    partials: [...DISCORD_PARTIALS],
    // Also set per reply; this covers any message sent another way.
    allowedMentions: { parse: [], repliedUser: false },
    // Answer even when the question was deleted meanwhile, as a plain message.
    failIfNotExists: false,
    rest: { api: config.apiUrl },
  });
}

type Run = (event: string, handler: () => Promise<void>) => void;

/**
 * Runs handlers so that no error or rejection in one can stop the process, none starts while
 * stopping, and `drain` can wait for those in progress.
 */
function createRunner(log: Logger, conversation: SurfaceDeps['conversation']) {
  const inFlight = new Set<Promise<void>>();
  let stopping = false;
  const run: Run = (event, handler) => {
    if (stopping) return;
    const work = handler()
      .catch((error) => log.error({ err: conversation.describe(error), event }, 'failed'))
      .finally(() => inFlight.delete(work));
    inFlight.add(work);
  };
  return {
    run,
    stopping: () => stopping,
    setStopping(value: boolean) {
      stopping = value;
    },
    /** Waits for the answers in progress, at most `graceMs`. */
    async drain(graceMs: number) {
      let timer: NodeJS.Timeout | undefined;
      const grace = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, graceMs);
      });
      await Promise.race([Promise.allSettled([...inFlight]), grace]);
      clearTimeout(timer);
    },
  };
}

/** Hands each interaction and message to its handler. */
function routeEvents(ctx: DiscordContext, run: Run) {
  const { client, conversation } = ctx;
  const fitOptions = {
    conversation,
    turnOf: (channelId: string | null, userId: string) => turnOf(channelId, userId, ''),
    sendFailure: sendFailure.bind(null, conversation),
  };
  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    const fitting = handleFitInteraction(interaction, fitOptions);
    if (fitting) run('fit', fitting);
    else if (interaction.isAutocomplete())
      run('autocomplete', () => onAutocomplete(ctx, interaction));
    else if (interaction.isChatInputCommand()) run('command', () => onCommand(ctx, interaction));
    else if (interaction.isButton()) run('button', () => onButton(ctx, interaction));
  });
  client.on(Events.MessageCreate, (message) => run('message', () => onMessage(ctx, message)));
}

/** Logs the client's errors and the gateway's ups and downs. */
function logClientEvents(
  client: Client,
  log: Logger,
  conversation: SurfaceDeps['conversation'],
  stopping: () => boolean,
) {
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
    if (!stopping()) log.info('gateway reconnecting');
  });
  client.on(Events.ShardResume, (_id, replayed) => log.info({ replayed }, 'gateway resumed'));
  client.on(Events.Invalidated, () => log.error('gateway session invalidated'));
}

/** How the process runs Discord (src/app/surfaces.ts starts it when DISCORD_TOKEN is set). */
export const adapter: SurfaceAdapter<DiscordConfig> = {
  name: 'discord',
  readConfig: (env) => discordConfigFromEnv(env),
  secrets: (config) => [config.token],
  create: createDiscordSurface,
};
