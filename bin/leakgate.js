#!/usr/bin/env node
// Sets the exit code from main(); nothing else. Temporary files and locks are removed if interrupted.
// lib/bundle/ is the CLI bundled at build time (scripts/build-cli.mjs): it starts faster than lib/.
import { main } from '../lib/bundle/cli.js';
import { installSignalCleanup } from '../lib/bundle/write-output.js';

installSignalCleanup();
process.exitCode = await main(process.argv.slice(2));
