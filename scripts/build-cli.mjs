// Bundles the CLI into lib/bundle/ (built, not committed): bin/leakgate.js loads it. Loading ~60
// ES modules one by one cost a pre-commit hook ~120 ms of its ~350 ms (npm run bench, staged);
// one file per entry, with the lazily imported commands split into chunks, loads in a fraction.
// The detection worker is an entry of its own, beside the chunks (worker-pool finds it there).
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { nodeBundleOptions } from './esbuild-options.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'lib', 'bundle');
rmSync(outdir, { recursive: true, force: true });
await build({
  ...nodeBundleOptions(root),
  entryPoints: {
    cli: join(root, 'src', 'cli', 'main.ts'),
    'write-output': join(root, 'src', 'cli', 'write-output.ts'),
    'scan-worker': join(root, 'src', 'scan', 'scan-worker.ts'),
  },
  splitting: true,
  chunkNames: 'chunk-[hash]',
  outdir,
});
