import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/** Answers take well under a millisecond; buckets resolve that range rather than seconds. */
export const LATENCY_BUCKETS = Object.freeze([
  0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1,
]);

export interface MetricsOptions {
  /** Also export the process metrics (CPU, memory, event loop, GC). Default true. */
  processMetrics?: boolean;
  /** Questions the unanswered log dropped because the disk was behind, read at each scrape. */
  unansweredDropped?: () => number;
}

export interface Metrics {
  /** A registry of its own, so several instances (tests, one per process) never collide. */
  readonly registry: Registry;
  /** One question answered (or declined) in `seconds`. */
  question(surface: string, topic: string, seconds: number): void;
  /** One question outside the profile, the kind the unanswered log keeps. */
  unanswered(surface: string): void;
  knowledgeReload(result: 'success' | 'failure'): void;
  /** The Prometheus text exposition. */
  render(): Promise<string>;
  readonly contentType: string;
}

/** Prometheus metrics for the answer service (prom-client). */
export function createMetrics(options: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry });
  const questions = new Counter({
    name: 'portfolio_bot_questions_total',
    help: 'Questions asked, by surface and answer topic.',
    labelNames: ['surface', 'topic'] as const,
    registers: [registry],
  });
  const unanswered = new Counter({
    name: 'portfolio_bot_unanswered_total',
    help: 'Questions the bot declined because the profile does not cover them, by surface.',
    labelNames: ['surface'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'portfolio_bot_answer_duration_seconds',
    help: 'Time to compute an answer, by surface.',
    labelNames: ['surface'] as const,
    buckets: [...LATENCY_BUCKETS],
    registers: [registry],
  });
  const reloads = new Counter({
    name: 'portfolio_bot_knowledge_reloads_total',
    help: 'Knowledge file reloads, by result (success or failure).',
    labelNames: ['result'] as const,
    registers: [registry],
  });
  // Zero-valued series from the start, so dashboards and alerts see the metric before any reload.
  reloads.inc({ result: 'success' }, 0);
  reloads.inc({ result: 'failure' }, 0);
  const readDropped = options.unansweredDropped;
  if (readDropped) {
    new Counter({
      name: 'portfolio_bot_unanswered_dropped_total',
      help: 'Unanswered questions not written to the log because the disk was behind.',
      registers: [registry],
      collect() {
        this.reset();
        this.inc(readDropped());
      },
    });
  }

  // Every question passes here: the labelled series are looked up once per label set, not
  // hashed from a fresh label object on each call.
  const questionsOf = labelled((surface: string) =>
    labelled((topic: string) => questions.labels(surface, topic)),
  );
  const latencyOf = labelled((surface: string) => latency.labels(surface));
  const unansweredOf = labelled((surface: string) => unanswered.labels(surface));

  return {
    registry,
    question(surface, topic, seconds) {
      questionsOf(surface)(topic).inc();
      latencyOf(surface).observe(seconds);
    },
    unanswered(surface) {
      unansweredOf(surface).inc();
    },
    knowledgeReload(result) {
      reloads.inc({ result });
    },
    render: () => registry.metrics(),
    contentType: registry.contentType,
  };
}

/**
 * A memo of `make` by label value. Label values come from the code (surface names, answer
 * topics), never from what people type, so the map stays as small as those sets.
 */
function labelled<T>(make: (value: string) => T): (value: string) => T {
  const made = new Map<string, T>();
  return (value) => {
    let found = made.get(value);
    if (found === undefined) {
      found = make(value);
      made.set(value, found);
    }
    return found;
  };
}
