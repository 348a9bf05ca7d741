import { readFile } from 'node:fs/promises';
import { PortfolioBotError } from '../errors.ts';
import { createFit } from '../fit/fit.ts';
import { checkJobText } from '../fit/input.ts';
import { formatFitReport } from '../fit/plain-text.ts';
import { loadKnowledge, resolveKnowledgePath } from '../knowledge/load.ts';
import { type Command, EXIT, parseOptions } from './command.ts';

/** `portfolio-bot fit [FILE|-] [--json] [--knowledge FILE]` */
export const fitCommand: Command = async (args, io) => {
  const { values, positionals } = parseOptions(args, {
    knowledge: { type: 'string' },
    json: { type: 'boolean' },
  });
  const source = positionals[0] ?? '-';
  if (source === '-' && io.isTTY) {
    throw new PortfolioBotError(
      'usage',
      'fit needs a job description: portfolio-bot fit FILE, or pipe it in (portfolio-bot fit - < jd.txt)',
    );
  }
  const checked = checkJobText(await readInput(source, io.stdin));
  if (!checked.ok) {
    io.stderr(`fit: ${checked.message}`);
    return EXIT.invalid;
  }
  const profile = loadKnowledge(
    resolveKnowledgePath(values.knowledge as string | undefined, io.env),
  );
  const report = createFit(profile).fit(checked.text);
  io.stdout(values.json ? JSON.stringify(report, null, 2) : formatFitReport(report));
  return EXIT.ok;
};

async function readInput(source: string, stdin: NodeJS.ReadableStream): Promise<Uint8Array> {
  if (source !== '-') {
    try {
      return await readFile(source);
    } catch (error) {
      throw new PortfolioBotError(
        'usage',
        `fit: cannot read ${source}: ${(error as Error).message}`,
      );
    }
  }
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}
