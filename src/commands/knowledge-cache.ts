import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
 * knowledge file as JSON beside the text it was read from, per file and build: `portfolio-bot
 * ask` then skips the YAML parser and the schema check (most of its start-up) while the file's
 * text and the program are unchanged. The text is compared whole, not hashed: node:crypto alone
 * costs a one-shot command more than the comparison. A miss, or the sources run through tsx,
 * loads and checks the file as usual.
 */
export async function loadKnowledgeCached(file: string): Promise<Profile> {
  const cached = BUILD ? join(CACHE_DIR, `${BUILD}-${pathKey(resolve(file))}.json`) : undefined;
  const source = cached ? readText(file) : undefined;
  if (cached && source !== undefined) {
    try {
      const entry = JSON.parse(readFileSync(cached, 'utf8')) as CacheEntry;
      if (entry.source === source) return entry.profile;
    } catch {
      // not cached yet, or the cache was cleared
    }
  }
  const { loadKnowledge } = await import('../knowledge/load.ts');
  const profile = loadKnowledge(file);
  if (cached && source !== undefined) store(cached, { source, profile });
  return profile;
}

interface CacheEntry {
  source: string;
  profile: Profile;
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined; // loadKnowledge reports a missing or unreadable file
  }
}

/** A short name for a path (FNV-1a): two paths sharing one only miss, as the text is compared. */
function pathKey(path: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) hash = Math.imul(hash ^ path.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** Written whole and renamed, so a reader never sees half a file; failures only cost speed. */
function store(path: string, entry: CacheEntry): void {
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(entry));
    renameSync(temp, path);
  } catch {
    // a read-only install: answer without the cache
  }
}
