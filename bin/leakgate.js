#!/usr/bin/env node
// Sets the exit code from main(); nothing else. Temporary files are removed if interrupted.
import { main } from '../lib/cli/main.js';
import { removePendingTempFiles } from '../lib/cli/write-output.js';

process.on('SIGINT', () => {
  removePendingTempFiles();
  process.exit(130);
});
process.exitCode = await main(process.argv.slice(2));
