import { App, type Receiver, SocketModeReceiver } from '@slack/bolt';
import type { Logger } from '../../src/logger.ts';
import type {
  Surface,
  SurfaceAdapter,
  SurfaceDeps,
  SurfaceRoute,
} from '../../src/surface/surface.ts';
import { toBoltLogger } from './bolt-logger.ts';
import { slackConfigFromEnv as readSlackConfig, type SlackConfig } from './config.ts';
import { slackPermanentFailure } from './connection.ts';
import { SLACK_SURFACE_DEFAULTS } from './defaults.ts';
import { registerSlackFit } from './fit.ts';
import {
  answerEachEventOnce,
  createReplier,
  registerApology,
  registerButtons,
  registerCommand,
  registerMessages,
} from './listeners.ts';
import { SignedHttpReceiver, SocketModeRelay } from './receivers.ts';

type BoltLogger = ReturnType<typeof toBoltLogger>;

export type { SlackConfig, SlackOptions } from './config.ts';
export { isSlackConfigured, slackConfigFromEnv } from './config.ts';
export { SLACK_SURFACE_DEFAULTS } from './defaults.ts';
export { questionFromSlack } from './listeners.ts';
export { toSlackBlocks } from './render.ts';

/**
 * The Slack surface: `/ask` (answered in the acknowledgement itself), mentions (answered in the
 * thread), direct messages, and the suggestion buttons under each answer. In HTTP mode it serves
 * `POST /slack/events` through {@link Surface.routes}; in Socket Mode it connects out.
 */
export function createSlackSurface(config: SlackConfig, deps: SurfaceDeps): Surface {
  const { conversation, scrub } = deps;
  const logger = deps.logger.child({ surface: 'slack' });
  const boltLogger = toBoltLogger(logger.child({ component: 'bolt' }), scrub);
  const { httpReceiver, receiver } = createReceiver(config, logger, boltLogger);
  const app = createApp(config, receiver, boltLogger);

  const reply = createReplier(config, conversation, logger);
  answerEachEventOnce(app, logger);
  registerCommand(app, config, reply);
  registerMessages(app, reply);
  registerButtons(app, reply);
  registerSlackFit(app, { conversation, logger });
  registerApology(app, conversation, logger);

  const routes: SurfaceRoute[] | undefined = httpReceiver
    ? [{ method: 'POST', path: '/slack/events', handler: httpReceiver.requestListener }]
    : undefined;

  let started = false;
  return {
    name: 'slack',
    routes,
    async start() {
      await app.init(); // checks the bot token with auth.test and learns the bot's user id
      await app.start();
      started = true;
      logger.info({ mode: config.mode }, 'slack surface ready');
    },
    async stop() {
      if (!started) {
        await receiver.stop();
        return;
      }
      started = false;
      await app.stop();
      logger.info('slack surface stopped');
    },
    permanentFailure: slackPermanentFailure,
  };
}

/** Signed HTTP requests to `/slack/events`, or a Socket Mode connection out. */
function createReceiver(config: SlackConfig, logger: Logger, boltLogger: BoltLogger) {
  const httpReceiver =
    config.mode === 'http'
      ? new SignedHttpReceiver({ signingSecret: config.signingSecret ?? '', logger })
      : undefined;
  const receiver =
    httpReceiver ??
    new SocketModeRelay(
      new SocketModeReceiver({
        appToken: config.appToken ?? '',
        logger: boltLogger,
        installerOptions: { clientOptions: { slackApiUrl: config.apiUrl } },
      }),
      logger,
    );
  return { httpReceiver, receiver };
}

function createApp(config: SlackConfig, receiver: Receiver, boltLogger: BoltLogger): App {
  return new App({
    token: config.botToken,
    receiver,
    logger: boltLogger,
    clientOptions: {
      slackApiUrl: config.apiUrl,
      retryConfig: { retries: SLACK_SURFACE_DEFAULTS.apiRetries },
      timeout: SLACK_SURFACE_DEFAULTS.apiTimeoutMs,
    },
    convoStore: false,
    deferInitialization: true,
    extendedErrorHandler: true,
  });
}

/** How the process runs Slack (src/app/surfaces.ts starts it when SLACK_BOT_TOKEN is set). */
export const adapter: SurfaceAdapter<SlackConfig> = {
  name: 'slack',
  readConfig: (env) => readSlackConfig(env),
  secrets: (config) => [config.botToken, config.appToken, config.signingSecret],
  create: createSlackSurface,
};
