import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../src/logger.ts';
import type { Scrub } from '../../src/scrub.ts';

/**
 * Bolt, the Web API client and the Socket Mode client log through this: their lines go to the
 * project's logger, scrubbed of the tokens. The project's logger decides the level.
 */
export function toBoltLogger(logger: Logger, scrub: Scrub): BoltLogger {
  const line = (args: unknown[]) =>
    scrub(args.map((a) => (typeof a === 'string' ? a : safeString(a))).join(' '));
  return {
    debug: (...args) => logger.debug(line(args)),
    info: (...args) => logger.info(line(args)),
    warn: (...args) => logger.warn(line(args)),
    error: (...args) => logger.error(line(args)),
    // Bolt sets its own default level on the logger it is given; ours stays in charge.
    setLevel: () => {},
    getLevel: () => boltLevel(logger.level),
    setName: () => {},
  };
}

function boltLevel(level: string): LogLevel {
  switch (level) {
    case 'trace':
    case 'debug':
      return LogLevel.DEBUG;
    case 'info':
      return LogLevel.INFO;
    case 'warn':
      return LogLevel.WARN;
    default:
      return LogLevel.ERROR;
  }
}

function safeString(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
