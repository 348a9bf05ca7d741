import { createWebSurface } from '../../adapters/web/index.ts';
import type { RateLimiter } from '../../src/conversation/rate-limit.ts';
import { createHttpServer } from '../../src/http-server.ts';
import { createAnswerService } from '../../src/service/answer-service.ts';
import { createMetrics } from '../../src/service/metrics.ts';
import { fakeAssistant } from '../service/fake-assistant.ts';
import { captureLogger } from '../service/log-capture.ts';

/** The web chat as the process serves it, over the shipped knowledge and a hand-made assistant. */
export async function serveWebChat(options: { rateLimiter?: RateLimiter } = {}) {
  const log = captureLogger({ level: 'info' });
  const metrics = createMetrics({ processMetrics: false });
  const service = createAnswerService({
    knowledgePath: 'knowledge/profile.yaml',
    logger: log.logger,
    metrics,
    watch: false,
    createAssistant: fakeAssistant,
  });
  const web = createWebSurface({
    source: service,
    logger: log.logger,
    rateLimiter: options.rateLimiter ?? { take: () => ({ allowed: true, retryAfterMs: 0 }) },
  });
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
