import { Writable } from 'node:stream';
import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';
import { createLogSampler, type LogSampling } from './log-sampler.ts';
import { createScrubber } from './scrub.ts';

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
  /** Repeated identical lines: the first 20 per 10 s in full, then one summary line; `false` writes all. */
  sampling?: LogSampling | false;
}

// A client that hangs up or times out mid-request is routine: its stack trace says nothing.
const EXPECTED_CLIENT_ERRORS = new Set([
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'ERR_STREAM_PREMATURE_CLOSE',
  'ERR_HTTP_REQUEST_TIMEOUT',
  'ERR_STREAM_DESTROYED',
  'HPE_HEADER_OVERFLOW',
  'HPE_INVALID_METHOD',
]);

/** pino's error serializer, without the stack for errors a client caused by going away. */
export function serializeError(value: unknown): unknown {
  if (!(value instanceof Error)) return value;
  const code = (value as NodeJS.ErrnoException).code;
  const serialized = pino.stdSerializers.err(value);
  if ((code && EXPECTED_CLIENT_ERRORS.has(code)) || value.message === 'aborted') {
    const { stack: _stack, ...rest } = serialized;
    return rest;
  }
  return serialized;
}

/** Structured logs (pino): JSON in production, readable in a terminal, secrets never written. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const scrub = createScrubber(options.secrets ?? []);
  const redact = { paths: REDACTED_PATHS, censor: '[redacted]' };
  const level = options.level ?? 'info';
  const out = options.destination ?? process.stdout;
  // Scrubbing the finished line covers every field, nested or not, in both formats, with the
  // same scrubber as logged errors: configured secrets and token-shaped text alike.
  const scrubbed = new Writable({
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
  const sampler = options.sampling === false ? undefined : createLogSampler(options.sampling);
  return pino(
    {
      level,
      redact,
      serializers: { err: serializeError, error: serializeError },
      ...(sampler && { hooks: { logMethod: sampler.logMethod } }),
    },
    destination as NodeJS.WritableStream,
  );
}
