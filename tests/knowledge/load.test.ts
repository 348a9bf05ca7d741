import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/app/cli.ts';
import { KnowledgeError } from '../../src/errors.ts';
import { loadKnowledge, MAX_KNOWLEDGE_BYTES, parseKnowledge } from '../../src/knowledge/load.ts';
import { fakeIo } from '../support/cli-io.ts';

const run = promisify(execFile);
const FIXTURES = 'tests/fixtures/knowledge';
const tmp = mkdtempSync(join(tmpdir(), 'knowledge-load-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** `FILE:LINE:COL field.path: message`, or `FILE:LINE:COL message` for the whole file. */
const PROBLEM_LINE = /^(.+?):(\d+):(\d+) (?:([\w$.]+): )?(.+)$/;

function problemsOf(fn: () => unknown): KnowledgeError['problems'] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(KnowledgeError);
    return (error as KnowledgeError).problems;
  }
  throw new Error('expected a KnowledgeError');
}

/** 1-based line of the first line of `file` that contains `text`. */
function lineOf(file: string, text: string): number {
  const index = readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((line) => line.includes(text));
  expect(index, `"${text}" in ${file}`).toBeGreaterThanOrEqual(0);
  return index + 1;
}

async function validateInChild(file: string) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'src/app/cli.ts', 'validate', file],
      { env: { ...process.env, NO_COLOR: '1' } },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('the shipped knowledge', () => {
  it('validates and holds the owner the bot talks about', () => {
    const profile = loadKnowledge('knowledge/profile.yaml');
    expect(profile.identity.name).toBe('Fahad Khan');
    expect(profile.skills.flatMap((c) => c.skills.map((s) => s.name))).toContain('Kubernetes');
    expect(profile.contact.github).toMatch(/^https:\/\/github\.com\//);
  });

  it('is accepted by `validate` with a one-line summary', async () => {
    const io = fakeIo();
    expect(await runCli(['validate', 'knowledge/profile.yaml'], io)).toBe(0);
    expect(io.out).toHaveLength(1);
    expect(io.out[0]).toMatch(
      /^knowledge\/profile\.yaml: valid — Fahad Khan, \d+ skills in 6 categories/,
    );
  });
});

describe('a YAML syntax error', () => {
  const file = `${FIXTURES}/syntax-error.yaml`;

  it('is reported at the line where the YAML breaks, not at the top of the file', () => {
    const problems = problemsOf(() => loadKnowledge(file));
    expect(problems.length).toBeGreaterThan(0);
    const opened = lineOf(file, 'skills: [{ name: Spark }');
    for (const problem of problems) {
      expect(problem.message).toMatch(/^YAML syntax error: /);
      // The parser notices the unclosed list on its own line or on the next one.
      expect([opened, opened + 1]).toContain(problem.line);
    }
  });

  it('points at a repeated key', () => {
    const dup = `${FIXTURES}/duplicate-key.yaml`;
    const [problem, ...others] = problemsOf(() => loadKnowledge(dup));
    expect(others).toEqual([]);
    expect(problem).toMatchObject({
      line: lineOf(dup, 'title: Staff Data Engineer'),
      col: 3,
      message: expect.stringMatching(/unique/i),
    });
  });
});

describe('schema violations', () => {
  const file = `${FIXTURES}/schema-violations.yaml`;

  it('are each reported on the line of the offending value, with the field path', () => {
    const problems = problemsOf(() => loadKnowledge(file));
    const byPath = new Map(problems.map((p) => [p.path, p]));
    expect(byPath.get('identity.title')).toMatchObject({ line: lineOf(file, 'name: Ingrid') });
    expect(byPath.get('projects.0.id')).toMatchObject({
      line: lineOf(file, 'id: Streaming Pipeline'),
      col: 9,
      message: expect.stringContaining('lower-case words joined by dashes'),
    });
    expect(byPath.get('projects.0.links.0.url')).toMatchObject({
      line: lineOf(file, 'url: not-a-url'),
      col: 14,
      message: 'must be an http(s) URL',
    });
    expect(byPath.get('contact.email')).toMatchObject({
      line: lineOf(file, 'email: ingrid-at-example'),
      message: 'must be an email address',
    });
    expect(byPath.get('contact.website')).toMatchObject({
      line: lineOf(file, 'website: ftp://'),
      message: 'must be an http(s) URL',
    });
  });

  it('name a duplicated id and where it was first used', () => {
    const dup = `${FIXTURES}/duplicate-ids.yaml`;
    const problems = problemsOf(() => loadKnowledge(dup));
    expect(problems.map((p) => [p.path, p.line, p.message])).toEqual([
      [
        'skills.1.id',
        lineOf(dup, 'name: More data') - 1,
        'duplicate id "data" (first used at skills.0)',
      ],
      [
        'projects.1.id',
        lineOf(dup, 'name: Lakehouse v2') - 1,
        'duplicate id "lakehouse" (first used at projects.0)',
      ],
    ]);
  });
});

describe('files that are not a profile', () => {
  it('an empty file says so', () => {
    const [problem] = problemsOf(() => loadKnowledge(`${FIXTURES}/empty.yaml`));
    expect(problem?.message).toMatch(/file is empty/);
  });

  it('a missing file says so', () => {
    const [problem] = problemsOf(() => loadKnowledge(join(tmp, 'nope.yaml')));
    expect(problem?.message).toBe('file not found');
  });

  it('binary garbage is refused as binary', () => {
    const file = join(tmp, 'garbage.yaml');
    writeFileSync(
      file,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0xff]),
    );
    const [problem] = problemsOf(() => loadKnowledge(file));
    expect(problem?.message).toMatch(/binary/);
  });

  it('text that is not UTF-8 is refused', () => {
    const [problem] = problemsOf(() => parseKnowledge(Buffer.from('name: Jos\xe9\n', 'latin1')));
    expect(problem?.message).toMatch(/not valid UTF-8/);
  });

  it('a file over 256 KiB is refused before it is parsed', () => {
    const file = join(tmp, 'huge.yaml');
    writeFileSync(file, `summary:\n${'  - padding padding padding padding\n'.repeat(40_000)}`);
    const [problem] = problemsOf(() => loadKnowledge(file));
    expect(problem?.message).toMatch(/limited to 256 KiB/);
    expect(() => parseKnowledge(Buffer.alloc(MAX_KNOWLEDGE_BYTES + 1, 0x20))).toThrow(/limited/);
  });

  it('a list at the top level asks for a mapping', () => {
    const [problem] = problemsOf(() => parseKnowledge('- just\n- a list\n'));
    expect(problem?.message).toMatch(/expected a mapping/);
  });
});

describe('`validate` as a command', () => {
  it('prints one FILE:LINE:COL line per problem, exits 2, and shows no stack trace', async () => {
    const file = `${FIXTURES}/schema-violations.yaml`;
    const { code, stdout, stderr } = await validateInChild(file);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    // Duplicate ids are listed together with the other problems, not only once they are fixed.
    expect(lines).toHaveLength(6);
    for (const line of lines) expect(line).toMatch(PROBLEM_LINE);
    expect(lines.some((l) => l.includes('skills.1.id: duplicate id "data"'))).toBe(true);
    expect(lines.some((l) => l.endsWith('identity.title: is required'))).toBe(true);
    expect(lines).toContain(
      `${file}:${lineOf(file, 'url: not-a-url')}:14 projects.0.links.0.url: must be an http(s) URL`,
    );
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('reports a syntax error by line, exits 2, and shows no stack trace', async () => {
    const file = `${FIXTURES}/syntax-error.yaml`;
    const { code, stderr } = await validateInChild(file);
    expect(code).toBe(2);
    const [first] = stderr.trimEnd().split('\n');
    const match = PROBLEM_LINE.exec(first ?? '');
    expect(match?.[1]).toBe(file);
    expect(Number(match?.[2])).toBeGreaterThanOrEqual(lineOf(file, 'skills: [{ name: Spark }'));
    expect(stderr).toMatch(/YAML syntax error/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses binary garbage and a huge file in one line each', async () => {
    const garbage = join(tmp, 'garbage.bin');
    writeFileSync(garbage, Buffer.from([0x00, 0x01, 0x02, 0xfe, 0xff]));
    const huge = join(tmp, 'huge.yaml');
    writeFileSync(huge, Buffer.alloc(MAX_KNOWLEDGE_BYTES + 10, 'a'));
    for (const [file, reason] of [
      [garbage, /binary/],
      [huge, /limited to 256 KiB/],
    ] as const) {
      const io = fakeIo();
      expect(await runCli(['validate', file], io)).toBe(2);
      expect(io.err).toHaveLength(1);
      expect(io.err[0]).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:1 `));
      expect(io.err[0]).toMatch(reason);
    }
  });
});

describe('documents built to exhaust the loader', () => {
  const identity = 'identity:\n  name: &x Rae Doe\n  title: Designer\n';
  const aliasBomb = `${identity}faq:\n${Array.from(
    { length: 100 },
    (_, i) => `  - { id: q${i}, questions: [*x], answer: *x }\n`,
  ).join('')}`;

  it('an anchor expanded past the alias limit is refused in one located line', () => {
    const problems = problemsOf(() => parseKnowledge(aliasBomb, 'bomb.yaml'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'bomb.yaml', line: 5 });
    expect(problems[0]?.message).toMatch(/alias/i);
    expect(problems[0]?.message).toContain('*x');
  });

  it('flow collections nested 10,000 deep are refused before the parser sees them', () => {
    const text = `${identity}summary: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`;
    const problems = problemsOf(() => parseKnowledge(text, 'deep.yaml'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 4 });
    expect(problems[0]?.message).toMatch(/nested more than 256 deep/);
  });

  it('block mappings nested past the limit are refused at the first level too deep', () => {
    const nested = Array.from({ length: 80 }, (_, i) => `${' '.repeat(i + 2)}k${i}:\n`).join('');
    const problems = problemsOf(() => parseKnowledge(`${identity}extra:\n${nested}`, 'd.yaml'));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/nested deeper than 64/);
    expect(problems[0]?.line).toBeGreaterThan(60);
  });

  it('brackets inside quoted text are not nesting', () => {
    const text = identity.replace('Designer', `"${'['.repeat(200)}"`);
    expect(parseKnowledge(text).identity.title).toBe('['.repeat(200));
  });

  it('`validate` prints the alias bomb as one FILE:LINE:COL line and exits 2', async () => {
    const file = join(tmp, 'bomb.yaml');
    writeFileSync(file, aliasBomb);
    const { code, stdout, stderr } = await validateInChild(file);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(PROBLEM_LINE);
    expect(lines[0]?.startsWith(`${file}:5:`)).toBe(true);
  });
});
