import { config as loadDotenv } from 'dotenv';
import { EXIT } from '../commands/command.ts';
import { type Config, loadConfig } from '../config.ts';
import { ConfigError, KnowledgeError, PortfolioBotError } from '../errors.ts';
import { createLogger, type Logger } from '../logger.ts';
import { type PreparedSurface, SURFACES } from './surfaces.ts';
import { unwritableReason } from './writable.ts';

/** Shutdown never takes longer than this: whatever is still open is abandoned. */
const SHUTDOWN_LIMIT_MS = 5_000;

// Socket errors that can escape an emitter without meaning the process state is broken.
const TRANSIENT_ERROR_CODES = new Set([
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

class StartupError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

interface Plan {
  config: Config;
  surfaces: PreparedSurface[];
  skipped: string[];
}

/** Reads every setting, the core's and each enabled surface's; all problems at once. */
async function plan(env: NodeJS.ProcessEnv): Promise<Plan> {
  let config: Config | undefined;
  const problems: string[] = [];
  try {
    config = loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems.push(...error.problems);
  }
  const surfaces: PreparedSurface[] = [];
  const skipped: string[] = [];
  for (const entry of SURFACES) {
    if (entry.credential && !env[entry.credential]?.trim()) {
      skipped.push(`${entry.name}: not started (${entry.credential} is not set)`);
      continue;
    }
    try {
      surfaces.push(await entry.load(env));
    } catch (error) {
      if (error instanceof ConfigError) problems.push(...error.problems);
      else if (error instanceof PortfolioBotError) problems.push(error.message);
      else throw error;
    }
  }
  const logProblem = config && unwritableReason(config.unansweredLog);
  if (config && logProblem) {
    problems.push(`UNANSWERED_LOG ${config.unansweredLog} cannot be written: ${logProblem}`);
  }
  // Every problem at once, chat platforms included, so one edit of .env fixes them all.
  if (!config || problems.length > 0) throw new StartupError([...new Set(problems)]);
  return { config, surfaces, skipped };
}

/** Runs the bot: every configured chat surface plus the web chat on one HTTP server. */
async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  // The real environment always wins over .env, whatever DOTENV_* variables say.
  loadDotenv({ quiet: true, override: false });
  const { config, surfaces: prepared, skipped } = await plan(env);
  const secrets = [config.metricsToken, ...prepared.flatMap((s) => s.secrets)];
  const logger = createLogger({
    level: config.logLevel,
    pretty: config.logPretty ?? (Boolean(process.stdout.isTTY) && config.nodeEnv !== 'production'),
    secrets: secrets.filter((s): s is string => Boolean(s)),
  });
  const { wire } = await import('./wire.ts');
  let running: Awaited<ReturnType<typeof wire>>;
  try {
    running = await wire({ config, logger, surfaces: prepared, secrets });
  } catch (error) {
    if (error instanceof KnowledgeError) throw new StartupError(error.message.split('\n'));
    throw error;
  }
  const { http, web, chats, close } = running;
  handleSignals(logger, http.close, [web, ...chats], close);

  let address: { port: number };
  try {
    address = await http.listen(config.port, config.host);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    await close();
    throw new StartupError([
      `PORT ${config.port} on HOST ${config.host} cannot be used (${reason}); set PORT or HOST to another value`,
    ]);
  }
  const url = `http://${displayHost(config.host)}:${address.port}`;
  await web.start();
  logger.info({ url, knowledge: config.knowledgePath }, `Open ${url} to chat`);
  for (const line of skipped) logger.info(line);
  // Chat platforms connect in the background, retrying with backoff; one that cannot connect
  // (network, revoked token) leaves the others running.
  for (const chat of chats) chat.start();
}

function handleSignals(
  logger: Logger,
  closeHttp: () => Promise<void>,
  surfaces: readonly { stop(): Promise<void> }[],
  closeService: () => Promise<void>,
): void {
  let stopping = false;
  const shutdown = async (reason: string, code: number) => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, 'shutting down');
    const limit = setTimeout(() => {
      logger.error(`still busy after ${SHUTDOWN_LIMIT_MS / 1000} s; exiting anyway`);
      process.exit(EXIT.failed);
    }, SHUTDOWN_LIMIT_MS);
    limit.unref();
    const results = await Promise.allSettled([closeHttp(), ...surfaces.map((s) => s.stop())]);
    for (const result of results) {
      if (result.status === 'rejected') logger.warn({ err: result.reason }, 'stop failed');
    }
    await closeService();
    logger.info('stopped');
    process.exit(code);
  };

  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (stopping) {
        logger.warn({ signal }, 'second signal: exiting now');
        process.exit(EXIT.failed);
      }
      void shutdown(signal, EXIT.ok);
    });
  }
  process.on('unhandledRejection', (reason) => {
    // Every handler catches its own errors; one that slipped through spoils only its own work.
    logger.error({ err: reason }, 'unhandled promise rejection; still serving');
  });
  // Logs going nowhere (the reader of stdout went away) must not become errors that get logged.
  process.stdout.on('error', () => {});
  process.stderr.on('error', () => {});
  process.on('uncaughtException', (error) => {
    const code = (error as NodeJS.ErrnoException).code;
    if (code && TRANSIENT_ERROR_CODES.has(code)) {
      logger.error({ err: error }, 'connection error; still serving');
      return;
    }
    // Anything else may have left state half-changed: stop cleanly rather than serve from it.
    logger.fatal({ err: error }, 'uncaught exception');
    void shutdown('uncaught exception', EXIT.failed);
  });
}

function displayHost(host: string): string {
  if (['127.0.0.1', '0.0.0.0', '::', '::1', 'localhost'].includes(host)) return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

try {
  await main();
} catch (error) {
  if (error instanceof StartupError) {
    process.stderr.write(`${error.lines.join('\n')}\n`);
    process.exit(EXIT.invalid);
  }
  throw error;
}
