#!/usr/bin/env node
// Sets the exit code from main(); nothing else. Temporary files and locks are removed if interrupted.
// lib/bundle/ is the CLI bundled at build time (scripts/build-cli.mjs): it starts faster than lib/.
// V8's compile cache (Node >= 22.1; absent on 20, where this does nothing) keeps the bundle's
// compiled code on disk between runs: https://nodejs.org/api/module.html#moduleenablecompilecachecachedir
// It must be on before the bundle is imported, hence the dynamic imports.
import module from 'node:module';

module.enableCompileCache?.();
const { main } = await import('../lib/bundle/cli.js');
const { installSignalCleanup } = await import('../lib/bundle/write-output.js');

installSignalCleanup();
process.exitCode = await main(process.argv.slice(2));
