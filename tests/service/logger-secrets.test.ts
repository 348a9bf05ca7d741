import { describe, expect, it } from 'vitest';
import { captureLogger } from './log-capture.ts';

describe('logs', () => {
  it('never contain a secret, in a message, a known field or any other field', () => {
    const token = 'xoxb-1234567890-abcdefghijklmnop';
    const log = captureLogger({ secrets: [token] });
    log.logger.info(
      { token, config: { botToken: token }, detail: `Bearer ${token}` },
      `using ${token}`,
    );
    log.logger.error({ err: new Error(`request with ${token} failed`) }, 'failed');
    const text = log.text();
    expect(text).toContain('[redacted]');
    expect(text).toContain('using');
    expect(text).not.toContain(token);
    expect(text).not.toContain('abcdefghijklmnop');
  });

  it('never contain a secret in readable (terminal) form either, nested fields included', () => {
    const secret = 'shh-signing-secret-0123456789';
    const log = captureLogger({ secrets: [secret], pretty: true });
    log.logger.warn(
      { request: { headers: { cookie: `s=${secret}` } } },
      `verifying with ${secret}`,
    );
    const text = log.text();
    expect(text).toContain('verifying with [redacted]');
    expect(text).toContain('s=[redacted]');
    expect(text).not.toContain(secret);
  });
});

describe('logs and logged errors share one scrubber', () => {
  it('removes token-shaped text nobody configured, as the error scrubber does', () => {
    const log = captureLogger();
    log.logger.warn({ url: '/api/webhooks/123/secret-webhook-token' }, 'sent xoxb-99-unlisted');
    const text = log.text();
    expect(text).not.toContain('xoxb-99-unlisted');
    expect(text).not.toContain('secret-webhook-token');
    expect(text).toContain('/webhooks/123/[redacted]');
  });
});
