import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, type TestContext } from 'vitest';
import { REPO_ROOT, startProcess, tempWorkspace } from '../support/process.ts';

/** The real process, from a temporary directory holding a copy of the shipped knowledge. */
function start(
  { onTestFinished }: TestContext,
  env: Record<string, string>,
  prepare?: (dir: string) => void,
) {
  const workspace = tempWorkspace();
  prepare?.(workspace.dir);
  const bot = startProcess('src/app/main.ts', {
    cwd: workspace.dir,
    env: { PORT: '0', KNOWLEDGE_PATH: workspace.knowledge, LOG_LEVEL: 'info', ...env },
  });
  onTestFinished(async () => {
    await bot.stop();
    workspace.cleanup();
  });
  return bot;
}

// Each test starts its own process; running them side by side keeps the file fast.
describe.concurrent('npm start', { timeout: 30_000 }, () => {
  it('serves the web chat without chat tokens, says which surfaces it skipped, and stops on SIGTERM', async (context) => {
    const bot = start(context, {});
    const [, port] = await bot.waitForOutput(/Open http:\/\/localhost:(\d+) to chat/);
    await bot.waitForOutput(/slack: not started \(SLACK_BOT_TOKEN is not set\)/);
    expect(bot.stdout()).toContain('discord: not started (DISCORD_TOKEN is not set)');

    const response = await fetch(`http://127.0.0.1:${port}/api/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'Does he know Kubernetes?', conversation: 'main-test' }),
    });
    expect(response.status).toBe(200);
    const answer = (await response.json()) as { text: string };
    expect(answer.text.length).toBeGreaterThan(0);

    const health = (await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()) as {
      knowledge: { name: string };
    };
    expect(health.knowledge.name).toBe('Fahad Khan');

    const stoppingAt = Date.now();
    bot.child.kill('SIGTERM');
    const { code } = await bot.exited;
    expect(code).toBe(0);
    expect(Date.now() - stoppingAt).toBeLessThan(5000);
  });

  it('starts with .env.example copied to .env as it is', async (context) => {
    const bot = start(context, {}, (dir) =>
      copyFileSync(join(REPO_ROOT, '.env.example'), join(dir, '.env')),
    );
    await bot.waitForOutput(/Open http:\/\/localhost:\d+ to chat/);
    await bot.waitForOutput(/slack: not started \(SLACK_BOT_TOKEN is not set\)/);
    expect(bot.stdout()).toContain('discord: not started (DISCORD_TOKEN is not set)');
  });

  it('exits with status 2 and one line naming the variable for a bad setting', async (context) => {
    const bot = start(context, { PORT: 'abc' });
    const { code } = await bot.exited;
    expect(code).toBe(2);
    expect(bot.stderr().trim().split('\n')).toEqual([
      'PORT must be a whole number from 0 to 65535 (got "abc")',
    ]);
  });

  it('refuses an empty PORT rather than taking the default', async (context) => {
    const bot = start(context, { PORT: '' });
    const { code } = await bot.exited;
    expect(code).toBe(2);
    expect(bot.stderr().trim().split('\n')).toEqual([
      'PORT is set but empty: give it a value or remove it',
    ]);
  });

  it('refuses at start an unanswered-questions log it cannot write', async (context) => {
    const bot = start(context, { UNANSWERED_LOG: '/dev/null/unanswered.jsonl' });
    expect((await bot.exited).code).toBe(2);
    expect(bot.stderr().trim()).toBe(
      'UNANSWERED_LOG /dev/null/unanswered.jsonl cannot be written: /dev/null is not a folder',
    );
  });

  it('lists every bad setting at once, chat platforms included, without echoing tokens', async (context) => {
    const token = 'x'.repeat(30);
    const bot = start(context, { RELOAD_KNOWLEDGE: 'maybe', DISCORD_TOKEN: token });
    const { code } = await bot.exited;
    expect(code).toBe(2);
    const lines = bot.stderr().trim().split('\n');
    expect(lines).toContain('RELOAD_KNOWLEDGE must be true or false (got "maybe")');
    expect(lines.some((line) => line.startsWith('DISCORD_APP_ID '))).toBe(true);
    expect(bot.stderr()).not.toContain(token);
    expect(bot.stderr()).not.toMatch(/^\s+at /m);
  });

  it('exits with status 2 and the file:line of the problem when the knowledge is missing', async (context) => {
    const bot = start(context, { KNOWLEDGE_PATH: 'missing.yaml' });
    const { code } = await bot.exited;
    expect(code).toBe(2);
    expect(bot.stderr().trim()).toBe('missing.yaml:1:1 file not found');
  });
});
