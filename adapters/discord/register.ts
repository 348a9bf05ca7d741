import {
  DiscordAPIError,
  OAuth2Scopes,
  PermissionFlagsBits,
  REST,
  type RESTPutAPIApplicationCommandsResult,
  Routes,
} from 'discord.js';
import type { CliIo, Command } from '../../src/commands/command.ts';
import { discordCommands } from './commands.ts';
import { type DiscordConfig, discordConfigFromEnv } from './config.ts';
import { discordFitCommands } from './fit.ts';

/**
 * Every permission the bot uses, and only those. Slash-command and button replies go through
 * the interaction webhook and need none of them; they serve mentions and DMs.
 */
export const DISCORD_PERMISSIONS = Object.freeze({
  /** See the channel a mention arrives in. */
  ViewChannel: PermissionFlagsBits.ViewChannel,
  /** Reply to a mention. */
  SendMessages: PermissionFlagsBits.SendMessages,
  /** Reply to a mention made inside a thread. */
  SendMessagesInThreads: PermissionFlagsBits.SendMessagesInThreads,
  /** Answers are embeds; without this Discord strips them and the reply is empty. */
  EmbedLinks: PermissionFlagsBits.EmbedLinks,
  /** A reply references the question's message, which Discord only allows with history access. */
  ReadMessageHistory: PermissionFlagsBits.ReadMessageHistory,
});

export const DISCORD_PERMISSION_BITS = Object.values(DISCORD_PERMISSIONS).reduce(
  (all, bit) => all | bit,
  0n,
);

/** The URL a server admin opens to add the bot: scopes `bot applications.commands`. */
export function discordInviteUrl(appId: string): string {
  const params = new URLSearchParams({
    client_id: appId,
    scope: [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands].join(' '),
    permissions: DISCORD_PERMISSION_BITS.toString(),
  });
  return `https://discord.com/oauth2/authorize?${params.toString().replace(/\+/g, '%20')}`;
}

export interface RegisterOptions {
  /** A REST client to use; default one built from `config.apiUrl` and `config.token`. */
  rest?: REST;
}

export interface RegisteredCommands {
  /** `guild` when `DISCORD_GUILD_ID` is set (visible at once), else `global`. */
  scope: 'guild' | 'global';
  names: string[];
}

/**
 * Replaces the application's slash commands with this bot's set: in one guild when
 * `config.guildId` is set (instant, for development), otherwise globally.
 */
export async function registerDiscordCommands(
  config: Pick<DiscordConfig, 'token' | 'appId' | 'guildId' | 'apiUrl'>,
  options: RegisterOptions = {},
): Promise<RegisteredCommands> {
  const rest = options.rest ?? new REST({ api: config.apiUrl }).setToken(config.token);
  const commands = [...discordCommands(), ...discordFitCommands()];
  // Contexts and install types apply to global commands only.
  const body: object[] = config.guildId
    ? commands.map(({ contexts, integration_types, ...command }) => command)
    : commands;
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.appId, config.guildId)
    : Routes.applicationCommands(config.appId);
  const result = (await rest.put(route, { body })) as RESTPutAPIApplicationCommandsResult;
  return { scope: config.guildId ? 'guild' : 'global', names: result.map((c) => c.name) };
}

/** `portfolio-bot discord:register`: registers the slash commands and prints the invite URL. */
export const discordRegisterCommand: Command = async (args, io) => {
  if (args.includes('-h') || args.includes('--help')) {
    io.stdout(
      'Usage: portfolio-bot discord:register\n\n' +
        'Registers the slash commands with Discord (in DISCORD_GUILD_ID when set, else globally)\n' +
        'and prints the URL that adds the bot to a server. Reads DISCORD_TOKEN and DISCORD_APP_ID.',
    );
    return 0;
  }
  // .env only fills what the environment leaves unset, and is read without touching process.env.
  const fromFile: Record<string, string> = {};
  (await import('dotenv')).config({ quiet: true, processEnv: fromFile });
  const config = discordConfigFromEnv({ ...fromFile, ...io.env });
  try {
    const { scope, names } = await registerDiscordCommands(config);
    const where = scope === 'guild' ? `in guild ${config.guildId}` : 'globally';
    io.stdout(
      `Registered ${names.length} commands ${where}: ${names.map((n) => (n.includes(' ') ? `"${n}"` : `/${n}`)).join(' ')}`,
    );
    if (scope === 'global') io.stdout('Global commands can take up to an hour to appear.');
    io.stdout(`Add the bot to a server: ${discordInviteUrl(config.appId)}`);
    return 0;
  } catch (error) {
    return reportFailure(error, io);
  }
};

function reportFailure(error: unknown, io: CliIo): number {
  if (error instanceof DiscordAPIError) {
    const hint =
      error.status === 401
        ? ' (check DISCORD_TOKEN)'
        : error.status === 403 || error.status === 404
          ? ' (check DISCORD_APP_ID and DISCORD_GUILD_ID, and that the bot is in that guild)'
          : '';
    io.stderr(`Discord refused the commands: ${error.status} ${error.message}${hint}`);
    return 1;
  }
  io.stderr(`Could not reach Discord: ${(error as Error).message}`);
  return 1;
}
