import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const RUNNER = resolve('bin/compiled-script.js');

/** Requires `file` through bin/compiled-script.js in a process of its own, as the bin does. */
async function requireInChild(file: string, cacheDir: string): Promise<string> {
  const code = `process.stdout.write(String(require(${JSON.stringify(RUNNER)}).requireCompiled(${JSON.stringify(file)}, ${JSON.stringify(cacheDir)}).answer()))`;
  return (await run(process.execPath, ['-e', code])).stdout;
}

describe('a dist script run with its kept compiled code', () => {
  it('gives the same results on later runs, and a new build its own results', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pb-compiled-'));
    const cacheDir = join(dir, 'cache');
    const file = join(dir, 'script.cjs');
    // Two builds of the same length: V8 alone would take one's compiled code for the other's.
    writeFileSync(file, '// portfolio-bot build aaaa\nexports.answer = () => "first";\n');
    expect(await requireInChild(file, cacheDir)).toBe('first');
    expect(readdirSync(cacheDir)).toHaveLength(1);
    expect(await requireInChild(file, cacheDir)).toBe('first');
    writeFileSync(file, '// portfolio-bot build bbbb\nexports.answer = () => "other";\n');
    expect(await requireInChild(file, cacheDir)).toBe('other');
    // The first build's code is not kept once a new build runs.
    expect(readdirSync(cacheDir)).toHaveLength(1);
  });

  it('runs a script without a build line, keeping nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pb-compiled-'));
    const file = join(dir, 'script.cjs');
    writeFileSync(file, 'exports.answer = () => require("node:path").basename(__filename);\n');
    expect(await requireInChild(file, join(dir, 'cache'))).toBe('script.cjs');
    expect(readdirSync(dir)).toEqual(['script.cjs']);
  });
});
