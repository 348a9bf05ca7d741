import { describe, expect, it } from 'vitest';
import { discordConfigFromEnv } from '../../../adapters/discord/config.ts';
import { ConfigError } from '../../../src/errors.ts';

const env = { DISCORD_TOKEN: 'secret-token-value', DISCORD_APP_ID: '123456789012345678' };

function problems(input: NodeJS.ProcessEnv): string[] {
  try {
    discordConfigFromEnv(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('discordConfigFromEnv', () => {
  it('applies the defaults', () => {
    expect(discordConfigFromEnv(env)).toEqual({
      token: 'secret-token-value',
      appId: '123456789012345678',
      guildId: undefined,
      apiUrl: 'https://discord.com/api',
      ephemeral: false,
    });
  });

  it('reads every variable, and explicit options win over them', () => {
    const config = discordConfigFromEnv(
      {
        ...env,
        DISCORD_GUILD_ID: '223456789012345678',
        DISCORD_API_URL: 'http://127.0.0.1:4000/api/',
        DISCORD_EPHEMERAL: 'true',
      },
      { ephemeral: false },
    );
    expect(config).toMatchObject({
      guildId: '223456789012345678',
      apiUrl: 'http://127.0.0.1:4000/api',
      ephemeral: false,
    });
  });

  it('names each missing variable on its own line', () => {
    expect(problems({ DISCORD_GUILD_ID: '' })).toEqual([
      'DISCORD_TOKEN is required (the bot token from the Developer Portal)',
      'DISCORD_APP_ID is required (the application id from the Developer Portal)',
    ]);
  });

  it('names each malformed variable without echoing the values', () => {
    const found = problems({
      DISCORD_TOKEN: 'secret-token-value',
      DISCORD_APP_ID: 'my-app',
      DISCORD_GUILD_ID: '12a',
      DISCORD_API_URL: 'discord.com',
      DISCORD_EPHEMERAL: 'sometimes',
    });
    expect(found.map((line) => line.split(' ')[0])).toEqual([
      'DISCORD_APP_ID',
      'DISCORD_GUILD_ID',
      'DISCORD_API_URL',
      'DISCORD_EPHEMERAL',
    ]);
    const text = found.join('\n');
    for (const value of ['secret-token-value', 'my-app', 'sometimes', 'ten']) {
      expect(text).not.toContain(value);
    }
  });
});
