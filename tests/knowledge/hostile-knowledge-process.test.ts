import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it, type TestContext } from 'vitest';
import { startProcess, tempWorkspace } from '../support/process.ts';

/** The shipped profile with one anchor expanded 100 times: valid YAML, over the alias limit. */
function aliasBomb(shipped: string): string {
  const rows = Array.from(
    { length: 100 },
    (_, i) => `  - { id: q${i}, questions: [*x], answer: *x }\n`,
  ).join('');
  return `${shipped.replace('name: Fahad Khan', 'name: &x Fahad Khan').replace('faq: []', 'faq:')}${rows}`;
}

function start({ onTestFinished }: TestContext, prepare?: (knowledge: string) => void) {
  const workspace = tempWorkspace();
  prepare?.(workspace.knowledge);
  const bot = startProcess('src/app/main.ts', {
    cwd: workspace.dir,
    env: { PORT: '0', KNOWLEDGE_PATH: workspace.knowledge, LOG_LEVEL: 'info' },
  });
  onTestFinished(async () => {
    await bot.stop();
    workspace.cleanup();
  });
  return { bot, knowledge: workspace.knowledge };
}

describe.concurrent('the server given hostile knowledge', { timeout: 30_000 }, () => {
  it('refuses to start on an alias bomb with one FILE:LINE:COL line and status 2', async (context) => {
    const { bot, knowledge } = start(context, (file) =>
      writeFileSync(file, aliasBomb(readFileSync(file, 'utf8'))),
    );
    const { code } = await bot.exited;
    expect(code).toBe(2);
    const lines = bot.stderr().trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^${knowledge}:\\d+:\\d+ YAML aliases expand too far`));
  });

  it('survives an alias bomb saved while it runs, and keeps serving the last good version', async (context) => {
    const { bot, knowledge } = start(context);
    const [, port] = await bot.waitForOutput(/Open http:\/\/localhost:(\d+) to chat/);
    writeFileSync(knowledge, aliasBomb(readFileSync(knowledge, 'utf8')));
    await bot.waitForOutput(/knowledge not reloaded; still serving the last good version/);
    writeFileSync(
      knowledge,
      `${readFileSync(knowledge, 'utf8').split('faq:')[0]}x: ${'['.repeat(20_000)}\n`,
    );
    await bot.waitForOutput(/nested more than 256 deep/);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    expect(((await health.json()) as { knowledge: { name: string } }).knowledge.name).toBe(
      'Fahad Khan',
    );
    expect(bot.child.exitCode).toBeNull();
  });
});
