import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../../adapters/slack/bolt-logger.ts';

describe('createScrubber', () => {
  it('removes configured secrets, token-shaped strings and payload tokens from log text', () => {
    const scrub = createScrubber(['a1b2c3d4e5f6a7b8', undefined]);
    expect(
      scrub(
        'secret a1b2c3d4e5f6a7b8 bot xoxb-123-abc app xapp-1-A0-99 {"token":"gIkuvaNzQIHg97ATvDxqgjtO","text":"hi"}',
      ),
    ).toBe('secret [redacted] bot [redacted] app [redacted] {"token":"[redacted]","text":"hi"}');
  });
});
