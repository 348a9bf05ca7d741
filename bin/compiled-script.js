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
  writeFileSync,
} = require('node:fs');
const { createRequire } = require('node:module');
const { basename, dirname, join } = require('node:path');
const { Script } = require('node:vm');

/**
 * The identity of the build, on a script's first line (scripts/build.mjs): V8 checks only that
 * cached code was made for a source of the same length, so the cache's name says which source.
 */
const BUILD_LINE = /^\/\/ portfolio-bot build (\w+)\n/;

/**
 * `require(file)` for a script that needs only `require`, `module` and `exports`, using the
 * compiled code kept in `cacheDir` and keeping it there after the first run. V8 itself refuses
 * code of another V8 version or other flags; the code is then compiled and kept afresh. A
 * script without a build line is compiled every time.
 */
function requireCompiled(file, cacheDir) {
  const source = readFileSync(file, 'utf8');
  const name = basename(file);
  const build = BUILD_LINE.exec(source)?.[1];
  const cacheFile = build && join(cacheDir, `${name}-${build}.v8`);
  const cached = cacheFile ? readCache(cacheFile) : undefined;
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
  if (cacheFile && (!cached || script.cachedDataRejected))
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
