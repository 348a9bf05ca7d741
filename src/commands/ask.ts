import type { z } from 'zod';
import type { Answer } from '../answer/answer.ts';
import { type Assistant, createAssistant } from '../answer/assistant.ts';
import { answerToPlainText } from '../answer/plain-text.ts';
import { type BoundedLine, boundedLines } from '../bounded-lines.ts';
import { PortfolioBotError } from '../errors.ts';
import { type Command, EXIT, parseOptions } from './command.ts';
import { knowledgeFileOf, loadKnowledgeCached } from './knowledge-cache.ts';

/**
 * The schema of one line of `ask --batch` input. Built on first use: zod is the largest module
 * of the command line, and a single `ask` does not need it.
 */
async function batchLineSchema() {
  const { z } = await import('zod');
  return z.object({
    id: z.union([z.string(), z.number()]).optional(),
    conversation: z.union([z.string(), z.number()]).optional(),
    question: z.string({ error: '"question" must be a string' }),
  });
}

/** Limits of `ask --batch`. */
export const BATCH_DEFAULTS = Object.freeze({
  /** A longer input line is answered with an error and skipped without being held in memory. */
  maxLineBytes: 64 * 1024,
});

type BatchLineSchema = Awaited<ReturnType<typeof batchLineSchema>>;

/** One line of `ask --batch` output: what a person reads, plus what a script needs. */
export function toBatchLine(id: unknown, answer: Answer) {
  return {
    id: id ?? null,
    answered: answer.answered,
    confidence: answer.confidence,
    topic: answer.topic,
    text: answerToPlainText(answer),
    suggestions: answer.suggestions,
  };
}

export function formatForTerminal(answer: Answer): string {
  const body = answerToPlainText(answer);
  const more = answer.suggestions.length
    ? `\n\nYou could also ask:\n${answer.suggestions.map((s) => `  • ${s}`).join('\n')}`
    : '';
  return `${body}${more}`;
}

export const askCommand: Command = async (args, io) => {
  const { values, positionals } = parseOptions(args, {
    knowledge: { type: 'string' },
    batch: { type: 'boolean' },
    json: { type: 'boolean' },
  });
  const assistant = createAssistant(
    await loadKnowledgeCached(knowledgeFileOf(values.knowledge as string | undefined, io.env)),
  );

  if (values.batch) return batch(assistant, io);
  const question = positionals.join(' ');
  if (question.trim() !== '') {
    const answer = assistant.ask(question, 'cli');
    io.stdout(values.json ? JSON.stringify(answer, null, 2) : formatForTerminal(answer));
    return EXIT.ok;
  }
  if (!io.isTTY) {
    throw new PortfolioBotError(
      'usage',
      'ask needs a QUESTION, --batch, or a terminal for an interactive chat',
    );
  }
  return chat(assistant, io);
};

async function batch(assistant: Assistant, io: Parameters<Command>[1]): Promise<number> {
  let n = 0;
  let failed = 0;
  const schema = await batchLineSchema();
  // Exactly one output line per input line, blank and oversized ones included, in order.
  for await (const line of boundedLines(
    io.stdin as AsyncIterable<Buffer>,
    BATCH_DEFAULTS.maxLineBytes,
  )) {
    n++;
    const answer = batchAnswer(assistant, schema, line, n);
    if ('error' in answer) failed++;
    io.stdout(JSON.stringify(answer));
  }
  if (failed > 0) io.stderr(`${failed} of ${n} lines were not valid batch input`);
  return failed > 0 ? EXIT.invalid : EXIT.ok;
}

function batchAnswer(
  assistant: Assistant,
  schema: BatchLineSchema,
  line: BoundedLine,
  n: number,
): ReturnType<typeof toBatchLine> | { id: null; line: number; error: string } {
  const refuse = (reason: string) => ({ id: null, line: n, error: `line ${n}: ${reason}` });
  if ('tooLong' in line) {
    return refuse(
      `${line.tooLong} bytes; lines are limited to ${BATCH_DEFAULTS.maxLineBytes} bytes`,
    );
  }
  if (line.text.trim() === '') return refuse('empty line; expected {"question": "..."}');
  let parsed: z.infer<BatchLineSchema>;
  try {
    const result = schema.safeParse(JSON.parse(line.text));
    if (!result.success) throw new Error(result.error.issues.map((i) => i.message).join('; '));
    parsed = result.data;
  } catch (error) {
    // A bad line is answered with its error, in order, so no question is silently lost.
    return refuse(errorText(error));
  }
  const conversation =
    parsed.conversation !== undefined ? `batch:${parsed.conversation}` : undefined;
  return toBatchLine(parsed.id, assistant.ask(parsed.question, conversation));
}

async function chat(assistant: Assistant, io: Parameters<Command>[1]): Promise<number> {
  const name = assistant.profile.identity.name;
  io.stdout(`Ask me about ${name}'s professional profile. Type "exit" or press Ctrl+D to leave.`);
  // Loaded here: a one-shot question never reads the terminal.
  const { createInterface } = await import('node:readline');
  const rl = createInterface({ input: io.stdin, output: process.stdout, prompt: '> ' });
  rl.prompt();
  for await (const line of rl) {
    if (/^\s*(exit|quit)\s*$/i.test(line)) break;
    if (line.trim() !== '') io.stdout(`\n${formatForTerminal(assistant.ask(line, 'cli-chat'))}\n`);
    rl.prompt();
  }
  rl.close();
  return EXIT.ok;
}

function errorText(error: unknown): string {
  return error instanceof SyntaxError ? 'not valid JSON' : (error as Error).message;
}
