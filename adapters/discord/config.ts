import { z } from 'zod';
import { RATE_LIMIT_DEFAULTS } from '../../src/conversation/rate-limit.ts';
import { ConfigError } from '../../src/errors.ts';

/** Discord ids are 64-bit integers written in decimal: 17 to 20 digits today. */
const Snowflake = z
  .string()
  .regex(/^\d{1,20}$/, { error: 'must be a Discord id (a snowflake: digits only)' });

const PositiveInt = z.coerce
  .number({ error: 'must be a whole number above 0' })
  .int({ error: 'must be a whole number above 0' })
  .positive({ error: 'must be a whole number above 0' });

export const DiscordConfigSchema = z.object({
  /** The bot token. Env `DISCORD_TOKEN`. Required. */
  token: z.string({ error: 'is required (the bot token from the Developer Portal)' }).min(1, {
    error: 'is required (the bot token from the Developer Portal)',
  }),
  /** The application id. Env `DISCORD_APP_ID`. Required. */
  appId: z
    .string({ error: 'is required (the application id from the Developer Portal)' })
    .regex(/^\d{1,20}$/, { error: 'must be a Discord id (a snowflake: digits only)' }),
  /** Register commands in this guild only (instant) rather than globally. Env `DISCORD_GUILD_ID`. */
  guildId: Snowflake.optional(),
  /**
   * REST base as discord.js's `rest.api` option takes it; gateway discovery follows it.
   * Default `https://discord.com/api` (env `DISCORD_API_URL`).
   */
  apiUrl: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL, e.g. https://discord.com/api' })
    .transform((url) => url.replace(/\/+$/, ''))
    .default('https://discord.com/api'),
  /** Answer slash commands so only the asker sees them. Default false (env `DISCORD_EPHEMERAL`). */
  ephemeral: z
    .union([z.boolean(), z.stringbool({ error: 'must be true or false' })], {
      error: 'must be true or false',
    })
    .default(false),
  /** Questions per user per window. Default 5 (env `RATE_LIMIT_MAX`). */
  rateLimitMax: PositiveInt.default(RATE_LIMIT_DEFAULTS.max),
  /** Rate-limit window in milliseconds. Default 10,000 (env `RATE_LIMIT_WINDOW_MS`). */
  rateLimitWindowMs: PositiveInt.default(RATE_LIMIT_DEFAULTS.windowMs),
});

export type DiscordConfig = z.infer<typeof DiscordConfigSchema>;
export type DiscordConfigOptions = Partial<z.input<typeof DiscordConfigSchema>>;

/** The environment variable behind each setting, for error messages. */
export const DISCORD_ENV = Object.freeze({
  token: 'DISCORD_TOKEN',
  appId: 'DISCORD_APP_ID',
  guildId: 'DISCORD_GUILD_ID',
  apiUrl: 'DISCORD_API_URL',
  ephemeral: 'DISCORD_EPHEMERAL',
  rateLimitMax: 'RATE_LIMIT_MAX',
  rateLimitWindowMs: 'RATE_LIMIT_WINDOW_MS',
} satisfies Record<keyof DiscordConfig, string>);

/**
 * Discord settings: each explicit option first, then its environment variable.
 * Throws {@link ConfigError} with one line per missing or malformed value, naming the variable;
 * values themselves are never echoed, so a token pasted in the wrong place does not leak.
 */
export function discordConfigFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  options: DiscordConfigOptions = {},
): DiscordConfig {
  const input: Record<string, unknown> = {};
  for (const [key, variable] of Object.entries(DISCORD_ENV)) {
    const explicit = options[key as keyof DiscordConfigOptions];
    const fromEnv = env[variable]?.trim();
    input[key] = explicit ?? (fromEnv === '' ? undefined : fromEnv);
  }
  const parsed = DiscordConfigSchema.safeParse(input);
  if (!parsed.success) {
    const problems = new Map<string, string>();
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0]) as keyof DiscordConfig;
      const variable = DISCORD_ENV[key] ?? key;
      if (!problems.has(variable)) problems.set(variable, `${variable} ${issue.message}`);
    }
    throw new ConfigError([...problems.values()]);
  }
  return parsed.data;
}
