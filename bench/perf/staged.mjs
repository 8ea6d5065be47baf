// The pre-commit figure: `leakgate staged` on a 20-file staged change in a scratch repository,
// against a bare Node start (`node -e 0`) and against secretlint on the same 20 files.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sourceFiles } from './corpus.mjs';
import { ensureSecretlint, secretlintArgs } from './secretlint.mjs';
import { LEAKGATE_BIN, NODE, ensureDir, fmtMb, log, measureInterleaved, measureRuns, run } from './util.mjs';

const STAGED_FILES = 20;
const REPO_VERSION = 1;

export const buildStagedRepo = (cache) => {
  const repo = join(cache, 'staged-repo');
  const markerPath = join(repo, '.git', 'leakgate-bench.json');
  if (existsSync(markerPath)) {
    const marker = JSON.parse(readFileSync(markerPath, 'utf8'));
    if (marker.version === REPO_VERSION) return { repo, ...marker };
  }
  log(`building the staged-change repository in ${repo}`);
  rmSync(repo, { recursive: true, force: true });
  mkdirSync(repo, { recursive: true });
  const git = (args) => run('git', args, { cwd: repo });
  git(['init', '-q', '-b', 'main']);
  git(['config', 'user.name', 'bench']);
  git(['config', 'user.email', 'bench@example.invalid']);
  git(['config', 'core.autocrlf', 'false']);
  writeFileSync(join(repo, 'README.md'), '# scratch repository for the pre-commit benchmark\n');
  git(['add', 'README.md']);
  git(['commit', '-q', '-m', 'initial']);
  // Twenty typical source files (2–40 KB), from several packages.
  const files = sourceFiles(cache, { minSize: 2 * 1024, maxSize: 40 * 1024 }).filter((_, i) => i % 7 === 3).slice(0, STAGED_FILES);
  const paths = [];
  let bytes = 0;
  for (const file of files) {
    const path = join('src', file.pkg.replace(/^@/, '').replace(/[/@]/g, '-'), file.rel);
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    copyFileSync(file.abs, join(repo, path));
    paths.push(path);
    bytes += file.size;
  }
  git(['add', '--', ...paths]);
  const marker = { version: REPO_VERSION, paths, bytes };
  writeFileSync(markerPath, JSON.stringify(marker, null, 2));
  return { repo, ...marker };
};

export const stagedFigure = async ({ cache, runs, cpuProf }) => {
  const staged = buildStagedRepo(cache);
  const sl = ensureSecretlint(cache);
  const n = Math.max(15, runs * 5);
  log(`staged: ${staged.paths.length} files staged (${fmtMb(staged.bytes)}) in ${staged.repo}; ${n} runs each`);
  // One untimed start of each, so the first timed run does not pay for a cold disk cache.
  await measureRuns(1, NODE, [LEAKGATE_BIN, 'staged', '--format', 'json'], { cwd: staged.repo, okCodes: [0, 1] });
  await measureRuns(1, NODE, ['-e', '0'], { cwd: staged.repo });
  // Interleaved; `leakgate --version` is a diagnostic: the CLI's start alone (no config, git or scan).
  const [leakgate, bareNode, version] = await measureInterleaved(n, [
    { cmd: NODE, args: [LEAKGATE_BIN, 'staged', '--format', 'json', '--no-progress'], options: { cwd: staged.repo, okCodes: [0, 1] } },
    { cmd: NODE, args: ['-e', '0'], options: { cwd: staged.repo } },
    { cmd: NODE, args: [LEAKGATE_BIN, '--version'], options: { cwd: staged.repo } },
  ]);
  const reference = await measureRuns(Math.max(3, runs), NODE, [...secretlintArgs(sl, staged.paths), '--no-glob'], { cwd: staged.repo, okCodes: [0, 1] }, `secretlint ${sl.version}`);
  let profile;
  if (cpuProf) {
    const dir = ensureDir(join(cache, 'profiles', `staged-${Date.now()}`));
    await measureRuns(1, NODE, ['--cpu-prof', '--cpu-prof-interval=100', `--cpu-prof-dir=${dir}`, LEAKGATE_BIN, 'staged', '--format', 'json'], { cwd: staged.repo, okCodes: [0, 1] });
    profile = dir;
  }
  return { staged, leakgate, bareNode, version, reference, runs: n, secretlintVersion: sl.version, profile };
};
