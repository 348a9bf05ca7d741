import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/app/cli.ts';
import { FitReportSchema } from '../../src/fit/report.ts';
import { fakeIo } from '../support/cli-io.ts';

const JD = `# Backend Engineer
## Requirements
- 5+ years of backend experience
- Go or Python
- Rust
## Perks
- Learning budget`;

async function cli(args: string[], stdin = '') {
  const io = fakeIo({ stdin });
  const code = await runCli(args, io);
  return { code, stdout: io.out.join('\n'), stderr: io.err.join('\n') };
}

const file = (name: string, content: string | Buffer) => {
  const dir = mkdtempSync(join(tmpdir(), 'fit-cli-'));
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('portfolio-bot fit', () => {
  it('prints a readable checklist for a job description file', async () => {
    const { code, stdout } = await cli(['fit', file('jd.md', JD)]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Fahad's profile meets 2 of 3 must-haves/);
    expect(stdout).toContain('[x] Go or Python  (met)');
    expect(stdout).toContain('[ ] Rust  (missing)');
    expect(stdout).not.toContain('Learning budget');
  });

  it('says under a line asking two things which of them the profile shows', async () => {
    const jd = '## Requirements\n- Strong Go skills and experience with PyTorch or TensorFlow';
    const { stdout } = await cli(['fit', file('jd.md', jd)]);
    expect(stdout).toContain(
      '[~] Strong Go skills and experience with PyTorch or TensorFlow  (partial)\n        parts: Strong Go skills: met; experience with PyTorch or TensorFlow: missing',
    );
  });

  it('reads the job description from stdin with "-" and prints the report as JSON with --json', async () => {
    const { code, stdout } = await cli(['fit', '-', '--json'], JD);
    expect(code).toBe(0);
    const report = FitReportSchema.parse(JSON.parse(stdout));
    expect(report.requirements.map((r) => [r.requirement, r.status])).toEqual([
      ['5+ years of backend experience', 'met'],
      ['Go or Python', 'met'],
      ['Rust', 'missing'],
    ]);
  });

  it('uses another knowledge file with --knowledge', async () => {
    const knowledge = file(
      'k.yaml',
      'identity:\n  name: Ada Lovelace\n  title: Analyst\nskills:\n  - id: langs\n    name: Languages\n    skills:\n      - name: Rust\n',
    );
    const { stdout } = await cli(['fit', '-', '--knowledge', knowledge, '--json'], JD);
    const report = FitReportSchema.parse(JSON.parse(stdout));
    expect(report.summary).toMatch(/^Ada's profile/);
    expect(report.requirements.find((r) => r.requirement === 'Rust')?.status).toBe('met');
  });

  it.each([
    ['an empty file', '   \n', /empty/],
    ['a binary file', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff, 0xfe]), /not text/],
    ['a file over 20,000 characters', `- Go\n${'x'.repeat(20_001)}`, /too long: at most 20,000/],
  ])('refuses %s with one clear line and exit 2', async (_what, content, message) => {
    const { code, stdout, stderr } = await cli(['fit', file('bad', content)]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });

  it('says which file it cannot read, with exit 2', async () => {
    const { code, stderr } = await cli(['fit', '/nonexistent/jd.md']);
    expect(code).toBe(2);
    expect(stderr).toContain('cannot read /nonexistent/jd.md');
  });
});
