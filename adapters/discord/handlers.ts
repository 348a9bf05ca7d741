import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Client,
  type Message,
  MessageFlags,
  type RepliableInteraction,
} from 'discord.js';
import type { Reply, Turn } from '../../src/conversation/handler.ts';
import type { Logger } from '../../src/logger.ts';
import type { SurfaceDeps } from '../../src/surface/surface.ts';
import { autocompleteChoices, commandRequest } from './commands.ts';
import type { DiscordConfig } from './config.ts';
import {
  type DiscordReply,
  questionFromCustomId,
  toDiscordNotice,
  toDiscordReply,
} from './render.ts';

export const DISCORD_TEXTS = Object.freeze({
  unknownCommand: 'I do not know that command. Try /ask.',
  staleButton: 'That button no longer works. Ask me with /ask instead.',
});

/** What every Discord event handler needs: the shared conversation, the settings, the log. */
export interface DiscordContext {
  conversation: SurfaceDeps['conversation'];
  config: DiscordConfig;
  log: Logger;
  client: Client;
}

export function turnOf(channelId: string | null, userId: string, text: string): Turn {
  return {
    surface: 'discord',
    // Per user per channel: one user's follow-ups never borrow another's context.
    conversation: `discord:${channelId ?? 'dm'}:${userId}`,
    asker: userId,
    text,
  };
}

function logAnswer(log: Logger, event: string, reply: Reply) {
  log.debug({ event, kind: reply.kind, topic: topicOf(reply) }, 'answered');
}

function withFlags(reply: DiscordReply, ephemeral: boolean) {
  return ephemeral ? { ...reply, flags: MessageFlags.Ephemeral as const } : reply;
}

/** An interaction's reply: the answer as asked, or a notice only the asker sees. */
function toInteractionReply(reply: Reply, ephemeral: boolean) {
  return reply.kind === 'answer'
    ? withFlags(toDiscordReply(reply.answer), ephemeral)
    : withFlags(toDiscordNotice(reply.kind === 'notice' ? reply.text : ''), true);
}

/** Tells the asker that answering failed, whether or not a reply went out already. */
export async function sendFailure(
  conversation: SurfaceDeps['conversation'],
  interaction: RepliableInteraction,
  error: unknown,
  event: string,
) {
  const notice = withFlags(
    toDiscordNotice(conversation.failed('discord', error, event).text),
    true,
  );
  if (interaction.replied || interaction.deferred) await interaction.followUp(notice);
  else await interaction.reply(notice);
}

// Answers come from memory synchronously, far inside Discord's 3 s, so each interaction is
// answered with one reply rather than a deferral and an edit.
export async function onCommand(
  { conversation, config, log }: DiscordContext,
  interaction: ChatInputCommandInteraction,
): Promise<void> {
  try {
    const request = commandRequest(interaction.commandName, interaction.options);
    if (!request) {
      await interaction.reply(withFlags(toDiscordNotice(DISCORD_TEXTS.unknownCommand), true));
      return;
    }
    const turn = turnOf(interaction.channelId, interaction.user.id, '');
    const reply = conversation.handle(
      request.kind === 'ask'
        ? { ...turn, text: request.question, mustReply: true }
        : { ...turn, command: request.command, mustReply: true },
    );
    logAnswer(log, `/${interaction.commandName}`, reply);
    const ephemeral = (request.kind === 'ask' ? request.private : undefined) ?? config.ephemeral;
    await interaction.reply(toInteractionReply(reply, ephemeral));
  } catch (error) {
    await sendFailure(conversation, interaction, error, 'command');
  }
}

export async function onButton(
  { conversation, config, log }: DiscordContext,
  interaction: ButtonInteraction,
): Promise<void> {
  try {
    const question = questionFromCustomId(interaction.customId);
    if (question === undefined) {
      await interaction.reply(withFlags(toDiscordNotice(DISCORD_TEXTS.staleButton), true));
      return;
    }
    const reply = conversation.handle({
      ...turnOf(interaction.channelId, interaction.user.id, question),
      mustReply: true,
    });
    logAnswer(log, 'button', reply);
    // A suggestion under a private answer stays private.
    const ephemeral =
      interaction.message.flags?.has(MessageFlags.Ephemeral) === true || config.ephemeral;
    await interaction.reply(toInteractionReply(reply, ephemeral));
  } catch (error) {
    await sendFailure(conversation, interaction, error, 'button');
  }
}

export async function onAutocomplete(
  { conversation, log }: DiscordContext,
  interaction: AutocompleteInteraction,
): Promise<void> {
  try {
    const focused = interaction.options.getFocused(true);
    const choices = autocompleteChoices(
      interaction.commandName,
      { name: focused.name, value: String(focused.value) },
      conversation,
    );
    await interaction.respond(choices);
  } catch (error) {
    log.error({ err: conversation.describe(error), event: 'autocomplete' }, 'failed');
    if (!interaction.responded) await interaction.respond([]);
  }
}

export async function onMessage(
  { conversation, log, client }: DiscordContext,
  message: Message,
): Promise<void> {
  // Bots (this one included) and webhooks are never answered: two bots could loop forever.
  if (message.author.bot || message.webhookId || message.system) return;
  const me = client.user;
  if (!me) return;
  let question: string;
  if (!message.inGuild()) question = message.content;
  else if (message.mentions.users.has(me.id)) question = stripMention(message.content, me.id);
  else return;
  // A bare mention says hello: the handler introduces the profile.
  const reply = conversation.handle(turnOf(message.channelId, message.author.id, question));
  logAnswer(log, message.inGuild() ? 'mention' : 'dm', reply);
  if (reply.kind === 'silent') return;
  try {
    await message.reply(
      reply.kind === 'answer' ? toDiscordReply(reply.answer) : toDiscordNotice(reply.text),
    );
  } catch (error) {
    await message.reply(toDiscordNotice(conversation.failed('discord', error, 'message').text));
  }
}

/** Removes mentions of the bot, so "@Bot does he know Go?" asks "does he know Go?". */
export function stripMention(content: string, botId: string): string {
  return content
    .replace(new RegExp(`<@!?${botId}>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function topicOf(reply: Reply): string | undefined {
  return reply.kind === 'answer' ? reply.answer.topic : undefined;
}
