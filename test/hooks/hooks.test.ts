// Real hook managers, real `git commit`: husky and lefthook from npm, pre-commit from Debian, plain git.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeGithubToken } from '../helpers/fake-secrets.js';
import { gitIn, makeRepo, type Repo } from '../helpers/git-repo.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const ROOT = join(import.meta.dirname, '..', '..');
let tooling = '';

/** One npm project holding husky, lefthook and this leakgate (linked), shared by the test repos. */
beforeAll(() => {
  tooling = tempDir('leakgate-tooling-');
  writeFileSync(join(tooling, 'package.json'), JSON.stringify({ name: 'tooling', private: true }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', 'husky@9', 'lefthook@1', ROOT], { cwd: tooling, stdio: 'pipe' });
}, 240_000);

const projectRepo = (): Repo => {
  const repo = makeRepo();
  symlinkSync(join(tooling, 'node_modules'), join(repo.dir, 'node_modules'));
  writeFileSync(join(repo.dir, '.gitignore'), 'node_modules\n');
  repo.commit('init', { 'README.md': '# app\n' });
  return repo;
};

/** `git commit` as a developer runs it: hooks on, node_modules/.bin not on PATH. */
const commit = (repo: Repo, files: Record<string, string>) => {
  repo.write(files);
  gitIn(repo.dir, ['add', '-A']);
  return spawnSync('git', ['commit', '-m', 'change'], { cwd: repo.dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'A', GIT_AUTHOR_EMAIL: 'a@x.invalid', GIT_COMMITTER_NAME: 'A', GIT_COMMITTER_EMAIL: 'a@x.invalid' } });
};

const expectBlockedThenClean = (repo: Repo) => {
  const token = fakeGithubToken();
  const blocked = commit(repo, { 'config.js': `export const token = "${token}";\n` });
  expect(blocked.status).not.toBe(0);
  expect(blocked.stdout + blocked.stderr).toContain('github-pat');
  expect(blocked.stdout + blocked.stderr).toContain('leakgate blocked this commit');
  expect(blocked.stdout + blocked.stderr).not.toContain(token);
  expect(gitIn(repo.dir, ['log', '--oneline']).trim().split('\n')).toHaveLength(1);
  const clean = commit(repo, { 'config.js': 'export const token = process.env.TOKEN;\n' });
  expect(clean.stderr).not.toContain('leakgate blocked');
  expect(clean.status).toBe(0);
  expect(gitIn(repo.dir, ['log', '--oneline']).trim().split('\n')).toHaveLength(2);
};

describe('leakgate init', () => {
  it('writes a starter config once and a husky 9 hook that keeps existing lines, idempotently', async () => {
    const repo = projectRepo();
    execFileSync('npx', ['--no-install', 'husky'], { cwd: repo.dir, stdio: 'pipe' });
    mkdirSync(join(repo.dir, '.husky'), { recursive: true });
    writeFileSync(join(repo.dir, '.husky', 'pre-commit'), 'echo existing-line\n');
    expect((await runCli(['init', '--husky'], { cwd: repo.dir })).code).toBe(0);
    expect((await runCli(['init', '--husky'], { cwd: repo.dir })).stdout).toContain('already runs leakgate');
    // husky 9 puts node_modules/.bin on PATH: leakgate is called directly, not through npx.
    expect(readFileSync(join(repo.dir, '.husky', 'pre-commit'), 'utf8')).toBe('echo existing-line\nleakgate staged\n');
    expect(readFileSync(join(repo.dir, '.leakgate.toml'), 'utf8')).toContain('useDefault = true');
    expect((await runCli(['rules', 'list'], { cwd: repo.dir })).code).toBe(0);
    expectBlockedThenClean(repo);
  });

  it('writes a plain git hook where core.hooksPath points, and never overwrites a foreign hook without --force', async () => {
    const repo = projectRepo();
    repo.git('config', 'core.hooksPath', 'githooks');
    mkdirSync(join(repo.dir, 'githooks'));
    writeFileSync(join(repo.dir, 'githooks', 'pre-commit'), '#!/bin/sh\necho mine\n', { mode: 0o755 });
    const refused = await runCli(['init', '--git'], { cwd: repo.dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--force');
    expect((await runCli(['init', '--git', '--force'], { cwd: repo.dir })).code).toBe(0);
    expect(readFileSync(join(repo.dir, 'githooks', 'pre-commit'), 'utf8')).toContain('leakgate staged');
    expectBlockedThenClean(repo);
  });

  it('adds leakgate to lefthook.yml, keeping other commands, and lefthook runs it', async () => {
    const repo = projectRepo();
    writeFileSync(join(repo.dir, 'lefthook.yml'), '# team hooks\npre-commit:\n  commands:\n    lint:\n      run: echo linting\n');
    expect((await runCli(['init', '--lefthook'], { cwd: repo.dir })).code).toBe(0);
    expect((await runCli(['init', '--lefthook'], { cwd: repo.dir })).stdout).toContain('already runs leakgate');
    const config = readFileSync(join(repo.dir, 'lefthook.yml'), 'utf8');
    expect(config).toContain('# team hooks');
    expect(config).toContain('run: echo linting');
    // leakgate is a devDependency here: called from node_modules/.bin, not through npx (~0.5 s a commit).
    expect(config).toContain('run: node_modules/.bin/leakgate staged');
    execFileSync('npx', ['--no-install', 'lefthook', 'install'], { cwd: repo.dir, stdio: 'pipe' });
    expectBlockedThenClean(repo);
  });

  it('in a husky repository, plain init (and --git --force) edits .husky/pre-commit, never husky\'s .husky/_ stubs, and says npm test runs first', async () => {
    const repo = projectRepo();
    writeFileSync(join(repo.dir, 'package.json'), JSON.stringify({ name: 'app', private: true, scripts: { test: 'echo the-tests-ran' } }));
    execFileSync('npx', ['--no-install', 'husky', 'init'], { cwd: repo.dir, stdio: 'pipe' });
    expect(repo.git('config', 'core.hooksPath').trim()).toBe('.husky/_');
    const stub = readFileSync(join(repo.dir, '.husky', '_', 'pre-commit'), 'utf8');
    const init = await runCli(['init'], { cwd: repo.dir });
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('husky manages this repository');
    expect(init.stdout).toContain('npm test');
    expect(init.stdout).toContain('now blocked');
    expect((await runCli(['init', '--git', '--force'], { cwd: repo.dir })).stdout).toContain('already runs leakgate');
    expect(readFileSync(join(repo.dir, '.husky', '_', 'pre-commit'), 'utf8')).toBe(stub);
    expect(readFileSync(join(repo.dir, '.husky', 'pre-commit'), 'utf8')).toBe('npm test\nleakgate staged\n');
    expectBlockedThenClean(repo);
  });

  it('plain init uses the manager a repository already configures (pre-commit, lefthook), not a git hook', async () => {
    for (const [file, text, marker] of [
      ['.pre-commit-config.yaml', 'repos: []\n', 'id: leakgate'],
      ['lefthook.yml', 'pre-commit:\n  commands: {}\n', 'leakgate staged'],
    ] as const) {
      const repo = projectRepo();
      writeFileSync(join(repo.dir, file), text);
      const result = await runCli(['init'], { cwd: repo.dir });
      expect(result.code).toBe(0);
      expect(readFileSync(join(repo.dir, file), 'utf8')).toContain(marker);
      expect(existsSync(join(repo.dir, '.git', 'hooks', 'pre-commit'))).toBe(false);
      expect(result.stdout).toContain('Not active yet');
    }
  });

  it('does not say commits are protected when the hook cannot find leakgate', async () => {
    const repo = makeRepo();
    repo.commit('init', { 'README.md': '# app\n' });
    const result = await runCli(['init', '--git'], { cwd: repo.dir, env: { PATH: tempDir() } });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Not active yet (git: install leakgate in the project');
    expect(result.stdout).not.toContain('now blocked');
  });

  const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;
  /** Runs fn with PRE_COMMIT_HOME in the shared tooling folder (pre-commit caches hook environments there). */
  const withPreCommitHome = (fn: () => void) => {
    const saved = process.env['PRE_COMMIT_HOME'];
    process.env['PRE_COMMIT_HOME'] = join(tooling, '.pre-commit');
    try {
      fn();
    } finally {
      if (saved === undefined) delete process.env['PRE_COMMIT_HOME'];
      else process.env['PRE_COMMIT_HOME'] = saved;
    }
  };

  it.runIf(hasPreCommit)('init --pre-commit works with leakgate as a project devDependency, and says protected only once pre-commit is installed', async () => {
    const repo = projectRepo();
    const first = await runCli(['init', '--pre-commit'], { cwd: repo.dir });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('pre-commit install');
    expect(first.stdout).not.toContain('now blocked');
    expect(readFileSync(join(repo.dir, '.pre-commit-config.yaml'), 'utf8')).toContain('entry: node_modules/.bin/leakgate staged');
    // No leakgate on PATH: the developer's shell, with leakgate only in node_modules.
    expect(spawnSync('sh', ['-c', 'command -v leakgate']).status).not.toBe(0);
    withPreCommitHome(() => {
      execFileSync('pre-commit', ['install'], { cwd: repo.dir, stdio: 'pipe' });
      gitIn(repo.dir, ['add', '.pre-commit-config.yaml']);
      expectBlockedThenClean(repo);
    });
    expect((await runCli(['init', '--pre-commit'], { cwd: repo.dir })).stdout).toContain('now blocked');
  });

  /** A clone of this work tree as it is on disk (uncommitted edits included), as a pre-commit hook repository. */
  const hookRepository = (): string => {
    const clone = tempDir('leakgate-hookrepo-');
    execFileSync('git', ['clone', '-q', ROOT, clone]);
    const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter((file) => file !== '' && existsSync(join(ROOT, file)));
    for (const file of files) {
      mkdirSync(join(clone, file, '..'), { recursive: true });
      writeFileSync(join(clone, file), readFileSync(join(ROOT, file)));
    }
    gitIn(clone, ['add', '-A']);
    gitIn(clone, ['commit', '-q', '--allow-empty', '-m', 'work tree']);
    return clone;
  };

  it.runIf(hasPreCommit)('installs and runs as a pre-commit hook repository (language: node; npm pack prints only the tarball name)', () => {
    const hooks = hookRepository();
    const repo = makeRepo();
    repo.commit('init', { 'README.md': '# app\n' });
    const rev = gitIn(hooks, ['rev-parse', 'HEAD']).trim();
    writeFileSync(join(repo.dir, '.pre-commit-config.yaml'), `repos:\n  - repo: ${hooks}\n    rev: ${rev}\n    hooks:\n      - id: leakgate\n`);
    withPreCommitHome(() => {
      execFileSync('pre-commit', ['install'], { cwd: repo.dir, stdio: 'pipe' });
      const all = spawnSync('pre-commit', ['run', '--all-files'], { cwd: repo.dir, encoding: 'utf8' });
      expect(all.stdout + all.stderr).toContain('leakgate (secrets)');
      expect(all.status).toBe(0);
      gitIn(repo.dir, ['add', '.pre-commit-config.yaml']);
      expectBlockedThenClean(repo);
    });
  }, 300_000);

  it('ships a .pre-commit-hooks.yaml for remote use', () => {
    expect(existsSync(join(ROOT, '.pre-commit-hooks.yaml'))).toBe(true);
    expect(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')).toMatch(/id: leakgate[\s\S]*entry: leakgate staged/);
  });
});
