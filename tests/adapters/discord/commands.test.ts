import { describe, expect, it } from 'vitest';
import {
  autocompleteChoices,
  commandRequest,
  discordCommands,
  rankNames,
} from '../../../adapters/discord/commands.ts';
import { stripMention } from '../../../adapters/discord/index.ts';
import type { AnswerSource } from '../../../src/answer/answer.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';

const profile = loadKnowledge('knowledge/profile.yaml');

const options = (values: Record<string, string | boolean>) => ({
  getString: (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : null),
  getBoolean: (name: string) =>
    typeof values[name] === 'boolean' ? (values[name] as boolean) : null,
});

function source(completions: string[] = []): AnswerSource {
  const unused = () => {
    throw new Error('not used');
  };
  return { ask: unused, command: unused, complete: () => completions, profile: () => profile };
}

describe('slash commands', () => {
  it('defines /ask, /skills, /projects, /contact and /about within Discord rules', () => {
    const commands = discordCommands();
    expect(commands.map((c) => c.name)).toEqual(['ask', 'skills', 'projects', 'contact', 'about']);
    for (const command of commands) {
      expect(command.description.length).toBeGreaterThan(0);
      expect(command.description.length).toBeLessThanOrEqual(100);
    }
  });

  it('maps each command to a question or a direct command', () => {
    expect(commandRequest('ask', options({ question: ' Go? ', private: true }))).toEqual({
      kind: 'ask',
      question: 'Go?',
      private: true,
    });
    expect(commandRequest('skills', options({}))).toEqual({
      kind: 'command',
      command: { kind: 'skills' },
    });
    expect(commandRequest('projects', options({ name: 'Electric Avenue Portal' }))).toEqual({
      kind: 'command',
      command: { kind: 'projects', name: 'Electric Avenue Portal' },
    });
    expect(commandRequest('contact', options({}))).toEqual({
      kind: 'command',
      command: { kind: 'contact' },
    });
    expect(commandRequest('about', options({}))).toEqual({
      kind: 'command',
      command: { kind: 'about' },
    });
    expect(commandRequest('unknown', options({}))).toBeUndefined();
  });
});

describe('autocomplete', () => {
  it('lists all categories for an empty input and ranks prefix matches first', () => {
    const all = autocompleteChoices('skills', { name: 'category', value: '' }, source());
    expect(all.map((c) => c.name)).toEqual(profile.skills.map((c) => c.name));
    const ops = autocompleteChoices('skills', { name: 'category', value: 'ops' }, source());
    expect(ops[0]?.name).toBe('DevOps');
    const typo = autocompleteChoices('skills', { name: 'category', value: 'obsrv' }, source());
    expect(typo.map((c) => c.name)).toEqual(['Observability']);
  });

  it('finds projects by a word of their name', () => {
    const found = autocompleteChoices('projects', { name: 'name', value: 'stripe' }, source());
    expect(found[0]?.name).toBe('Stripe Webhook Processing System');
  });

  it('offers the engine questions that fit a choice, at most 25', () => {
    const long = `Does he know ${'x'.repeat(120)}?`;
    const many = Array.from({ length: 40 }, (_, i) => `Question ${i}?`);
    const choices = autocompleteChoices(
      'ask',
      { name: 'question', value: 'q' },
      source([long, ...many]),
    );
    expect(choices).toHaveLength(25);
    expect(choices[0]).toEqual({ name: 'Question 0?', value: 'Question 0?' });
  });

  it('ranks a name prefix before a word prefix before a substring', () => {
    const items = [
      { id: 'a', name: 'Cloud Native', aliases: [] },
      { id: 'b', name: 'Native Apps', aliases: [] },
      { id: 'c', name: 'Alternatives', aliases: [] },
    ];
    expect(rankNames(items, 'nativ').map((i) => i.id)).toEqual(['b', 'a', 'c']);
  });
});

describe('message helpers', () => {
  it('strips the bot mention, in both forms, from a question', () => {
    expect(stripMention('<@123> does he know <@!123> Go?', '123')).toBe('does he know Go?');
    expect(stripMention('<@999> hi', '123')).toBe('<@999> hi');
  });
});
