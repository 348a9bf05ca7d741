import { config as loadDotenv } from 'dotenv';
import type { AnswerSource } from './answer/answer.ts';
import { EXIT } from './cli.ts';
import { type Config, loadConfig } from './config.ts';
import { ConfigError, KnowledgeError, PortfolioBotError } from './errors.ts';
import type { FitSource } from './fit/fit-service.ts';
import { createLogger, type Logger } from './logger.ts';
import { createRateLimiter, type RateLimiter } from './rate-limit.ts';
import type { AnswerService } from './service/answer-service.ts';
import type { Surface } from './surface.ts';

/** Shutdown never takes longer than this: whatever is still open is abandoned. */
const SHUTDOWN_LIMIT_MS = 5_000;

interface SurfaceDeps {
  source: AnswerSource;
  logger: Logger;
  rateLimiter?: RateLimiter;
  fit?: FitSource;
}

/** A chat platform the process may run: started only when its credential is set. */
interface ChatPlatform {
  name: string;
  /** The variable whose presence turns the platform on. */
  credential: string;
  /** Reads the platform's settings (throwing ConfigError) and builds its surface. */
  load(env: NodeJS.ProcessEnv): Promise<(deps: SurfaceDeps) => Surface>;
}

// Imported only when their token is set, so a web-only start never loads discord.js or Bolt.
const PLATFORMS: readonly ChatPlatform[] = [
  {
    name: 'discord',
    credential: 'DISCORD_TOKEN',
    async load(env) {
      const { discordConfigFromEnv, createDiscordSurface } = await import(
        '../adapters/discord/index.ts'
      );
      const config = discordConfigFromEnv(env);
      return (deps) => createDiscordSurface(config, deps);
    },
  },
  {
    name: 'slack',
    credential: 'SLACK_BOT_TOKEN',
    async load(env) {
      const { slackConfigFromEnv, createSlackSurface } = await import('../adapters/slack/index.ts');
      const config = slackConfigFromEnv(env);
      return (deps) => createSlackSurface(config, deps);
    },
  },
];

const SECRET_VARIABLES = [
  'DISCORD_TOKEN',
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'SLACK_SIGNING_SECRET',
] as const;

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

/** Runs the bot: every configured chat surface plus the web chat on one HTTP server. */
async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  // The real environment always wins over .env, whatever DOTENV_* variables say.
  loadDotenv({ quiet: true, override: false });

  let config: Config | undefined;
  const problems: string[] = [];
  try {
    config = loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems.push(...error.problems);
  }
  const factories: { platform: ChatPlatform; create: (deps: SurfaceDeps) => Surface }[] = [];
  const skipped: string[] = [];
  for (const platform of PLATFORMS) {
    if (!env[platform.credential]?.trim()) {
      skipped.push(`${platform.name}: not started (${platform.credential} is not set)`);
      continue;
    }
    try {
      factories.push({ platform, create: await platform.load(env) });
    } catch (error) {
      if (error instanceof ConfigError) problems.push(...error.problems);
      else if (error instanceof PortfolioBotError) problems.push(error.message);
      else throw error;
    }
  }
  // Every problem at once, chat platforms included, so one edit of .env fixes them all.
  if (!config || problems.length > 0) throw new StartupError([...new Set(problems)]);

  const logger = createLogger({
    level: config.logLevel,
    pretty: config.logPretty ?? (Boolean(process.stdout.isTTY) && config.nodeEnv !== 'production'),
    secrets: SECRET_VARIABLES.map((name) => env[name]?.trim() ?? '').filter(Boolean),
  });

  // Loaded once the settings are known good: a typo in .env is reported without loading the
  // answer engine, the HTTP stack or prom-client.
  const [
    { createAnswerService },
    { createMetrics },
    { createUnansweredLog },
    { createHttpServer },
    { createWebSurface },
    { createFitService },
  ] = await Promise.all([
    import('./service/answer-service.ts'),
    import('./service/metrics.ts'),
    import('./service/unanswered-log.ts'),
    import('./http-server.ts'),
    import('../adapters/web/index.ts'),
    import('./fit/fit-service.ts'),
  ]);

  const metrics = createMetrics();
  const unanswered = createUnansweredLog({ path: config.unansweredLog, logger });
  let service: AnswerService;
  try {
    service = createAnswerService({
      knowledgePath: config.knowledgePath,
      logger: logger.child({ component: 'knowledge' }),
      metrics,
      unanswered,
      watch: config.reloadKnowledge,
    });
  } catch (error) {
    if (error instanceof KnowledgeError) throw new StartupError(error.message.split('\n'));
    throw error;
  }

  const fit = createFitService({ profile: () => service.profile(), unanswered });
  const limiter = () =>
    createRateLimiter({ max: config.rateLimitMax, windowMs: config.rateLimitWindowMs });
  const web = createWebSurface({
    source: service,
    logger: logger.child({ surface: 'web' }),
    rateLimiter: limiter(),
    fit,
  });
  const chats = factories.map(({ create }) =>
    create({ source: service, logger, rateLimiter: limiter(), fit }),
  );
  const surfaces = [web, ...chats];

  const http = createHttpServer({
    logger: logger.child({ component: 'http' }),
    routes: surfaces.flatMap((s) => s.routes ?? []),
    metrics,
    health: () => ({
      status: 'ok',
      knowledge: { name: service.profile().identity.name, loadedAt: service.loadedAt() },
    }),
  });

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
    const results = await Promise.allSettled([http.close(), ...surfaces.map((s) => s.stop())]);
    for (const result of results) {
      if (result.status === 'rejected') logger.warn({ err: result.reason }, 'stop failed');
    }
    await service.close();
    logger.info('stopped');
    process.exit(code);
  };

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
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

  let address: { port: number };
  try {
    address = await http.listen(config.port, config.host);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    await service.close();
    throw new StartupError([
      `PORT ${config.port} on HOST ${config.host} cannot be used (${reason}); set PORT or HOST to another value`,
    ]);
  }
  await web.start();
  logger.info(
    { url: `http://${displayHost(config.host)}:${address.port}`, knowledge: config.knowledgePath },
    `Open http://${displayHost(config.host)}:${address.port} to chat`,
  );
  for (const line of skipped) logger.info(line);

  // A platform that cannot connect (network, revoked token) leaves the others running.
  await Promise.all(
    chats.map(async (surface) => {
      try {
        await surface.start();
        logger.info(`${surface.name}: started`);
      } catch (error) {
        logger.error(
          { err: error },
          `${surface.name}: failed to start; the other surfaces keep running`,
        );
      }
    }),
  );
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
