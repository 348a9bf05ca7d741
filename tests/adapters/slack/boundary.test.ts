import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.[cm]?[jt]s$/.test(entry.name) ? [path] : [];
  });
}

describe('the core stays free of the Slack SDK', () => {
  it('has no file under src/ importing @slack/*', () => {
    const offenders = sources('src').filter((file) =>
      /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]@slack\//.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
