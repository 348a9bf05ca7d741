import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { discordConfigFromEnv } from '../../adapters/discord/config.ts';
import { createDiscordSurface } from '../../adapters/discord/index.ts';
import { slackConfigFromEnv } from '../../adapters/slack/config.ts';
import { createSlackSurface } from '../../adapters/slack/index.ts';
import { createAssistant, staticAnswerSource } from '../../src/answer/assistant.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { healthReport } from '../../src/service/health.ts';
import {
  isLoggedAttempt,
  retryDelay,
  type SupervisedSurface,
  superviseSurface,
} from '../../src/service/surface-supervisor.ts';
import {
  FAKE,
  type FakeDiscord,
  startFakeDiscord,
  user,
  userEvents,
} from '../support/fake-discord.ts';
import { type FakeSlack, startFakeSlack } from '../support/fake-slack.ts';
import { surfaceDeps } from '../support/surface-deps.ts';
import { captureLogger } from './log-capture.ts';

const source = staticAnswerSource(createAssistant(loadKnowledge('knowledge/profile.yaml')));
const alice = user('800000000000000001', 'alice');
const fast = { initialDelayMs: 100, maxDelayMs: 2_000, random: () => 0.5 };

async function until(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

let running: SupervisedSurface | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

describe('retry timing', () => {
  it('doubles the wait up to the cap, with jitter over its upper half', () => {
    const timing = { initialDelayMs: 1_000, maxDelayMs: 60_000 };
    expect([1, 2, 3, 4].map((n) => retryDelay(n, timing, () => 0))).toEqual([
      500, 1000, 2000, 4000,
    ]);
    expect(retryDelay(4, timing, () => 0.999)).toBeLessThanOrEqual(8000);
    expect(retryDelay(30, timing, () => 0.999)).toBeLessThanOrEqual(60_000);
    expect(retryDelay(30, timing, () => 0)).toBe(30_000);
  });

  it('logs the first attempts, then fewer and fewer', () => {
    const logged = Array.from({ length: 1000 }, (_, i) => i + 1).filter((n) => isLoggedAttempt(n));
    expect(logged).toEqual([1, 2, 3, 4, 8, 16, 32, 64, 128, 256, 512]);
  });
});

describe('stopping', () => {
  it('does not wait out an attempt that hangs, and stops the surface', async () => {
    let stops = 0;
    const hanging = () => ({
      name: 'chat',
      start: () => new Promise<void>(() => {}),
      stop: async () => {
        stops++;
      },
    });
    const supervisor = superviseSurface(hanging, { logger: captureLogger().logger });
    supervisor.start();
    expect(supervisor.state()).toBe('starting');
    const started = Date.now();
    await supervisor.stop();
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(stops).toBeGreaterThanOrEqual(1);
    expect(supervisor.state()).toBe('stopped');
  });
});

describe('Discord under the supervisor, real discord.js against a local Discord', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await startFakeDiscord();
  });
  afterAll(async () => {
    await fake.close();
  });
  afterEach(() => {
    Object.assign(fake.outage, { rest: false, gateway: false, refuseToken: false });
  });

  const supervised = () => {
    const log = captureLogger();
    const surface = () =>
      createDiscordSurface(
        discordConfigFromEnv({
          DISCORD_TOKEN: FAKE.token,
          DISCORD_APP_ID: FAKE.appId,
          DISCORD_API_URL: fake.apiUrl,
        }),
        surfaceDeps({ source, logger: log.logger }),
      );
    running = superviseSurface(surface, { logger: log.logger, ...fast });
    return { log, supervisor: running };
  };

  it('keeps retrying while Discord is unreachable, then connects and answers', async () => {
    fake.outage.rest = true;
    const { log, supervisor } = supervised();
    supervisor.start();
    const retries = () =>
      log.records().filter((r) => r.msg === 'discord: cannot connect; retrying');
    await until(() => retries().length >= 3, 'three failed attempts');
    expect(supervisor.state()).toBe('reconnecting');
    expect(healthReport([supervisor])).toEqual({
      status: 'ok',
      surfaces: { discord: 'reconnecting' },
    });
    fake.outage.rest = false;
    expect(await supervisor.settled()).toBe('ok');
    const reply = await fake.sendMessage(
      userEvents.message(alice, 'Does he know Kubernetes?', 'dm'),
    );
    expect(JSON.stringify(reply.body)).toContain('Kubernetes');
  });

  it('backs off when the gateway fails but the API answers, instead of every half second', async () => {
    fake.outage.gateway = true;
    const before = fake.gatewayAttempts.length;
    const { log, supervisor } = supervised();
    supervisor.start();
    const failures = () =>
      log.records().filter((r) => r.msg === 'discord: cannot connect; retrying');
    await until(() => failures().length >= 4, 'four failed attempts');
    // The waits it chose double (75, 150, 300 ms before jitter); read from its log, not the
    // wall clock, so a loaded machine cannot blur them.
    const waits = failures().map((r) => Number(r.retryInMs));
    for (let i = 1; i < waits.length; i++) {
      expect(waits[i]).toBeGreaterThan(waits[i - 1] ?? 0);
    }
    expect(waits.at(-1)).toBeGreaterThanOrEqual(2 * (waits[0] ?? 0));
    const times = failures().map((r) => Number(r.time));
    // discord.js no longer reconnects on its own between attempts.
    expect(fake.gatewayAttempts.length - before).toBeLessThanOrEqual(2 * times.length);
    fake.outage.gateway = false;
    expect(await supervisor.settled()).toBe('ok');
  });

  it('rebuilds a connection that keeps failing after it was up', async () => {
    const { log, supervisor } = supervised();
    supervisor.start();
    expect(await supervisor.settled()).toBe('ok');
    fake.outage.gateway = true;
    fake.dropConnection(4000);
    // discord.js retries on its own; three failures in a row hand over to the supervisor.
    await until(() => supervisor.state() === 'reconnecting', 'the connection counted lost');
    expect(log.records().some((r) => r.msg === 'discord: connection lost; reconnecting')).toBe(
      true,
    );
    fake.outage.gateway = false;
    await until(() => supervisor.state() === 'ok', 'connected again');
    const reply = await fake.sendMessage(userEvents.message(alice, 'Does he know Go?', 'dm'));
    expect(JSON.stringify(reply.body)).toMatch(/\bGo\b/);
  });

  it('stops for good, and health turns failed, when the token is refused', async () => {
    fake.outage.refuseToken = true;
    const { log, supervisor } = supervised();
    supervisor.start();
    expect(await supervisor.settled()).toBe('failed');
    const requests = fake.requests.length;
    await new Promise((r) => setTimeout(r, 400));
    expect(fake.requests.length).toBe(requests);
    expect(healthReport([supervisor]).status).toBe('failed');
    const errors = log.records().filter((r) => r.level === 50);
    expect(errors).toHaveLength(1);
    expect(String(errors[0]?.msg)).toMatch(
      /discord: not connecting again: the bot token was refused/,
    );
  });
});

describe('Slack under the supervisor, real Bolt against a local Slack', () => {
  let slack: FakeSlack;
  beforeAll(async () => {
    slack = await startFakeSlack();
  });
  afterAll(async () => {
    await slack.close();
  });

  const supervised = () => {
    const log = captureLogger();
    const surface = () =>
      createSlackSurface(
        slackConfigFromEnv(
          {},
          {
            botToken: 'xoxb-1-2-abc',
            signingSecret: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
            apiUrl: slack.apiUrl,
          },
        ),
        surfaceDeps({ source, logger: log.logger }),
      );
    running = superviseSurface(surface, { logger: log.logger, ...fast });
    return { log, supervisor: running };
  };

  it('retries auth.test through an outage past its own retries, then starts', async () => {
    slack.outage.api = true;
    const { log, supervisor } = supervised();
    supervisor.start();
    await until(
      () => log.records().filter((r) => r.msg === 'slack: cannot connect; retrying').length >= 2,
      'two failed attempts',
    );
    expect(supervisor.state()).toBe('reconnecting');
    slack.outage.api = false;
    expect(await supervisor.settled()).toBe('ok');
  });

  it('stops for good when Slack refuses the token', async () => {
    slack.outage.refuseToken = true;
    const { supervisor } = supervised();
    supervisor.start();
    expect(await supervisor.settled()).toBe('failed');
    const calls = slack.calls.length;
    await new Promise((r) => setTimeout(r, 400));
    expect(slack.calls.length).toBe(calls);
    slack.outage.refuseToken = false;
  });
});
