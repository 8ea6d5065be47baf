// What the two bundles share (the GitHub Action's dist/ and the CLI's lib/bundle/): one ESM file
// per entry for Node 20+, with a require() for the CommonJS dependencies (micromatch).
import { readFile } from 'node:fs/promises';

/**
 * yargs measures text with string-width (three copies of it in node_modules), whose module body
 * builds an Intl.Segmenter and Unicode-property regexes when loaded: ~55 ms of every start of the
 * CLI (npm run bench, staged), though only help and error text ever needs a width. This defers a
 * string-width module's body to its first call; what it computes is unchanged. The module must
 * still have the shape this relies on (imports, then a body with one `export default function
 * stringWidth`), or the build fails, so a new version is looked at rather than silently bundled.
 */
const lazyStringWidth = {
  name: 'lazy-string-width',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/](?:.*[\\/])?string-width[\\/]index\.js$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const lines = source.split('\n');
      const body = lines.findIndex((line) => line.trim() !== '' && !line.startsWith('import '));
      const rest = lines.slice(body).join('\n');
      const exported = rest.match(/^export\b.*$/gm) ?? [];
      if (body === -1 || exported.length !== 1 || !exported[0].startsWith('export default function stringWidth(')) {
        throw new Error(`${path}: not the shape lazy-string-width expects (imports, then one export default function stringWidth)`);
      }
      const contents = [
        ...lines.slice(0, body),
        'const load = () => {',
        rest.replace(/^export default function stringWidth\(/m, 'function stringWidth('),
        'return stringWidth;',
        '};',
        'let loaded;',
        'export default function lazyStringWidth(...args) {',
        '  loaded ??= load();',
        '  return loaded(...args);',
        '}',
      ].join('\n');
      return { contents, loader: 'js' };
    });
  },
};

export const nodeBundleOptions = (root) => ({
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'silent',
  absWorkingDir: root,
  plugins: [lazyStringWidth],
  banner: { js: "import { createRequire as __leakgateRequire } from 'node:module';\nconst require = __leakgateRequire(import.meta.url);" },
});
