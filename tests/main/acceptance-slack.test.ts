import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, privateButtonPress, textsOf } from '../adapters/slack/helpers.ts';
import { type FakeSlack, startFakeSlack } from '../support/fake-slack.ts';
import {
  everySetting,
  type RunningProcess,
  startProcess,
  tempWorkspace,
} from '../support/process.ts';

// `npm start` with Slack in HTTP mode, as a deployment runs it: Slack's Web API on 127.0.0.1,
// and signed requests to /slack/events on the process's one HTTP port.

const BOT_TOKEN = 'xoxb-4444-5555-ACCEPTANCEbotTOKEN';
const SIGNING_SECRET = '0f1e2d3c4b5a69788796a5b4c3d2e1f0';

let slack: FakeSlack;
let bot: RunningProcess;
let workspace: ReturnType<typeof tempWorkspace>;
let events: string;

beforeAll(async () => {
  // Bolt checks the token with auth.test at start-up: the fake must already listen.
  slack = await startFakeSlack({ signingSecret: SIGNING_SECRET });
  workspace = tempWorkspace();
  bot = startProcess('src/app/main.ts', {
    // No SLACK_MODE and no app token: a signing secret alone means HTTP mode.
    env: everySetting({
      PORT: '0',
      HOST: '127.0.0.1',
      KNOWLEDGE_PATH: workspace.knowledge,
      RELOAD_KNOWLEDGE: 'true',
      UNANSWERED_LOG: `${workspace.dir}/unanswered.jsonl`,
      RATE_LIMIT_MAX: '5',
      RATE_LIMIT_WINDOW_MS: '10000',
      LOG_LEVEL: 'info',
      LOG_PRETTY: 'false',
      NODE_ENV: 'test',
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
    }),
  });
  const [, port] = await bot.waitForOutput(/Open http:\/\/localhost:(\d+) to chat/);
  await bot.waitForOutput(/slack: started/);
  events = `http://127.0.0.1:${port}/slack/events`;
});

afterAll(async () => {
  await bot?.stop();
  await slack?.close();
  workspace?.cleanup();
});

const nowSeconds = () => Math.floor(Date.now() / 1000);

let seq = 0;
/** A new asker per test, so the per-user rate limit shows only where it is tested. */
/** The next number of the run: every asker, event and thread gets its own. */
const next = () => {
  seq += 1;
  return seq;
};
const newUser = () => `U0ASKER${next()}`;
const newEventId = () => `Ev0ACCEPT${String(next()).padStart(4, '0')}`;

const slashCommand = (text: string, userId: string) => ({
  ...fixture<Record<string, string>>('slash-command'),
  text,
  user_id: userId,
  response_url: slack.responseUrl(`command-${userId}`),
});

function appMention(text: string, userId: string, eventId = newEventId()) {
  const body = fixture<{ event: Record<string, unknown>; event_id: string }>('app-mention');
  // A thread of its own, so each answer can be found by where it was posted.
  const ts = `${1_700_000_100 + next()}.000200`;
  body.event = { ...body.event, text, user: userId, ts, event_ts: ts };
  body.event_id = eventId;
  return body;
}

const postsInThread = (ts: unknown) =>
  slack.callsTo('chat.postMessage').filter((call) => call.args.thread_ts === ts);

const allText = (message: Record<string, unknown>) => {
  const { mrkdwn, plain } = textsOf(message);
  return [...mrkdwn, ...plain].join('\n');
};

describe('npm start with Slack over HTTP', { timeout: 20_000 }, () => {
  it('checked the bot token with auth.test at start-up', () => {
    const [check] = slack.callsTo('auth.test');
    expect(check?.token).toBe(BOT_TOKEN);
  });

  it('answers a signed slash command in the acknowledgement itself', async () => {
    const res = await slack.deliver(events, {
      form: slashCommand('Does he know Kubernetes?', newUser()),
    });
    expect(res.status).toBe(200);
    expect(res.contentType).toMatch(/^application\/json/);
    const reply = res.json();
    expect(reply.response_type).toBe('ephemeral');
    expect(Array.isArray(reply.blocks)).toBe(true);
    expect(allText(reply)).toMatch(/Kubernetes/);
    // Follow-up questions come as buttons.
    const actions = (reply.blocks as { type: string; elements?: { action_id?: string }[] }[])
      .filter((block) => block.type === 'actions')
      .flatMap((block) => block.elements ?? []);
    expect(actions.some((element) => /^suggest_\d+$/.test(element.action_id ?? ''))).toBe(true);
  });

  it('answers a signed app_mention with exactly one message in its thread', async () => {
    const asker = newUser();
    const mention = appMention(`<@${slack.botUserId}> Does he know Go?`, asker);
    const res = await slack.deliver(events, { json: mention });
    expect(res.status).toBe(200);
    const posts = postsInThread(mention.event.ts);
    expect(posts).toHaveLength(1);
    expect(posts[0]?.token).toBe(BOT_TOKEN);
    expect(posts[0]?.args).toMatchObject({ channel: 'C0GENERAL', thread_ts: mention.event.ts });
    expect(allText(posts[0]?.args ?? {})).toMatch(/\bGo\b/);
  });

  it('answers an event once although Slack delivers it again', async () => {
    const asker = newUser();
    const mention = appMention(`<@${slack.botUserId}> Does he know Kubernetes?`, asker);
    expect((await slack.deliver(events, { json: mention })).status).toBe(200);
    const retry = await slack.deliver(events, {
      json: mention,
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    expect(retry.status).toBe(200);
    expect(postsInThread(mention.event.ts)).toHaveLength(1);
  });

  it('refuses a bad signature and a stale timestamp with 401, answering nothing', async () => {
    const asker = newUser();
    const before = slack.calls.length;
    const forged = await slack.deliver(events, {
      form: slashCommand('Does he know Go?', asker),
      secret: 'ffffffffffffffffffffffffffffffff',
    });
    expect(forged.status).toBe(401);
    expect(forged.text).toBe('');
    const stale = await slack.deliver(events, {
      form: slashCommand('Does he know Go?', asker),
      timestamp: nowSeconds() - 301,
    });
    expect(stale.status).toBe(401);
    expect(stale.text).toBe('');
    const mention = appMention(`<@${slack.botUserId}> Does he know Go?`, asker);
    const unsigned = await slack.deliver(events, { json: mention, unsigned: true });
    expect(unsigned.status).toBe(401);
    expect(slack.calls.length).toBe(before);
  });

  it('answers a suggestion button pressed under a thread answer, in that thread', async () => {
    const asker = newUser();
    const payload = fixture<Record<string, unknown>>('block-actions');
    payload.user = { id: asker, username: 'asker', team_id: 'T0TEAM' };
    const threadTs = '1700000000.000200';
    const before = slack.callsTo('chat.postMessage').length;
    const res = await slack.deliver(events, { form: { payload: JSON.stringify(payload) } });
    expect(res.status).toBe(200);
    const posts = slack.callsTo('chat.postMessage').slice(before);
    expect(posts).toHaveLength(1);
    expect(posts[0]?.args).toMatchObject({ channel: 'C0GENERAL', thread_ts: threadTs });
    expect(allText(posts[0]?.args ?? {})).toMatch(/project/i);
  });

  it('answers a suggestion button under a private answer privately, at the response_url', async () => {
    const asker = newUser();
    const payload = privateButtonPress({
      user: asker,
      responseUrl: slack.responseUrl(`button-${asker}`),
      question: 'How can I contact him?',
    });
    const res = await slack.deliver(events, { form: { payload: JSON.stringify(payload) } });
    expect(res.status).toBe(200);
    await slack.waitForResponses(1);
    const posted = slack.responses.find((r) => r.id === `button-${asker}`);
    expect(posted?.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(Array.isArray(posted?.body.blocks)).toBe(true);
  });

  it('answers a direct message in the conversation', async () => {
    const dm = fixture<{ event: Record<string, unknown>; event_id: string }>('message-im');
    dm.event_id = newEventId();
    dm.event = {
      ...dm.event,
      user: newUser(),
      channel: 'D0ACCEPT',
      text: 'How can I contact him?',
    };
    expect((await slack.deliver(events, { json: dm })).status).toBe(200);
    const posts = slack.callsTo('chat.postMessage').filter((c) => c.args.channel === 'D0ACCEPT');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.args.thread_ts).toBeUndefined();
  });

  it('tells a user asking a sixth question within 10 s to wait', async () => {
    const eager = newUser();
    for (let i = 0; i < 5; i += 1) {
      const res = await slack.deliver(events, { form: slashCommand('Does he know Go?', eager) });
      expect(allText(res.json())).toMatch(/\bGo\b/);
    }
    const sixth = await slack.deliver(events, { form: slashCommand('Does he know Go?', eager) });
    expect(sixth.status).toBe(200);
    expect(String(sixth.json().text)).toMatch(/wait \d+ s/);
  });

  it("answers Slack's URL verification challenge", async () => {
    const res = await slack.deliver(events, {
      json: { token: 'x', challenge: 'c0ffee-challenge', type: 'url_verification' },
    });
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ challenge: 'c0ffee-challenge' });
  });

  it('exits 0 within 5 s on SIGTERM, having logged no secret', async () => {
    const started = Date.now();
    bot.child.kill('SIGTERM');
    const { code } = await bot.exited;
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(5000);
    const output = bot.stdout() + bot.stderr();
    expect(output).toContain('slack surface stopped');
    expect(output).not.toContain(BOT_TOKEN);
    expect(output).not.toContain(SIGNING_SECRET);
  });
});
