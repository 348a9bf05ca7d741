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
export function isLoggedAttempt(
  n: number,
  loggedAttempts: number = SUPERVISOR_DEFAULTS.loggedAttempts,
) {
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
  const log = options.logger;
  const states = createStateTracker();
  const waits = createWakeablePause();
  let running: Promise<void> | undefined;
  let stopped = false;

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
      states.set(attempt === 1 ? 'starting' : 'reconnecting');
      try {
        await withTimeout(surface.start(), timing.attemptTimeoutMs);
        if (stopped) return;
        states.set('ok');
        log.info({ attempts: attempt }, `${name}: started`);
        return;
      } catch (error) {
        if (stopped) return;
        const permanent = surface.permanentFailure?.(error);
        await surface.stop().catch(() => {});
        surface = renew();
        if (permanent) {
          states.set('failed');
          logGivenUp(log, name, permanent);
          return;
        }
        const waitMs = retryDelay(attempt, timing, options.random ?? Math.random);
        logRetry(log, name, { attempt, waitMs, error, loggedAttempts: timing.loggedAttempts });
        await waits.pause(waitMs);
      }
    }
  }

  const begin = (afterLoss = false) => {
    running = connect(afterLoss).finally(() => {
      running = undefined;
    });
  };

  function lost(from: Surface, reason: string) {
    if (from !== surface || stopped || states.get() !== 'ok' || running) return;
    log.warn({ reason }, `${name}: connection lost; reconnecting`);
    states.set('reconnecting');
    begin(true);
  }
  surface.onConnectionLost?.((reason) => lost(surface, reason));

  const routes = routesOfCurrent(surface.routes, () => surface);

  return {
    name,
    ...(routes && { routes }),
    state: states.get,
    start() {
      stopped = false;
      if (!running) begin();
    },
    settled: states.settled,
    async stop() {
      stopped = true;
      waits.wake();
      // Stopping the surface ends an attempt in progress (a login waiting for a gateway that
      // never answers) rather than waiting out its timeout.
      await surface.stop().catch(() => {});
      await settlesWithin(running, timing.stopGraceMs);
      states.set('stopped');
    },
  };
}

/** A wait between attempts that `stop()` can cut short. */
function createWakeablePause() {
  let wake: (() => void) | undefined;
  return {
    pause: (ms: number) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, ms);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      }),
    wake: () => wake?.(),
  };
}

/** Credentials refused: retrying cannot help, an operator must act. */
function logGivenUp(log: Logger, name: string, reason: string) {
  log.error(
    { reason },
    `${name}: not connecting again: ${reason}; fix the credentials and restart`,
  );
}

/** A failed attempt, logged while {@link isLoggedAttempt} says so. */
function logRetry(
  log: Logger,
  name: string,
  failure: { attempt: number; waitMs: number; error: unknown; loggedAttempts: number },
) {
  const { attempt, waitMs, error, loggedAttempts } = failure;
  if (!isLoggedAttempt(attempt, loggedAttempts)) return;
  log.warn(
    { attempt, retryInMs: waitMs, reason: describe(error) },
    `${name}: cannot connect; retrying`,
  );
}

/** Where the surface stands, and who waits for it to be settled (`ok`, `failed`, `stopped`). */
function createStateTracker() {
  let state: SurfaceState = 'stopped';
  const waiters = new Set<(s: SurfaceState) => void>();
  const isSettled = (s: SurfaceState) => s === 'ok' || s === 'failed' || s === 'stopped';
  return {
    get: () => state,
    set(next: SurfaceState) {
      state = next;
      if (isSettled(next)) {
        for (const resolve of waiters) resolve(next);
        waiters.clear();
      }
    },
    settled(): Promise<SurfaceState> {
      if (isSettled(state)) return Promise.resolve(state);
      return new Promise((resolve) => waiters.add(resolve));
    },
  };
}

/**
 * Routes mounted once on the HTTP server; each request goes to the instance of the moment,
 * since every connection attempt makes a new one.
 */
function routesOfCurrent(
  routes: readonly SurfaceRoute[] | undefined,
  current: () => Surface,
): SurfaceRoute[] | undefined {
  return routes?.map(
    (route): SurfaceRoute => ({
      ...route,
      handler: (req, res) => {
        const now = current().routes?.find(
          (r) => r.method === route.method && r.path === route.path,
        );
        return (now ?? route).handler(req, res);
      },
    }),
  );
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
