import { z } from 'zod';
import { RATE_LIMIT_DEFAULTS } from './conversation/rate-limit.ts';
import { booleanSetting, readSettings, type Settings, wholeNumberSetting } from './settings.ts';
import { type TrustProxy, TrustProxySchema } from './surface/client-address.ts';

/** Defaults for the settings every start-up needs, whatever surfaces run. */
export const CONFIG_DEFAULTS = Object.freeze({
  port: 3000,
  host: '127.0.0.1',
  knowledgePath: 'knowledge/profile.yaml',
  logLevel: 'info',
  nodeEnv: 'development',
  unansweredLog: 'data/unanswered.jsonl',
  reloadKnowledge: true,
  rateLimitMax: RATE_LIMIT_DEFAULTS.max,
  rateLimitWindowMs: RATE_LIMIT_DEFAULTS.windowMs,
  trustProxy: { kind: 'none' } as TrustProxy,
});

const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;
const NODE_ENVS = ['development', 'production', 'test'] as const;

/** The core settings: each one's variable and check. */
export const CORE_SETTINGS = {
  /** Port of the one HTTP server (web chat, health, metrics, Slack events). Default 3000 (env `PORT`); 0 picks a free port. */
  port: {
    variable: 'PORT',
    schema: wholeNumberSetting(0, 65535, 'must be a whole number from 0 to 65535')
      .optional()
      .default(CONFIG_DEFAULTS.port),
  },
  /** Address to listen on. Default 127.0.0.1 (env `HOST`); 0.0.0.0 in a container. */
  host: {
    variable: 'HOST',
    schema: z
      .string()
      .regex(/^[\w.:-]+$/, 'must be a host name or an IP address, e.g. 127.0.0.1 or 0.0.0.0')
      .optional()
      .default(CONFIG_DEFAULTS.host),
  },
  /** The profile knowledge file. Default knowledge/profile.yaml (env `KNOWLEDGE_PATH`). */
  knowledgePath: {
    variable: 'KNOWLEDGE_PATH',
    schema: z.string().optional().default(CONFIG_DEFAULTS.knowledgePath),
  },
  /** Log level. Default info (env `LOG_LEVEL`). */
  logLevel: {
    variable: 'LOG_LEVEL',
    schema: z
      .enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` })
      .optional()
      .default('info'),
  },
  /** Human-readable logs. Default: when stdout is a terminal outside production (env `LOG_PRETTY`). */
  logPretty: { variable: 'LOG_PRETTY', blankIsUnset: true, schema: booleanSetting.optional() },
  /** Default development (env `NODE_ENV`). */
  nodeEnv: {
    variable: 'NODE_ENV',
    schema: z
      .enum(NODE_ENVS, { error: `must be one of ${NODE_ENVS.join(', ')}` })
      .optional()
      .default('development'),
  },
  /** JSON-lines log of questions the bot could not answer. Default data/unanswered.jsonl (env `UNANSWERED_LOG`). */
  unansweredLog: {
    variable: 'UNANSWERED_LOG',
    schema: z.string().optional().default(CONFIG_DEFAULTS.unansweredLog),
  },
  /** Reload the knowledge file when it changes. Default true (env `RELOAD_KNOWLEDGE`). */
  reloadKnowledge: {
    variable: 'RELOAD_KNOWLEDGE',
    schema: booleanSetting.optional().default(CONFIG_DEFAULTS.reloadKnowledge),
  },
  /** Questions per asker at once, and per window on average, on every surface. Default 5 (env `RATE_LIMIT_MAX`). */
  rateLimitMax: {
    variable: 'RATE_LIMIT_MAX',
    schema: wholeNumberSetting(1, 1_000_000, 'must be a whole number above 0')
      .optional()
      .default(CONFIG_DEFAULTS.rateLimitMax),
  },
  /** Rate-limit window in milliseconds. Default 10,000 (env `RATE_LIMIT_WINDOW_MS`). */
  rateLimitWindowMs: {
    variable: 'RATE_LIMIT_WINDOW_MS',
    schema: wholeNumberSetting(1, 86_400_000, 'must be a whole number of milliseconds above 0')
      .optional()
      .default(CONFIG_DEFAULTS.rateLimitWindowMs),
  },
  /**
   * Which proxies to believe about the client's address (X-Forwarded-For), for the rate limit
   * and the logs: false, a hop count, or addresses and CIDR ranges. Default false (env `TRUST_PROXY`).
   */
  trustProxy: {
    variable: 'TRUST_PROXY',
    blankIsUnset: true,
    schema: TrustProxySchema.optional().default(CONFIG_DEFAULTS.trustProxy),
  },
  /** When set, GET /metrics asks for `Authorization: Bearer <token>` (env `METRICS_TOKEN`). */
  metricsToken: {
    variable: 'METRICS_TOKEN',
    secret: true,
    blankIsUnset: true,
    schema: z.string().min(16, 'must be at least 16 characters long').optional(),
  },
};

export type Config = Settings<typeof CORE_SETTINGS>;

/**
 * The core settings from the environment (after `.env` is loaded). A variable set to an empty
 * value is a mistake, not a request for the default. Throws ConfigError with one line per
 * problem, naming the variable.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return readSettings(env, CORE_SETTINGS);
}
