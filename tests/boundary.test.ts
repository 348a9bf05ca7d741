import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cruise, type IModule } from 'dependency-cruiser';
import { beforeAll, describe, expect, it } from 'vitest';

const CORE = ['src/knowledge', 'src/answer', 'src/import', 'src/fit'].filter((d) => existsSync(d));
const CHAT_SDK = /^(discord\.js|@discordjs\/|@slack\/)/;
const PROCESS_MODULES = /^(node:)?(http|https|http2|net|tls|dgram|child_process|cluster)$/;

/** Everything the core reaches, directly or through other files, as dependency-cruiser sees it. */
let reached: IModule[];
beforeAll(async () => {
  const result = await cruise(CORE, {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    exclude: { path: '^tests/' },
  });
  if (typeof result.output === 'string') throw new Error('unexpected text output');
  reached = result.output.modules;
}, 30_000);

describe('the core', () => {
  it('reaches only core files, however indirectly: no adapter, handler, service or entry point', () => {
    const outside = reached
      .map((m) => m.source)
      .filter((source) => /^(src|adapters|bin|scripts)\//.test(source))
      .filter((source) => !CORE.some((dir) => source.startsWith(`${dir}/`)))
      .filter((source) => source !== 'src/errors.ts');
    expect(outside).toEqual([]);
  });

  it('reaches no chat platform SDK and no network or process module', () => {
    const imported = reached.flatMap((m) =>
      m.dependencies.map((d) => `${m.source} -> ${d.module}`),
    );
    const offenders = imported.filter((edge) => {
      const target = edge.split(' -> ')[1] ?? '';
      return CHAT_SDK.test(target) || PROCESS_MODULES.test(target);
    });
    expect(offenders).toEqual([]);
  });

  it('is what the walk started from: every core file was reached', () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) return sources(path);
        return entry.name.endsWith('.ts') ? [path] : [];
      });
    const files = CORE.flatMap(sources);
    const seen = new Set(reached.map((m) => m.source));
    expect(files.filter((f) => !seen.has(f))).toEqual([]);
  });
});

describe('the adapters', () => {
  it('do not reach into each other', () => {
    for (const surface of ['discord', 'slack', 'web']) {
      const dir = join('adapters', surface);
      const files = readdirSync(dir).filter((name) => name.endsWith('.ts'));
      for (const name of files) {
        const text = readFileSync(join(dir, name), 'utf8');
        for (const other of ['discord', 'slack', 'web'].filter((s) => s !== surface))
          expect(text, join(dir, name)).not.toMatch(new RegExp(`from ['"]\\.\\./${other}/`));
      }
    }
  });

  it('hold no rate limit, apology text or secret scrubbing of their own', () => {
    const code = ['discord', 'slack', 'web'].flatMap((surface) =>
      readdirSync(join('adapters', surface))
        .filter((name) => name.endsWith('.ts'))
        .map((name) => [
          join('adapters', surface, name),
          readFileSync(join('adapters', surface, name), 'utf8'),
        ]),
    );
    for (const [file, text] of code) {
      expect(text, file).not.toMatch(
        /createRateLimiter|LRUCache<string, true>\(\{ max: 10_000, ttl/,
      );
      expect(text, file).not.toMatch(/['"`]Sorry\b/);
      expect(text, file).not.toMatch(/\[redacted\]/);
    }
  });
});
