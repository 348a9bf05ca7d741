import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../src/logger.ts';

/**
 * Replaces every secret in a message, so that no token reaches a log line by accident: the
 * configured ones, anything shaped like a Slack token, and the legacy verification `token`
 * field the Socket Mode client prints with each payload at debug level.
 */
export function createScrubber(secrets: readonly (string | undefined)[]): (text: string) => string {
  const known = secrets.filter((s): s is string => typeof s === 'string' && s.length >= 6);
  return (text) =>
    known
      .reduce((out, secret) => out.split(secret).join('[redacted]'), text)
      .replace(/\bx(?:ox[a-z]|app)-[A-Za-z0-9-]+/g, '[redacted]')
      .replace(/("token"\s*:\s*")[^"]*"/g, '$1[redacted]"');
}

/**
 * Bolt, the Web API client and the Socket Mode client log through this: their lines go to the
 * project's logger, scrubbed of the tokens. The project's logger decides the level.
 */
export function toBoltLogger(logger: Logger, scrub: (text: string) => string): BoltLogger {
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
