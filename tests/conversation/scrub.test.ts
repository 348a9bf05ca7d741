import { describe, expect, it } from 'vitest';
import { createScrubber, describeError } from '../../src/scrub.ts';

describe('the secret scrubber', () => {
  it('removes configured secrets, token-shaped strings and payload tokens from log text', () => {
    const scrub = createScrubber(['a1b2c3d4e5f6a7b8', undefined]);
    expect(
      scrub(
        'secret a1b2c3d4e5f6a7b8 bot xoxb-123-abc app xapp-1-A0-99 {"token":"gIkuvaNzQIHg97ATvDxqgjtO","text":"hi"}',
      ),
    ).toBe('secret [redacted] bot [redacted] app [redacted] {"token":"[redacted]","text":"hi"}');
  });

  it('describes REST errors without interaction tokens or the bot token', () => {
    const error = Object.assign(new Error('Unknown interaction (token bot-token-123456)'), {
      status: 404,
      method: 'POST',
      url: 'http://x/api/v10/interactions/123/aW50ZXJhY3Rpb24tdG9rZW4/callback?with_response=false',
    });
    const logged = JSON.stringify(describeError(error, createScrubber(['bot-token-123456'])));
    expect(logged).not.toContain('aW50ZXJhY3Rpb24tdG9rZW4');
    expect(logged).not.toContain('bot-token-123456');
    expect(logged).toContain('/interactions/123/[redacted]/callback');
    expect(logged).toContain('"status":404');
  });

  it('leaves secrets too short to be told apart from words alone', () => {
    expect(createScrubber(['abc'])('abc def')).toBe('abc def');
  });
});
