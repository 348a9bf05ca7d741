import type { IncomingMessage, ServerResponse } from 'node:http';

/** An HTTP route a surface serves on the process's one HTTP server (e.g. Slack's events). */
export interface SurfaceRoute {
  method: 'GET' | 'POST';
  path: string;
  handler: (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;
}

/** One chat surface (Discord, Slack, web). The contract stays tiny: a name, start, stop. */
export interface Surface {
  readonly name: string;
  /** Connects or starts listening; resolves once the surface can answer. */
  start(): Promise<void>;
  /** Stops taking new work, lets in-flight work finish, closes connections. */
  stop(): Promise<void>;
  /** Routes to mount on the shared HTTP server, if the surface receives HTTP. */
  readonly routes?: readonly SurfaceRoute[];
  /** Why an error from `start()` is permanent (credentials refused); undefined when a retry may help. */
  permanentFailure?(error: unknown): string | undefined;
  /** Calls `listener` when a connection that was up is lost and needs a new `start()`. */
  onConnectionLost?(listener: (reason: string) => void): void;
}
