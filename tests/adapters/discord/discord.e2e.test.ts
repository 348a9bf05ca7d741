import { Writable } from 'node:stream';
import { GatewayIntentBits, MessageFlags } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type DiscordConfig, discordConfigFromEnv } from '../../../adapters/discord/config.ts';
import { createDiscordSurface, type DiscordSurface } from '../../../adapters/discord/index.ts';
import { discordInviteUrl, registerDiscordCommands } from '../../../adapters/discord/register.ts';
import type {
  Answer,
  AnswerSource,
  AskContext,
  DirectCommand,
} from '../../../src/answer/answer.ts';
import { createAssistant, staticAnswerSource } from '../../../src/answer/assistant.ts';
import { runCli } from '../../../src/app/cli.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import { createLogger } from '../../../src/logger.ts';
import {
  userEvents as events,
  FAKE,
  type FakeDiscord,
  startFakeDiscord,
  user,
} from '../../support/fake-discord.ts';
import { surfaceDeps } from '../../support/surface-deps.ts';

const profile = loadKnowledge('knowledge/profile.yaml');

const kubernetesAnswer: Answer = {
  answered: true,
  confidence: 0.92,
  topic: 'skill',
  title: 'Kubernetes',
  text: 'Yes. **Kubernetes** runs the [EV platform](https://example.com/ev) he built.',
  fields: [
    { name: 'Category', value: 'DevOps', inline: true },
    { name: 'Used at', value: 'Electric Avenue', inline: true },
  ],
  links: [{ label: 'GitHub', url: 'https://github.com/example' }],
  suggestions: ['Which cloud platforms?', 'What projects used Kubernetes?'],
};

/** A stand-in for the answer engine that records what it was asked. */
function fakeSource() {
  const asked: { question: string; context: AskContext }[] = [];
  const commands: DirectCommand[] = [];
  let failures = 0;
  const source: AnswerSource = {
    ask(question, context) {
      asked.push({ question, context });
      if (failures > 0) {
        failures--;
        throw new Error('engine exploded');
      }
      return { ...kubernetesAnswer, title: `About: ${question}`.slice(0, 300) };
    },
    command(command) {
      commands.push(command);
      return { ...kubernetesAnswer, topic: 'skills', title: `Command ${command.kind}` };
    },
    complete: (partial, limit = 25) =>
      ['Does he know Kubernetes?', 'Does he know Go?', 'Does he know Kafka?']
        .filter((q) => q.toLowerCase().includes(partial.toLowerCase()))
        .slice(0, limit),
    profile: () => profile,
  };
  return {
    source,
    asked,
    commands,
    failNext: (n = 1) => {
      failures = n;
    },
  };
}

const alice = user('800000000000000001', 'alice');
const bob = user('800000000000000002', 'bob');

let fake: FakeDiscord;
let surface: DiscordSurface | undefined;
let logLines: string[];

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

function config(overrides: Partial<DiscordConfig> = {}): DiscordConfig {
  return discordConfigFromEnv(
    { DISCORD_TOKEN: FAKE.token, DISCORD_APP_ID: FAKE.appId, DISCORD_API_URL: fake.apiUrl },
    overrides,
  );
}

async function startBot(source: AnswerSource, overrides: Partial<DiscordConfig> = {}) {
  logLines = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  const settings = config(overrides);
  surface = createDiscordSurface(
    settings,
    surfaceDeps({
      source,
      logger: createLogger({ level: 'debug', destination }),
      secrets: [settings.token],
    }),
  );
  await surface.start();
  return surface;
}

const repliesTo = (messageId: string) =>
  fake.requests.filter((r) => r.body?.message_reference?.message_id === messageId);

describe('Discord surface against a local Discord', () => {
  it('connects with only the non-privileged intents it needs', async () => {
    const framesBefore = fake.gatewayFrames.length;
    await startBot(fakeSource().source);
    const identify = await fake.waitForGatewayOp(2, framesBefore);
    const intents = (identify.d as { intents: number }).intents;
    expect(intents).toBe(
      GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages,
    );
    expect(intents & GatewayIntentBits.MessageContent).toBe(0);
  });

  it('answers /ask with the answer as an embed and suggestion buttons', async () => {
    const { source, asked } = fakeSource();
    await startBot(source);
    const callback = await fake.interact(
      events.slash(alice, 'ask', [{ name: 'question', type: 3, value: 'Does he know k8s?' }]),
    );
    expect(callback.body.type).toBe(4);
    const { data } = callback.body;
    expect(data.flags ?? 0).toBe(0);
    expect(data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const [embed] = data.embeds;
    expect(embed.title).toBe('About: Does he know k8s?');
    expect(embed.description).toContain('[EV platform](https://example.com/ev)');
    expect(embed.fields).toContainEqual({ name: 'Category', value: 'DevOps', inline: true });
    expect(embed.fields).toContainEqual({
      name: 'Links',
      value: '[GitHub](https://github.com/example)',
    });
    expect(data.components[0].components.map((b: { custom_id: string }) => b.custom_id)).toEqual([
      'ask:Which cloud platforms?',
      'ask:What projects used Kubernetes?',
    ]);
    expect(asked[0]?.context).toEqual({
      surface: 'discord',
      conversationId: `discord:${FAKE.channelId}:${alice.id}`,
      userId: alice.id,
    });
  });

  it('answers privately when asked to, and maps /skills to a direct command', async () => {
    const { source, commands } = fakeSource();
    await startBot(source);
    const privateAsk = await fake.interact(
      events.slash(alice, 'ask', [
        { name: 'question', type: 3, value: 'Go?' },
        { name: 'private', type: 5, value: true },
      ]),
    );
    expect(privateAsk.body.data.flags).toBe(MessageFlags.Ephemeral);
    const skills = await fake.interact(
      events.slash(alice, 'skills', [{ name: 'category', type: 3, value: 'Databases' }]),
    );
    expect(skills.body.data.embeds[0].title).toBe('Command skills');
    expect(commands).toEqual([{ kind: 'skills', category: 'Databases' }]);
  });

  it('offers ranked questions and knowledge names as autocomplete choices', async () => {
    await startBot(fakeSource().source);
    const ask = await fake.interact(
      events.autocomplete(alice, 'ask', [
        { name: 'question', type: 3, value: 'know k', focused: true },
      ]),
    );
    expect(ask.body).toEqual({
      type: 8,
      data: {
        choices: [
          { name: 'Does he know Kubernetes?', value: 'Does he know Kubernetes?' },
          { name: 'Does he know Kafka?', value: 'Does he know Kafka?' },
        ],
      },
    });
    const category = await fake.interact(
      events.autocomplete(alice, 'skills', [
        { name: 'category', type: 3, value: 'dat', focused: true },
      ]),
    );
    expect(category.body.data.choices[0]).toEqual({ name: 'Databases', value: 'Databases' });
  });

  it('answers a mention in a channel and a DM, as replies, and ignores other messages', async () => {
    const { source, asked } = fakeSource();
    await startBot(source);
    const chatter = events.message(bob, 'just chatting, no bot here', 'guild');
    fake.dispatch('MESSAGE_CREATE', chatter);
    const fromBot = events.message(user('800000000000000009', 'otherbot', true), 'hi', 'dm');
    fake.dispatch('MESSAGE_CREATE', fromBot);

    const mention = events.message(alice, `<@${FAKE.bot.id}> does he know Go?`, 'guild', [
      FAKE.bot,
    ]);
    const reply = await fake.sendMessage(mention);
    expect(reply.authorization).toBe(`Bot ${FAKE.token}`);
    expect(reply.body.embeds[0].title).toBe('About: does he know Go?');

    const dm = events.message(alice, 'what about Postgres?', 'dm');
    const dmReply = await fake.sendMessage(dm);
    expect(dmReply.path).toBe(`/channels/${FAKE.dmChannelId}/messages`);
    expect(asked.map((a) => a.question)).toEqual(['does he know Go?', 'what about Postgres?']);
    expect(asked[1]?.context.conversationId).toBe(`discord:${FAKE.dmChannelId}:${alice.id}`);
    expect(repliesTo(chatter.id)).toHaveLength(0);
    expect(repliesTo(fromBot.id)).toHaveLength(0);
  });

  it('never lets @everyone or a role in a question ping anyone', async () => {
    await startBot(fakeSource().source);
    const text = `<@${FAKE.bot.id}> @everyone <@&900000000000000077> does he know Rust?`;
    const reply = await fake.sendMessage(events.message(alice, text, 'guild', [FAKE.bot]));
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const callback = await fake.interact(
      events.slash(alice, 'ask', [{ name: 'question', type: 3, value: '@everyone @here hi' }]),
    );
    expect(callback.body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('tells a user asking a sixth question within 10 s to wait, privately', async () => {
    const { source, asked } = fakeSource();
    await startBot(source);
    const ask = (u: typeof alice) =>
      fake.interact(events.slash(u, 'ask', [{ name: 'question', type: 3, value: 'Go?' }]));
    for (let i = 0; i < 5; i++) expect((await ask(alice)).body.data.embeds).toHaveLength(1);
    const sixth = await ask(alice);
    expect(sixth.body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(sixth.body.data.content).toMatch(/wait \d+ s/);
    expect(asked).toHaveLength(5);
    // Another user is not held back by the first.
    expect((await ask(bob)).body.data.embeds).toHaveLength(1);
    // In DMs the notice is a reply, since there is no private answer to a message.
    for (let i = 0; i < 4; i++) await fake.sendMessage(events.message(bob, 'Go?', 'dm'));
    const sixthDm = await fake.sendMessage(events.message(bob, 'Go?', 'dm'));
    expect(sixthDm.body.content).toMatch(/wait \d+ s/);
  });

  it('apologises when answering fails, logs it without secrets, and answers the next one', async () => {
    const { source, failNext } = fakeSource();
    await startBot(source);
    failNext();
    const failed = await fake.interact(
      events.slash(alice, 'ask', [{ name: 'question', type: 3, value: 'Go?' }]),
    );
    expect(failed.body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(failed.body.data.content).toMatch(/sorry/i);
    failNext();
    const failedMention = await fake.sendMessage(
      events.message(alice, `<@${FAKE.bot.id}> Go?`, 'guild', [FAKE.bot]),
    );
    expect(failedMention.body.content).toMatch(/sorry/i);

    const next = await fake.interact(
      events.slash(alice, 'ask', [{ name: 'question', type: 3, value: 'Go?' }]),
    );
    expect(next.body.data.embeds[0].title).toBe('About: Go?');
    surface?.client.emit('error', new Error('websocket hiccup'));
    const afterError = await fake.interact(
      events.slash(alice, 'ask', [{ name: 'question', type: 3, value: 'Rust?' }]),
    );
    expect(afterError.body.data.embeds[0].title).toBe('About: Rust?');
    const logs = logLines.join('');
    expect(logs).toContain('engine exploded');
    expect(logs).toContain('websocket hiccup');
    expect(logs).not.toContain(FAKE.token);
    expect(logs).not.toContain('interaction-token-');
  });

  it('survives a dropped gateway connection: resumes and keeps answering', async () => {
    await startBot(fakeSource().source);
    const before = fake.gatewayFrames.length;
    fake.dropConnection(4000);
    const resume = await fake.waitForGatewayOp(6, before);
    expect(resume.d).toMatchObject({ session_id: 'fake-session', token: FAKE.token });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const callback = await fake.interact(
      events.slash(alice, 'ask', [{ name: 'question', type: 3, value: 'Still there?' }]),
    );
    expect(callback.body.data.embeds[0].title).toBe('About: Still there?');
  });

  it('answers the question of a pressed suggestion button, as a new reply', async () => {
    const { source, asked } = fakeSource();
    await startBot(source);
    const callback = await fake.interact(events.button(bob, 'ask:Which cloud platforms?'));
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.embeds[0].title).toBe('About: Which cloud platforms?');
    expect(asked[0]?.context.userId).toBe(bob.id);
    const underPrivate = await fake.interact(events.button(bob, 'ask:Go?', MessageFlags.Ephemeral));
    expect(underPrivate.body.data.flags).toBe(MessageFlags.Ephemeral);
  });

  it('replies with the real answer engine', async () => {
    await startBot(staticAnswerSource(createAssistant(profile)));
    const callback = await fake.interact(
      events.slash(alice, 'ask', [
        { name: 'question', type: 3, value: 'Does he know Kubernetes?' },
      ]),
    );
    const [embed] = callback.body.data.embeds;
    expect(embed.title || embed.description).toBeTruthy();
  });
});

describe('discord:register', () => {
  it('registers the commands in the configured guild with the bot token', async () => {
    const result = await registerDiscordCommands(config({ guildId: FAKE.guildId }));
    const put = await fake.waitForRequest(
      (r) =>
        r.method === 'PUT' &&
        r.path === `/applications/${FAKE.appId}/guilds/${FAKE.guildId}/commands`,
    );
    expect(put.authorization).toBe(`Bot ${FAKE.token}`);
    expect(put.body.map((c: { name: string }) => c.name)).toEqual([
      'ask',
      'skills',
      'projects',
      'contact',
      'about',
      'fit',
      'Check fit',
    ]);
    const ask = put.body[0];
    expect(ask.options[0]).toMatchObject({
      name: 'question',
      type: 3,
      required: true,
      max_length: 500,
      autocomplete: true,
    });
    expect(ask.options[1]).toMatchObject({ name: 'private', type: 5 });
    expect(result).toEqual({
      scope: 'guild',
      names: ['ask', 'skills', 'projects', 'contact', 'about', 'fit', 'Check fit'],
    });
  });

  it('registers globally without a guild id', async () => {
    const result = await registerDiscordCommands(config());
    const put = await fake.waitForRequest(
      (r) => r.method === 'PUT' && r.path === `/applications/${FAKE.appId}/commands`,
    );
    expect(put.body[0].contexts).toEqual([0, 1]);
    expect(result.scope).toBe('global');
  });

  it('runs from the command line, printing the commands and the invite URL', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = {
      stdout: (text: string) => out.push(text),
      stderr: (text: string) => err.push(text),
      stdin: process.stdin,
      isTTY: false,
      env: {
        DISCORD_TOKEN: FAKE.token,
        DISCORD_APP_ID: FAKE.appId,
        DISCORD_GUILD_ID: FAKE.guildId,
        DISCORD_API_URL: fake.apiUrl,
      },
    };
    expect(await runCli(['discord:register'], io)).toBe(0);
    expect(out[0]).toBe(
      `Registered 7 commands in guild ${FAKE.guildId}: /ask /skills /projects /contact /about /fit "Check fit"`,
    );
    expect(out.at(-1)).toBe(`Add the bot to a server: ${discordInviteUrl(FAKE.appId)}`);
    expect(err).toEqual([]);

    // Empty wins over a developer's .env, which only fills variables left unset.
    const missing = { ...io, env: { ...io.env, DISCORD_TOKEN: '' } };
    expect(await runCli(['discord:register'], missing)).toBe(2);
    expect(err.join('\n')).toContain('DISCORD_TOKEN is required');
  });

  it('builds an invite URL with exactly the scopes and permissions the bot uses', () => {
    const url = new URL(discordInviteUrl(FAKE.appId));
    expect(url.searchParams.get('client_id')).toBe(FAKE.appId);
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
    // View Channel, Send Messages, Send Messages in Threads, Embed Links, Read Message History
    expect(url.searchParams.get('permissions')).toBe(
      String((1n << 10n) | (1n << 11n) | (1n << 38n) | (1n << 14n) | (1n << 16n)),
    );
  });
});
