import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DISCORD_LIMITS,
  type DiscordReply,
  questionFromCustomId,
  toDiscordNotice,
  toDiscordReply,
  truncate,
} from '../../../adapters/discord/render.ts';
import type { Answer } from '../../../src/answer/answer.ts';

const base: Answer = {
  answered: true,
  confidence: 0.9,
  topic: 'skill',
  title: 'Kubernetes',
  text: 'Yes: **Kubernetes** in production, see [the EV portal](https://example.com/ev).\n- Helm\n- ArgoCD',
  fields: [{ name: 'Category', value: 'DevOps', inline: true }],
  links: [
    { label: 'GitHub', url: 'https://github.com/example' },
    { label: 'EV portal', url: 'https://example.com/ev' },
  ],
  suggestions: ['Which cloud platforms?', 'What projects used Kubernetes?'],
};

/** Every limit Discord enforces on a message that this reply breaks, counted as the API does. */
function limitViolations(reply: DiscordReply): string[] {
  const L = DISCORD_LIMITS;
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  check(
    reply.allowedMentions.parse.length === 0 && reply.allowedMentions.repliedUser === false,
    'mentions parsed',
  );
  check((reply.content ?? '').length <= L.content, 'content');
  let total = 0;
  for (const embed of reply.embeds) {
    check(Boolean(embed.title || embed.description || embed.fields?.length), 'empty embed');
    check((embed.title ?? '').length <= L.title, 'title');
    check((embed.description ?? '').length <= L.description, 'description');
    check((embed.fields ?? []).length <= L.fields, 'field count');
    for (const field of embed.fields ?? []) {
      check(field.name.length > 0 && field.value.length > 0, 'empty field');
      check(field.name.length <= L.fieldName, 'field name');
      check(field.value.length <= L.fieldValue, 'field value');
      total += field.name.length + field.value.length;
    }
    total +=
      (embed.title ?? '').length +
      (embed.description ?? '').length +
      (embed.footer?.text ?? '').length;
  }
  check(total <= L.embedTotal, 'embed total');
  check(reply.components.length <= 5, 'rows');
  const ids = new Set<string>();
  for (const row of reply.components) {
    check(row.components.length <= L.buttonsPerRow, 'buttons per row');
    for (const button of row.components) {
      const label = button.label ?? '';
      check(label.length > 0 && label.length <= L.buttonLabel, 'button label');
      check(button.custom_id.length <= L.customId, 'custom_id');
      check(!ids.has(button.custom_id), 'duplicate custom_id');
      ids.add(button.custom_id);
    }
  }
  return problems;
}

const expectWithinLimits = (reply: DiscordReply) => expect(limitViolations(reply)).toEqual([]);

describe('toDiscordReply', () => {
  it('renders title, markdown text, fields, links not in the text, and suggestion buttons', () => {
    const reply = toDiscordReply(base);
    const [embed] = reply.embeds;
    expect(embed?.title).toBe('Kubernetes');
    expect(embed?.description).toBe(
      'Yes: **Kubernetes** in production, see [the EV portal](https://example.com/ev).\n• Helm\n• ArgoCD',
    );
    expect(embed?.fields).toEqual([
      { name: 'Category', value: 'DevOps', inline: true },
      { name: 'Links', value: '[GitHub](https://github.com/example)' },
    ]);
    expect(embed?.color).toBe(0x5865f2);
    expect(reply.components[0]?.components).toEqual([
      {
        type: 2,
        style: 2,
        label: 'Which cloud platforms?',
        custom_id: 'ask:Which cloud platforms?',
      },
      {
        type: 2,
        style: 2,
        label: 'What projects used Kubernetes?',
        custom_id: 'ask:What projects used Kubernetes?',
      },
    ]);
    expectWithinLimits(reply);
  });

  it('shows a declined answer in grey', () => {
    expect(toDiscordReply({ ...base, answered: false }).embeds[0]?.color).toBe(0x99aab5);
  });

  it('keeps 50 fields within 25 and says how many were left out', () => {
    const fields = Array.from({ length: 50 }, (_, i) => ({
      name: `Skill ${i}`,
      value: `Note ${i}`,
    }));
    const reply = toDiscordReply({ ...base, fields });
    const embed = reply.embeds[0];
    expect(embed?.fields).toHaveLength(25);
    expect(embed?.fields?.map((f) => f.name)).toContain('Links');
    expect(embed?.footer?.text).toBe('26 more not shown.');
    expectWithinLimits(reply);
  });

  it('cuts a 10,000-character text with an ellipsis and keeps the whole message under 6,000', () => {
    const text = 'word '.repeat(2000);
    const fields = Array.from({ length: 10 }, (_, i) => ({
      name: `F${i}`,
      value: 'v'.repeat(1500),
    }));
    const reply = toDiscordReply({ ...base, title: 'T'.repeat(400), text, fields });
    const embed = reply.embeds[0];
    expect(embed?.description?.length).toBeLessThanOrEqual(4096);
    expect(embed?.description?.endsWith('…')).toBe(true);
    expect(embed?.title?.endsWith('…')).toBe(true);
    expect(embed?.fields?.[0]?.value.endsWith('…')).toBe(true);
    expectWithinLimits(reply);
  });

  it('cuts 500-character suggestions to 80-character labels and 100-character ids', () => {
    const long = `Could you tell me ${'really '.repeat(70)}everything about Kubernetes?`;
    const suggestions = [long, `${long} again`, 'a', 'b', 'c', 'd', 'e'];
    const reply = toDiscordReply({ ...base, suggestions });
    const buttons = reply.components[0]?.components ?? [];
    expect(buttons).toHaveLength(5);
    expect(buttons[0]?.label?.endsWith('…')).toBe(true);
    // Two suggestions that cut to the same id would make Discord refuse the whole message.
    expect(buttons.map((b) => b.label)).toEqual([buttons[0]?.label, 'a', 'b', 'c', 'd']);
    expect(questionFromCustomId(buttons[0]?.custom_id ?? '')).toMatch(/^Could you tell me really/);
    expectWithinLimits(reply);
  });

  it('still sends something for an empty answer, without empty fields or buttons', () => {
    const reply = toDiscordReply({
      ...base,
      title: '',
      text: '   ',
      fields: [{ name: '', value: '' }],
      links: [],
      suggestions: ['', '  '],
    });
    expect(reply.embeds[0]?.description).toBeUndefined();
    expect(reply.embeds[0]?.fields).toEqual([{ name: '\u200b', value: '\u200b' }]);
    expect(reply.components).toEqual([]);
    expectWithinLimits(reply);
    const nothing = toDiscordReply({
      ...base,
      title: '',
      text: '',
      fields: [],
      links: [],
      suggestions: [],
    });
    expect(nothing.embeds[0]?.description).toBe('I have no answer to that.');
  });

  it('never parses mentions, even when the text echoes @everyone or a role', () => {
    const reply = toDiscordReply({
      ...base,
      text: 'You asked "@everyone <@&123456789012345678> <@123456789012345678>"',
    });
    expect(reply.allowedMentions).toEqual({ parse: [], repliedUser: false });
    expect(toDiscordNotice('@here').allowedMentions).toEqual({ parse: [], repliedUser: false });
  });

  it('does not leave a link or bold half open where it cuts', () => {
    const text = `${'a '.repeat(2030)}**bold [label](https://example.com/${'x'.repeat(100)}) tail`;
    const description = toDiscordReply({ ...base, text }).embeds[0]?.description ?? '';
    expect(description.endsWith('…')).toBe(true);
    expect(description).not.toContain('[label');
    expect((description.match(/\*\*/g) ?? []).length % 2).toBe(0);
  });

  it('does not split an emoji', () => {
    expect(truncate(`${'a'.repeat(8)}😀😀`, 10)).toBe(`${'a'.repeat(8)}…`);
  });

  it('holds every Discord limit for any answer', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 120 });
    // Long values built by repetition: generating 9,000 random characters each is slow.
    const long = fc.oneof(
      text,
      fc.tuple(text, fc.integer({ min: 10, max: 120 })).map(([s, n]) => `${s} `.repeat(n)),
    );
    const answer = fc.record({
      answered: fc.boolean(),
      confidence: fc.double({ min: 0, max: 1, noNaN: true }),
      topic: fc.constant('skill' as const),
      title: long,
      text: long,
      fields: fc.array(fc.record({ name: long, value: long, inline: fc.boolean() }), {
        maxLength: 40,
      }),
      links: fc.array(
        fc.record({ label: text, url: text.map((p) => `https://example.com/${p}`) }),
        {
          maxLength: 30,
        },
      ),
      suggestions: fc.array(long, { maxLength: 10 }),
    });
    fc.assert(
      fc.property(answer, (a) => limitViolations(toDiscordReply(a)).length === 0),
      { numRuns: 200 },
    );
  });
});
