import { Readable } from 'node:stream';
import type { CliIo } from '../../src/commands/command.ts';

/** A command line's input and output in memory, for running commands in-process. */
export function fakeIo(options: { stdin?: string; env?: NodeJS.ProcessEnv } = {}): CliIo & {
  out: string[];
  err: string[];
} {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    stdin: Readable.from([options.stdin ?? '']),
    isTTY: false,
    env: options.env ?? {},
  };
}
