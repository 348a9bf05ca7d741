import type { Logger } from '../logger.ts';
import type { Surface, SurfaceRoute } from '../surface/surface.ts';

/**
 * Where a supervised surface stands. `failed` is the one an operator must act on: the platform
 * refused the credentials, and retrying cannot help.
 */
export type SurfaceState = 'starting' | 'ok' | 'reconnecting' | 'failed' | 'stopped';

/** Retry timing for chat connections. */
export const SUPERVISOR_DEFAULTS = Object.freeze({
  /** Wait after the first failed attempt; doubled after each failure. */
  initialDelayMs: 1_000,
  /** The wait never grows past this. */
  maxDelayMs: 60_000,
  /** An attempt still pending after this counts as failed (a gateway that never says hello). */
  attemptTimeoutMs: 30_000,
  /** Failed attempts logged in full before only every power of two is. */
  loggedAttempts: 3,
  /** How long `stop()` waits for an attempt in progress to notice. */
  stopGraceMs: 1_000,
});

export interface SupervisorOptions {
  logger: Logger;
  initialDelayMs?: number;
  maxDelayMs?: number;
  attemptTimeoutMs?: number;
  /** A number in [0, 1); default Math.random. Tests pass a fixed one. */
  random?: () => number;
}

export interface SupervisedSurface {
  readonly name: string;
  /** The surface's routes, always handled by the instance currently connected. */
  readonly routes?: readonly SurfaceRoute[];
  state(): SurfaceState;
  /** Starts connecting in the background; resolves at once. */
  start(): void;
  /** Resolves once connected, or once it is clear it never will be (`failed`, `stopped`). */
  settled(): Promise<SurfaceState>;
  /** Stops retrying and stops the surface. */
  stop(): Promise<void>;
}

/** Whether attempt `n` is logged: the first few, then 4, 8, 16, … so a long outage logs less and less. */
export function isLoggedAttempt(n: number, loggedAttempts = SUPERVISOR_DEFAULTS.loggedAttempts) {
  return n <= loggedAttempts || (n & (n - 1)) === 0;
}

/** The wait before attempt `n + 1`: exponential, capped, with jitter over its upper half. */
export function retryDelay(
  failures: number,
  timing: { initialDelayMs: number; maxDelayMs: number },
  random: () => number,
): number {
  const ceiling = Math.min(timing.maxDelayMs, timing.initialDelayMs * 2 ** (failures - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * Keeps a chat surface connected: start-up is retried forever with exponential backoff and
 * jitter, a connection lost later starts the same cycle again, and credentials refused stop
 * it in the `failed` state. Log lines per attempt thin out as an outage goes on.
 *
 * Each attempt gets a fresh instance from `create`: a chat client that failed half-way (a
 * gateway that never said hello) is stopped and dropped, never logged in again.
 */
export function superviseSurface(
  create: () => Surface,
  options: SupervisorOptions,
): SupervisedSurface {
  let surface = create();
  const name = surface.name;
  const timing = { ...SUPERVISOR_DEFAULTS, ...definedTiming(options) };
  const random = options.random ?? Math.random;
  const log = options.logger;
  let state: SurfaceState = 'stopped';
  let running: Promise<void> | undefined;
  let wake: (() => void) | undefined;
  let stopped = false;
  const waiters = new Set<(s: SurfaceState) => void>();

  const setState = (next: SurfaceState) => {
    state = next;
    if (next === 'ok' || next === 'failed' || next === 'stopped') {
      for (const resolve of waiters) resolve(next);
      waiters.clear();
    }
  };

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const renew = () => {
    const next = create();
    next.onConnectionLost?.((reason) => lost(next, reason));
    return next;
  };

  async function connect(afterLoss: boolean): Promise<void> {
    if (afterLoss) {
      await surface.stop().catch(() => {});
      surface = renew();
    }
    for (let attempt = afterLoss ? 2 : 1; !stopped; attempt++) {
      setState(attempt === 1 ? 'starting' : 'reconnecting');
      try {
        await withTimeout(surface.start(), timing.attemptTimeoutMs);
        if (stopped) return;
        setState('ok');
        log.info({ attempts: attempt }, `${name}: started`);
        return;
      } catch (error) {
        if (stopped) return;
        const permanent = surface.permanentFailure?.(error);
        await surface.stop().catch(() => {});
        surface = renew();
        if (permanent) {
          setState('failed');
          log.error(
            { reason: permanent },
            `${name}: not connecting again: ${permanent}; fix the credentials and restart`,
          );
          return;
        }
        const waitMs = retryDelay(attempt, timing, random);
        if (isLoggedAttempt(attempt, timing.loggedAttempts)) {
          log.warn(
            { attempt, retryInMs: waitMs, reason: describe(error) },
            `${name}: cannot connect; retrying`,
          );
        }
        await pause(waitMs);
      }
    }
  }

  const begin = (afterLoss = false) => {
    running = connect(afterLoss).finally(() => {
      running = undefined;
    });
  };

  function lost(from: Surface, reason: string) {
    if (from !== surface || stopped || state !== 'ok' || running) return;
    log.warn({ reason }, `${name}: connection lost; reconnecting`);
    setState('reconnecting');
    begin(true);
  }
  surface.onConnectionLost?.((reason) => lost(surface, reason));

  // Mounted once on the HTTP server; each request goes to the instance of the moment.
  const routes = surface.routes?.map(
    (route): SurfaceRoute => ({
      ...route,
      handler: (req, res) => {
        const current = surface.routes?.find(
          (r) => r.method === route.method && r.path === route.path,
        );
        return (current ?? route).handler(req, res);
      },
    }),
  );

  return {
    name,
    ...(routes && { routes }),
    state: () => state,
    start() {
      stopped = false;
      if (!running) begin();
    },
    settled() {
      if (state === 'ok' || state === 'failed' || state === 'stopped') {
        return Promise.resolve(state);
      }
      return new Promise((resolve) => waiters.add(resolve));
    },
    async stop() {
      stopped = true;
      wake?.();
      // Stopping the surface ends an attempt in progress (a login waiting for a gateway that
      // never answers) rather than waiting out its timeout.
      await surface.stop().catch(() => {});
      await settlesWithin(running, timing.stopGraceMs);
      setState('stopped');
    },
  };
}

function definedTiming(options: SupervisorOptions) {
  return {
    ...(options.initialDelayMs !== undefined && { initialDelayMs: options.initialDelayMs }),
    ...(options.maxDelayMs !== undefined && { maxDelayMs: options.maxDelayMs }),
    ...(options.attemptTimeoutMs !== undefined && { attemptTimeoutMs: options.attemptTimeoutMs }),
  };
}

async function withTimeout(work: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no connection within ${ms / 1000} s`)), ms);
    // Never the only thing keeping the process alive.
    timer.unref();
  });
  try {
    await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function settlesWithin(work: Promise<unknown> | undefined, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([work, new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? `${code}: ${error.message}` : error.message;
}
