import { describe, expect, it } from 'vitest';
import { runSoak, SHORT_SOAK } from '../../bench/soak.ts';

describe('a short soak of the real server on 127.0.0.1', { timeout: 90_000 }, () => {
  it('answers every request without an error, floods included, and is alive at the end', async () => {
    const result = await runSoak(SHORT_SOAK);
    expect(result.alive).toBe(true);
    for (const phase of result.phases) {
      expect(phase.errors, `${phase.target} ${phase.name} at ${phase.connections}`).toBe(0);
      expect(phase.requests).toBeGreaterThan(0);
    }
    // A loose floor: the flood reached the bot and went through the unanswered path.
    const flood = result.phases.find((p) => p.name.startsWith('flood'));
    expect(flood?.requests).toBeGreaterThan(100);
  });
});
