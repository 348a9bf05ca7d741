import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { startProcess, tempWorkspace } from '../support/process.ts';

// One loopback server standing in for both platforms' APIs: Slack's auth.test succeeds,
// Discord refuses the token, as a revoked token would.
let platforms: Server;
let api: string;
const seen: string[] = [];

beforeAll(async () => {
  platforms = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    req.resume();
    res.setHeader('content-type', 'application/json');
    if (req.url?.startsWith('/slack/api/auth.test')) {
      res.end(JSON.stringify({ ok: true, user_id: 'U0BOT', bot_id: 'B0BOT', team_id: 'T0TEAM' }));
    } else {
      res.statusCode = 401;
      res.end(JSON.stringify({ message: '401: Unauthorized', code: 0 }));
    }
  });
  await new Promise<void>((resolve) => platforms.listen(0, '127.0.0.1', resolve));
  api = `http://127.0.0.1:${(platforms.address() as AddressInfo).port}`;
});

afterAll(async () => {
  platforms.closeAllConnections();
  await new Promise((resolve) => platforms.close(resolve));
});

function start({ onTestFinished }: TestContext, env: Record<string, string>) {
  const workspace = tempWorkspace();
  const bot = startProcess('src/app/main.ts', {
    cwd: workspace.dir,
    env: { PORT: '0', KNOWLEDGE_PATH: workspace.knowledge, ...env },
  });
  onTestFinished(async () => {
    await bot.stop();
    workspace.cleanup();
  });
  return bot;
}

describe('npm start with chat tokens', { timeout: 30_000 }, () => {
  it('mounts Slack on the one HTTP server and keeps serving the web when Discord cannot connect', async (context) => {
    const discordToken = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.Gabcde.fake-token-for-tests-only';
    const signingSecret = 'a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4';
    const bot = start(context, {
      DISCORD_TOKEN: discordToken,
      DISCORD_APP_ID: '123456789012345678',
      DISCORD_API_URL: `${api}/discord`,
      SLACK_BOT_TOKEN: 'xoxb-1111-2222-fake-slack-token',
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_MODE: 'http',
      SLACK_API_URL: `${api}/slack/api/`,
    });
    const [, port] = await bot.waitForOutput(/Open http:\/\/localhost:(\d+) to chat/);
    await bot.waitForOutput(/discord: not connecting again: the bot token was refused/);
    await bot.waitForOutput(/slack: started/);
    // A refused token is what an operator must act on: health says so, with a 503.
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({
      status: 'failed',
      surfaces: { web: 'ok', discord: 'failed', slack: 'ok' },
    });

    // Slack's events arrive on the same port as the web chat; an unsigned one is refused.
    const slack = await fetch(`http://127.0.0.1:${port}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'url_verification', challenge: 'x' }),
    });
    expect(slack.status).toBe(401);

    const web = await fetch(`http://127.0.0.1:${port}/api/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'Does he know Kubernetes?' }),
    });
    expect(web.status).toBe(200);
    expect(seen.some((r) => r.startsWith('POST /slack/api/auth.test'))).toBe(true);

    bot.child.kill('SIGTERM');
    expect((await bot.exited).code).toBe(0);
    const output = bot.stdout() + bot.stderr();
    for (const secret of [discordToken, signingSecret, 'xoxb-1111-2222-fake-slack-token']) {
      expect(output).not.toContain(secret);
    }
  });
});
