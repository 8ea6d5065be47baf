// The directory figure: `leakgate scan DIR` against secretlint on the same tree of real files:
// 1,000+ source files from published packages plus one 50 MB file of concatenated real JS.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { listFiles, sourceFiles } from './corpus.mjs';
import { ensureSecretlint, secretlintArgs } from './secretlint.mjs';
import { LEAKGATE_BIN, NODE, fmtMb, log, measureRuns, run } from './util.mjs';

const SMALL_FILES = 1200;
const BIG_BYTES = 50 * 1000 * 1000;
const TREE_VERSION = 1;

/** Builds (or reuses) the tree; returns { dir, files, bytes }. */
export const buildTree = (cache) => {
  const dir = join(cache, 'dir-tree');
  const markerPath = join(cache, 'dir-tree.json');
  if (existsSync(markerPath) && existsSync(dir)) {
    const marker = JSON.parse(readFileSync(markerPath, 'utf8'));
    if (marker.version === TREE_VERSION) return { dir, ...marker };
  }
  log(`building the directory tree in ${dir}`);
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  // Ordinary source files: 200 B – 200 KB each, interleaved across the packages.
  const small = sourceFiles(cache, { minSize: 200, maxSize: 200 * 1024 }).slice(0, SMALL_FILES);
  let bytes = 0;
  for (const file of small) {
    const target = join(tmp, file.pkg.replace(/^@/, '').replace(/[/@]/g, '-'), file.rel);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(file.abs, target);
    bytes += file.size;
  }
  // One 50 MB file: real JS concatenated, largest files first (typescript, prettier, three…).
  const big = join(tmp, 'bundle', 'concatenated-50mb.js');
  mkdirSync(dirname(big), { recursive: true });
  const fd = openSync(big, 'w');
  let written = 0;
  const pool = sourceFiles(cache, { minSize: 1 }).filter((file) => /\.[cm]?js$/.test(file.rel)).sort((a, b) => b.size - a.size || (a.abs < b.abs ? -1 : 1));
  for (let i = 0; written < BIG_BYTES; i = (i + 1) % pool.length) {
    const chunk = readFileSync(pool[i].abs).subarray(0, BIG_BYTES - written);
    writeSync(fd, chunk);
    written += chunk.length;
  }
  closeSync(fd);
  bytes += written;
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  const marker = { version: TREE_VERSION, files: small.length + 1, bytes, bigFile: statSync(join(dir, 'bundle', 'concatenated-50mb.js')).size };
  writeFileSync(markerPath, JSON.stringify(marker, null, 2));
  return { dir, ...marker };
};

export const directoryFigure = async ({ cache, runs, secretlintTimeoutMs }) => {
  const tree = buildTree(cache);
  const sl = ensureSecretlint(cache);
  log(`directory: ${tree.files} files, ${fmtMb(tree.bytes)} (one of ${fmtMb(tree.bigFile)}) in ${tree.dir}`);
  // Default options: the 50 MB file is within --max-file-size's 256 MiB default.
  const leakgate = await measureRuns(runs, NODE, [LEAKGATE_BIN, 'scan', tree.dir, '--format', 'json', '--no-progress'], { cwd: cache, okCodes: [0, 1] }, 'leakgate scan');
  // secretlint is slow: one run if it takes over a minute, and a lower bound if it times out.
  const reference = await measureRuns(runs, NODE, secretlintArgs(sl, ['**/*']), { cwd: tree.dir, okCodes: [0, 1], timeoutMs: secretlintTimeoutMs, stopAfterMs: 60_000 }, `secretlint ${sl.version}`);
  // Diagnostics: the same tree split into its two halves (1,200 small files / the 50 MB file),
  // leakgate median of N, secretlint one run each.
  const smallDirs = readdirSync(tree.dir).filter((name) => name !== 'bundle').map((name) => join(tree.dir, name));
  const bigFile = join(tree.dir, 'bundle', 'concatenated-50mb.js');
  const ignore = join(cache, 'secretlintignore-bundle');
  writeFileSync(ignore, 'bundle/\n');
  const split = {
    small: {
      leakgate: await measureRuns(runs, NODE, [LEAKGATE_BIN, 'scan', ...smallDirs, '--format', 'json', '--no-progress'], { cwd: cache, okCodes: [0, 1] }, 'leakgate scan (small files only)'),
      reference: await measureRuns(1, NODE, [...secretlintArgs(sl, ['**/*']), '--secretlintignore', ignore], { cwd: tree.dir, okCodes: [0, 1], timeoutMs: secretlintTimeoutMs }, 'secretlint (small files only)'),
    },
    big: {
      leakgate: await measureRuns(runs, NODE, [LEAKGATE_BIN, 'scan', bigFile, '--format', 'json', '--no-progress'], { cwd: cache, okCodes: [0, 1] }, 'leakgate scan (50 MB file only)'),
      reference: await measureRuns(1, NODE, [...secretlintArgs(sl, [bigFile]), '--no-glob'], { cwd: tree.dir, okCodes: [0, 1], timeoutMs: secretlintTimeoutMs }, 'secretlint (50 MB file only)'),
    },
  };
  return { tree, leakgate, reference, split, secretlintVersion: sl.version };
};

/** Counts the files and bytes under dir. */
const treeSize = (dir) => {
  const files = listFiles(dir);
  return { files: files.length, bytes: files.reduce((sum, rel) => sum + statSync(join(dir, rel)).size, 0) };
};

/**
 * The working tree of a real repository (--dir-repo: its HEAD, written out with git archive into
 * the cache once per commit), scanned by leakgate and by secretlint: the shape of tree a user runs
 * `leakgate scan .` on, where the built tree above is the fixed recipe.
 */
export const repoTreeFigure = async ({ cache, runs, repo, secretlintTimeoutMs }) => {
  const head = run('git', ['-C', repo, 'rev-parse', 'HEAD']).trim();
  // A mirror kept as …/rails/repo or …/rails.git is named rails.
  const trimmed = repo.replace(/\/+$/, '');
  const last = basename(trimmed).replace(/\.git$/, '');
  const name = last === 'repo' || last === '' ? basename(dirname(trimmed)).replace(/^.*\+/, '') : last;
  const dir = join(cache, `repo-tree-${name}-${head.slice(0, 12)}`);
  if (!existsSync(dir)) {
    log(`writing ${name} at ${head.slice(0, 12)} into ${dir}`);
    const tmp = `${dir}.tmp-${process.pid}`;
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp, { recursive: true });
    const tar = join(cache, `${name}.tmp-${process.pid}.tar`);
    run('git', ['-C', repo, 'archive', '--format=tar', '-o', tar, 'HEAD']);
    run('tar', ['-xf', tar, '-C', tmp]);
    rmSync(tar, { force: true });
    renameSync(tmp, dir);
  }
  const size = treeSize(dir);
  const sl = ensureSecretlint(cache);
  log(`directory (repository tree): ${name}, ${size.files} files, ${fmtMb(size.bytes)} in ${dir}`);
  const leakgate = await measureRuns(runs, NODE, [LEAKGATE_BIN, 'scan', dir, '--format', 'json', '--no-progress'], { cwd: cache, okCodes: [0, 1] }, `leakgate scan (${name})`);
  const reference = await measureRuns(runs, NODE, secretlintArgs(sl, ['**/*']), { cwd: dir, okCodes: [0, 1], timeoutMs: secretlintTimeoutMs, stopAfterMs: 60_000 }, `secretlint ${sl.version} (${name})`);
  return { name, head, dir, ...size, leakgate, reference, secretlintVersion: sl.version };
};
