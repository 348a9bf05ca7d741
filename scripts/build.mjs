// Bundles the command line into dist/ so `portfolio-bot` starts in a fraction of tsx's time.
// Runs on `npm install` (the "prepare" script); bin/portfolio-bot.js falls back to the sources
// through tsx whenever dist/ is missing or older than them.
import { build } from 'esbuild';

await build({
  entryPoints: { cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true, // keep chat SDKs and the markdown parser in lazily loaded chunks
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Small pure-JS dependencies are bundled (loading one file beats resolving hundreds); the chat
  // SDKs and anything with workers or native parts stay in node_modules.
  external: [
    'discord.js',
    '@discordjs/*',
    '@slack/*',
    'pino',
    'pino-pretty',
    'prom-client',
    'ws',
    'esbuild',
    'tsx',
    'dotenv',
    // Loads its worker from its own folder at run time.
    'pdfjs-dist',
  ],
  sourcemap: true,
  // CommonJS dependencies (yaml) call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
