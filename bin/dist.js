// Finds the compiled program in dist/, building it first when it is missing or older than the
// sources, so an edit never runs stale code. An installed copy without sources runs dist as is.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function newest(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let time = stat.mtimeMs; // a deleted file changes its folder's time
  for (const entry of readdirSync(path)) time = Math.max(time, newest(join(path, entry)));
  return time;
}

/** The URL of `dist/<name>.js`, built first if the sources changed since the last build. */
export async function distEntry(name) {
  const entry = join(root, 'dist', `${name}.js`);
  const sources = ['src', 'adapters', 'scripts/build.mjs', 'package.json'].map((p) =>
    join(root, p),
  );
  const built = existsSync(entry) ? statSync(entry).mtimeMs : 0;
  if (existsSync(sources[0]) && Math.max(...sources.map(newest)) > built) {
    const { buildDist } = await import(pathToFileURL(join(root, 'scripts', 'build.mjs')).href);
    await buildDist();
  } else if (!built) {
    process.stderr.write(`portfolio-bot: ${entry} is missing; run npm run build\n`);
    process.exit(1);
  }
  return pathToFileURL(entry).href;
}
