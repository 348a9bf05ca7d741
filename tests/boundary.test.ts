import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('the core', () => {
  it('imports no chat platform SDK: adapters depend on the core, never the reverse', () => {
    const offenders = sources('src').filter((file) =>
      /from\s+['"](discord\.js|@discordjs\/[^'"]+|@slack\/[^'"]+)['"]|import\(\s*['"](discord\.js|@slack\/[^'"]+)['"]/.test(
        readFileSync(file, 'utf8'),
      ),
    );
    expect(offenders).toEqual([]);
  });

  it('has adapters that do not reach into each other', () => {
    for (const surface of ['discord', 'slack', 'web']) {
      const others = ['discord', 'slack', 'web'].filter((s) => s !== surface);
      let files: string[] = [];
      try {
        files = sources(join('adapters', surface));
      } catch {
        continue;
      }
      for (const file of files) {
        const text = readFileSync(file, 'utf8');
        for (const other of others)
          expect(text, file).not.toMatch(new RegExp(`from ['"]\\.\\./${other}/`));
      }
    }
  });
});
