// Bundles the GitHub Action into dist/ (committed: the Action runs without npm install):
// dist/action.js, the entry, and dist/scan-worker.js, the detection worker it starts.
// `node scripts/build-action.mjs --check` fails if the committed bundle is stale.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { nodeBundleOptions } from './esbuild-options.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

export const bundleAction = async () => {
  const result = await build({
    ...nodeBundleOptions(root),
    entryPoints: { action: join(root, 'src', 'action', 'index.ts'), 'scan-worker': join(root, 'src', 'scan', 'scan-worker.ts') },
    outdir: dist,
    write: false,
  });
  return result.outputFiles.map((file) => ({ name: basename(file.path), text: file.text }));
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = await bundleAction();
  if (process.argv.includes('--check')) {
    const stale = files.filter((file) => {
      try {
        return readFileSync(join(dist, file.name), 'utf8') !== file.text;
      } catch {
        return true;
      }
    });
    if (stale.length > 0) {
      console.error(`dist/ is stale (${stale.map((file) => file.name).join(', ')}): run \`npm run build:action\` and commit it`);
      process.exit(1);
    }
  } else {
    mkdirSync(dist, { recursive: true });
    for (const file of files) writeFileSync(join(dist, file.name), file.text);
  }
}
