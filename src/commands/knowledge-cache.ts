import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Profile } from '../knowledge/schema.ts';

// Set by scripts/build.mjs to a new value for every build; absent when running the sources.
declare const PORTFOLIO_BOT_BUILD: string | undefined;
const BUILD = typeof PORTFOLIO_BOT_BUILD === 'string' ? PORTFOLIO_BOT_BUILD : undefined;

const CACHE_DIR = fileURLToPath(
  new URL('../../node_modules/.cache/portfolio-bot/', import.meta.url),
);

/** The knowledge file a command reads: --knowledge, else KNOWLEDGE_PATH, else the default. */
export function knowledgeFileOf(explicit: string | undefined, env: NodeJS.ProcessEnv): string {
  return explicit ?? (env.KNOWLEDGE_PATH?.trim() || 'knowledge/profile.yaml');
}

/**
 * Loads the knowledge for a one-shot command. The compiled command line keeps each checked
 * knowledge file as JSON, keyed by its bytes and the build: `portfolio-bot ask` then skips the
 * YAML parser and the schema check (most of its start-up) until the file or the program
 * changes. A miss, or the sources run through tsx, loads and checks the file as usual.
 */
export async function loadKnowledgeCached(file: string): Promise<Profile> {
  const key = BUILD && cacheKey(file, BUILD);
  if (key) {
    try {
      return JSON.parse(readFileSync(join(CACHE_DIR, `${key}.json`), 'utf8')) as Profile;
    } catch {
      // not cached yet, or the cache was cleared
    }
  }
  const { loadKnowledge } = await import('../knowledge/load.ts');
  const profile = loadKnowledge(file);
  if (key) store(key, profile);
  return profile;
}

function cacheKey(file: string, build: string): string | undefined {
  try {
    return createHash('sha256').update(build).update('\0').update(readFileSync(file)).digest('hex');
  } catch {
    return undefined; // loadKnowledge reports a missing or unreadable file
  }
}

/** Written whole and renamed, so a reader never sees half a file; failures only cost speed. */
function store(key: string, profile: Profile): void {
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const temp = join(CACHE_DIR, `${key}.${process.pid}.tmp`);
    writeFileSync(temp, JSON.stringify(profile));
    renameSync(temp, join(CACHE_DIR, `${key}.json`));
  } catch {
    // a read-only install: answer without the cache
  }
}
