import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  userEvents as events,
  FAKE,
  type FakeDiscord,
  type FakeUser,
  startFakeDiscord,
  user,
} from '../support/fake-discord.ts';
import {
  everySetting,
  type RunningProcess,
  startProcess,
  tempWorkspace,
} from '../support/process.ts';

// `npm start` as a deployment runs it, with Discord's REST and gateway on 127.0.0.1: the same
// behaviour the adapter tests check in-process, through the real process and its settings.

let fake: FakeDiscord;
let bot: RunningProcess;
let workspace: ReturnType<typeof tempWorkspace>;
let unansweredLog: string;

beforeAll(async () => {
  fake = await startFakeDiscord();
  workspace = tempWorkspace();
  unansweredLog = join(workspace.dir, 'data', 'unanswered.jsonl');
  bot = startProcess('src/app/main.ts', {
    env: everySetting({
      PORT: '0',
      HOST: '127.0.0.1',
      KNOWLEDGE_PATH: workspace.knowledge,
      RELOAD_KNOWLEDGE: 'true',
      UNANSWERED_LOG: unansweredLog,
      RATE_LIMIT_MAX: '5',
      RATE_LIMIT_WINDOW_MS: '10000',
      LOG_LEVEL: 'info',
      LOG_PRETTY: 'false',
      NODE_ENV: 'test',
      DISCORD_TOKEN: FAKE.token,
      DISCORD_APP_ID: FAKE.appId,
      DISCORD_API_URL: fake.apiUrl,
    }),
  });
  await bot.waitForOutput(/discord: started/);
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
  workspace?.cleanup();
});

const ask = (asker: FakeUser, question: string) =>
  fake.interact(events.slash(asker, 'ask', [{ name: 'question', type: 3, value: question }]));

/** Everything an embed shows, to check what an answer is about without its exact wording. */
const embedText = (embed: {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
}) =>
  [embed.title, embed.description, ...(embed.fields ?? []).flatMap((f) => [f.name, f.value])]
    .filter(Boolean)
    .join('\n');

// A new asker per test, so the per-user rate limit shows only where it is tested.
let nextUser = 0;
const newUser = () => {
  nextUser += 1;
  return user(`80000000000000${String(nextUser).padStart(4, '0')}`, `asker${nextUser}`);
};

describe('npm start with Discord', { timeout: 20_000 }, () => {
  /** The custom id of a suggestion button under an answer. */
  let suggestion = '';

  it('identifies on the gateway with the bot token and no privileged intent', () => {
    const identify = fake.gatewayFrames.find((f) => f.op === 2);
    const d = identify?.d as { token: string; intents: number };
    expect(d.token).toBe(FAKE.token);
    const MESSAGE_CONTENT = 1 << 15;
    expect(d.intents & MESSAGE_CONTENT).toBe(0);
  });

  it('answers /ask about Kubernetes with an embed that pings nobody', async () => {
    const callback = await ask(newUser(), 'Does he know Kubernetes?');
    expect(callback.body.type).toBe(4);
    const { data } = callback.body;
    expect(data.allowed_mentions.parse).toEqual([]);
    expect(data.flags ?? 0).toBe(0);
    expect(data.embeds).toHaveLength(1);
    expect(embedText(data.embeds[0])).toMatch(/Kubernetes/);
    // Follow-up questions come as buttons that ask them.
    const buttons = data.components.flatMap((row: { components: unknown[] }) => row.components);
    expect(buttons.length).toBeGreaterThan(0);
    for (const button of buttons) expect(button.custom_id).toMatch(/^ask:.+/);
    suggestion = buttons[0].custom_id;
  });

  it('answers a press on one of the suggestion buttons it sent', async () => {
    const callback = await fake.interact(events.button(newUser(), suggestion));
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.embeds).toHaveLength(1);
    expect(embedText(callback.body.data.embeds[0]).length).toBeGreaterThan(0);
  });

  it('offers ranked questions while /ask is typed', async () => {
    const callback = await fake.interact(
      events.autocomplete(newUser(), 'ask', [
        { name: 'question', type: 3, value: 'kub', focused: true },
      ]),
    );
    expect(callback.body.type).toBe(8);
    const { choices } = callback.body.data as { choices: { name: string; value: string }[] };
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices[0]?.value).toMatch(/Kubernetes/);
    for (const choice of choices) expect(choice.name).toBe(choice.value);
  });

  it('answers a mention in a server channel and a direct message, as replies', async () => {
    const asker = newUser();
    const mention = events.message(asker, `<@${FAKE.bot.id}> Does he know Go?`, 'guild', [
      FAKE.bot,
    ]);
    const reply = await fake.sendMessage(mention);
    expect(reply.method).toBe('POST');
    expect(reply.path).toBe(`/channels/${FAKE.channelId}/messages`);
    expect(reply.authorization).toBe(`Bot ${FAKE.token}`);
    expect(embedText(reply.body.embeds[0])).toMatch(/\bGo\b/);

    const dm = await fake.sendMessage(events.message(asker, 'How can I contact him?', 'dm'));
    expect(dm.path).toBe(`/channels/${FAKE.dmChannelId}/messages`);
    expect(dm.body.embeds[0]).toBeDefined();
    expect(dm.body.allowed_mentions.parse).toEqual([]);
  });

  it('ignores messages in a channel that do not mention it', async () => {
    const chatter = events.message(newUser(), 'just chatting about Kubernetes', 'guild');
    fake.dispatch('MESSAGE_CREATE', chatter);
    // A mention sent after it is answered; by then the chatter would have been too.
    await fake.sendMessage(events.message(newUser(), `<@${FAKE.bot.id}> Go?`, 'guild', [FAKE.bot]));
    expect(
      fake.requests.filter((r) => r.body?.message_reference?.message_id === chatter.id),
    ).toEqual([]);
  });

  it('never lets @everyone, @here or a role in a question ping anyone', async () => {
    const text = `<@${FAKE.bot.id}> @everyone @here <@&900000000000000077> does he know Rust?`;
    const reply = await fake.sendMessage(events.message(newUser(), text, 'guild', [FAKE.bot]));
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const callback = await ask(newUser(), '@everyone does he know Rust?');
    expect(callback.body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('tells a user asking a sixth question within 10 s to wait, privately', async () => {
    const eager = newUser();
    for (let i = 0; i < 5; i++) {
      const answer = await ask(eager, 'Does he know Go?');
      expect(answer.body.data.embeds).toHaveLength(1);
    }
    const sixth = await ask(eager, 'Does he know Go?');
    expect(sixth.body.data.content).toMatch(/wait \d+ s/);
    expect(sixth.body.data.embeds ?? []).toEqual([]);
    expect(sixth.body.data.flags).toBe(1 << 6); // ephemeral
    // Someone else is not held back.
    expect((await ask(newUser(), 'Does he know Go?')).body.data.embeds).toHaveLength(1);
  });

  it('survives a dropped gateway connection: resumes and answers the next question', async () => {
    const before = fake.gatewayFrames.length;
    fake.dropConnection(4000); // "unknown error": Discord's resumable close
    const resume = await fake.waitForGatewayOp(6, before);
    expect(resume.d).toMatchObject({ session_id: 'fake-session', token: FAKE.token });
    // The RESUMED dispatch follows the op 6 at once; give the client a moment to take it.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const callback = await ask(newUser(), 'Does he know Kubernetes?');
    expect(embedText(callback.body.data.embeds[0])).toMatch(/Kubernetes/);
  });

  it('keeps a question it could not answer for the owner', async () => {
    const callback = await ask(newUser(), 'What is his favourite colour?');
    expect(callback.body.data.embeds).toHaveLength(1);
  });

  it('exits 0 within 5 s on SIGTERM, having logged no token, and keeps the unanswered question', async () => {
    const started = Date.now();
    bot.child.kill('SIGTERM');
    const { code } = await bot.exited;
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(bot.stdout() + bot.stderr()).not.toContain(FAKE.token);
    // Closing the gateway on purpose is not reported as a connection problem.
    expect(bot.stdout().split('shutting down')[1]).not.toMatch(/reconnecting|disconnected/);

    const entries = readFileSync(unansweredLog, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { surface: string; question: string; asker: string });
    const colour = entries.find((e) => e.question === 'What is his favourite colour?');
    expect(colour?.surface).toBe('discord');
    expect(colour?.asker).toMatch(/^[0-9a-f]{16,}$/);
  });
});
