import {
  type APIApplicationCommandOptionChoice,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  SlashCommandBuilder,
} from 'discord.js';
import {
  type AnswerSource,
  type DirectCommand,
  MAX_QUESTION_LENGTH,
} from '../../src/answer/answer.ts';
import { truncate } from './render.ts';

/** Discord shows at most 25 autocomplete choices, each name and value at most 100 characters. */
export const AUTOCOMPLETE_LIMITS = Object.freeze({ choices: 25, name: 100, value: 100 });

/** The slash commands, as the registration endpoint takes them. */
export function discordCommands(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  // Usable in servers and in the bot's DMs; the bot has no use for user installs.
  const base = (name: string, description: string) =>
    new SlashCommandBuilder()
      .setName(name)
      .setDescription(description)
      .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
      .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);
  return [
    base('ask', 'Ask a question about the profile: skills, experience, projects, contact')
      .addStringOption((o) =>
        o
          .setName('question')
          .setDescription('What you want to know, e.g. "Which databases?"')
          .setRequired(true)
          .setMaxLength(MAX_QUESTION_LENGTH)
          .setAutocomplete(true),
      )
      .addBooleanOption((o) =>
        o.setName('private').setDescription('Only you see the answer (default: set by the bot)'),
      ),
    // Autocomplete rather than fixed choices: the knowledge is reloaded without re-registering.
    base('skills', 'Skills, optionally one category').addStringOption((o) =>
      o.setName('category').setDescription('A skill category').setAutocomplete(true),
    ),
    base('projects', 'Projects, or one project in detail').addStringOption((o) =>
      o.setName('name').setDescription('A project').setAutocomplete(true),
    ),
    base('contact', 'How to get in touch'),
    base('about', 'Who this profile is about'),
  ].map((builder) => builder.toJSON());
}

/** What a slash command asks of the {@link AnswerSource}. */
export type CommandRequest =
  | { kind: 'ask'; question: string; private?: boolean }
  | { kind: 'command'; command: DirectCommand };

/** The options of a slash command as discord.js reads them. */
export interface CommandOptions {
  getString(name: string): string | null;
  getBoolean(name: string): boolean | null;
}

/** Maps a slash command to a question or a direct command; undefined for unknown commands. */
export function commandRequest(name: string, options: CommandOptions): CommandRequest | undefined {
  const text = (option: string) => options.getString(option)?.trim() || undefined;
  switch (name) {
    case 'ask': {
      const isPrivate = options.getBoolean('private');
      return {
        kind: 'ask',
        question: text('question') ?? '',
        ...(isPrivate === null ? {} : { private: isPrivate }),
      };
    }
    case 'skills': {
      const category = text('category');
      return { kind: 'command', command: { kind: 'skills', ...(category ? { category } : {}) } };
    }
    case 'projects': {
      const project = text('name');
      return {
        kind: 'command',
        command: { kind: 'projects', ...(project ? { name: project } : {}) },
      };
    }
    case 'contact':
      return { kind: 'command', command: { kind: 'contact' } };
    case 'about':
      return { kind: 'command', command: { kind: 'about' } };
    default:
      return undefined;
  }
}

/** Choices for the option being typed: questions for `/ask`, names from the knowledge otherwise. */
export function autocompleteChoices(
  commandName: string,
  focused: { name: string; value: string },
  source: Pick<AnswerSource, 'complete' | 'profile'>,
): APIApplicationCommandOptionChoice<string>[] {
  const partial = focused.value.trim();
  if (commandName === 'ask' && focused.name === 'question') {
    // A choice's value is what gets asked; one cut to fit would ask a different question.
    const questions = source
      .complete(partial, AUTOCOMPLETE_LIMITS.choices)
      .filter((q) => q.trim() !== '' && q.length <= AUTOCOMPLETE_LIMITS.value);
    return unique(questions)
      .slice(0, AUTOCOMPLETE_LIMITS.choices)
      .map((q) => ({ name: q, value: q }));
  }
  const profile = source.profile();
  let named: Named[] = [];
  if (commandName === 'skills' && focused.name === 'category') named = profile.skills;
  if (commandName === 'projects' && focused.name === 'name') named = profile.projects;
  return rankNames(named, partial)
    .slice(0, AUTOCOMPLETE_LIMITS.choices)
    .map((item) => ({
      name: truncate(item.name, AUTOCOMPLETE_LIMITS.name),
      value: item.name.length <= AUTOCOMPLETE_LIMITS.value ? item.name : item.id,
    }));
}

interface Named {
  id: string;
  name: string;
  aliases: string[];
}

/**
 * Ranks names against what was typed: a name starting with it, then a word of the name or an
 * alias starting with it, then containing it, then its letters in order ("obsv" finds
 * Observability). Nothing typed lists everything in the knowledge's order.
 */
export function rankNames<T extends Named>(items: readonly T[], partial: string): T[] {
  const query = normalize(partial);
  if (!query) return [...items];
  const score = (item: T): number => {
    const names = [item.name, item.id, ...item.aliases].map(normalize);
    const [name = ''] = names;
    if (name.startsWith(query)) return 0;
    if (names.some((n) => n.split(/[\s-]+/).some((word) => word.startsWith(query)))) return 1;
    if (names.some((n) => n.includes(query))) return 2;
    if (query.length >= 3 && names.some((n) => isSubsequence(query, n))) return 3;
    return Number.POSITIVE_INFINITY;
  };
  return items
    .map((item, index) => ({ item, index, score: score(item) }))
    .filter((r) => r.score !== Number.POSITIVE_INFINITY)
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .map((r) => r.item);
}

function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function isSubsequence(needle: string, haystack: string): boolean {
  let i = 0;
  for (const ch of haystack) if (ch === needle[i]) i++;
  return i === needle.length;
}

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = v.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
