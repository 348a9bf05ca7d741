import {
  type APIEmbed,
  type APIModalInteractionResponseCallbackData,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ComponentType,
  ContextMenuCommandBuilder,
  type Interaction,
  InteractionContextType,
  MessageFlags,
  type RESTPostAPIApplicationCommandsJSONBody,
  type RepliableInteraction,
  SlashCommandBuilder,
  TextInputStyle,
} from 'discord.js';
import type { Conversation, FitTurn } from '../../src/conversation/handler.ts';
import type { FitReport, FitRequirement } from '../../src/fit/report.ts';
import { DISCORD_LIMITS, toDiscordNotice, truncate } from './render.ts';

/** Names and ids of the fit entry points; Discord caps a modal's text input at 4,000 characters. */
export const DISCORD_FIT = Object.freeze({
  command: 'fit',
  messageCommand: 'Check fit',
  modalId: 'fit:modal',
  inputId: 'fit:text',
  maxInput: 4000,
  color: { good: 0x1a7f37, mixed: 0x9a6700, poor: 0xb3261e },
});

export const DISCORD_FIT_TEXTS = Object.freeze({
  noText: 'That message has no text to check. Use /fit and paste the job description.',
});

const MARK = { met: '✅', partial: '🟡', missing: '❌' } as const;

/** `/fit` and the message command "Check fit", as the registration endpoint takes them. */
export function discordFitCommands(): RESTPostAPIApplicationCommandsJSONBody[] {
  const slash = new SlashCommandBuilder()
    .setName(DISCORD_FIT.command)
    .setDescription('Paste a job description and see which requirements the profile meets');
  const message = new ContextMenuCommandBuilder()
    .setName(DISCORD_FIT.messageCommand)
    .setType(ApplicationCommandType.Message);
  for (const builder of [slash, message]) {
    builder
      .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
      .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);
  }
  return [slash.toJSON(), message.toJSON()];
}

/** The modal `/fit` opens: one paragraph field for the job description. */
export function fitModal(): APIModalInteractionResponseCallbackData {
  return {
    custom_id: DISCORD_FIT.modalId,
    title: 'Check a job description',
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.TextInput,
            custom_id: DISCORD_FIT.inputId,
            label: 'Job description',
            style: TextInputStyle.Paragraph,
            max_length: DISCORD_FIT.maxInput,
            placeholder: 'Paste the requirements, nice-to-haves and location',
            required: true,
          },
        ],
      },
    ],
  };
}

/** The report as one embed within Discord's limits: a checklist with evidence under each line. */
export function toDiscordFitEmbed(report: FitReport): APIEmbed {
  const percent = Math.round(report.coverage * 100);
  const color =
    percent >= 75
      ? DISCORD_FIT.color.good
      : percent >= 40
        ? DISCORD_FIT.color.mixed
        : DISCORD_FIT.color.poor;
  const fields = (['must', 'nice'] as const)
    .map((kind) => ({ kind, items: report.requirements.filter((r) => r.kind === kind) }))
    .filter((g) => g.items.length > 0)
    .map(({ kind, items }) => ({
      name: kind === 'must' ? 'Must have' : 'Nice to have',
      value: checklist(items, DISCORD_LIMITS.fieldValue),
    }));
  if (report.unclassified.length > 0) {
    const lines = report.unclassified.map((t) => `❔ ${truncate(t, 150)}`);
    fields.push({ name: 'Could not classify', value: fitLines(lines, DISCORD_LIMITS.fieldValue) });
  }
  // Title, description and field names stay far below 6,000 with these caps.
  return {
    title: `Job fit: ${percent}% covered`,
    description: truncate(report.summary, 1500),
    color,
    fields: fields.slice(0, DISCORD_LIMITS.fields),
  };
}

function checklist(items: readonly FitRequirement[], max: number): string {
  const lines = items.map((item) => {
    const detail =
      item.evidence[0] ?? (item.closest.length > 0 ? `closest: ${item.closest.join(', ')}` : '');
    const head = `${MARK[item.status]} ${truncate(item.requirement, 120)}`;
    return detail ? `${head}\n  ↳ ${truncate(detail, 110)}` : head;
  });
  return fitLines(lines, max);
}

/** Joins lines up to `max` characters, saying how many were left out. */
function fitLines(lines: readonly string[], max: number): string {
  const kept: string[] = [];
  let size = 0;
  for (const [index, line] of lines.entries()) {
    const more = `…and ${lines.length - index} more`;
    if (size + line.length + 1 + more.length + 1 > max) {
      kept.push(more);
      break;
    }
    kept.push(line);
    size += line.length + 1;
  }
  return kept.join('\n');
}

export interface DiscordFitHandlerOptions {
  conversation: Pick<Conversation, 'fit'>;
  /** Who asks and where, as the surface's questions name them. */
  turnOf: (channelId: string | null, userId: string) => Omit<FitTurn, 'text'>;
  /** Logs a failure and tells the user politely; never throws. */
  sendFailure: (interaction: RepliableInteraction, error: unknown, event: string) => Promise<void>;
}

/**
 * Handles `/fit` (opens the modal), the modal's submission and "Check fit" on a message.
 * Returns undefined for any other interaction, so the surface routes it as before.
 */
export function handleFitInteraction(
  interaction: Interaction,
  options: DiscordFitHandlerOptions,
): (() => Promise<void>) | undefined {
  const guarded = (target: RepliableInteraction, work: () => Promise<unknown>) => async () => {
    try {
      await work();
    } catch (error) {
      await options.sendFailure(target, error, 'fit');
    }
  };
  if (interaction.isChatInputCommand() && interaction.commandName === DISCORD_FIT.command) {
    return guarded(interaction, () => interaction.showModal(fitModal()));
  }
  if (interaction.isModalSubmit() && interaction.customId === DISCORD_FIT.modalId) {
    const text = () => interaction.fields.getTextInputValue(DISCORD_FIT.inputId);
    return guarded(interaction, () => reply(interaction, text(), options));
  }
  if (
    interaction.isMessageContextMenuCommand() &&
    interaction.commandName === DISCORD_FIT.messageCommand
  ) {
    const text = interaction.targetMessage.content ?? '';
    return guarded(interaction, () => reply(interaction, text, options));
  }
  return undefined;
}

async function reply(
  interaction: RepliableInteraction,
  text: string,
  options: DiscordFitHandlerOptions,
): Promise<void> {
  const ephemeral = MessageFlags.Ephemeral as const;
  const result = options.conversation.fit({
    ...options.turnOf(interaction.channelId, interaction.user.id),
    text,
  });
  if (result.kind !== 'report') {
    const notice = result.reason === 'empty' ? DISCORD_FIT_TEXTS.noText : result.text;
    await interaction.reply({ ...toDiscordNotice(notice), flags: ephemeral });
    return;
  }
  await interaction.reply({
    embeds: [toDiscordFitEmbed(result.report)],
    allowedMentions: { parse: [], repliedUser: false },
    flags: ephemeral,
  });
}
