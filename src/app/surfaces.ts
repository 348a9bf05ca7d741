import type { Surface, SurfaceAdapter, SurfaceDeps } from '../surface/surface.ts';

/** A surface whose settings were read and checked, ready to be built. */
export interface PreparedSurface {
  readonly name: string;
  /** Secret values of its settings, scrubbed from every log line. */
  readonly secrets: readonly (string | undefined)[];
  create(deps: SurfaceDeps): Surface;
}

interface SurfaceEntry {
  name: string;
  /** The variable whose presence turns the surface on; none for a surface always on. */
  credential?: string;
  /** Loads the adapter and reads its settings (throwing ConfigError). */
  load(env: NodeJS.ProcessEnv): Promise<PreparedSurface>;
}

function prepare<Config>(adapter: SurfaceAdapter<Config>, env: NodeJS.ProcessEnv): PreparedSurface {
  const config = adapter.readConfig(env);
  return {
    name: adapter.name,
    secrets: adapter.secrets(config),
    create: (deps) => adapter.create(config, deps),
  };
}

/**
 * Every surface the process can run; adding a platform is one folder under adapters/ and one
 * line here. Chat adapters are imported only when their credential is set, so a web-only start
 * never loads discord.js or Bolt.
 */
export const SURFACES: readonly SurfaceEntry[] = [
  {
    name: 'web',
    load: async (env) => prepare((await import('../../adapters/web/index.ts')).adapter, env),
  },
  {
    name: 'discord',
    credential: 'DISCORD_TOKEN',
    load: async (env) => prepare((await import('../../adapters/discord/index.ts')).adapter, env),
  },
  {
    name: 'slack',
    credential: 'SLACK_BOT_TOKEN',
    load: async (env) => prepare((await import('../../adapters/slack/index.ts')).adapter, env),
  },
];
