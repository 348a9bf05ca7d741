import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { ConfigError } from '../../src/errors.ts';

function problems(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('settings', () => {
  it('has working defaults with nothing set', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      knowledgePath: 'knowledge/profile.yaml',
      logLevel: 'info',
      logPretty: undefined,
      nodeEnv: 'development',
      unansweredLog: 'data/unanswered.jsonl',
      reloadKnowledge: true,
      rateLimitMax: 5,
      rateLimitWindowMs: 10_000,
      trustProxy: { kind: 'none' },
      metricsToken: undefined,
    });
  });

  it('reads every setting', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      KNOWLEDGE_PATH: 'k.yaml',
      LOG_LEVEL: 'debug',
      LOG_PRETTY: 'no',
      NODE_ENV: 'production',
      UNANSWERED_LOG: 'logs/q.jsonl',
      RELOAD_KNOWLEDGE: 'FALSE',
      RATE_LIMIT_MAX: '10',
      RATE_LIMIT_WINDOW_MS: '60000',
      TRUST_PROXY: '10.0.0.0/8, 127.0.0.1',
      METRICS_TOKEN: 'a-long-metrics-token',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      knowledgePath: 'k.yaml',
      logLevel: 'debug',
      logPretty: false,
      nodeEnv: 'production',
      unansweredLog: 'logs/q.jsonl',
      reloadKnowledge: false,
      rateLimitMax: 10,
      rateLimitWindowMs: 60_000,
      trustProxy: { kind: 'list', ranges: ['10.0.0.0/8', '127.0.0.1'] },
      metricsToken: 'a-long-metrics-token',
    });
  });

  it('refuses a variable set to nothing rather than taking the default', () => {
    expect(problems({ PORT: '', UNANSWERED_LOG: '  ' })).toEqual([
      'PORT is set but empty: give it a value or remove it',
      'UNANSWERED_LOG is set but empty: give it a value or remove it',
    ]);
  });

  it('reports one line per bad setting, naming the variable', () => {
    expect(
      problems({
        PORT: '70000',
        LOG_PRETTY: 'sometimes',
        RATE_LIMIT_MAX: '0',
        RATE_LIMIT_WINDOW_MS: '1.5',
        HOST: 'local host',
        TRUST_PROXY: '10.0.0.0/33',
        METRICS_TOKEN: 'short',
      }),
    ).toEqual([
      'PORT must be a whole number from 0 to 65535 (got "70000")',
      'HOST must be a host name or an IP address, e.g. 127.0.0.1 or 0.0.0.0 (got "local host")',
      'LOG_PRETTY must be true or false (got "sometimes")',
      'RATE_LIMIT_MAX must be a whole number above 0 (got "0")',
      'RATE_LIMIT_WINDOW_MS must be a whole number of milliseconds above 0 (got "1.5")',
      expect.stringMatching(
        /^TRUST_PROXY must be false, a number of proxies .* \(got "10\.0\.0\.0\/33"\)$/,
      ),
      'METRICS_TOKEN must be at least 16 characters long',
    ]);
  });
});
