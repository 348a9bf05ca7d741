import type { SurfaceState } from './surface-supervisor.ts';

/** The body of `GET /healthz`. */
export interface HealthReport {
  /** `failed` when some surface needs an operator; then the endpoint answers 503. */
  status: 'ok' | 'failed';
  /** Each surface's state, e.g. `{ "web": "ok", "discord": "reconnecting" }`. */
  surfaces: Record<string, SurfaceState>;
}

/**
 * Health from each surface's state. Only `failed` (credentials refused: retrying cannot help)
 * turns the status to failed; a surface reconnecting is retrying on its own, and the others
 * keep serving meanwhile.
 */
export function healthReport(
  surfaces: readonly { name: string; state(): SurfaceState }[],
): HealthReport {
  const states = Object.fromEntries(surfaces.map((s) => [s.name, s.state()]));
  const failed = Object.values(states).includes('failed');
  return { status: failed ? 'failed' : 'ok', surfaces: states };
}
