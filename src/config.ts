import { z } from 'zod';
import { ConfigError } from './errors.ts';
import { RATE_LIMIT_DEFAULTS } from './conversation/rate-limit.ts';

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
});

const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;
const NODE_ENVS = ['development', 'production', 'test'] as const;

const TRUE = new Set(['true', '1', 'yes', 'on']);
const FALSE = new Set(['false', '0', 'no', 'off']);

const Bool = z
  .string()
  .transform((value, ctx) => {
    const v = value.toLowerCase();
    if (TRUE.has(v)) return true;
    if (FALSE.has(v)) return false;
    ctx.addIssue({ code: 'custom', message: 'must be true or false' });
    return z.NEVER;
  })
  .optional();

const wholeNumber = (min: number, max: number, message: string) =>
  z
    .string()
    .regex(/^\d+$/, message)
    .transform(Number)
    .pipe(z.number().min(min, message).max(max, message));

/** The environment variable behind each core setting. */
export const CONFIG_ENV = Object.freeze({
  port: 'PORT',
  host: 'HOST',
  knowledgePath: 'KNOWLEDGE_PATH',
  logLevel: 'LOG_LEVEL',
  logPretty: 'LOG_PRETTY',
  nodeEnv: 'NODE_ENV',
  unansweredLog: 'UNANSWERED_LOG',
  reloadKnowledge: 'RELOAD_KNOWLEDGE',
  rateLimitMax: 'RATE_LIMIT_MAX',
  rateLimitWindowMs: 'RATE_LIMIT_WINDOW_MS',
});

export const ConfigSchema = z.object({
  /** Port of the one HTTP server (web chat, health, metrics, Slack events). Default 3000 (env `PORT`); 0 picks a free port. */
  port: wholeNumber(0, 65535, 'must be a whole number from 0 to 65535')
    .optional()
    .default(CONFIG_DEFAULTS.port),
  /** Address to listen on. Default 127.0.0.1 (env `HOST`); 0.0.0.0 in a container. */
  host: z
    .string()
    .regex(/^[\w.:-]+$/, 'must be a host name or an IP address, e.g. 127.0.0.1 or 0.0.0.0')
    .optional()
    .default(CONFIG_DEFAULTS.host),
  /** The profile knowledge file. Default knowledge/profile.yaml (env `KNOWLEDGE_PATH`). */
  knowledgePath: z.string().optional().default(CONFIG_DEFAULTS.knowledgePath),
  /** Log level. Default info (env `LOG_LEVEL`). */
  logLevel: z
    .enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` })
    .optional()
    .default('info'),
  /** Human-readable logs. Default: when stdout is a terminal outside production (env `LOG_PRETTY`). */
  logPretty: Bool,
  /** Default development (env `NODE_ENV`). */
  nodeEnv: z
    .enum(NODE_ENVS, { error: `must be one of ${NODE_ENVS.join(', ')}` })
    .optional()
    .default('development'),
  /** JSON-lines log of questions the bot could not answer. Default data/unanswered.jsonl (env `UNANSWERED_LOG`). */
  unansweredLog: z.string().optional().default(CONFIG_DEFAULTS.unansweredLog),
  /** Reload the knowledge file when it changes. Default true (env `RELOAD_KNOWLEDGE`). */
  reloadKnowledge: Bool.default(CONFIG_DEFAULTS.reloadKnowledge),
  /** Questions per asker per window, on every surface. Default 5 (env `RATE_LIMIT_MAX`). */
  rateLimitMax: wholeNumber(1, 1_000_000, 'must be a whole number above 0')
    .optional()
    .default(CONFIG_DEFAULTS.rateLimitMax),
  /** Rate-limit window in milliseconds. Default 10,000 (env `RATE_LIMIT_WINDOW_MS`). */
  rateLimitWindowMs: wholeNumber(1, 86_400_000, 'must be a whole number of milliseconds above 0')
    .optional()
    .default(CONFIG_DEFAULTS.rateLimitWindowMs),
});

export type Config = z.infer<typeof ConfigSchema>;

/**
 * The core settings from the environment (after `.env` is loaded). Empty values count as unset.
 * Throws {@link ConfigError} with one line per problem, naming the variable.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const input: Record<string, string | undefined> = {};
  for (const [key, variable] of Object.entries(CONFIG_ENV)) {
    const value = env[variable]?.trim();
    input[key] = value === '' ? undefined : value;
  }
  const parsed = ConfigSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = new Map<string, string>();
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0]) as keyof typeof CONFIG_ENV;
    const variable = CONFIG_ENV[key] ?? key;
    // None of the core settings is secret, so the bad value is shown to help fix it.
    if (!problems.has(variable)) {
      problems.set(variable, `${variable} ${issue.message} (got ${JSON.stringify(input[key])})`);
    }
  }
  throw new ConfigError([...problems.values()]);
}
