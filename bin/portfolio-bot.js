#!/usr/bin/env node
// The command line, compiled (see dist.js).
import { distEntry } from './dist.js';

const cli = await import(await distEntry('cli'));
await cli.main(process.argv.slice(2));
