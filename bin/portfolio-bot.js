#!/usr/bin/env node
// The command line, compiled (see dist.js). `ask` runs from a script of its own, dist/ask.cjs,
// with its compiled code kept between runs (see compiled-script.js); every other command from
// the ES module build, dist/cli.js.
const { pathToFileURL } = require('node:url');
const { requireCompiled } = require('./compiled-script.js');
const { CACHE_DIR, distFile } = require('./dist.js');

async function run(argv) {
  if (argv[0] === 'ask') {
    await requireCompiled(await distFile('ask.cjs'), CACHE_DIR).main(argv);
    return;
  }
  const cli = await import(pathToFileURL(await distFile('cli.js')).href);
  await cli.main(argv);
}

run(process.argv.slice(2));
