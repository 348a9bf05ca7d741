// Preloaded into a process the benchmark runs (`node -r bench/peak-rss.cjs …`): at exit it
// writes the process's peak resident memory to stderr, so the bench reads the real bot's
// footprint, not a harness's.
const { writeSync } = require('node:fs');

process.on('exit', () => {
  writeSync(2, `\nPEAK_RSS_KIB ${process.resourceUsage().maxRSS}\n`);
});
