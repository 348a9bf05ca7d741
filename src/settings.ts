import { z } from 'zod';
import { ConfigError } from './errors.ts';

/** One environment variable behind one setting. */
export interface Setting {
  variable: string;
  /** Receives the trimmed value, or undefined when the variable is unset. */
  schema: z.ZodType;
  /** Never shown in an error message. Default false. */
  secret?: boolean;
  /**
   * A variable set to an empty value counts as unset (the empty lines .env.example lists for a
   * platform's optional settings). Default false: `PORT=` is an error, not the default port.
   */
  blankIsUnset?: boolean;
}

export type Settings<S extends Record<string, Setting>> = {
  [K in keyof S]: z.output<S[K]['schema']>;
};

/**
 * Reads and checks a group of settings: each explicit option first, then its environment
 * variable. Every part of the process (core, Discord, Slack) reads its settings through this.
 * Throws {@link ConfigError} with one line per bad variable, naming it; secret values are never
 * echoed, others are, to help fix them.
 */
export function readSettings<S extends Record<string, Setting>>(
  env: NodeJS.ProcessEnv,
  spec: S,
  explicit: { [K in keyof S]?: unknown } = {},
): Settings<S> {
  const input: Record<string, unknown> = {};
  const problems = new Map<string, string>();
  for (const [key, setting] of Object.entries(spec)) {
    const given = explicit[key as keyof S];
    const raw = env[setting.variable]?.trim();
    if (given !== undefined) input[key] = given;
    else if (raw !== '') input[key] = raw;
    else if (!setting.blankIsUnset) {
      problems.set(
        setting.variable,
        `${setting.variable} is set but empty: give it a value or remove it`,
      );
    }
  }
  const shape = Object.fromEntries(Object.entries(spec).map(([key, s]) => [key, s.schema]));
  const parsed = z.object(shape).safeParse(input);
  if (parsed.success && problems.size === 0) return parsed.data as Settings<S>;
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const key = String(issue.path[0]);
    const setting = spec[key];
    const variable = setting?.variable ?? key;
    if (problems.has(variable)) continue;
    const value = input[key];
    const shown = setting?.secret || value === undefined ? '' : ` (got ${JSON.stringify(value)})`;
    problems.set(variable, `${variable} ${issue.message}${shown}`);
  }
  throw new ConfigError([...problems.values()]);
}

const TRUE = new Set(['true', '1', 'yes', 'on']);
const FALSE = new Set(['false', '0', 'no', 'off']);

/** `true`/`false` (also 1/0, yes/no, on/off), any case. */
export const booleanSetting = z.string().transform((value, ctx) => {
  const v = value.toLowerCase();
  if (TRUE.has(v)) return true;
  if (FALSE.has(v)) return false;
  ctx.addIssue({ code: 'custom', message: 'must be true or false' });
  return z.NEVER;
});

/** A whole number from `min` to `max`, written in decimal digits. */
export const wholeNumberSetting = (min: number, max: number, message: string) =>
  z
    .string({ error: message })
    .regex(/^\d+$/, message)
    .transform(Number)
    .pipe(z.number().min(min, message).max(max, message));
