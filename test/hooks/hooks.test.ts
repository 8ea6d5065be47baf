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
    expect(readFileSync(join(repo.dir, '.husky', 'pre-commit'), 'utf8')).toBe('echo existing-line\nnpx --no-install leakgate staged\n');
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
    expect(config).toContain('run: npx --no-install leakgate staged');
    execFileSync('npx', ['--no-install', 'lefthook', 'install'], { cwd: repo.dir, stdio: 'pipe' });
    expectBlockedThenClean(repo);
  });

  const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;
  it.runIf(hasPreCommit)('adds a pre-commit framework hook that blocks the commit (Debian pre-commit)', async () => {
    const repo = projectRepo();
    expect((await runCli(['init', '--pre-commit'], { cwd: repo.dir })).code).toBe(0);
    expect(readFileSync(join(repo.dir, '.pre-commit-config.yaml'), 'utf8')).toContain('entry: leakgate staged');
    // language: system runs leakgate from PATH, as a globally installed leakgate would be.
    const bin = join(tempDir(), 'bin');
    mkdirSync(bin);
    symlinkSync(join(ROOT, 'bin', 'leakgate.js'), join(bin, 'leakgate'));
    const saved = { PATH: process.env['PATH'], PRE_COMMIT_HOME: process.env['PRE_COMMIT_HOME'] };
    process.env['PATH'] = `${bin}:${saved.PATH ?? ''}`;
    process.env['PRE_COMMIT_HOME'] = join(tooling, '.pre-commit');
    try {
      execFileSync('pre-commit', ['install'], { cwd: repo.dir, stdio: 'pipe' });
      gitIn(repo.dir, ['add', '.pre-commit-config.yaml']);
      expectBlockedThenClean(repo);
    } finally {
      process.env['PATH'] = saved.PATH;
      if (saved.PRE_COMMIT_HOME === undefined) delete process.env['PRE_COMMIT_HOME'];
      else process.env['PRE_COMMIT_HOME'] = saved.PRE_COMMIT_HOME;
    }
  });

  it('ships a .pre-commit-hooks.yaml for remote use', () => {
    expect(existsSync(join(ROOT, '.pre-commit-hooks.yaml'))).toBe(true);
    expect(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')).toMatch(/id: leakgate[\s\S]*entry: leakgate staged/);
  });
});
