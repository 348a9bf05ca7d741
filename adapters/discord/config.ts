import { z } from 'zod';
import { readSettings, type Settings } from '../../src/settings.ts';

/** Discord ids are 64-bit integers written in decimal: 17 to 20 digits today. */
const Snowflake = z
  .string()
  .regex(/^\d{1,20}$/, { error: 'must be a Discord id (a snowflake: digits only)' });

// Every Discord setting may be left blank in .env, and none is echoed in an error.
const setting = <T extends z.ZodType>(variable: string, schema: T) =>
  ({ variable, schema, secret: true, blankIsUnset: true }) as const;

export const DISCORD_SETTINGS = {
  /** The bot token. Env `DISCORD_TOKEN`. Required. */
  token: setting(
    'DISCORD_TOKEN',
    z.string({ error: 'is required (the bot token from the Developer Portal)' }).min(1, {
      error: 'is required (the bot token from the Developer Portal)',
    }),
  ),
  /** The application id. Env `DISCORD_APP_ID`. Required. */
  appId: setting(
    'DISCORD_APP_ID',
    z
      .string({ error: 'is required (the application id from the Developer Portal)' })
      .regex(/^\d{1,20}$/, { error: 'must be a Discord id (a snowflake: digits only)' }),
  ),
  /** Register commands in this guild only (instant) rather than globally. Env `DISCORD_GUILD_ID`. */
  guildId: setting('DISCORD_GUILD_ID', Snowflake.optional()),
  /**
   * REST base as discord.js's `rest.api` option takes it; gateway discovery follows it.
   * Default `https://discord.com/api` (env `DISCORD_API_URL`).
   */
  apiUrl: setting(
    'DISCORD_API_URL',
    z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL, e.g. https://discord.com/api' })
      .transform((url) => url.replace(/\/+$/, ''))
      .default('https://discord.com/api'),
  ),
  /** Answer slash commands so only the asker sees them. Default false (env `DISCORD_EPHEMERAL`). */
  ephemeral: setting(
    'DISCORD_EPHEMERAL',
    z
      .union([z.boolean(), z.stringbool({ error: 'must be true or false' })], {
        error: 'must be true or false',
      })
      .default(false),
  ),
};

export type DiscordConfig = Settings<typeof DISCORD_SETTINGS>;
export type DiscordConfigOptions = Partial<DiscordConfig>;

/**
 * Discord settings: each explicit option first, then its environment variable (blank counts as
 * unset, as .env.example lists them). Throws ConfigError with one line per missing or malformed
 * value, naming the variable; values are never echoed, so a token pasted in the wrong place
 * does not leak.
 */
export function discordConfigFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  options: DiscordConfigOptions = {},
): DiscordConfig {
  return readSettings(env, DISCORD_SETTINGS, options);
}
