import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { runCli } from '../../src/app/cli.ts';
import { parsePronouns } from '../../src/commands/import.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { fakeIo } from '../support/cli-io.ts';

const run = promisify(execFile);
const PROFILES = 'tests/fixtures/profiles';
const tmp = mkdtempSync(join(tmpdir(), 'import-command-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('portfolio-bot import', () => {
  it.each(['fahad-khan.md', 'ingrid-solberg-mensah.md', 'tomas-arvelo.md'])(
    'writes knowledge from %s that `validate` accepts',
    async (name) => {
      const out = join(tmp, name.replace(/\.md$/, '.yaml'));
      const io = fakeIo();
      expect(await runCli(['import', `${PROFILES}/${name}`, '--out', out], io)).toBe(0);
      expect(io.out).toEqual([]);
      expect(io.err.at(-1)).toBe(`wrote ${out}`);

      const check = fakeIo();
      expect(await runCli(['validate', out], check)).toBe(0);
      expect(check.out[0]).toMatch(
        new RegExp(`^${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: valid — `),
      );
    },
  );

  it('points the written file at the JSON Schema, in the comment and in $schema', async () => {
    const out = join(tmp, 'nested', 'fahad.yaml');
    mkdirSync(dirname(out), { recursive: true });
    expect(await runCli(['import', `${PROFILES}/fahad-khan.md`, '-o', out], fakeIo())).toBe(0);
    const text = readFileSync(out, 'utf8');
    const comment = /^# yaml-language-server: \$schema=(\S+)$/m.exec(text)?.[1];
    const data = parseYaml(text) as { $schema: string };
    expect(comment).toBe(data.$schema);
    expect(resolve(dirname(out), data.$schema)).toBe(resolve('knowledge/profile.schema.json'));
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${data.$schema}`);
  });

  it('prints YAML to stdout and what it mapped where to stderr', async () => {
    const io = fakeIo();
    expect(await runCli(['import', `${PROFILES}/fahad-khan.md`, '--pronouns', 'he/him'], io)).toBe(
      0,
    );
    const [yaml] = io.out;
    expect(yaml).toMatch(/^# yaml-language-server: \$schema=\S*knowledge\/profile\.schema\.json\n/);
    const data = parseYaml(yaml ?? '') as { identity: { pronouns: unknown }; contact: unknown };
    expect(data.identity.pronouns).toEqual({ subject: 'he', object: 'him', possessive: 'his' });
    // Empty lists and defaults are left out: the file stays readable.
    expect(yaml).not.toMatch(/: \[\]$/m);
    expect(io.err).toEqual(
      expect.arrayContaining([
        'Tech Stack → 6 categories, 23 skills',
        'Selected Work → 4 projects',
        'Mojibake → 4 sequences repaired, 0 dropped',
      ]),
    );
  });

  it('keeps an unknown section and says so', async () => {
    const io = fakeIo();
    expect(await runCli(['import', `${PROFILES}/tomas-arvelo.md`], io)).toBe(0);
    expect(io.err).toContain('Currently on Repeat → kept as section "currently-on-repeat"');
    expect(io.out[0]).toContain('id: currently-on-repeat');
  });

  describe('refuses input that is not a markdown profile, in one line, with exit status 2', () => {
    const cases: [string, () => string, RegExp][] = [
      ['a missing file', () => join(tmp, 'missing.md'), /: file not found$/],
      [
        'a binary file',
        () => {
          const file = join(tmp, 'photo.md');
          writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d]));
          return file;
        },
        /: file is binary/,
      ],
      [
        'an empty file',
        () => {
          const file = join(tmp, 'empty.md');
          writeFileSync(file, '  \n\n');
          return file;
        },
        /: file is empty/,
      ],
      [
        'a file over 4 MiB',
        () => {
          const file = join(tmp, 'huge.md');
          writeFileSync(file, `# Huge\n${'- line of text\n'.repeat(320_000)}`);
          return file;
        },
        /: file is 4\.6 MiB; profiles are limited to 4 MiB$/,
      ],
      ['a directory', () => tmp, /: is a directory/],
      [
        'a README without a name',
        () => {
          const file = join(tmp, 'nameless.md');
          writeFileSync(file, 'Backend Developer\n\n## Skills\n- Go\n');
          return file;
        },
        /: no name found: .*H1 heading/,
      ],
    ];
    it.each(cases)('%s', async (_, make, message) => {
      const file = make();
      const io = fakeIo();
      expect(await runCli(['import', file, '--out', join(tmp, 'never.yaml')], io)).toBe(2);
      expect(io.err).toHaveLength(1);
      expect(io.err[0]).toMatch(message);
      expect(io.err[0]?.startsWith(file)).toBe(true);
      expect(() => readFileSync(join(tmp, 'never.yaml'))).toThrow();
    });
  });

  it('answers a missing argument or bad pronouns with usage, exit status 2', async () => {
    for (const args of [['import'], ['import', `${PROFILES}/fahad-khan.md`, '--pronouns', 'it']]) {
      const io = fakeIo();
      expect(await runCli(args, io)).toBe(2);
      expect(io.err.join('\n')).toMatch(/pronouns|Usage/);
    }
    expect(parsePronouns('she/her')).toEqual({ subject: 'she', object: 'her', possessive: 'her' });
    expect(parsePronouns('They/Them')).toEqual({
      subject: 'they',
      object: 'them',
      possessive: 'their',
    });
    expect(parsePronouns('xe/xem/xyr')).toEqual({
      subject: 'xe',
      object: 'xem',
      possessive: 'xyr',
    });
  });

  it('picks the reader by content: a resume.json saved as .txt, then validates the result', async () => {
    const file = join(tmp, 'cv.txt');
    writeFileSync(file, readFileSync(`${PROFILES}/round-trip/lena-marchetti.resume.json`));
    const out = join(tmp, 'lena.yaml');
    const io = fakeIo();
    expect(await runCli(['import', file, '--out', out], io)).toBe(0);
    expect(io.err[0]).toBe('read as json-resume');
    expect(io.err).toContain('work → 2 roles');
    const check = fakeIo();
    expect(await runCli(['validate', out], check)).toBe(0);
    expect(check.out[0]).toMatch(
      /valid — Lena Marchetti, 6 skills in 3 categories, 1 projects, 2 roles/,
    );
  });

  it('prints the report as data with --json: what went where and what stayed text', async () => {
    const io = fakeIo();
    expect(await runCli(['import', `${PROFILES}/tomas-arvelo.md`, '--json'], io)).toBe(0);
    expect(io.err).toEqual([]);
    const report = JSON.parse(io.out.join('\n')) as {
      format: string;
      mapped: { from: string; to: string }[];
      keptAsText: { section: string; items: string[] }[];
      knowledge: { identity: { name: string } };
    };
    expect(report.format).toBe('markdown');
    expect(report.mapped).toContainEqual({
      from: 'Currently on Repeat',
      to: 'kept as section "currently-on-repeat"',
    });
    expect(report.keptAsText.map((k) => k.section)).toContain('currently-on-repeat');
    expect(report.knowledge.identity.name).toBeTruthy();
  });

  it('refuses JSON that is not a JSON Resume, saying why', async () => {
    const file = join(tmp, 'package.json');
    writeFileSync(file, '{"name": "x", "version": "1.0.0"}');
    const io = fakeIo();
    expect(await runCli(['import', file], io)).toBe(2);
    expect(io.err[0]).toMatch(/is JSON but not a JSON Resume/);
  });

  it('works as a real process: import, then validate the file it wrote', async () => {
    const out = join(tmp, 'child.yaml');
    const node = (args: string[]) =>
      run(process.execPath, ['--import', 'tsx', 'src/app/cli.ts', ...args], { timeout: 30_000 });
    let imported: { stdout: string; stderr: string };
    try {
      imported = await node(['import', `${PROFILES}/ingrid-solberg-mensah.md`, '--out', out]);
    } catch (error) {
      // Exit status 13 is Node's "unsettled top-level await": what a command module importing
      // the command line back (an import cycle) would cause.
      throw new Error(`import failed with exit status ${(error as { code: number }).code}`, {
        cause: error,
      });
    }
    expect(imported.stderr).toContain('Work Experience → 3 roles');
    const validated = await node(['validate', out]);
    expect(validated.stdout).toMatch(
      /valid — Ingrid Solberg-Mensah, 16 skills in 5 categories, 0 projects, 3 roles, 2 FAQ entries/,
    );
    expect(loadKnowledge(out).education).toHaveLength(2);
  });
});
