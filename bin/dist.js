// Finds the compiled program in dist/, building it first when it is missing or older than the
// sources, so an edit never runs stale code. An installed copy without sources runs dist as is.
// CommonJS, as all of bin/ (see package.json here): a one-shot command does not start the ES
// module loader unless it needs it.
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

const root = join(__dirname, '..');

/**
 * Whether anything under `path` changed after `built` (ms). A folder's own time counts too:
 * deleting a file changes it. Stops at the first newer entry, and reads each folder's entry
 * types with the listing, so only files are stat'ed.
 */
function changedSince(path, built) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return false;
  if (stat.mtimeMs > built) return true;
  if (!stat.isDirectory()) return false;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const child = `${path}/${entry.name}`;
    if (entry.isDirectory() ? changedSince(child, built) : statSync(child).mtimeMs > built)
      return true;
  }
  return false;
}

/** The path of `dist/<file>`, built first if the sources changed since the last build. */
async function distFile(file) {
  const entry = `${root}/dist/${file}`;
  const sources = ['src', 'adapters', 'scripts/build.mjs', 'package.json'].map(
    (p) => `${root}/${p}`,
  );
  const built = existsSync(entry) ? statSync(entry).mtimeMs : 0;
  if (existsSync(sources[0]) && sources.some((source) => changedSince(source, built))) {
    const { buildDist } = await import(pathToFileURL(`${root}/scripts/build.mjs`).href);
    await buildDist();
  } else if (!built) {
    process.stderr.write(`portfolio-bot: ${entry} is missing; run npm run build\n`);
    process.exit(1);
  }
  return entry;
}

/** The cache folder of compiled code and checked knowledge (see src/commands/knowledge-cache.ts). */
const CACHE_DIR = join(root, 'node_modules', '.cache', 'portfolio-bot');

module.exports = { distFile, CACHE_DIR };
