import { readFileSync } from 'node:fs';
import { createAssistant } from '../answer/assistant.ts';
import { evaluate, parseEvalSet } from '../answer/evaluate.ts';
import { PortfolioBotError } from '../errors.ts';
import { loadKnowledge, resolveKnowledgePath } from '../knowledge/load.ts';
import { type Command, EXIT, parseOptions } from './command.ts';

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

/** `portfolio-bot eval FILE.jsonl [--min PERCENT] [--knowledge FILE]` */
export const evalCommand: Command = async (args, io) => {
  const { values, positionals } = parseOptions(args, {
    knowledge: { type: 'string' },
    min: { type: 'string' },
    quiet: { type: 'boolean' },
  });
  const file = positionals[0];
  if (!file)
    throw new PortfolioBotError(
      'usage',
      'eval needs a question set: portfolio-bot eval FILE.jsonl [--min PERCENT]',
    );
  const min = values.min === undefined ? undefined : Number(values.min);
  if (min !== undefined && !(min >= 0 && min <= 100))
    throw new PortfolioBotError('usage', '--min takes a percentage from 0 to 100');

  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new PortfolioBotError(
      'usage',
      `${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message}`,
    );
  }
  let cases: ReturnType<typeof parseEvalSet>;
  try {
    cases = parseEvalSet(text, file);
  } catch (error) {
    throw new PortfolioBotError('usage', (error as Error).message);
  }
  const assistant = createAssistant(
    loadKnowledge(resolveKnowledgePath(values.knowledge as string | undefined, io.env)),
  );
  const summary = evaluate(assistant, cases);

  const failures = summary.results.filter((r) => !r.passed);
  if (!values.quiet && failures.length > 0) {
    io.stdout('Failures:');
    for (const f of failures) {
      const question = f.case.turns ? f.case.turns.join(' → ') : f.case.q;
      io.stdout(
        `  ${f.case.id} [${f.case.expect}] ${question}\n      ${f.reason}; answered: ${f.text.replace(/\s+/g, ' ').slice(0, 160)}`,
      );
    }
    io.stdout('');
  }
  for (const [kind, k] of Object.entries(summary.byKind)) {
    io.stdout(`${kind.padEnd(10)} ${percent(k.accuracy).padStart(6)}  (${k.passed}/${k.total})`);
  }
  const passed = summary.results.length - failures.length;
  io.stdout(`overall accuracy ${percent(summary.accuracy)} (${passed}/${summary.results.length})`);
  if (min !== undefined && summary.accuracy * 100 < min) {
    io.stderr(`accuracy ${percent(summary.accuracy)} is below --min ${min}%`);
    return EXIT.failed;
  }
  return EXIT.ok;
};
