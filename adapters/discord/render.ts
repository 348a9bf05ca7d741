import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  type APIEmbedField,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import type { Answer } from '../../src/answer/answer.ts';

/**
 * What the Discord API accepts. Lengths are counted in UTF-16 units, which is never less than
 * what Discord counts, so staying under them is safe. Button labels: the API refuses more than
 * 80 characters even where documentation says 100.
 */
export const DISCORD_LIMITS = Object.freeze({
  content: 2000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  embedTotal: 6000,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
});

export const REPLY_DEFAULTS = Object.freeze({
  /** Discord's blurple, for answers. */
  color: 0x5865f2,
  /** Grey, for questions outside the profile. */
  declinedColor: 0x99aab5,
  maxSuggestions: DISCORD_LIMITS.buttonsPerRow,
});

export interface DiscordReplyOptions {
  /** Embed colour of an answer. Default 0x5865f2. */
  color?: number;
  /** Embed colour when the bot declined the question. Default 0x99aab5. */
  declinedColor?: number;
  /** Suggestion buttons shown, at most 5. Default 5. */
  maxSuggestions?: number;
}

/**
 * A payload both `interaction.reply` and `message.reply` accept. Mentions are never parsed:
 * a question echoed back with `@everyone` or a role in it must not ping anyone.
 */
export interface DiscordReply {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponentWithCustomId>[];
  allowedMentions: { parse: []; repliedUser: false };
}

/** Prefix of a suggestion button's custom_id; the rest is the question to ask. */
export const ASK_BUTTON_PREFIX = 'ask:';

const EMPTY = '\u200b'; // Discord refuses empty field names and values; this renders as nothing.

/** Renders an answer as one embed and a row of suggestion buttons, within Discord's limits. */
export function toDiscordReply(answer: Answer, options: DiscordReplyOptions = {}): DiscordReply {
  const { color, declinedColor, maxSuggestions } = { ...REPLY_DEFAULTS, ...defined(options) };
  const embed: APIEmbed = { color: answer.answered ? color : declinedColor };
  let used = 0;

  const title = truncate(oneLine(answer.title), DISCORD_LIMITS.title);
  if (title) {
    embed.title = title;
    used += title.length;
  }
  const description = truncate(toDiscordMarkdown(answer.text).trim(), DISCORD_LIMITS.description);
  if (description) {
    embed.description = description;
    used += description.length;
  }

  const candidates: APIEmbedField[] = answer.fields.map((field) => ({
    name: truncate(oneLine(field.name), DISCORD_LIMITS.fieldName) || EMPTY,
    value: truncate(toDiscordMarkdown(field.value).trim(), DISCORD_LIMITS.fieldValue) || EMPTY,
    ...(field.inline ? { inline: true } : {}),
  }));
  const links = linksField(answer);
  // The links go first when fields overflow: they are how a reader follows up.
  if (links) candidates.splice(Math.min(candidates.length, DISCORD_LIMITS.fields - 1), 0, links);

  const fields: APIEmbedField[] = [];
  const footerRoom = 40;
  for (const field of candidates) {
    const size = field.name.length + field.value.length;
    if (fields.length === DISCORD_LIMITS.fields) break;
    if (used + size > DISCORD_LIMITS.embedTotal - footerRoom) break;
    fields.push(field);
    used += size;
  }
  if (fields.length > 0) embed.fields = fields;
  const hidden = candidates.length - fields.length;
  if (hidden > 0) embed.footer = { text: `${hidden} more not shown.` };

  if (!embed.title && !embed.description && !embed.fields) {
    embed.description = 'I have no answer to that.';
  }

  const buttons = suggestionButtons(answer.suggestions, maxSuggestions);
  return {
    embeds: [embed],
    components: buttons.length > 0 ? [{ type: ComponentType.ActionRow, components: buttons }] : [],
    allowedMentions: { parse: [], repliedUser: false },
  };
}

/** A short plain message (rate limit, apology), cut to Discord's content limit. */
export function toDiscordNotice(text: string): DiscordReply {
  return {
    content: truncate(text, DISCORD_LIMITS.content) || EMPTY,
    embeds: [],
    components: [],
    allowedMentions: { parse: [], repliedUser: false },
  };
}

/** The question a suggestion button asks, or undefined when the id is not one of ours. */
export function questionFromCustomId(customId: string): string | undefined {
  if (!customId.startsWith(ASK_BUTTON_PREFIX)) return undefined;
  const question = customId.slice(ASK_BUTTON_PREFIX.length).trim();
  return question || undefined;
}

/**
 * The question travels in the custom_id itself, so a button still works after a restart and
 * needs no server-side state. A question longer than fits is cut at a word: the engine still
 * recognises it, and suggestions are short in practice.
 */
export function suggestionCustomId(question: string): string {
  const room = DISCORD_LIMITS.customId - ASK_BUTTON_PREFIX.length;
  const text = oneLine(question);
  if (text.length <= room) return ASK_BUTTON_PREFIX + text;
  let cut = safeSlice(text, room);
  const space = cut.lastIndexOf(' ');
  if (space > room * 0.6) cut = cut.slice(0, space);
  return ASK_BUTTON_PREFIX + cut.trimEnd();
}

function suggestionButtons(suggestions: string[], max: number): APIButtonComponentWithCustomId[] {
  const buttons: APIButtonComponentWithCustomId[] = [];
  const seen = new Set<string>();
  for (const suggestion of suggestions) {
    if (buttons.length >= Math.min(max, DISCORD_LIMITS.buttonsPerRow)) break;
    const label = truncate(oneLine(suggestion), DISCORD_LIMITS.buttonLabel);
    if (!label) continue;
    const customId = suggestionCustomId(suggestion);
    if (seen.has(customId)) continue; // Discord refuses two components with one custom_id
    seen.add(customId);
    buttons.push({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label,
      custom_id: customId,
    });
  }
  return buttons;
}

/** Links not already in the text, as one field of masked links that fit. */
function linksField(answer: Answer): APIEmbedField | undefined {
  const lines: string[] = [];
  let size = 0;
  for (const link of answer.links) {
    if (answer.text.includes(link.url)) continue;
    const label = oneLine(link.label).replace(/[[\]]/g, '') || link.url;
    // Parentheses in a URL would end the markdown link early.
    const url = link.url.replace(/\(/g, '%28').replace(/\)/g, '%29');
    const line = `[${truncate(label, 100)}](${url})`;
    if (size + line.length + 1 > DISCORD_LIMITS.fieldValue) continue;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.length > 0 ? { name: 'Links', value: lines.join('\n') } : undefined;
}

/**
 * The answer's light markdown is already Discord markdown (`**bold**`, `[label](url)`);
 * only `- ` bullets become `•`, which reads the same everywhere Discord shows an embed.
 */
function toDiscordMarkdown(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/^- /gm, '• ');
}

/**
 * Cuts `text` to at most `max` UTF-16 units, ending with "…" when cut: never inside a
 * surrogate pair, preferably at a word, and never leaving a link or bold marker half open.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return max === 1 ? '…' : '';
  let cut = safeSlice(text, max - 1);
  const space = cut.search(/\s\S*$/);
  if (space > (max - 1) * 0.8) cut = cut.slice(0, space);
  cut = cut.replace(/\[[^\]]*(\]\([^)]*)?$/, ''); // an unfinished [label](url
  if ((cut.match(/\*\*/g) ?? []).length % 2 === 1) {
    const last = cut.lastIndexOf('**');
    cut = cut.slice(0, last) + cut.slice(last + 2);
  }
  return `${cut.trimEnd()}…`;
}

function safeSlice(text: string, max: number): string {
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function defined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
