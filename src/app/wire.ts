import type { Config } from '../config.ts';
import { type Conversation, createConversation } from '../conversation/handler.ts';
import { createRateLimiter } from '../conversation/rate-limit.ts';
import { createHttpServer, type HttpServer } from '../http-server.ts';
import type { Logger } from '../logger.ts';
import { createScrubber } from '../scrub.ts';
import { createAnswerService } from '../service/answer-service.ts';
import { healthReport } from '../service/health.ts';
import { createMetrics } from '../service/metrics.ts';
import { type SurfaceState, superviseSurface } from '../service/surface-supervisor.ts';
import { createUnansweredLog } from '../service/unanswered-log.ts';
import { createClientAddress } from '../surface/client-address.ts';
import type { Surface } from '../surface/surface.ts';
import type { PreparedSurface } from './surfaces.ts';

export interface WireOptions {
  config: Config;
  logger: Logger;
  surfaces: readonly PreparedSurface[];
  secrets: readonly (string | undefined)[];
}

/**
 * Builds the running process from checked settings: the knowledge service, the conversation
 * handler every surface shares, the surfaces and the one HTTP server. Loaded once the settings
 * are known good, so a typo in .env is reported without loading the engine or the HTTP stack.
 * Throws KnowledgeError when the knowledge cannot be loaded.
 */
export async function wire(options: WireOptions) {
  const { config, logger } = options;
  const unanswered = createUnansweredLog({ path: config.unansweredLog, logger });
  const metrics = createMetrics({ unansweredDropped: () => unanswered.dropped() });
  const service = createAnswerService({
    knowledgePath: config.knowledgePath,
    logger: logger.child({ component: 'knowledge' }),
    metrics,
    watch: config.reloadKnowledge,
  });
  const conversation: Conversation = createConversation({
    source: service,
    logger,
    scrub: createScrubber(options.secrets),
    rateLimiter: createRateLimiter({
      max: config.rateLimitMax,
      windowMs: config.rateLimitWindowMs,
    }),
    noticeWindowMs: config.rateLimitWindowMs,
    metrics,
    unanswered,
  });
  const deps = {
    conversation,
    logger,
    scrub: createScrubber(options.secrets),
    clientAddress: createClientAddress(config.trustProxy),
  };
  const [webSurface, ...chatSurfaces] = options.surfaces;
  if (!webSurface) throw new Error('the web surface is always prepared first');
  const web: Surface = webSurface.create(deps);
  // Each connection attempt gets a fresh chat client, retried with backoff for as long as it runs.
  const chats = chatSurfaces.map((s) => superviseSurface(() => s.create(deps), { logger }));
  let webState: SurfaceState = 'ok';
  const http: HttpServer = createHttpServer({
    logger: logger.child({ component: 'http' }),
    routes: [web, ...chats].flatMap((s) => s.routes ?? []),
    metrics,
    metricsToken: config.metricsToken,
    clientAddress: deps.clientAddress,
    health: () => ({
      ...healthReport([{ name: web.name, state: () => webState }, ...chats]),
      knowledge: { name: service.profile().identity.name, loadedAt: service.loadedAt() },
    }),
  });
  const close = async () => {
    webState = 'stopped';
    await service.close();
    await unanswered.flush();
  };
  return { http, web, chats, close };
}
