import { describe, expect, it } from 'vitest';
import { questionFromSlack } from '../../../adapters/slack/index.ts';

describe('questionFromSlack', () => {
  it('drops the bot mention wherever it is, keeping the question', () => {
    expect(questionFromSlack('<@U0BOT> Does he know Go?', 'U0BOT')).toBe('Does he know Go?');
    expect(questionFromSlack('Hey <@U0BOT|portfolio>, does he know Go?', 'U0BOT')).toBe(
      'Hey , does he know Go?',
    );
    expect(questionFromSlack('<@U0SOMEBOT> Does he know Go?')).toBe('Does he know Go?');
  });

  it('turns Slack markup into what the person read, entities decoded', () => {
    expect(
      questionFromSlack(
        'Ask <@U0BOB|bob> in <#C0DEV|dev>: <!here> Q&amp;A on &lt;Kafka&gt; <https://kafka.apache.org|Kafka site> <mailto:a@b.dev>',
        'U0BOT',
      ),
    ).toBe(
      'Ask @bob in #dev: @here Q&A on <Kafka> Kafka site (https://kafka.apache.org) mailto:a@b.dev',
    );
  });

  it('gives an empty question for a bare mention', () => {
    expect(questionFromSlack('  <@U0BOT>  ', 'U0BOT')).toBe('');
  });
});
