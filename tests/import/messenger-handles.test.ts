import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { imported } from '../support/import-fixture.ts';

/** An invented README whose contact list names accounts on networks without profile links. */
const readme = `# Hi, I'm Oksana Dovhan 👋

Gameplay programmer in Lviv, Ukraine. C++ and Unreal Engine.

## Toolbox

- **Signal processing:** FMOD, Wwise

## Say hi

- 📧 [oksana.dovhan@example.dev](mailto:oksana.dovhan@example.dev)
- 💬 Discord: \`oksi.dev\`
- ✈️ Telegram: @oksana_dovhan (DMs open)
- 🐙 [GitHub](https://github.com/oksanadovhan)
`;

describe('accounts named without a link', () => {
  const { profile } = imported(readme);

  it('keeps each as the network and the account name as written', () => {
    expect(profile.contact.handles).toEqual([
      { label: 'Discord', handle: 'oksi.dev' },
      { label: 'Telegram', handle: '@oksana_dovhan' },
    ]);
  });

  it('takes no account name for a web address, and no skills label for a network', () => {
    expect(profile.contact.website).toBeUndefined();
    expect(profile.contact.handles?.map((h) => h.label)).not.toContain('Signal');
  });

  it('gives them when asked how to reach the owner, and for the network asked by name', () => {
    const bot = createAssistant(profile);
    expect(answerToPlainText(bot.ask('how can I reach her?'))).toMatch(/Discord: oksi\.dev/);
    const discord = answerToPlainText(bot.ask("what's her discord username?"));
    expect(discord).toMatch(/oksi\.dev/);
    expect(discord).not.toMatch(/doesn't give/);
  });

  it('says a network the profile does not name is not given', () => {
    const bot = createAssistant(profile);
    expect(answerToPlainText(bot.ask('whatsapp?'))).toMatch(/doesn't (?:give|mention)/);
  });
});
