import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { slackConfigFromEnv } from '../../../adapters/slack/config.ts';
import { createSlackSurface } from '../../../adapters/slack/index.ts';
import { createAssistant, staticAnswerSource } from '../../../src/answer/assistant.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import type { Surface } from '../../../src/surface/surface.ts';
import { type FakeSlack, startFakeSlack } from '../../support/fake-slack.ts';
import { surfaceDeps } from '../../support/surface-deps.ts';
import {
  BOT_TOKEN,
  capturingLogger,
  fixture,
  PROFILE_ANSWER,
  privateButtonPress,
  type RecordingSource,
  recordingSource,
  SIGNING_SECRET,
  textsOf,
} from './helpers.ts';

/** The surface's routes on a bare HTTP server, as the process's shared server mounts them. */
async function mount(surface: Surface): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const route = surface.routes?.find((r) => r.method === req.method && r.path === path);
    if (route) void route.handler(req, res);
    else {
      res.writeHead(404);
      res.end();
    }
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events` };
}

async function unmount(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

describe('Slack over HTTP, against a local Slack', () => {
  let slack: FakeSlack;
  let surface: Surface;
  let server: Server;
  let url: string;
  let source: RecordingSource;
  const log = capturingLogger();
  let seq = 0;
  /** A fresh event id per delivery, so tests never look like retries of each other. */
  const eventId = () => {
    seq += 1;
    return `Ev0TEST${String(seq).padStart(4, '0')}`;
  };
  /** A new asker per test, so that the per-user rate limit only shows where it is tested. */
  let user = 'U0ALICE';

  const command = (text: string, asker = user, responseId = 'cmd') => {
    const form = fixture<Record<string, string>>('slash-command');
    return slack.deliver(url, {
      form: { ...form, text, user_id: asker, response_url: slack.responseUrl(responseId) },
    });
  };
  const mention = (text: string, overrides: Record<string, unknown> = {}, id = eventId()) => {
    const body = fixture<{ event: Record<string, unknown>; event_id: string }>('app-mention');
    body.event = { ...body.event, text, user, ...overrides };
    body.event_id = id;
    return {
      body,
      send: (headers?: Record<string, string>) => slack.deliver(url, { json: body, headers }),
    };
  };

  beforeAll(async () => {
    slack = await startFakeSlack({ signingSecret: SIGNING_SECRET });
    source = recordingSource();
    const config = slackConfigFromEnv(
      {},
      { botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, apiUrl: slack.apiUrl },
    );
    surface = createSlackSurface(
      config,
      surfaceDeps({
        source,
        logger: log.logger,
        secrets: [config.botToken, config.appToken, config.signingSecret],
      }),
    );
    await surface.start();
    ({ server, url } = await mount(surface));
  });

  afterAll(async () => {
    await surface?.stop();
    if (server) await unmount(server);
    await slack?.close();
  });

  beforeEach(() => {
    slack.reset();
    source.asked.length = 0;
    seq += 1;
    user = `U0USER${seq}`;
  });

  it('answers a slash command in the acknowledgement itself, privately by default', async () => {
    const res = await command('What does he do?');
    expect(res.status).toBe(200);
    expect(res.contentType).toMatch(/^application\/json/);
    const reply = res.json();
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.text).toContain('Fahad Khan');
    const { mrkdwn, plain } = textsOf(reply);
    expect(plain).toContain(PROFILE_ANSWER.title);
    expect(mrkdwn.join('\n')).toContain('<https://github.com/fahad-example|GitHub>');
    expect(plain).toEqual(expect.arrayContaining(['What are his projects?', 'LinkedIn']));
    expect(source.asked[0]?.question).toBe('What does he do?');
    expect(source.asked[0]?.context).toMatchObject({
      surface: 'slack',
      conversationId: `T0TEAM:C0GENERAL:-:${user}`,
    });
    expect(slack.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('answers a mention with exactly one message in a new thread under it', async () => {
    const res = await mention(`<@${slack.botUserId}> What does he do?`).send();
    expect(res.status).toBe(200);
    const posts = slack.callsTo('chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.token).toBe(BOT_TOKEN);
    expect(Array.isArray(posts[0]?.args.blocks)).toBe(true);
    expect(posts[0]?.args).toMatchObject({ channel: 'C0GENERAL', thread_ts: '1700000000.000200' });
    expect(textsOf(posts[0]?.args ?? {}).plain).toContain(PROFILE_ANSWER.title);
    expect(source.asked[0]?.question).toBe('What does he do?');
  });

  it('answers a mention inside a thread in that same thread', async () => {
    await mention(`<@${slack.botUserId}> What are his projects?`, {
      ts: '1700000050.000900',
      thread_ts: '1700000000.000200',
    }).send();
    expect(slack.callsTo('chat.postMessage')[0]?.args.thread_ts).toBe('1700000000.000200');
    expect(source.asked[0]?.context.conversationId).toBe(
      `T0TEAM:C0GENERAL:1700000000.000200:${user}`,
    );
  });

  it('answers an event once although Slack delivers it again', async () => {
    const delivery = mention(`<@${slack.botUserId}> What does he do?`);
    expect((await delivery.send()).status).toBe(200);
    const retry = await delivery.send({
      'x-slack-retry-num': '1',
      'x-slack-retry-reason': 'http_timeout',
    });
    expect(retry.status).toBe(200);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
    expect(source.asked).toHaveLength(1);
  });

  it('answers direct messages, and ignores edits and bot posts', async () => {
    const dm = fixture<{ event: Record<string, unknown>; event_id: string }>('message-im');
    dm.event_id = eventId();
    dm.event.user = user;
    await slack.deliver(url, { json: dm });
    const edit = structuredClone(dm);
    edit.event_id = eventId();
    edit.event = {
      ...dm.event,
      subtype: 'message_changed',
      message: { text: 'What are his projects?' },
    };
    await slack.deliver(url, { json: edit });
    const fromBot = structuredClone(dm);
    fromBot.event_id = eventId();
    fromBot.event = { ...dm.event, bot_id: 'B0OTHER' };
    await slack.deliver(url, { json: fromBot });

    const posts = slack.callsTo('chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.args.channel).toBe('D0ALICE');
    expect(posts[0]?.args.thread_ts).toBeUndefined();
  });

  describe('refuses requests Slack did not sign just now', () => {
    const cases: [string, { secret?: string; unsigned?: boolean; timestamp?: () => number }][] = [
      ['a wrong signature', { secret: 'ffffffffffffffffffffffffffffffff' }],
      ['no signature', { unsigned: true }],
      ['a timestamp over 5 minutes old', { timestamp: () => nowSeconds() - 301 }],
      // Well past the window: the server reads its clock later than the test does, and on a
      // busy machine a second or more later.
      ['a timestamp over 5 minutes in the future', { timestamp: () => nowSeconds() + 330 }],
    ];
    it.each(cases)('%s gets 401 and no answer', async (_name, options) => {
      const form = fixture<Record<string, string>>('slash-command');
      const res = await slack.deliver(url, {
        form: { ...form, user_id: user },
        secret: options.secret,
        unsigned: options.unsigned,
        timestamp: options.timestamp?.(),
      });
      expect(res.status).toBe(401);
      expect(res.text).toBe('');
      expect(source.asked).toHaveLength(0);
    });

    it('accepts a request signed 4 minutes ago (clock skew)', async () => {
      const form = fixture<Record<string, string>>('slash-command');
      const res = await slack.deliver(url, {
        form: { ...form, user_id: user },
        timestamp: nowSeconds() - 240,
      });
      expect(res.status).toBe(200);
    });
  });

  it("answers Slack's URL verification challenge and SSL check", async () => {
    const challenge = await slack.deliver(url, {
      json: {
        token: 'x',
        challenge: '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P',
        type: 'url_verification',
      },
    });
    expect(challenge.status).toBe(200);
    expect(challenge.json()).toEqual({
      challenge: '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P',
    });
    const ssl = await slack.deliver(url, { form: { ssl_check: '1', token: 'x' }, unsigned: true });
    expect(ssl.status).toBe(200);
    expect(source.asked).toHaveLength(0);
  });

  it('answers a suggestion button under a thread answer in that thread', async () => {
    const payload = fixture('block-actions');
    payload.user = { id: user, username: 'someone', team_id: 'T0TEAM' };
    const res = await slack.deliver(url, { form: { payload: JSON.stringify(payload) } });
    expect(res.status).toBe(200);
    const posts = slack.callsTo('chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.args).toMatchObject({ channel: 'C0GENERAL', thread_ts: '1700000000.000200' });
    expect(source.asked[0]?.question).toBe('What are his projects?');
  });

  it('answers a suggestion button under a private answer privately, keeping the original', async () => {
    const payload = privateButtonPress({
      user,
      responseUrl: slack.responseUrl('button'),
      question: 'How can I contact him?',
      actionId: 'suggest_1',
    });
    const res = await slack.deliver(url, { form: { payload: JSON.stringify(payload) } });
    expect(res.status).toBe(200);
    const [posted] = await slack.waitForResponses(1);
    expect(posted?.id).toBe('button');
    expect(posted?.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(textsOf(posted?.body ?? {}).plain).toContain(PROFILE_ANSWER.title);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('acknowledges link button clicks without answering', async () => {
    const payload = fixture<Record<string, unknown>>('block-actions');
    payload.actions = [
      {
        action_id: 'link_0',
        block_id: 'links',
        type: 'button',
        url: 'https://github.com/fahad-example',
        action_ts: '1',
      },
    ];
    const res = await slack.deliver(url, { form: { payload: JSON.stringify(payload) } });
    expect(res.status).toBe(200);
    expect(source.asked).toHaveLength(0);
  });

  it('never turns @channel, @here or a user mention in a question into a notification', async () => {
    const question = '<!channel> <!here|here> &lt;!everyone&gt; tell <@U0BOB> is he available?';
    const viaCommand = (await command(question, 'U0MALLORY')).json();
    await mention(`<@${slack.botUserId}> ${question}`, { user: 'U0MALLORY' }).send();
    const viaMention = slack.callsTo('chat.postMessage')[0]?.args ?? {};

    expect(source.asked[0]?.question).toContain('@channel');
    for (const message of [viaCommand, viaMention]) {
      const { mrkdwn } = textsOf(message);
      expect(mrkdwn.length).toBeGreaterThan(2);
      for (const text of mrkdwn) {
        expect(text).not.toMatch(/<[!@#]/);
        expect(text).not.toMatch(/@(channel|here|everyone)/);
      }
    }
    // Plain text (the header, button labels) is never parsed for mentions by Slack.
    expect(textsOf(viaCommand).plain.length).toBeGreaterThan(0);
  });

  it('tells a user who asks a sixth question within 10 s to wait, once', async () => {
    for (let i = 0; i < 5; i += 1) {
      const res = await command('What does he do?', 'U0EAGER');
      expect(res.json().text).toContain('Fahad Khan');
    }
    const sixth = await command('What does he do?', 'U0EAGER');
    expect(sixth.status).toBe(200);
    expect(sixth.json().text).toMatch(/wait \d+ s/);
    expect(source.asked).toHaveLength(5);

    // Mentions stay quiet after the user has been told once in this window.
    await mention(`<@${slack.botUserId}> What does he do?`, { user: 'U0EAGER' }).send();
    expect(slack.callsTo('chat.postMessage')).toHaveLength(0);
    // Other people are not slowed down.
    expect((await command('What does he do?', 'U0PATIENT')).json().text).toContain('Fahad Khan');
  });

  it('apologises when answering fails, logs it without secrets, and keeps answering', async () => {
    const failed = await command('please explode', 'U0CARL', 'boom');
    expect(failed.status).toBe(200);
    // The apology travels in the acknowledgement, where the answer would have been.
    expect(failed.json().response_type).toBe('ephemeral');
    expect(String(failed.json().text)).toMatch(/sorry/i);

    await mention(`<@${slack.botUserId}> please explode`, { user: 'U0CARL' }).send();
    const [threadApology] = slack.callsTo('chat.postMessage');
    expect(threadApology?.args.thread_ts).toBe('1700000000.000200');
    expect(String(threadApology?.args.text)).toMatch(/sorry/i);

    expect(log.lines.some((line) => line.includes('answering failed'))).toBe(true);
    expect((await command('What does he do?', 'U0CARL')).json().text).toContain('Fahad Khan');
  });

  it('writes no token or signing secret to the logs', () => {
    const all = log.lines.join('');
    expect(all).toContain('slack question answered');
    expect(all).not.toContain(BOT_TOKEN);
    expect(all).not.toContain(SIGNING_SECRET);
  });
});

describe('Slack over HTTP with the real assistant', () => {
  it('replies to "Does he know Kubernetes?"', async () => {
    const slack = await startFakeSlack({ signingSecret: SIGNING_SECRET });
    const source = staticAnswerSource(createAssistant(loadKnowledge('knowledge/profile.yaml')));
    const config = slackConfigFromEnv({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
    });
    const surface = createSlackSurface(
      config,
      surfaceDeps({
        source,
        logger: capturingLogger().logger,
        secrets: [config.botToken, config.appToken, config.signingSecret],
      }),
    );
    await surface.start();
    const { server, url } = await mount(surface);
    try {
      const form = fixture<Record<string, string>>('slash-command');
      const res = await slack.deliver(url, { form: { ...form, text: 'Does he know Kubernetes?' } });
      expect(res.status).toBe(200);
      const reply = res.json();
      expect(String(reply.text).length).toBeGreaterThan(0);
      expect(Array.isArray(reply.blocks)).toBe(true);
    } finally {
      await surface.stop();
      await unmount(server);
      await slack.close();
    }
  });
});
