// Compiles the server (dist/main.js) and the command line (dist/cli.js) in one esbuild pass, and
// `ask` alone as a CommonJS script (dist/ask.cjs) whose compiled code bin/ keeps between runs.
// esbuild rather than tsc: one bundle per entry loads in a few milliseconds where hundreds of
// separate modules (zod, yaml, the engine) take tens, and it builds in well under a second, so
// the start scripts can rebuild whenever a source changed. Types are checked by `npm run typecheck`.
// Runs on `npm install` (the "prepare" script) and whenever bin/ finds the sources newer.
import { createHash } from 'node:crypto';
import { readdir, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, stop } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Modules that find files next to themselves (the web chat's page, the knowledge schema) keep
 * finding them from the bundle: `import.meta.url` becomes their source file's URL, computed
 * from the bundle's own place so the tree can move as a whole.
 */
const sourceUrls = (bundleUrl) => ({
  name: 'source-urls',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const fromDist = relative(join(root, 'dist'), args.path).split('\\').join('/');
      const url = `new URL(${JSON.stringify(fromDist)}, ${bundleUrl}).href`;
      return { contents: text.replaceAll('import.meta.url', url), loader: 'ts' };
    });
  },
});

/**
 * The scripts of the `ask` build. ask.cjs holds what one question needs; what it loads only on
 * a knowledge cache miss (the YAML parser and schema check) or for --batch (zod) stays in
 * scripts of its own, so V8 reads no code for them on the common path. errors.ts is one script
 * too, so that an error class is one class for all of them (the command line tells a usage
 * error from a crash by `instanceof`).
 */
const ASK_SCRIPTS = {
  ask: 'src/app/ask-cli.ts',
  'knowledge-load': 'src/knowledge/load.ts',
  errors: 'src/errors.ts',
  zod: 'zod',
};

/** Every import of another script of the `ask` build is left to `require` at run time. */
const separateScripts = {
  name: 'separate-scripts',
  setup(b) {
    // Sources by their path, packages by their name (which file of a package an import gets
    // depends on how it is imported).
    const byPath = new Map(
      Object.entries(ASK_SCRIPTS).map(([name, entry]) => [
        entry.startsWith('src/') ? join(root, entry) : entry,
        name,
      ]),
    );
    b.onResolve({ filter: /./ }, async (args) => {
      if (args.kind === 'entry-point' || args.pluginData === 'inner') return undefined;
      let name = byPath.get(args.path);
      if (!name && args.path.startsWith('.')) {
        const found = await b.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: 'inner',
        });
        name = byPath.get(found.path);
      }
      return name ? { path: `./${name}.cjs`, external: true } : undefined;
    });
  },
};

/** A hash of everything a build reads: the sources, the lock file and this script. */
async function sourcesHash() {
  const hash = createHash('sha256');
  const files = async (path) => {
    const entries = await readdir(path, { withFileTypes: true }).catch(() => undefined);
    if (!entries) return [path];
    const nested = await Promise.all(entries.map((e) => files(join(path, e.name))));
    return nested.flat();
  };
  const all = (
    await Promise.all(
      ['src', 'adapters', 'package-lock.json', 'scripts/build.mjs'].map((p) =>
        files(join(root, p)),
      ),
    )
  )
    .flat()
    .sort();
  for (const file of all) hash.update(file).update(await readFile(file));
  return hash.digest('hex').slice(0, 16);
}

/**
 * What the program derives from its built-in vocabulary alone (src/answer/retrieve/
 * vocabulary-tokens.ts), computed here by the sources' own code so that it is the same.
 */
export async function vocabularyTokensJson() {
  const { outputFiles } = await build({
    absWorkingDir: root,
    entryPoints: ['src/answer/retrieve/vocabulary-tokens.ts'],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  const code = Buffer.from(outputFiles[0].contents).toString('base64');
  const derived = await import(`data:text/javascript;base64,${code}`);
  return derived.vocabularyTokensJson();
}

/** Builds into a fresh folder and swaps it in, so a running process never sees half a build. */
export async function buildDist() {
  const out = join(root, `.dist-${process.pid}`);
  // The identity of what was built: caches keyed by it (src/commands/knowledge-cache.ts) never
  // outlive the program that wrote them, and the same sources always give the same files.
  const buildId = await sourcesHash();
  const define = {
    PORTFOLIO_BOT_BUILD: JSON.stringify(buildId),
    PORTFOLIO_BOT_VOCABULARY_TOKENS: JSON.stringify(await vocabularyTokensJson()),
  };
  await build({
    absWorkingDir: root,
    entryPoints: {
      cli: 'src/app/cli.ts',
      main: 'src/app/main.ts',
      // Loaded by src/service/knowledge-worker.ts on its own thread.
      'knowledge-worker': 'src/service/knowledge-worker-entry.ts',
    },
    outdir: out,
    bundle: true,
    splitting: true, // chat SDK glue and the markdown importer stay in lazily loaded chunks
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Pure-JS dependencies are bundled, the logger and metrics included: loading one file beats
    // resolving hundreds of CommonJS modules at start-up. The chat SDKs (loaded only when their
    // token is set) and esbuild stay in node_modules.
    external: [
      'discord.js',
      '@discordjs/*',
      '@slack/*',
      'ws',
      'esbuild',
      // Loads its worker and font data from its own folder at run time.
      'pdfjs-dist',
    ],
    plugins: [sourceUrls('import.meta.url')],
    define,
    sourcemap: true,
    // CommonJS dependencies (yaml) call require() for Node built-ins.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  await build({
    absWorkingDir: root,
    entryPoints: ASK_SCRIPTS,
    outdir: out,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // import() becomes require(): a script compiled by bin/ could only import() behind a flag.
    supported: { 'dynamic-import': false },
    plugins: [separateScripts, sourceUrls('require("node:url").pathToFileURL(__filename)')],
    define,
    // Names the compiled code bin/compiled-script.js keeps for the script.
    banner: { js: `// portfolio-bot build ${buildId}` },
    sourcemap: true,
    logLevel: 'warning',
  });
  const dist = join(root, 'dist');
  const old = join(root, `.dist-old-${process.pid}`);
  await rename(dist, old).catch(() => {});
  try {
    await rename(out, dist);
  } catch (error) {
    // Another process swapped in its build of the same sources meanwhile: use that one.
    if (!['ENOTEMPTY', 'EEXIST'].includes(error.code)) throw error;
    await rm(out, { recursive: true, force: true });
  }
  await rm(old, { recursive: true, force: true });
  // esbuild's helper process would otherwise live as long as the server it just built.
  await stop();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildDist();
