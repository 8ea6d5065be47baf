// What the two bundles share (the GitHub Action's dist/ and the CLI's lib/bundle/): one ESM file
// per entry for Node 20+, with a require() for the CommonJS dependencies (micromatch).
export const nodeBundleOptions = (root) => ({
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'silent',
  absWorkingDir: root,
  banner: { js: "import { createRequire as __leakgateRequire } from 'node:module';\nconst require = __leakgateRequire(import.meta.url);" },
});
