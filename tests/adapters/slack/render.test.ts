import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cutMrkdwn,
  SLACK_LIMITS,
  type SlackMessage,
  splitMrkdwn,
  toMrkdwn,
  toSlackBlocks,
  toSlackText,
} from '../../../adapters/slack/render.ts';
import type { Answer } from '../../../src/answer/answer.ts';
import { PROFILE_ANSWER, textsOf } from './helpers.ts';

const answer = (overrides: Partial<Answer>): Answer => ({ ...PROFILE_ANSWER, ...overrides });

/** Every limit Slack enforces on a message; returns the broken ones. */
function limitProblems(message: SlackMessage): string[] {
  const problems: string[] = [];
  if (message.text.length === 0) problems.push('empty fallback text');
  if (message.blocks.length > SLACK_LIMITS.blocks) problems.push(`${message.blocks.length} blocks`);
  for (const block of message.blocks) {
    if (block.type === 'header') {
      if (block.text.text.length > 150 || block.text.text.length === 0) problems.push('header');
    }
    if (block.type === 'section') {
      const text = block.text?.text;
      if (text !== undefined && (text.length > 3000 || text.length === 0)) problems.push('section');
      if ((block.fields?.length ?? 0) > 10) problems.push('fields per section');
      for (const field of block.fields ?? []) {
        if (field.text.length > 2000 || field.text.length === 0) problems.push('field');
      }
      if (!block.text && !block.fields?.length) problems.push('empty section');
    }
    if (block.type === 'actions') {
      if (block.elements.length > 25 || block.elements.length === 0) problems.push('actions');
      for (const element of block.elements) {
        if (element.type !== 'button') continue;
        if (element.text.text.length > 75 || element.text.text.length === 0)
          problems.push('button');
        if ((element.value?.length ?? 0) > 2000) problems.push('button value');
        if (element.url !== undefined && !/^https?:\/\//.test(element.url)) problems.push('url');
      }
      const ids = block.elements.map((e) => ('action_id' in e ? e.action_id : ''));
      if (new Set(ids).size !== ids.length) problems.push('duplicate action ids');
    }
  }
  return problems;
}

describe('toSlackBlocks', () => {
  it('renders a typical answer: header, mrkdwn body, fields, footer, link and suggestion buttons', () => {
    const message = toSlackBlocks(PROFILE_ANSWER, { footer: 'Ask with `/ask`' });
    expect(message.blocks.map((b) => b.type)).toEqual([
      'header',
      'section',
      'section',
      'context',
      'actions',
      'actions',
    ]);
    expect(message.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'Fahad Khan, Senior Backend Engineer', emoji: true },
    });
    expect(message.blocks[1]).toEqual({
      type: 'section',
      text: {
        type: 'mrkdwn',
        verbatim: true,
        text: '*Fahad* builds payment backends in Go and TypeScript. His code is on <https://github.com/fahad-example|GitHub>.',
      },
    });
    expect(message.blocks[2]).toMatchObject({
      fields: [
        { type: 'mrkdwn', text: '*Location*\nBerlin, Germany' },
        { type: 'mrkdwn', text: '*Experience*\n10 years' },
      ],
    });
    expect(message.blocks[4]).toMatchObject({
      block_id: 'links',
      elements: [
        { action_id: 'link_0', url: 'https://github.com/fahad-example', text: { text: 'GitHub' } },
        { action_id: 'link_1', text: { text: 'LinkedIn' } },
      ],
    });
    expect(message.blocks[5]).toMatchObject({
      block_id: 'suggestions',
      elements: [
        { action_id: 'suggest_0', value: 'What are his projects?' },
        { action_id: 'suggest_1', value: 'How can I contact him?' },
      ],
    });
    expect(message.text).toBe(
      'Fahad Khan, Senior Backend Engineer\nFahad builds payment backends in Go and TypeScript. His code is on GitHub (https://github.com/fahad-example).',
    );
  });

  it('escapes mentions and markup from any part of the answer', () => {
    const hostile = '<!channel> <!here> <@U123> <#C1|x> & <https://evil.example|click>';
    const message = toSlackBlocks(
      answer({
        title: hostile,
        text: `Hello ${hostile} @here and @channel`,
        fields: [{ name: hostile, value: hostile }],
        links: [{ label: hostile, url: 'https://example.com/?a=1&b=<2>' }],
        suggestions: [hostile],
      }),
      { footer: hostile },
    );
    const { mrkdwn } = textsOf(message as unknown as Record<string, unknown>);
    expect(mrkdwn.length).toBeGreaterThanOrEqual(4);
    for (const text of mrkdwn) {
      expect(text).not.toMatch(/<[!@#]/);
      // A URL in the text may be linked, but never behind a label that hides it.
      expect(text).not.toMatch(/<https:\/\/evil\.example\|/);
      expect(text).not.toMatch(/@(here|channel)\b/);
      expect(text).toContain('&lt;!channel&gt;');
      expect(text).toContain('&amp;');
    }
  });

  it('converts the light markdown Slack does not speak', () => {
    expect(toMrkdwn('**Go** and **Rust**')).toBe('*Go* and *Rust*');
    expect(toMrkdwn('- one\n- two')).toBe('• one\n• two');
    expect(toMrkdwn('[docs](https://x.dev/a?b=1&c=2|3)')).toBe(
      '<https://x.dev/a?b=1&amp;c=2%7C3|docs>',
    );
    expect(toMrkdwn('see https://x.dev/path.')).toBe('see <https://x.dev/path>.');
    expect(toMrkdwn('[bad](javascript:alert(1))')).not.toContain('javascript:alert');
    expect(toMrkdwn('[mail](mailto:me@x.dev)')).toBe('<mailto:me@x.dev|mail>');
  });

  it('splits a very long body over several sections, each within 3,000 characters, and cuts the rest', () => {
    const paragraph = `${'word '.repeat(199)}end.\n`; // 1,000 characters a line
    const long = toSlackBlocks(answer({ text: paragraph.repeat(40) }));
    const sections = long.blocks.filter((b) => b.type === 'section' && b.text);
    expect(sections).toHaveLength(SLACK_LIMITS.textSections);
    const last = sections.at(-1);
    expect(last?.type === 'section' && last.text?.text.endsWith('…')).toBe(true);
    expect(limitProblems(long)).toEqual([]);
    expect(long.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
  });

  it('puts at most 10 fields a section and stays within 50 blocks however many fields there are', () => {
    const fields = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ name: `Skill ${i}`, value: 'x'.repeat(2500) }));
    const some = toSlackBlocks(answer({ fields: fields(25) }));
    const sections = some.blocks.filter((b) => b.type === 'section' && b.fields);
    expect(sections.map((s) => (s.type === 'section' ? s.fields?.length : 0))).toEqual([10, 10, 5]);
    expect(limitProblems(some)).toEqual([]);

    const many = toSlackBlocks(answer({ fields: fields(2000) }));
    expect(many.blocks.length).toBe(SLACK_LIMITS.blocks);
    expect(JSON.stringify(many.blocks)).toMatch(/and \d+ more/);
    expect(limitProblems(many)).toEqual([]);
  });

  it('cuts long titles, button labels and suggestion values with an ellipsis', () => {
    const message = toSlackBlocks(
      answer({
        title: 'T'.repeat(400),
        links: [{ label: 'L'.repeat(200), url: 'https://example.com' }],
        suggestions: ['Q'.repeat(5000), 'a', 'b', 'c', 'd', 'e', 'f'],
      }),
    );
    const header = message.blocks[0];
    expect(header?.type === 'header' && header.text.text).toBe(`${'T'.repeat(149)}…`);
    const suggestions = message.blocks.at(-1);
    expect(suggestions?.type === 'actions' && suggestions.elements).toHaveLength(5);
    expect(limitProblems(message)).toEqual([]);
  });

  it('never splits an emoji, a link or an entity when cutting', () => {
    expect(cutMrkdwn(`${'a'.repeat(8)}😀😀`, 10)).toBe(`${'a'.repeat(8)}…`);
    const link = `${'a'.repeat(10)} <https://example.com|label> tail`;
    expect(cutMrkdwn(link, 20)).toBe(`${'a'.repeat(10)}…`);
    expect(cutMrkdwn(`${'a'.repeat(10)} &amp; more`, 14)).toBe(`${'a'.repeat(10)}…`);
    for (const chunk of splitMrkdwn(`${'x '.repeat(20)}<https://e.com/${'p'.repeat(4)}|l>`, 30)) {
      expect(chunk.split('<').length).toBe(chunk.split('>').length);
    }
  });

  it('renders an empty answer without empty text objects', () => {
    const message = toSlackBlocks(
      answer({
        title: ' ',
        text: '',
        fields: [{ name: '', value: '' }],
        links: [],
        suggestions: [' '],
      }),
    );
    expect(message.blocks).toEqual([]);
    expect(message.text).toBe('…');
  });

  it('skips link buttons Slack would refuse', () => {
    const message = toSlackBlocks(
      answer({
        links: [
          { label: 'x', url: 'javascript:alert(1)' },
          { label: '', url: 'https://example.com/ok' },
          { label: 'long', url: `https://example.com/${'a'.repeat(3000)}` },
        ],
      }),
    );
    const links = message.blocks.find((b) => b.type === 'actions' && b.block_id === 'links');
    expect(links?.type === 'actions' && links.elements).toEqual([
      {
        type: 'button',
        action_id: 'link_0',
        text: { type: 'plain_text', text: 'https://example.com/ok', emoji: true },
        url: 'https://example.com/ok',
      },
    ]);
  });

  it('keeps every Slack limit for any answer', () => {
    const unit = fc.constantFrom(
      'a',
      'word ',
      '\n',
      '<!here>',
      '&',
      '**',
      '😀',
      '[x](https://e.com)',
      'https://e.com/p',
      '@channel',
      '\n- ',
    );
    // Sized up on purpose: the default sizes would rarely reach Slack's limits.
    const text = (maxLength: number) =>
      fc.array(unit, { maxLength, size: 'max' }).map((units) => units.join(''));
    const url = fc.constantFrom(
      'https://example.com/a?b=1&c=2',
      'javascript:alert(1)',
      `https://e.com/${'a'.repeat(3100)}`,
      'mailto:me@example.com',
    );
    const anyAnswer = fc.record({
      answered: fc.boolean(),
      confidence: fc.double({ min: 0, max: 1, noNaN: true }),
      topic: fc.constant('unknown' as const),
      title: text(80),
      text: text(2000),
      fields: fc.array(fc.record({ name: text(40), value: text(500) }), { maxLength: 80 }),
      links: fc.array(fc.record({ label: text(40), url }), { maxLength: 15 }),
      suggestions: fc.array(text(600), { maxLength: 8 }),
    });
    fc.assert(
      fc.property(anyAnswer, fc.option(text(1200), { nil: undefined }), (a, footer) => {
        const message = toSlackBlocks(a, { footer });
        const { mrkdwn } = textsOf(message as unknown as Record<string, unknown>);
        // Plain checks rather than expect(): this runs many times.
        return limitProblems(message).length === 0 && !mrkdwn.some((t) => /<[!@#]/.test(t));
      }),
      { numRuns: 50 },
    );
  });
});

describe('toSlackText', () => {
  it('gives a one-section reply with the same fallback', () => {
    expect(toSlackText('Please wait <!here>')).toEqual({
      text: 'Please wait &lt;!here&gt;',
      blocks: [
        {
          type: 'section',
          text: { type: 'mrkdwn', text: 'Please wait &lt;!here&gt;', verbatim: true },
        },
      ],
    });
  });
});
