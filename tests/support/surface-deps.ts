import type { AnswerSource } from '../../src/answer/answer.ts';
import { createConversation } from '../../src/conversation/handler.ts';
import type { RateLimiter } from '../../src/conversation/rate-limit.ts';
import type { Logger } from '../../src/logger.ts';
import { createScrubber } from '../../src/scrub.ts';
import type { Metrics } from '../../src/service/metrics.ts';
import { createClientAddress, type TrustProxy } from '../../src/surface/client-address.ts';
import type { SurfaceDeps } from '../../src/surface/surface.ts';

export interface TestDepsOptions {
  source: AnswerSource;
  logger: Logger;
  /** Secret values the logs must never show. */
  secrets?: readonly (string | undefined)[];
  rateLimiter?: RateLimiter;
  metrics?: Metrics;
  trustProxy?: TrustProxy;
}

/** What the process gives a surface, built as src/app/wire.ts builds it. */
export function surfaceDeps(options: TestDepsOptions): SurfaceDeps {
  const scrub = createScrubber(options.secrets ?? []);
  return {
    conversation: createConversation({
      source: options.source,
      logger: options.logger,
      scrub,
      rateLimiter: options.rateLimiter,
      metrics: options.metrics,
    }),
    logger: options.logger,
    scrub,
    clientAddress: createClientAddress(options.trustProxy ?? { kind: 'none' }),
  };
}
