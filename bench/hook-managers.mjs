// npm run bench:hooks: the pre-commit hook's wall time through each hook manager, on a 20-file
// change, with leakgate installed as a project devDependency (npm pack + npm install, as a user has
// it). Each manager's commit is timed RUNS times (median); a commit with no hook is the floor.
// Needs network or an npm cache (husky 9, lefthook 1) and, for pre-commit, Debian's `pre-commit`.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');
const RUNS = Number(process.env.RUNS ?? 7);
const work = mkdtempSync(join(tmpdir(), 'leakgate-hooks-bench-'));
const run = (cmd, args, cwd, extra = {}) => execFileSync(cmd, args, { cwd, stdio: 'pipe', encoding: 'utf8', ...extra });

const tooling = join(work, 'tooling');
mkdirSync(tooling);
writeFileSync(join(tooling, 'package.json'), JSON.stringify({ name: 'tooling', private: true }));
const tarball = join(work, run('npm', ['pack', '--ignore-scripts', '--pack-destination', work], ROOT).trim());
run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', 'husky@9', 'lefthook@1', tarball], tooling);
const env = { ...process.env, GIT_AUTHOR_NAME: 'A', GIT_AUTHOR_EMAIL: 'a@x.invalid', GIT_COMMITTER_NAME: 'A', GIT_COMMITTER_EMAIL: 'a@x.invalid', PRE_COMMIT_HOME: join(work, 'pre-commit-home') };

/** 20 source files of ~60 lines each, new in every run. */
const change = (dir, n) => {
  for (let i = 0; i < 20; i++) {
    const lines = Array.from({ length: 60 }, (_, l) => `export const value${l} = compute(${n}, ${i}, ${l}); // run ${n}`);
    writeFileSync(join(dir, `src/file${i}.js`), `${lines.join('\n')}\n`);
  }
};

const project = (name, setup) => {
  const dir = join(work, name);
  mkdirSync(join(dir, 'src'), { recursive: true });
  run('git', ['init', '-q', '-b', 'main'], dir);
  symlinkSync(join(tooling, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, '.gitignore'), 'node_modules\n');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, private: true, devDependencies: { leakgate: '*' } }));
  setup?.(dir);
  run('git', ['add', '-A'], dir);
  run('git', ['commit', '-q', '--no-verify', '-m', 'init'], dir, { env });
  return dir;
};

const leakgate = (dir, ...args) => run('node', [join(tooling, 'node_modules', 'leakgate', 'bin', 'leakgate.js'), ...args], dir);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const time = (dir) => {
  const times = [];
  for (let n = 0; n < RUNS; n++) {
    change(dir, n);
    run('git', ['add', '-A'], dir);
    const started = performance.now();
    const result = spawnSync('git', ['commit', '-q', '-m', `change ${n}`], { cwd: dir, env, encoding: 'utf8' });
    times.push(performance.now() - started);
    if (result.status !== 0) throw new Error(`${dir}: commit failed: ${result.stderr}`);
  }
  return median(times);
};

const managers = [
  ['no hook (git commit alone)', () => project('none')],
  ['plain git hook (leakgate init --git)', () => project('git', (dir) => leakgate(dir, 'init', '--git'))],
  ['husky 9 (leakgate init --husky: `leakgate staged`)', () => project('husky', (dir) => { run('npx', ['--no-install', 'husky'], dir); leakgate(dir, 'init', '--husky'); })],
  ['lefthook 1 (leakgate init --lefthook)', () => project('lefthook', (dir) => { leakgate(dir, 'init', '--lefthook'); run('npx', ['--no-install', 'lefthook', 'install'], dir); })],
];
if (spawnSync('pre-commit', ['--version']).status === 0) {
  managers.push(['pre-commit (leakgate init --pre-commit)', () => project('pre-commit', (dir) => { leakgate(dir, 'init', '--pre-commit'); run('pre-commit', ['install'], dir, { env }); })]);
}

console.log(`| hook manager | median wall time of \`git commit\`, 20 files (${RUNS} runs) |\n|---|---|`);
for (const [label, make] of managers) console.log(`| ${label} | ${(time(make()) / 1000).toFixed(2)} s |`);
rmSync(work, { recursive: true, force: true });
