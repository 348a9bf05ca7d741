import { z } from 'zod';
import { ConfigError } from '../../src/errors.ts';
import { readSettings, type Settings } from '../../src/settings.ts';

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
}

// Every Slack setting may be left blank in .env, and none is echoed in an error: a token pasted
// into the wrong variable must not reach a log.
const setting = <T extends z.ZodType>(variable: string, schema: T) =>
  ({ variable, schema, secret: true, blankIsUnset: true }) as const;

export const SLACK_SETTINGS = {
  botToken: setting(
    'SLACK_BOT_TOKEN',
    z
      .string({ error: 'is required (the bot token, xoxb-…)' })
      .startsWith('xoxb-', 'must be a bot token starting with xoxb-'),
  ),
  appToken: setting(
    'SLACK_APP_TOKEN',
    z.string().startsWith('xapp-', 'must be an app-level token starting with xapp-').optional(),
  ),
  signingSecret: setting(
    'SLACK_SIGNING_SECRET',
    z
      .string()
      .regex(/^[0-9a-f]{16,}$/i, 'must be the hexadecimal signing secret')
      .optional(),
  ),
  mode: setting(
    'SLACK_MODE',
    z.enum(['socket', 'http'], { error: 'must be "socket" or "http"' }).optional(),
  ),
  apiUrl: setting(
    'SLACK_API_URL',
    z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
      .transform((url) => (url.endsWith('/') ? url : `${url}/`))
      .default(SLACK_DEFAULTS.apiUrl),
  ),
  command: setting(
    'SLACK_COMMAND',
    z
      .string()
      .regex(
        /^\/[a-z0-9_-]{1,31}$/,
        'must be a lower-case slash command of at most 32 characters, e.g. /ask',
      )
      .default(SLACK_DEFAULTS.command),
  ),
  responseType: setting(
    'SLACK_RESPONSE_TYPE',
    z
      .enum(['ephemeral', 'in_channel'], { error: 'must be "ephemeral" or "in_channel"' })
      .default(SLACK_DEFAULTS.responseType),
  ),
};

/** Validated Slack settings; `mode` is always decided. */
export type SlackConfig = Omit<Settings<typeof SLACK_SETTINGS>, 'mode'> & {
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
  const problems: string[] = [];
  let settings: Settings<typeof SLACK_SETTINGS> | undefined;
  try {
    settings = readSettings(env, SLACK_SETTINGS, options);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems.push(...error.problems);
  }
  const blankIsUnset = (name: string) => env[name]?.trim() || undefined;
  const { mode, problem } = decideMode({
    mode: options.mode ?? blankIsUnset('SLACK_MODE'),
    appToken: options.appToken ?? blankIsUnset('SLACK_APP_TOKEN'),
    signingSecret: options.signingSecret ?? blankIsUnset('SLACK_SIGNING_SECRET'),
  });
  if (problem) problems.push(problem);
  if (!settings || mode === undefined || problems.length > 0) {
    throw new ConfigError([...new Set(problems)]);
  }
  return { ...settings, mode };
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
    return { mode, problem: 'SLACK_APP_TOKEN is required in Socket Mode (SLACK_MODE=socket)' };
  }
  if (mode === 'http' && !input.signingSecret) {
    return { mode, problem: 'SLACK_SIGNING_SECRET is required in HTTP mode (SLACK_MODE=http)' };
  }
  return { mode };
}
