import { describe, expect, it } from 'vitest';
import { runSoak, SHORT_SOAK, throughputShare } from '../../bench/soak.ts';

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
    // Loose floors against the bare server measured in the same run (the bot serves about a
    // third of its rate): a request path that blocked the loop or serialised requests would
    // fall far below them.
    const share = throughputShare(result);
    expect([...share.keys()]).toEqual([...SHORT_SOAK.concurrency]);
    for (const [connections, percent] of share) {
      expect(percent, `share of the bare server's rate at ${connections}`).toBeGreaterThanOrEqual(
        5,
      );
    }
    for (const phase of result.phases.filter((p) => p.target === 'bot')) {
      expect(phase.p99, `p99 of ${phase.name} at ${phase.connections}`).toBeLessThan(2000);
    }
  });
});
