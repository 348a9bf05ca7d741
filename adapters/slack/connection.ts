/** Slack API errors that mean the token itself is refused: retrying cannot help. */
const REFUSED_TOKEN_ERRORS = new Set([
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'not_allowed_token_type',
]);

/** Why a start-up error means Slack refused the credentials, or undefined if a retry may help. */
export function slackPermanentFailure(error: unknown): string | undefined {
  const e = error as { code?: unknown; data?: { error?: unknown } };
  const reason = e?.data?.error;
  if (e?.code !== 'slack_webapi_platform_error' || typeof reason !== 'string') return undefined;
  return REFUSED_TOKEN_ERRORS.has(reason) ? `Slack refused the token (${reason})` : undefined;
}
