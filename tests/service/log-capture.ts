import { Writable } from 'node:stream';
import { createLogger, type Logger, type LoggerOptions } from '../../src/logger.ts';

export interface CapturedLogger {
  logger: Logger;
  /** Raw text written so far. */
  text(): string;
  /** Parsed JSON lines written so far. */
  records(): Array<Record<string, unknown> & { level: number; msg?: string }>;
}

/** A real project logger writing JSON lines into memory. */
export function captureLogger(options: Omit<LoggerOptions, 'destination'> = {}): CapturedLogger {
  let written = '';
  const destination = new Writable({
    write(chunk, _encoding, done) {
      written += chunk.toString();
      done();
    },
  });
  const logger = createLogger({ level: 'debug', ...options, destination });
  return {
    logger,
    text: () => written,
    records: () =>
      written
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line)),
  };
}
