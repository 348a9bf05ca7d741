import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slackConfigFromEnv } from '../../../adapters/slack/config.ts';
import { createSlackSurface } from '../../../adapters/slack/index.ts';
import type { Surface } from '../../../src/surface/surface.ts';
import { type FakeSlack, startFakeSlack } from '../../support/fake-slack.ts';
import { surfaceDeps } from '../../support/surface-deps.ts';
import {
  APP_TOKEN,
  BOT_TOKEN,
  capturingLogger,
  fixture,
  PROFILE_ANSWER,
  type RecordingSource,
  recordingSource,
  textsOf,
} from './helpers.ts';

describe('Slack in Socket Mode, against a local Slack WebSocket', () => {
  let slack: FakeSlack;
  let surface: Surface;
  let source: RecordingSource;
  let stopped = false;

  beforeAll(async () => {
    slack = await startFakeSlack();
    source = recordingSource();
    const config = slackConfigFromEnv({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_APP_TOKEN: APP_TOKEN,
      SLACK_API_URL: slack.apiUrl,
    });
    expect(config.mode).toBe('socket');
    surface = createSlackSurface(
      config,
      surfaceDeps({
        source,
        logger: capturingLogger().logger,
        secrets: [config.botToken, config.appToken, config.signingSecret],
      }),
    );
    await surface.start();
  });

  afterAll(async () => {
    if (!stopped) await surface?.stop();
    await slack?.close();
  });

  it('connects with the app token and serves no HTTP route', () => {
    expect(slack.callsTo('apps.connections.open')[0]?.token).toBe(APP_TOKEN);
    expect(slack.openSockets).toBe(1);
    expect(surface.routes).toBeUndefined();
  });

  it('answers a slash command in the envelope acknowledgement', async () => {
    const ack = await slack.sendEnvelope({
      envelope_id: 'env-command-1',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: fixture('slash-command'),
    });
    expect(ack.payload?.response_type).toBe('ephemeral');
    expect(textsOf(ack.payload ?? {}).plain).toContain(PROFILE_ANSWER.title);
    expect(source.asked.at(-1)?.question).toBe('What does he do?');
  });

  it('answers a mention in its thread once, although Slack sends the envelope again', async () => {
    const body = fixture<Record<string, unknown>>('app-mention');
    const envelope = {
      envelope_id: 'env-mention-1',
      type: 'events_api',
      accepts_response_payload: false,
      retry_attempt: 0,
      retry_reason: '',
      payload: body,
    };
    await slack.sendEnvelope(envelope);
    const [post] = await slack.waitForCalls('chat.postMessage', 1);
    expect(post?.args).toMatchObject({ channel: 'C0GENERAL', thread_ts: '1700000000.000200' });

    const retry = await slack.sendEnvelope({
      ...envelope,
      envelope_id: 'env-mention-2',
      retry_attempt: 1,
      retry_reason: 'timeout',
    });
    expect(retry.envelope_id).toBe('env-mention-2');
    await sleep(50);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('acknowledges a command whose answer failed with an apology', async () => {
    const ack = await slack.sendEnvelope({
      envelope_id: 'env-command-2',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: {
        ...fixture<Record<string, string>>('slash-command'),
        text: 'please explode',
        user_id: 'U0CARL',
        response_url: slack.responseUrl('socket-boom'),
      },
    });
    expect(String((ack.payload as { text?: unknown }).text)).toMatch(/sorry/i);
  });

  it('stops cleanly: the socket closes and no reconnection follows', async () => {
    const started = performance.now();
    await surface.stop();
    stopped = true;
    expect(performance.now() - started).toBeLessThan(2000);
    await sleep(50);
    expect(slack.openSockets).toBe(0);
    expect(slack.connectionsOpened).toBe(1);
  });
});
