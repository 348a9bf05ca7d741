import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Conversation } from '../conversation/handler.ts';
import type { Logger } from '../logger.ts';
import type { Scrub } from '../scrub.ts';

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

/** What the process gives every surface it builds. */
export interface SurfaceDeps {
  /** The conversation handler: every question goes through it. */
  conversation: Conversation;
  logger: Logger;
  /** Removes secrets from text a platform library logs. */
  scrub: Scrub;
  /** The asker's address for an HTTP request, as TRUST_PROXY decides it. */
  clientAddress: (req: IncomingMessage) => string;
}

/**
 * What a platform folder exports (as `adapter` from its index.ts) for the process to run it:
 * its settings reader and its surface factory. src/app/surfaces.ts lists them.
 */
export interface SurfaceAdapter<Config> {
  readonly name: string;
  /** Reads and checks the surface's settings, throwing a ConfigError that names each variable. */
  readConfig(env: NodeJS.ProcessEnv): Config;
  /** The secret values in its settings, to scrub from every log line. */
  secrets(config: Config): readonly (string | undefined)[];
  create(config: Config, deps: SurfaceDeps): Surface;
}
