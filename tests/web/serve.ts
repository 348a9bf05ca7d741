import { createWebSurface, WEB_DEFAULTS } from '../../adapters/web/index.ts';
import type { RateLimiter } from '../../src/conversation/rate-limit.ts';
import { createHttpServer } from '../../src/http-server.ts';
import { createAnswerService } from '../../src/service/answer-service.ts';
import { createMetrics } from '../../src/service/metrics.ts';
import type { TrustProxy } from '../../src/surface/client-address.ts';
import { fakeAssistant } from '../service/fake-assistant.ts';
import { captureLogger } from '../service/log-capture.ts';
import { surfaceDeps } from '../support/surface-deps.ts';

/** The web chat as the process serves it, over the shipped knowledge and a hand-made assistant. */
export async function serveWebChat(
  options: { rateLimiter?: RateLimiter; trustProxy?: TrustProxy } = {},
) {
  const log = captureLogger({ level: 'info' });
  const metrics = createMetrics({ processMetrics: false });
  const service = createAnswerService({
    knowledgePath: 'knowledge/profile.yaml',
    logger: log.logger,
    metrics,
    watch: false,
    createAssistant: fakeAssistant,
  });
  const web = createWebSurface(
    { maxBodyBytes: WEB_DEFAULTS.maxBodyBytes },
    surfaceDeps({
      source: service,
      logger: log.logger,
      metrics,
      trustProxy: options.trustProxy,
      rateLimiter: options.rateLimiter ?? { take: () => ({ allowed: true, retryAfterMs: 0 }) },
    }),
  );
  const http = createHttpServer({
    logger: log.logger,
    routes: web.routes ?? [],
    metrics,
    health: () => ({
      status: 'ok',
      knowledge: { name: service.profile().identity.name, loadedAt: service.loadedAt() },
    }),
  });
  await web.start();
  const { port } = await http.listen(0, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    async close() {
      await web.stop();
      await http.close();
      await service.close();
    },
  };
}
