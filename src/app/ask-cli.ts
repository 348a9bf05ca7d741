import { askCommand } from '../commands/ask.ts';
import { runProcess } from './command-line.ts';

/**
 * The command line with `ask` alone, statically imported: scripts/build.mjs compiles it into one
 * CommonJS script (dist/ask.cjs) whose compiled code bin/ can keep between runs, which Node 20
 * offers for scripts only, not for ES modules. bin/portfolio-bot.js runs it for `ask`; every
 * other command, and `ask` wherever the script is missing, goes through cli.ts.
 */
export function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  return runProcess(argv, { ask: async () => askCommand });
}
