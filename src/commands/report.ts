import { CONFIG_DEFAULTS } from '../config.ts';
import {
  formatReport,
  printable,
  REPORT_DEFAULTS,
  reportFromTally,
  tallyUnansweredLog,
  terminalSafeJson,
} from '../service/report.ts';
import { type Command, EXIT, parseOptions } from './command.ts';

/** `portfolio-bot report [--log FILE] [--json] [--top N]`: what people asked that the profile does not answer. */
export const reportCommand: Command = async (args, io) => {
  const { values, positionals } = parseOptions(args, {
    log: { type: 'string' },
    json: { type: 'boolean' },
    top: { type: 'string' },
  });
  const top = values.top === undefined ? REPORT_DEFAULTS.top : Number(values.top);
  if (!Number.isInteger(top) || top < 0) {
    io.stderr(
      `--top must be a whole number (0 lists every group), not ${JSON.stringify(values.top)}`,
    );
    return EXIT.invalid;
  }
  const file =
    (values.log as string | undefined) ??
    positionals[0] ??
    (io.env.UNANSWERED_LOG?.trim() || CONFIG_DEFAULTS.unansweredLog);
  let read: Awaited<ReturnType<typeof tallyUnansweredLog>>;
  try {
    read = await tallyUnansweredLog(file);
  } catch (error) {
    io.stderr(`cannot read ${printable(file)}: ${printable((error as Error).message)}`);
    return EXIT.invalid;
  }
  const report = { ...reportFromTally(read.tally, file, top), skipped: read.skipped };
  if (values.json) io.stdout(terminalSafeJson(report));
  else if (read.missing)
    io.stdout(`No unanswered questions yet: ${printable(file)} does not exist.`);
  else io.stdout(formatReport(report));
  return EXIT.ok;
};
