// Runs a CommonJS script of dist/ with the code V8 compiled for it on an earlier run, the
// v8-compile-cache way: Node 20 keeps no compiled code between runs by itself (its
// module.enableCompileCache is Node 22). Compiling dist/ask.cjs is a good part of a one-shot
// question's start-up; reading its compiled code back costs a fraction of that.
const {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} = require('node:fs');
const { createRequire } = require('node:module');
const { basename, dirname, join } = require('node:path');
const { Script } = require('node:vm');

/**
 * `require(file)` for a script that needs only `require`, `module` and `exports`, using the
 * compiled code kept in `cacheDir` and keeping it there after the first run. The cache's name
 * holds the script's size and time, which every build changes; V8 itself refuses code of
 * another V8 version or other flags, and the code is then compiled and kept afresh.
 */
function requireCompiled(file, cacheDir) {
  const source = readFileSync(file, 'utf8');
  const { size, mtimeMs } = statSync(file);
  const name = basename(file);
  const cacheFile = join(cacheDir, `${name}-${size}-${Math.trunc(mtimeMs)}.v8`);
  const cached = readCache(cacheFile);
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
    {
      filename: file,
      cachedData: cached,
    },
  );
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  // Kept on exit rather than now, so that the code holds every function the run compiled.
  if (!cached || script.cachedDataRejected)
    process.once('exit', () => keep(cacheDir, cacheFile, name, script.createCachedData()));
  return module.exports;
}

function readCache(path) {
  try {
    return readFileSync(path);
  } catch {
    return undefined; // first run of this build
  }
}

/** Written whole and renamed, so a reader never sees half a file; failures only cost speed. */
function keep(cacheDir, path, name, code) {
  try {
    mkdirSync(cacheDir, { recursive: true });
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, code);
    renameSync(temp, path);
    // Earlier builds' code of the same script is never read again.
    for (const old of readdirSync(cacheDir))
      if (old.startsWith(`${name}-`) && old.endsWith('.v8') && join(cacheDir, old) !== path)
        rmSync(join(cacheDir, old), { force: true });
  } catch {
    // a read-only install: run without the cache
  }
}

module.exports = { requireCompiled };
