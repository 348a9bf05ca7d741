import type { AnswerSource } from '../../src/answer/answer.ts';
import { createConversation } from '../../src/conversation/handler.ts';
import type { RateLimiter } from '../../src/conversation/rate-limit.ts';
import type { FitSource } from '../../src/fit/fit-service.ts';
import type { Logger } from '../../src/logger.ts';
import { createScrubber } from '../../src/scrub.ts';
import type { Metrics } from '../../src/service/metrics.ts';
import type { UnansweredLog } from '../../src/service/unanswered-log.ts';
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
  unanswered?: UnansweredLog;
  /** Default: the fit over `source`'s profile, as the process runs it. */
  fit?: FitSource;
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
      unanswered: options.unanswered,
      fit: options.fit,
    }),
    logger: options.logger,
    scrub,
    clientAddress: createClientAddress(options.trustProxy ?? { kind: 'none' }),
  };
}
