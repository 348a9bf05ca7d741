import { z } from 'zod';
import { ConfigError } from '../../src/errors.ts';

/** Settings that need no secret; every one can be left out. */
export const SLACK_DEFAULTS = Object.freeze({
  apiUrl: 'https://slack.com/api/',
  command: '/ask',
  responseType: 'ephemeral' as const,
});

/** What the Slack surface needs; an option given here wins over its environment variable. */
export interface SlackOptions {
  /** Bot token, `xoxb-…`. Required (env `SLACK_BOT_TOKEN`). */
  botToken?: string;
  /** App-level token with `connections:write`, `xapp-…`, for Socket Mode (env `SLACK_APP_TOKEN`). */
  appToken?: string;
  /** Signing secret, to verify requests in HTTP mode (env `SLACK_SIGNING_SECRET`). */
  signingSecret?: string;
  /**
   * `socket` (an outgoing WebSocket, no public URL needed) or `http` (Slack POSTs to
   * `/slack/events`). Default: `socket` when an app token is set, else `http` when a signing
   * secret is set (env `SLACK_MODE`).
   */
  mode?: 'socket' | 'http';
  /** Web API base URL, ending with `/`. Default `https://slack.com/api/` (env `SLACK_API_URL`). */
  apiUrl?: string;
  /** The slash command, as declared in the app manifest. Default `/ask` (env `SLACK_COMMAND`). */
  command?: string;
  /**
   * Who sees slash command answers: `ephemeral` (only the asker) or `in_channel`.
   * Default `ephemeral` (env `SLACK_RESPONSE_TYPE`).
   */
  responseType?: 'ephemeral' | 'in_channel';
  /** Questions a user may ask per window. Default 5 (env `RATE_LIMIT_MAX`). */
  rateLimitMax?: number;
  /** Rate limit window in milliseconds. Default 10,000 (env `RATE_LIMIT_WINDOW_MS`). */
  rateLimitWindowMs?: number;
}

const positiveInt = (name: string) =>
  z.coerce
    .number({ error: `${name}: must be a whole number` })
    .int(`${name}: must be a whole number`)
    .positive(`${name}: must be greater than 0`);

// Messages name the variable and never echo the value: it may be a secret.
const SlackConfigSchema = z.object({
  botToken: z
    .string({ error: 'SLACK_BOT_TOKEN: is required (the bot token, xoxb-…)' })
    .startsWith('xoxb-', 'SLACK_BOT_TOKEN: must be a bot token starting with xoxb-'),
  appToken: z
    .string()
    .startsWith('xapp-', 'SLACK_APP_TOKEN: must be an app-level token starting with xapp-')
    .optional(),
  signingSecret: z
    .string()
    .regex(/^[0-9a-f]{16,}$/i, 'SLACK_SIGNING_SECRET: must be the hexadecimal signing secret')
    .optional(),
  mode: z.enum(['socket', 'http'], { error: 'SLACK_MODE: must be "socket" or "http"' }).optional(),
  apiUrl: z
    .url({ protocol: /^https?$/, error: 'SLACK_API_URL: must be an http(s) URL' })
    .transform((url) => (url.endsWith('/') ? url : `${url}/`))
    .default(SLACK_DEFAULTS.apiUrl),
  command: z
    .string()
    .regex(
      /^\/[a-z0-9_-]{1,31}$/,
      'SLACK_COMMAND: must be a lower-case slash command of at most 32 characters, e.g. /ask',
    )
    .default(SLACK_DEFAULTS.command),
  responseType: z
    .enum(['ephemeral', 'in_channel'], {
      error: 'SLACK_RESPONSE_TYPE: must be "ephemeral" or "in_channel"',
    })
    .default(SLACK_DEFAULTS.responseType),
  rateLimitMax: positiveInt('RATE_LIMIT_MAX').optional(),
  rateLimitWindowMs: positiveInt('RATE_LIMIT_WINDOW_MS').optional(),
});

/** Validated Slack settings; `mode` is always decided. */
export type SlackConfig = Omit<z.output<typeof SlackConfigSchema>, 'mode'> & {
  mode: 'socket' | 'http';
};

/** Whether the environment asks for the Slack surface at all (a bot token is set). */
export function isSlackConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.SLACK_BOT_TOKEN?.trim());
}

/**
 * Reads the Slack settings: each explicit option first, then its environment variable.
 * Throws {@link ConfigError} with one line per problem, naming the variable.
 */
export function slackConfigFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  options: SlackOptions = {},
): SlackConfig {
  const read = (name: string) => {
    const value = env[name]?.trim();
    return value === '' ? undefined : value;
  };
  const input = {
    botToken: options.botToken ?? read('SLACK_BOT_TOKEN'),
    appToken: options.appToken ?? read('SLACK_APP_TOKEN'),
    signingSecret: options.signingSecret ?? read('SLACK_SIGNING_SECRET'),
    mode: options.mode ?? read('SLACK_MODE'),
    apiUrl: options.apiUrl ?? read('SLACK_API_URL'),
    command: options.command ?? read('SLACK_COMMAND'),
    responseType: options.responseType ?? read('SLACK_RESPONSE_TYPE'),
    rateLimitMax: options.rateLimitMax ?? read('RATE_LIMIT_MAX'),
    rateLimitWindowMs: options.rateLimitWindowMs ?? read('RATE_LIMIT_WINDOW_MS'),
  };
  const result = SlackConfigSchema.safeParse(input);
  const problems = result.success ? [] : result.error.issues.map((issue) => issue.message);
  const { mode, problem } = decideMode(input);
  if (problem) problems.push(problem);
  if (!result.success || mode === undefined || problems.length > 0) {
    throw new ConfigError([...new Set(problems)]);
  }
  return { ...result.data, mode };
}

function decideMode(input: { mode?: string; appToken?: string; signingSecret?: string }): {
  mode?: 'socket' | 'http';
  problem?: string;
} {
  if (input.mode !== undefined && input.mode !== 'socket' && input.mode !== 'http') return {};
  const mode = input.mode ?? (input.appToken ? 'socket' : input.signingSecret ? 'http' : undefined);
  if (mode === undefined) {
    return {
      problem:
        'SLACK_APP_TOKEN or SLACK_SIGNING_SECRET: set SLACK_APP_TOKEN for Socket Mode (no public URL needed), or SLACK_SIGNING_SECRET for HTTP mode',
    };
  }
  if (mode === 'socket' && !input.appToken) {
    return { mode, problem: 'SLACK_APP_TOKEN: is required in Socket Mode (SLACK_MODE=socket)' };
  }
  if (mode === 'http' && !input.signingSecret) {
    return { mode, problem: 'SLACK_SIGNING_SECRET: is required in HTTP mode (SLACK_MODE=http)' };
  }
  return { mode };
}
