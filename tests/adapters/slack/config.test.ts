import { describe, expect, it } from 'vitest';
import {
  isSlackConfigured,
  SLACK_DEFAULTS,
  slackConfigFromEnv,
} from '../../../adapters/slack/config.ts';
import { ConfigError } from '../../../src/errors.ts';
import { APP_TOKEN, BOT_TOKEN, SIGNING_SECRET } from './helpers.ts';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    slackConfigFromEnv(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('slackConfigFromEnv', () => {
  it('defaults to Socket Mode with an app token, and to the public Slack API', () => {
    const config = slackConfigFromEnv({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN });
    expect(config).toMatchObject({
      mode: 'socket',
      botToken: BOT_TOKEN,
      appToken: APP_TOKEN,
      apiUrl: 'https://slack.com/api/',
      command: '/ask',
      responseType: 'ephemeral',
    });
    expect(SLACK_DEFAULTS.command).toBe('/ask');
  });

  it('infers HTTP mode from a signing secret alone, and reads the other settings', () => {
    const config = slackConfigFromEnv({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: 'http://127.0.0.1:9000/api',
      SLACK_COMMAND: '/profile',
      SLACK_RESPONSE_TYPE: 'in_channel',
    });
    expect(config).toMatchObject({
      mode: 'http',
      apiUrl: 'http://127.0.0.1:9000/api/',
      command: '/profile',
      responseType: 'in_channel',
    });
  });

  it('lets SLACK_MODE choose when both tokens are set', () => {
    const env = {
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_APP_TOKEN: APP_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
    };
    expect(slackConfigFromEnv(env).mode).toBe('socket');
    expect(slackConfigFromEnv({ ...env, SLACK_MODE: 'http' }).mode).toBe('http');
  });

  it('prefers explicit options to the environment', () => {
    const config = slackConfigFromEnv(
      { SLACK_BOT_TOKEN: 'not-a-token', SLACK_APP_TOKEN: APP_TOKEN, SLACK_COMMAND: '/ask' },
      { botToken: BOT_TOKEN, command: '/whois', mode: 'socket' },
    );
    expect(config).toMatchObject({ botToken: BOT_TOKEN, command: '/whois' });
  });

  it('lists every problem, one line each, naming the variable and never the secret', () => {
    const secretLooking = 'xoxp-9999-SHOULD-NOT-APPEAR';
    const problems = problemsOf({
      SLACK_BOT_TOKEN: secretLooking,
      SLACK_APP_TOKEN: 'xoxa-NOT-AN-APP-TOKEN',
      SLACK_MODE: 'websocket',
      SLACK_API_URL: 'ftp://slack.example',
      SLACK_COMMAND: 'ask',
      SLACK_RESPONSE_TYPE: 'everyone',
    });
    expect(problems.map((p) => p.split(' ')[0])).toEqual([
      'SLACK_BOT_TOKEN',
      'SLACK_APP_TOKEN',
      'SLACK_MODE',
      'SLACK_API_URL',
      'SLACK_COMMAND',
      'SLACK_RESPONSE_TYPE',
    ]);
    const message = problems.join('\n');
    expect(message).not.toContain(secretLooking);
    expect(message).not.toContain('NOT-AN-APP-TOKEN');
  });

  it('asks for the bot token and for one way to reach Slack', () => {
    expect(problemsOf({})).toEqual([
      expect.stringMatching(/^SLACK_BOT_TOKEN is required/),
      expect.stringMatching(/^SLACK_APP_TOKEN or SLACK_SIGNING_SECRET:/),
    ]);
  });

  it('asks for what the chosen mode needs', () => {
    expect(
      problemsOf({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, SLACK_MODE: 'http' }),
    ).toEqual([expect.stringMatching(/^SLACK_SIGNING_SECRET is required in HTTP mode/)]);
    expect(
      problemsOf({
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_MODE: 'socket',
      }),
    ).toEqual([expect.stringMatching(/^SLACK_APP_TOKEN is required in Socket Mode/)]);
  });

  it('treats blank variables as unset', () => {
    expect(isSlackConfigured({ SLACK_BOT_TOKEN: '  ' })).toBe(false);
    expect(isSlackConfigured({ SLACK_BOT_TOKEN: BOT_TOKEN })).toBe(true);
    expect(
      slackConfigFromEnv({
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_APP_TOKEN: APP_TOKEN,
        SLACK_API_URL: '',
      }).apiUrl,
    ).toBe('https://slack.com/api/');
  });
});
