import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/app/cli.ts';
import { fakeIo } from '../support/cli-io.ts';

const run = promisify(execFile);

async function cli(args: string[], stdin = '') {
  const io = fakeIo({ stdin });
  const code = await runCli(args, io);
  return { code, stdout: io.out.join('\n'), stderr: io.err.join('\n') };
}

describe('portfolio-bot ask', () => {
  it('prints the answer and suggestions', async () => {
    const { code, stdout } = await cli(['ask', 'does he know k8s?']);
    expect(code).toBe(0);
    expect(stdout).toContain('Kubernetes');
    expect(stdout).toContain('You could also ask:');
  });

  it('answers JSON lines in batch, sharing context within a conversation only', async () => {
    const input = [
      { id: 'a1', conversation: 'a', question: 'Tell me about the scheduling engine' },
      { id: 'b1', conversation: 'b', question: 'does it handle time zones?' },
      { id: 'a2', conversation: 'a', question: 'does it handle time zones?' },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n');
    const { code, stdout } = await cli(['ask', '--batch'], input);
    expect(code).toBe(0);
    const lines = stdout.split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a1', 'b1', 'a2']);
    expect(Object.keys(lines[0]).sort()).toEqual([
      'answered',
      'confidence',
      'id',
      'suggestions',
      'text',
      'topic',
    ]);
    expect(lines[2].text).toContain('timezone awareness');
    expect(lines[1].text).not.toContain('timezone awareness');
  });

  it('answers a bad batch line with its error, in order, and keeps going', async () => {
    const { code, stdout, stderr } = await cli(
      ['ask', '--batch'],
      'not json\n{"id":2,"question":"email?"}\n{"id":3}\n',
    );
    const lines = stdout.split('\n').map((l) => JSON.parse(l));
    expect(lines[0].error).toContain('line 1');
    expect(lines[1].text).toContain('fk.fahad96@gmail.com');
    expect(lines[2].error).toContain('line 3');
    expect(stderr).toContain('2 of 3 lines');
    expect(code).toBe(2);
  });

  it('takes --knowledge', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pb-'));
    const file = join(dir, 'p.yaml');
    writeFileSync(
      file,
      'identity:\n  name: Rae Doe\n  title: Designer\nskills:\n  - id: design\n    name: Design\n    skills: [{ name: Figma }]\n',
    );
    const { stdout } = await cli(['ask', '--knowledge', file, 'Does Rae know Figma?']);
    expect(stdout).toContain('Rae lists Figma');
  });
});

describe('portfolio-bot eval', () => {
  const set = (dir: string) => {
    const file = join(dir, 'set.jsonl');
    writeFileSync(
      file,
      [
        '{"id":"1","q":"k8s?","expect":"answer","all":["kubernetes"]}',
        '{"id":"2","q":"Does he know Rust?","expect":"negative","all":["rust"]}',
        '{"id":"3","q":"capital of France?","expect":"answer","all":["paris"]}',
      ].join('\n'),
    );
    return file;
  };

  it('prints per-kind and overall accuracy and the failures', async () => {
    const { code, stdout } = await cli(['eval', set(mkdtempSync(join(tmpdir(), 'pb-')))]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/negative\s+100\.0%/);
    expect(stdout).toContain('overall accuracy 66.7% (2/3)');
    expect(stdout).toMatch(/3 \[answer\] capital of France\?/);
  });

  it('exits 1 below --min', async () => {
    const { code } = await cli(['eval', set(mkdtempSync(join(tmpdir(), 'pb-'))), '--min', '90']);
    expect(code).toBe(1);
  });

  it('names a malformed line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pb-'));
    writeFileSync(
      join(dir, 'bad.jsonl'),
      '{"id":"1","q":"x","expect":"answer"}\n{"id":"2","expect":"maybe"}\n',
    );
    const { code, stderr } = await cli(['eval', join(dir, 'bad.jsonl')]);
    expect(code).toBe(2);
    expect(stderr).toContain('bad.jsonl:2');
  });
});

describe('the installed command', () => {
  it('runs from the bin with no build step', async () => {
    const { stdout } = await run('node', ['bin/portfolio-bot.js', 'ask', 'golang?']);
    expect(stdout).toMatch(/^Yes — Fahad lists Go/);
  });

  it('answers ask as the command line in process does, on a first run and on later ones', async () => {
    const question = ['ask', 'what did he build with kafka?'];
    const expected = (await cli(question)).stdout;
    // The first run may compile and keep the code; the later ones read it back.
    for (let i = 0; i < 3; i++) {
      const { stdout } = await run('node', ['bin/portfolio-bot.js', ...question]);
      expect(stdout.trimEnd()).toBe(expected);
    }
  });

  it('answers every question of the shipped profile eval set as the sources do', async () => {
    const input = readFileSync('tests/eval/shipped-profile.jsonl', 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.stringify({ id: JSON.parse(line).id, question: JSON.parse(line).q }))
      .join('\n');
    const expected = (await cli(['ask', '--batch'], input)).stdout;
    const child = execFile('node', ['bin/portfolio-bot.js', 'ask', '--batch']);
    child.stdin?.end(input);
    let stdout = '';
    child.stdout?.on('data', (chunk) => {
      stdout += chunk;
    });
    await new Promise((resolve) => child.on('close', resolve));
    expect(stdout.trimEnd()).toBe(expected);
    expect(expected.split('\n').length).toBeGreaterThan(20);
  });

  it('reports a bad knowledge file to ask as a usage error, not a crash', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pb-'));
    const file = join(dir, 'p.yaml');
    writeFileSync(file, 'identity:\n  name: 3\n');
    const failed = await run('node', ['bin/portfolio-bot.js', 'ask', '--knowledge', file, 'hi'])
      .then(() => undefined)
      .catch((error: { code: number; stderr: string }) => error);
    expect(failed?.code).toBe(2);
    expect(failed?.stderr).toContain(`${file}:2:9 identity.name`);
    expect(failed?.stderr).not.toContain('    at ');
  });
});
