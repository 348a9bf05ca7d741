import { Writable } from 'node:stream';
import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

/** Field paths whose values are replaced before any log line is written. */
export const REDACTED_PATHS = [
  'token',
  'botToken',
  'appToken',
  'signingSecret',
  'secret',
  'password',
  'authorization',
  '*.token',
  '*.botToken',
  '*.appToken',
  '*.signingSecret',
  '*.secret',
  '*.password',
  '*.authorization',
  'headers.authorization',
  'req.headers.authorization',
  'req.headers["x-slack-signature"]',
  'config.token',
];

export interface LoggerOptions {
  /** `trace` … `fatal`, or `silent`. Default `info` (env `LOG_LEVEL`). */
  level?: string;
  /** Human-readable lines instead of JSON. Default: when stdout is a terminal and NODE_ENV is not production (env `LOG_PRETTY`). */
  pretty?: boolean;
  /** Where JSON lines go; default stdout. Tests pass a stream to read them. */
  destination?: NodeJS.WritableStream;
  /** Secret values to scrub from any message, wherever they appear. */
  secrets?: readonly string[];
}

/** Structured logs (pino): JSON in production, readable in a terminal, secrets never written. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const secrets = (options.secrets ?? []).filter((s) => s.length >= 6);
  const scrub = (line: string) => secrets.reduce((out, s) => out.split(s).join('[redacted]'), line);
  const redact = { paths: REDACTED_PATHS, censor: '[redacted]' };
  const level = options.level ?? 'info';
  const out = options.destination ?? process.stdout;
  // Scrubbing the finished line covers every field, nested or not, in both formats.
  const scrubbed =
    secrets.length === 0
      ? out
      : new Writable({
          write(chunk, _encoding, done) {
            out.write(scrub(String(chunk)));
            done();
          },
        });
  const destination = options.pretty
    ? pretty({
        colorize: Boolean((out as { isTTY?: boolean }).isTTY),
        ignore: 'pid,hostname',
        translateTime: 'SYS:HH:MM:ss',
        destination: scrubbed as NodeJS.WritableStream,
        sync: true,
      })
    : scrubbed;
  return pino({ level, redact }, destination as NodeJS.WritableStream);
}
