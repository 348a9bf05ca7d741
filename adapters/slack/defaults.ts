/** Tuning for the Slack surface. */
export const SLACK_SURFACE_DEFAULTS = Object.freeze({
  /** Event ids remembered to answer each event once although Slack re-sends it. */
  seenEvents: { max: 10_000, ttlMs: 60 * 60 * 1000 },
  /** Web API calls are retried this often: an answer posted minutes late helps nobody. */
  apiRetries: 2,
  apiTimeoutMs: 10_000,
});
