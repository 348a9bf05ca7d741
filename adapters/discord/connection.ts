import { type Client, Events } from 'discord.js';

/** Gateway close codes after which reconnecting cannot help: the token or intents are refused. */
const FATAL_CLOSE_CODES = new Map([
  [4004, 'the bot token was refused (authentication failed)'],
  [4013, 'the gateway intents are invalid'],
  [4014, 'the gateway intents are not enabled for this application'],
]);

/** How many gateway reconnections in a row, with no resume between, mean the connection is lost. */
export const GATEWAY_LOST_AFTER = 3;

/**
 * Logs in and resolves at ClientReady. When the gateway fails before that (discord.js would
 * then retry on its own every half second, forever), rejects instead, so the caller can
 * destroy the client and back off.
 */
export function connectDiscord(client: Client, token: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const cleanup = () => {
      client.off(Events.ClientReady, onReady);
      client.off(Events.ShardReconnecting, onFailure);
      client.off(Events.ShardDisconnect, onClose);
    };
    const onReady = () => {
      cleanup();
      resolve();
    };
    const fail = (error: Error) => {
      cleanup();
      reject(error);
    };
    const onFailure = () => fail(new GatewayError('the gateway connection failed before ready'));
    const onClose = (event: { code: number }) =>
      fail(new GatewayError(`the gateway closed with code ${event.code}`, event.code));
    client.once(Events.ClientReady, onReady);
    client.on(Events.ShardReconnecting, onFailure);
    client.on(Events.ShardDisconnect, onClose);
    client.login(token).catch(fail);
  });
}

/** A gateway that could not be reached or that closed; `closeCode` when it said why. */
export class GatewayError extends Error {
  constructor(
    message: string,
    readonly closeCode?: number,
  ) {
    super(message);
    this.name = 'GatewayError';
  }
}

/** Why a start-up error means the credentials are refused, or undefined if a retry may help. */
export function discordPermanentFailure(error: unknown): string | undefined {
  const e = error as { code?: unknown; status?: unknown; closeCode?: unknown };
  if (e?.code === 'TokenInvalid' || e?.status === 401) return 'the bot token was refused';
  return typeof e?.closeCode === 'number' ? FATAL_CLOSE_CODES.get(e.closeCode) : undefined;
}

/**
 * After ready, discord.js resumes a dropped gateway on its own; when it keeps failing
 * ({@link GATEWAY_LOST_AFTER} reconnections with no resume between), `lost` is called so the
 * connection is rebuilt with backoff instead of retried every half second.
 */
export function watchGateway(client: Client, lost: (reason: string) => void): void {
  let failures = 0;
  client.on(Events.ShardReconnecting, () => {
    if (++failures === GATEWAY_LOST_AFTER) lost('the gateway keeps closing');
  });
  const recovered = () => {
    failures = 0;
  };
  client.on(Events.ShardResume, recovered);
  client.on(Events.ShardReady, recovered);
}
