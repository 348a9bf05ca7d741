import { Writable } from 'node:stream';
import { MessageFlags } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { discordConfigFromEnv } from '../../../adapters/discord/config.ts';
import { DISCORD_FIT, toDiscordFitEmbed } from '../../../adapters/discord/fit.ts';
import { createDiscordSurface, type DiscordSurface } from '../../../adapters/discord/index.ts';
import { DISCORD_LIMITS } from '../../../adapters/discord/render.ts';
import { createAssistant, staticAnswerSource } from '../../../src/answer/assistant.ts';
import { createRateLimiter } from '../../../src/conversation/rate-limit.ts';
import type { FitReport } from '../../../src/fit/report.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import { createLogger } from '../../../src/logger.ts';
import { recordingFit, SAMPLE_REPORT } from '../../fit/sample-report.ts';
import {
  userEvents as events,
  FAKE,
  type FakeDiscord,
  messagePayload,
  startFakeDiscord,
  user,
} from '../../support/fake-discord.ts';
import { surfaceDeps } from '../../support/surface-deps.ts';

const alice = user('800000000000000001', 'alice');
let fake: FakeDiscord;
let surface: DiscordSurface | undefined;

beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterEach(async () => {
  await surface?.stop();
  surface = undefined;
});
afterAll(async () => {
  await fake.close();
});

async function startBot(fit = recordingFit(), rateLimitMax = 5) {
  const config = discordConfigFromEnv({
    DISCORD_TOKEN: FAKE.token,
    DISCORD_APP_ID: FAKE.appId,
    DISCORD_API_URL: fake.apiUrl,
  });
  const quiet = new Writable({ write: (_c, _e, done) => done() });
  surface = createDiscordSurface(
    config,
    surfaceDeps({
      source: staticAnswerSource(createAssistant(loadKnowledge('knowledge/profile.yaml'))),
      logger: createLogger({ level: 'debug', destination: quiet }),
      rateLimiter: createRateLimiter({ max: rateLimitMax, windowMs: 10_000 }),
      fit,
    }),
  );
  await surface.start();
  return fit;
}

describe('job-description fit on Discord', () => {
  it('opens a modal with one paragraph field of at most 4,000 characters for /fit', async () => {
    await startBot();
    const callback = await fake.interact(events.slash(alice, 'fit'));
    expect(callback.body.type).toBe(9);
    expect(callback.body.data.custom_id).toBe(DISCORD_FIT.modalId);
    const [input] = callback.body.data.components[0].components;
    expect(input).toMatchObject({ type: 4, style: 2, max_length: 4000, required: true });
  });

  it('answers the submitted modal with a private checklist embed', async () => {
    const fit = await startBot();
    const jd = 'Requirements:\n- Go\n- Kubernetes';
    const callback = await fake.interact(
      events.modalSubmit(alice, DISCORD_FIT.modalId, { [DISCORD_FIT.inputId]: jd }),
    );
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.flags).toBe(MessageFlags.Ephemeral);
    const [embed] = callback.body.data.embeds;
    expect(embed.title).toBe('Job fit: 60% covered');
    const must = embed.fields.find((f: { name: string }) => f.name === 'Must have');
    expect(must.value).toContain('✅ Strong Go or Python');
    expect(must.value).toContain('↳ Go (skills: Backend)');
    expect(must.value).toContain('❌ AWS Certified Solutions Architect');
    expect(embed.fields.at(-1)).toMatchObject({ name: 'Could not classify' });
    expect(callback.body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(fit.texts).toEqual([jd]);
    expect(fit.contexts[0]).toMatchObject({ surface: 'discord', userId: alice.id });
  });

  it('checks the fit of any message from its "Check fit" menu entry', async () => {
    const fit = await startBot();
    const posted = messagePayload(FAKE.channelId, alice, {
      id: '900000000000000123',
      content: 'We need Go and Kubernetes.',
    });
    const callback = await fake.interact(
      events.messageCommand(alice, DISCORD_FIT.messageCommand, posted),
    );
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(callback.body.data.embeds[0].title).toBe('Job fit: 60% covered');
    expect(fit.texts).toEqual(['We need Go and Kubernetes.']);
  });

  it('says so when the message has no text, without running the fit', async () => {
    const fit = await startBot();
    const posted = messagePayload(FAKE.channelId, alice, { id: '900000000000000124', content: '' });
    const callback = await fake.interact(
      events.messageCommand(alice, DISCORD_FIT.messageCommand, posted),
    );
    expect(callback.body.data.content).toContain('no text to check');
    expect(fit.texts).toEqual([]);
  });

  it('apologises privately when the fit fails, and keeps running', async () => {
    const fit = await startBot();
    const failed = await fake.interact(
      events.modalSubmit(alice, DISCORD_FIT.modalId, { [DISCORD_FIT.inputId]: 'explode' }),
    );
    expect(failed.body.data.content).toMatch(/Sorry/);
    expect(failed.body.data.flags).toBe(MessageFlags.Ephemeral);
    const next = await fake.interact(
      events.modalSubmit(alice, DISCORD_FIT.modalId, { [DISCORD_FIT.inputId]: 'Go' }),
    );
    expect(next.body.data.embeds[0].title).toBe('Job fit: 60% covered');
    expect(fit.texts).toEqual(['explode', 'Go']);
  });

  it('tells a user over the rate limit to wait instead of running the fit', async () => {
    const fit = await startBot(recordingFit(), 1);
    const submit = () =>
      fake.interact(
        events.modalSubmit(alice, DISCORD_FIT.modalId, { [DISCORD_FIT.inputId]: 'Go' }),
      );
    await submit();
    const limited = await submit();
    expect(limited.body.data.content).toMatch(/wait/);
    expect(fit.texts).toHaveLength(1);
  });
});

describe('the fit embed', () => {
  it('stays within Discord limits for a report of 200 long requirements', () => {
    const long: FitReport = {
      ...SAMPLE_REPORT,
      summary: 'S'.repeat(5000),
      requirements: Array.from({ length: 200 }, (_, i) => ({
        requirement: `Requirement ${i} ${'x'.repeat(400)}`,
        kind: i % 2 ? 'nice' : 'must',
        status: 'missing',
        evidence: [],
        closest: ['y'.repeat(500)],
      })),
      unclassified: Array.from({ length: 100 }, (_, i) => `line ${i} ${'z'.repeat(300)}`),
    };
    const embed = toDiscordFitEmbed(long);
    const total =
      (embed.title?.length ?? 0) +
      (embed.description?.length ?? 0) +
      (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
    expect(total).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
    for (const field of embed.fields ?? []) {
      expect(field.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
    }
    expect(embed.fields?.[0]?.value).toMatch(/…and \d+ more$/);
  });
});
