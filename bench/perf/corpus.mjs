// Real code for the benchmark: published npm package versions, fetched with `npm pack` into the
// cache and extracted once. Every figure is measured on this code (no synthetic text, except the
// adversarial inputs of the detector's worst-rule test).
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ensureDir, log, run } from './util.mjs';

/**
 * Package versions committed one after another into the history repository (one branch per
 * package). "small" gives ≈ 50 MB of `git log -p -U0` text, "large" several hundred MB.
 */
const SMALL = [
  ['lodash', ['3.10.1', '4.0.0', '4.5.0', '4.10.0', '4.13.1', '4.15.0', '4.16.6', '4.17.4', '4.17.11', '4.17.15', '4.17.21']],
  ['react-dom', ['16.0.0', '16.4.2', '16.8.6', '16.14.0', '17.0.2', '18.2.0', '18.3.1']],
  ['eslint', ['7.32.0', '8.0.0', '8.10.0', '8.20.0', '8.30.0', '8.40.0', '8.57.0', '9.0.0', '9.5.0', '9.10.0']],
  ['@babel/core', ['7.20.12', '7.22.0', '7.24.0', '7.26.0']],
];

const LARGE_EXTRA = [
  ['typescript', ['4.0.8', '4.2.4', '4.4.4', '4.6.4', '4.8.4', '5.0.4', '5.2.2', '5.4.5', '5.6.3', '5.8.3']],
  ['three', ['0.150.0', '0.160.0', '0.170.0']],
  ['prettier', ['2.8.8', '3.0.0', '3.3.3']],
];

export const HISTORY_SETS = {
  small: SMALL,
  large: [...SMALL, ...LARGE_EXTRA],
};

/** Packages whose files make up the directory tree, the staged change and the detector text. */
export const SOURCE_PACKAGES = [
  ['eslint', '9.10.0'],
  ['@babel/core', '7.26.0'],
  ['lodash', '4.17.21'],
  ['react-dom', '18.3.1'],
  ['typescript', '5.8.3'],
  ['three', '0.170.0'],
  ['prettier', '3.3.3'],
];

const safeName = (name) => name.replace(/^@/, '').replace(/\//g, '-');
export const tarballName = (name, version) => `${safeName(name)}-${version}.tgz`;

/** Downloads (npm pack) every missing tarball, then extracts every missing one; returns the extracted dirs. */
export const fetchPackages = (cache, specs) => {
  const tarballs = ensureDir(join(cache, 'tarballs'));
  const extracted = ensureDir(join(cache, 'packages'));
  const missing = specs.filter(([name, version]) => !existsSync(join(tarballs, tarballName(name, version))));
  for (let i = 0; i < missing.length; i += 8) {
    const batch = missing.slice(i, i + 8).map(([name, version]) => `${name}@${version}`);
    log(`npm pack ${batch.join(' ')}`);
    run('npm', ['pack', ...batch, '--pack-destination', tarballs, '--loglevel=error', '--ignore-scripts'], { cwd: tarballs });
  }
  const dirs = new Map();
  for (const [name, version] of specs) {
    const dir = join(extracted, `${safeName(name)}-${version}`);
    if (!existsSync(dir)) {
      const tmp = `${dir}.tmp-${process.pid}`;
      rmSync(tmp, { recursive: true, force: true });
      ensureDir(tmp);
      run('tar', ['xzf', join(tarballs, tarballName(name, version)), '-C', tmp, '--strip-components=1', '--no-same-owner']);
      // Some tarballs ship files without write permission: make the tree removable.
      run('chmod', ['-R', 'u+rwX', tmp]);
      renameSync(tmp, dir);
    }
    dirs.set(`${name}@${version}`, dir);
  }
  return dirs;
};

/** Every regular file under dir (sorted, relative paths), skipping nothing but symlinks. */
export const listFiles = (dir) => {
  const out = [];
  const walk = (sub) => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else if (entry.isFile()) out.push(rel);
    }
  };
  walk('');
  return out;
};

const SOURCE_EXT = /\.(?:[cm]?js|[cm]?ts|jsx|tsx)$/;

/**
 * Real source files from the source packages: { pkg, rel, abs, size }, deterministic order,
 * interleaved across packages so that any prefix mixes them.
 */
export const sourceFiles = (cache, { maxSize = Infinity, minSize = 1 } = {}) => {
  const dirs = fetchPackages(cache, SOURCE_PACKAGES);
  const perPackage = [];
  for (const [spec, dir] of dirs) {
    const files = listFiles(dir)
      .filter((rel) => SOURCE_EXT.test(rel))
      .map((rel) => ({ pkg: spec, rel, abs: join(dir, rel), size: statSync(join(dir, rel)).size }))
      .filter((file) => file.size >= minSize && file.size <= maxSize);
    perPackage.push(files);
  }
  const out = [];
  for (let i = 0; perPackage.some((files) => i < files.length); i++) {
    for (const files of perPackage) if (i < files.length) out.push(files[i]);
  }
  return out;
};

export const rel = (from, to) => relative(from, to);
