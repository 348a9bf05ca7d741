import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { slackConfigFromEnv } from '../../../adapters/slack/config.ts';
import { SLACK_FIT, toSlackFitBlocks } from '../../../adapters/slack/fit.ts';
import { createSlackSurface } from '../../../adapters/slack/index.ts';
import { SLACK_LIMITS } from '../../../adapters/slack/render.ts';
import { createRateLimiter } from '../../../src/conversation/rate-limit.ts';
import type { FitReport } from '../../../src/fit/report.ts';
import type { Surface } from '../../../src/surface/surface.ts';
import { recordingFit, SAMPLE_REPORT } from '../../fit/sample-report.ts';
import { type FakeSlack, startFakeSlack } from '../../support/fake-slack.ts';
import { surfaceDeps } from '../../support/surface-deps.ts';
import {
  BOT_TOKEN,
  capturingLogger,
  fixture,
  recordingSource,
  SIGNING_SECRET,
  textsOf,
} from './helpers.ts';

describe('job-description fit on Slack, over HTTP against a local Slack', () => {
  let slack: FakeSlack;
  let surface: Surface;
  let server: Server;
  let url: string;
  const fit = recordingFit();
  let seq = 0;
  let user = 'U0ALICE';

  const command = (text: string) =>
    slack.deliver(url, {
      form: {
        ...fixture<Record<string, string>>('slash-command'),
        command: '/fit',
        text,
        user_id: user,
        response_url: slack.responseUrl('fit'),
      },
    });
  const interactive = (payload: object) =>
    slack.deliver(url, { form: { payload: JSON.stringify(payload) } });
  const submission = (text: string, channel = 'C0GENERAL') =>
    interactive({
      type: 'view_submission',
      team: { id: 'T0TEAM', domain: 'example' },
      user: { id: user, username: 'alice', name: 'alice', team_id: 'T0TEAM' },
      api_app_id: 'A0APP',
      token: 'verification-token',
      trigger_id: '1.2.3',
      view: {
        id: 'V0VIEW',
        type: 'modal',
        callback_id: SLACK_FIT.modal,
        private_metadata: JSON.stringify({ channel }),
        state: {
          values: {
            [SLACK_FIT.inputBlock]: {
              [SLACK_FIT.inputAction]: { type: 'plain_text_input', value: text },
            },
          },
        },
      },
    });
  const shortcut = (text: string) =>
    interactive({
      type: 'message_action',
      callback_id: SLACK_FIT.shortcut,
      trigger_id: '1.2.4',
      response_url: slack.responseUrl('shortcut'),
      team: { id: 'T0TEAM', domain: 'example' },
      channel: { id: 'C0GENERAL', name: 'general' },
      user: { id: user, username: 'alice', team_id: 'T0TEAM' },
      message: { type: 'message', text, ts: '1700000000.000300', user: 'U0RECRUITER' },
      message_ts: '1700000000.000300',
      action_ts: '1700000001.000000',
      token: 'verification-token',
    });

  beforeAll(async () => {
    slack = await startFakeSlack({ signingSecret: SIGNING_SECRET });
    const config = slackConfigFromEnv(
      {},
      { botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, apiUrl: slack.apiUrl },
    );
    surface = createSlackSurface(
      config,
      surfaceDeps({
        source: recordingSource(),
        logger: capturingLogger().logger,
        rateLimiter: createRateLimiter({ max: 2, windowMs: 10_000 }),
        fit,
      }),
    );
    await surface.start();
    server = createServer((req, res) => {
      const route = surface.routes?.find((r) => r.method === req.method);
      if (route) void route.handler(req, res);
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  });

  afterAll(async () => {
    await surface?.stop();
    server?.closeAllConnections();
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    await slack?.close();
  });

  beforeEach(() => {
    slack.reset();
    fit.texts.length = 0;
    seq += 1;
    user = `U0USER${seq}`;
  });

  it('opens the modal for /fit with the trigger id, remembering the channel', async () => {
    const res = await command('');
    expect(res.status).toBe(200);
    const [open] = await slack.waitForCalls('views.open');
    expect(open?.args.trigger_id).toBe(fixture<Record<string, string>>('slash-command').trigger_id);
    const view = open?.args.view as Record<string, unknown>;
    expect(view).toMatchObject({ type: 'modal', callback_id: SLACK_FIT.modal });
    expect(JSON.parse(String(view.private_metadata))).toEqual({ channel: 'C0GENERAL' });
    expect(fit.texts).toEqual([]);
  });

  it('posts the report of a submitted modal privately in the channel it came from', async () => {
    const res = await submission('Requirements:\n- Go');
    expect(res.status).toBe(200);
    const [post] = await slack.waitForCalls('chat.postEphemeral');
    expect(post?.args).toMatchObject({ channel: 'C0GENERAL', user });
    const { mrkdwn, plain } = textsOf(post?.args ?? {});
    expect(plain).toContain('Job fit: 60% covered');
    expect(mrkdwn.join('\n')).toContain(':white_check_mark: Strong Go or Python');
    expect(mrkdwn.join('\n')).toContain(':x: AWS Certified Solutions Architect');
    expect(fit.texts).toEqual(['Requirements:\n- Go']);
    expect(fit.contexts.at(-1)).toMatchObject({ surface: 'slack', userId: `T0TEAM:${user}` });
  });

  it('runs "Check fit" on a posted message and answers through its response_url, privately', async () => {
    const res = await shortcut('We need Go &amp; Kubernetes');
    expect(res.status).toBe(200);
    const [reply] = await slack.waitForResponses(1);
    expect(reply?.body.response_type).toBe('ephemeral');
    expect(textsOf(reply?.body ?? {}).plain).toContain('Job fit: 60% covered');
    expect(fit.texts).toEqual(['We need Go &amp; Kubernetes']);
  });

  it('answers /fit with pasted text straight in the acknowledgement', async () => {
    const res = await command('Must have: Go, Kubernetes');
    const reply = res.json();
    expect(reply.response_type).toBe('ephemeral');
    expect(textsOf(reply).plain).toContain('Job fit: 60% covered');
    expect(slack.callsTo('views.open')).toHaveLength(0);
  });

  it('keeps user text inert: no @everyone ping from a requirement', async () => {
    const reply = (await command('Go')).json();
    const all = textsOf(reply).mrkdwn.join('\n');
    expect(all).toContain('Rust &lt;@');
    expect(all).not.toContain('<@everyone>');
  });

  it('tells a user over the rate limit to wait', async () => {
    await command('Go');
    await command('Go');
    const third = (await command('Go')).json();
    expect(textsOf(third).mrkdwn.join('\n')).toMatch(/wait/);
    expect(fit.texts).toHaveLength(2);
  });
});

describe('the fit blocks', () => {
  it('stay within Block Kit limits for a huge report', () => {
    const long: FitReport = {
      ...SAMPLE_REPORT,
      summary: 'S'.repeat(5000),
      requirements: Array.from({ length: 300 }, (_, i) => ({
        requirement: `Requirement ${i} ${'x'.repeat(400)}`,
        kind: i % 2 ? 'nice' : 'must',
        status: 'met',
        evidence: ['e'.repeat(500)],
        closest: [],
      })),
      unclassified: Array.from({ length: 100 }, () => 'z'.repeat(300)),
    };
    const message = toSlackFitBlocks(long);
    expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
    for (const text of textsOf(message as unknown as Record<string, unknown>).mrkdwn) {
      expect(text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    }
  });
});
