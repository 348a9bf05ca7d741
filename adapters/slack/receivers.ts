import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type AckFn,
  type App,
  defaultBodyLimit,
  isValidSlackRequest,
  type Receiver,
  type ReceiverEvent,
  ReceiverMultipleAckError,
  type SocketModeReceiver,
} from '@slack/bolt';
import type { Logger } from '../../src/logger.ts';
import { BODY_TOO_LARGE, readBody } from '../../src/surface/http.ts';

/**
 * Hands one request to Bolt and makes sure Slack gets exactly one acknowledgement, even when a
 * listener failed before acknowledging (the error handler has apologised by then): otherwise
 * Slack shows the user a timeout error on top of the apology.
 */
export async function dispatchOnce(app: App, event: ReceiverEvent, logger: Logger): Promise<void> {
  let acked = false;
  const ack: AckFn<unknown> = async (response) => {
    acked = true;
    await event.ack(response);
  };
  try {
    await app.processEvent({ ...event, ack });
  } catch (error) {
    logger.error({ error: errorSummary(error) }, 'slack request failed outside the listeners');
  }
  if (acked) return;
  try {
    await event.ack();
  } catch (error) {
    logger.warn({ error: errorSummary(error) }, 'slack request could not be acknowledged');
  }
}

/** Name, code and message only: error objects from HTTP clients can carry request headers. */
export function errorSummary(error: unknown): { name: string; message: string; code?: string } {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const code = (error as { code?: unknown }).code;
  return {
    name: error.name,
    message: error.message,
    ...(typeof code === 'string' ? { code } : {}),
  };
}

export interface SignedHttpReceiverOptions {
  signingSecret: string;
  logger: Logger;
  /** Requests signed more than this many seconds before or after now are refused. Default 300. */
  maxClockSkewSeconds?: number;
  /** Largest request body read, in bytes. Default 4 MiB, as Bolt. */
  bodyLimitBytes?: number;
  /**
   * Slack gives up on a request after 3 s and sends it again; past this many milliseconds the
   * acknowledgement (if any) is sent while the listener finishes. Default 2,500.
   */
  responseDeadlineMs?: number;
  /** Clock in milliseconds, for tests. */
  now?: () => number;
}

export const SIGNED_HTTP_DEFAULTS = Object.freeze({
  maxClockSkewSeconds: 300,
  bodyLimitBytes: defaultBodyLimit,
  responseDeadlineMs: 2500,
});

/**
 * Receives Slack's HTTP requests on a route of someone else's server. It verifies the signature
 * with Bolt's own check, also refuses timestamps from the future (Bolt only refuses old ones:
 * a replay window should be symmetric), answers `ssl_check` and `url_verification`, and sends
 * the acknowledgement as the HTTP response once the listener has run.
 */
export class SignedHttpReceiver implements Receiver {
  private app: App | undefined;
  private accepting = false;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly options: Required<SignedHttpReceiverOptions>;

  constructor(options: SignedHttpReceiverOptions) {
    this.options = { ...SIGNED_HTTP_DEFAULTS, now: Date.now, ...options };
  }

  init(app: App): void {
    this.app = app;
  }

  async start(): Promise<void> {
    this.accepting = true;
  }

  async stop(): Promise<void> {
    this.accepting = false;
    await Promise.allSettled([...this.inFlight]);
  }

  /** The `(req, res)` handler to mount at `POST /slack/events`. */
  readonly requestListener = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      await this.handle(req, res);
    } catch (error) {
      this.options.logger.error({ error: errorSummary(error) }, 'slack request handling failed');
      if (!res.headersSent) send(res, 500);
    }
  };

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { logger } = this.options;
    if (req.method !== 'POST') return send(res, 405);
    let raw: Buffer | typeof BODY_TOO_LARGE;
    try {
      raw = await readBody(req, this.options.bodyLimitBytes);
    } catch {
      return send(res, 400);
    }
    if (raw === BODY_TOO_LARGE) return send(res, 413);
    const text = raw.toString('utf8');
    const contentType = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    const form =
      contentType === 'application/x-www-form-urlencoded' ? new URLSearchParams(text) : undefined;
    // Slack's certificate check is unsigned and carries nothing to act on.
    if (form?.get('ssl_check') === '1') return send(res, 200);

    const refusal = this.refusal(req, text);
    if (refusal) {
      logger.warn({ reason: refusal, path: req.url }, 'slack request refused');
      return send(res, 401);
    }
    let body: Record<string, unknown>;
    try {
      body = parseBody(text, form);
    } catch {
      return send(res, 400);
    }
    if (body.type === 'url_verification') {
      return send(res, 200, { challenge: body.challenge });
    }
    const app = this.app;
    if (!this.accepting || !app) return send(res, 503);

    let acked = false;
    let response: unknown;
    const ack: AckFn<unknown> = async (reply) => {
      if (acked) throw new ReceiverMultipleAckError();
      acked = true;
      response = reply;
    };
    const work = dispatchOnce(
      app,
      { body, ack, retryNum: retryNumber(req), retryReason: header(req, 'x-slack-retry-reason') },
      logger,
    );
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
    if (!(await settlesWithin(work, this.options.responseDeadlineMs))) {
      logger.warn('slack listener still running at the response deadline; acknowledged early');
    }
    send(res, 200, response);
  }

  private refusal(req: IncomingMessage, body: string): string | undefined {
    const signature = header(req, 'x-slack-signature');
    const timestamp = header(req, 'x-slack-request-timestamp');
    if (!signature || !timestamp) return 'missing signature headers';
    if (!/^\d{1,12}$/.test(timestamp)) return 'malformed timestamp';
    const nowMs = this.options.now();
    const skew = Math.abs(Math.floor(nowMs / 1000) - Number(timestamp));
    if (skew > this.options.maxClockSkewSeconds) return 'timestamp outside the replay window';
    const valid = isValidSlackRequest({
      signingSecret: this.options.signingSecret,
      body,
      headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': Number(timestamp) },
      nowMilliseconds: nowMs,
    });
    return valid ? undefined : 'signature mismatch';
  }
}

/**
 * Bolt's Socket Mode receiver, with two fixes: every envelope is acknowledged exactly once
 * (see {@link dispatchOnce}), and `stop()` resolves only once the WebSocket is closed, so no
 * reconnection timer outlives it.
 */
export class SocketModeRelay implements Receiver {
  private accepting = false;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    readonly receiver: SocketModeReceiver,
    private readonly logger: Logger,
  ) {}

  init(app: App): void {
    // The Socket Mode receiver only ever calls `processEvent` on the app it is given.
    const relay = {
      processEvent: async (event: ReceiverEvent) => {
        if (!this.accepting) return; // unacknowledged: Slack delivers it again elsewhere
        const work = dispatchOnce(app, event, this.logger);
        this.inFlight.add(work);
        await work.finally(() => this.inFlight.delete(work));
      },
    };
    this.receiver.init(relay as unknown as App);
  }

  async start(): Promise<void> {
    this.accepting = true;
    try {
      await this.receiver.start();
    } catch (error) {
      this.accepting = false;
      await this.receiver.client.disconnect();
      throw error;
    }
  }

  async stop(): Promise<void> {
    this.accepting = false;
    // In-flight answers still need the socket to acknowledge their envelopes.
    await settlesWithin(Promise.allSettled([...this.inFlight]), 5000);
    await this.receiver.client.disconnect();
  }
}

function parseBody(text: string, form: URLSearchParams | undefined): Record<string, unknown> {
  if (!form) return JSON.parse(text) as Record<string, unknown>;
  // Interactive payloads arrive as one form field holding JSON; slash commands as plain fields.
  const payload = form.get('payload');
  if (payload !== null) return JSON.parse(payload) as Record<string, unknown>;
  return Object.fromEntries(form);
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
}

function retryNumber(req: IncomingMessage): number | undefined {
  const value = Number.parseInt(header(req, 'x-slack-retry-num') ?? '', 10);
  return Number.isNaN(value) ? undefined : value;
}

function send(res: ServerResponse, status: number, body?: unknown): void {
  if (body === undefined || body === '') {
    res.writeHead(status, { 'content-length': 0 });
    res.end();
  } else if (typeof body === 'string') {
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(body);
  } else {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  }
}

/** Whether `work` settles within `ms`; the timer never outlives the answer. */
async function settlesWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([work.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
