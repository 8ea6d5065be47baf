#!/usr/bin/env node
// Sets the exit code from main(); nothing else. Temporary files are removed if interrupted.
// lib/bundle/ is the CLI bundled at build time (scripts/build-cli.mjs): it starts faster than lib/.
import { main } from '../lib/bundle/cli.js';
import { removePendingTempFiles } from '../lib/bundle/write-output.js';

process.on('SIGINT', () => {
  removePendingTempFiles();
  process.exit(130);
});
process.exitCode = await main(process.argv.slice(2));
