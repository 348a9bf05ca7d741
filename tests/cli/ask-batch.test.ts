import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/app/cli.ts';
import { boundedLines } from '../../src/bounded-lines.ts';
import { BATCH_DEFAULTS } from '../../src/commands/ask.ts';
import { fakeIo } from '../support/cli-io.ts';

async function batch(stdin: Readable) {
  const io = { ...fakeIo(), stdin };
  const code = await runCli(['ask', '--batch'], io);
  return { code, lines: io.out.map((l) => JSON.parse(l)), err: io.err.join('\n') };
}

describe('ask --batch, one output line for every input line', () => {
  it('answers blank lines with an error line instead of dropping them', async () => {
    const input = ['{"id":1,"question":"email?"}', '', '   ', '{"id":4,"question":"k8s?"}', ''];
    const { code, lines, err } = await batch(Readable.from([`${input.join('\n')}\n`]));
    expect(lines).toHaveLength(5);
    expect(lines.map((l) => l.id ?? l.line)).toEqual([1, 2, 3, 4, 5]);
    expect(lines[1].error).toMatch(/^line 2: empty line/);
    expect(lines[4].error).toMatch(/^line 5: empty line/);
    expect(err).toContain('3 of 5 lines');
    expect(code).toBe(2);
  });

  it('keeps count over 10,000 lines with blanks among them, CRLF or not', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) =>
      i % 50 === 0 ? '' : `{"id":${i},"question":"golang?"}`,
    );
    const text = rows.join('\r\n');
    // Chunks that split lines anywhere, as a pipe does.
    const chunks = text.match(/[\s\S]{1,997}/g) ?? [];
    const { lines } = await batch(Readable.from(chunks.map((c) => Buffer.from(c))));
    expect(lines).toHaveLength(10_000);
    expect(lines.filter((l) => l.error).map((l) => l.line)).toEqual(
      rows.flatMap((r, i) => (r === '' ? [i + 1] : [])),
    );
  });

  it('answers an oversized line with an error without holding it, and keeps going', async () => {
    const big = BATCH_DEFAULTS.maxLineBytes * 40;
    async function* input() {
      yield Buffer.from('{"id":"a","question":"email?"}\n{"id":"big","question":"');
      for (let sent = 0; sent < big; sent += 64 * 1024) yield Buffer.alloc(64 * 1024, 'x');
      yield Buffer.from('"}\n{"id":"c","question":"k8s?"}\n');
    }
    const { lines } = await batch(Readable.from(input()));
    expect(lines).toHaveLength(3);
    expect(lines[0].id).toBe('a');
    expect(lines[1]).toMatchObject({ id: null, line: 2 });
    expect(lines[1].error).toMatch(/^line 2: \d+ bytes; lines are limited to 65536 bytes/);
    expect(lines[2].id).toBe('c');
  });
});

describe('boundedLines', () => {
  it('never keeps more than the limit of one line', async () => {
    const seen: unknown[] = [];
    for await (const line of boundedLines([Buffer.from('abc\nabcdefgh\nxy'), 'z'], 4)) {
      seen.push(line);
    }
    expect(seen).toEqual([{ text: 'abc' }, { tooLong: 8 }, { text: 'xyz' }]);
  });
});
