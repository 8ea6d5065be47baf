// Bundles the GitHub Action entry into dist/action.js (committed: the Action runs without npm install).
// `node scripts/build-action.mjs --check` fails if the committed bundle is stale.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLE = join(root, 'dist', 'action.js');

export const bundleAction = async () => {
  const result = await build({
    entryPoints: [join(root, 'src', 'action', 'index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
    absWorkingDir: root,
    // CommonJS dependencies (micromatch) call require(): give the ESM bundle one.
    banner: { js: "import { createRequire as __leakgateRequire } from 'node:module';\nconst require = __leakgateRequire(import.meta.url);" },
  });
  return result.outputFiles[0].text;
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = await bundleAction();
  if (process.argv.includes('--check')) {
    const committed = readFileSync(BUNDLE, 'utf8');
    if (committed !== text) {
      console.error('dist/action.js is stale: run `npm run build:action` and commit it');
      process.exit(1);
    }
  } else {
    mkdirSync(dirname(BUNDLE), { recursive: true });
    writeFileSync(BUNDLE, text);
  }
}
