// The bundled Action (dist/action.js) run under Node 24 with a simulated runner environment.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeGithubToken } from '../helpers/fake-secrets.js';
import { gitIn, makeRepo, openRepo, type Repo } from '../helpers/git-repo.js';
import { node24 } from '../helpers/node24.js';
import { sarifErrors } from '../helpers/sarif-schema.js';
import { tempDir } from '../helpers/temp-dir.js';

const BUNDLE = join(import.meta.dirname, '..', '..', 'dist', 'action.js');
let node = '';
beforeAll(() => {
  node = node24();
}, 180_000);

interface Run { status: number | null; stdout: string; stderr: string; summary: string; outputs: Record<string, string>; sarif: unknown; all: string }

const runAction = (workspace: string, event: string, payload: unknown, inputs: Record<string, string> = {}): Run => {
  const runner = tempDir('leakgate-runner-');
  const files = { event: join(runner, 'event.json'), output: join(runner, 'output'), summary: join(runner, 'summary.md') };
  writeFileSync(files.event, JSON.stringify(payload));
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    INPUT_FAIL: 'true',
    INPUT_SARIF: join(runner, 'leakgate.sarif'),
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const child = spawnSync(node, [BUNDLE], { cwd: workspace, env, encoding: 'utf8' });
  const outputs = Object.fromEntries(readFileSync(files.output, 'utf8').trim().split('\n').filter(Boolean).map((line) => line.split(/=(.*)/s).slice(0, 2) as [string, string]));
  const sarifPath = outputs['sarif'];
  const sarif = sarifPath ? JSON.parse(readFileSync(sarifPath, 'utf8')) : undefined;
  const summary = readFileSync(files.summary, 'utf8');
  return { status: child.status, stdout: child.stdout, stderr: child.stderr, summary, outputs, sarif, all: child.stdout + child.stderr + summary + JSON.stringify(sarif ?? {}) };
};

const pullRequest = (base: string, head: string) => ({ pull_request: { base: { sha: base }, head: { sha: head } }, repository: { default_branch: 'main' } });

const withSecretPr = (repo: Repo) => {
  const base = repo.commit('base', { 'README.md': '# app\n' });
  repo.git('checkout', '-q', '-b', 'feature');
  repo.commit('one', { 'a.txt': 'a\n' });
  const token = fakeGithubToken();
  const leak = repo.commit('add deploy config', { 'deploy/config.yml': `service: api\ntoken: ${token}\n` });
  const head = repo.commit('three', { 'b.txt': 'b\n' });
  return { base, head, token, leak };
};

describe('GitHub Action (Node 24)', () => {
  it('pull_request: scans base..head, annotates, summarises, writes schema-valid SARIF and outputs, fails the job; never unredacted', () => {
    const repo = makeRepo();
    const { base, head, token, leak } = withSecretPr(repo);
    const run = runAction(repo.dir, 'pull_request', pullRequest(base, head));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`::error file=deploy/config.yml,line=2,endLine=2,col=8,title=github-pat%3A`);
    expect(run.summary).toContain('## leakgate: 1 new secret found');
    expect(run.summary).toContain(`| critical (high) | github-pat | \`deploy/config.yml:2\` | \`ghp_*****\` | \`${leak.slice(0, 12)}\` | Ada Lovelace |`);
    expect(run.outputs['findings']).toBe('1');
    expect(sarifErrors(run.sarif)).toEqual([]);
    expect(run.all).not.toContain(token);
  });

  it('fail: false reports without failing the job; a baseline in the repository is honoured', () => {
    const repo = makeRepo();
    const { base, head } = withSecretPr(repo);
    expect(runAction(repo.dir, 'pull_request', pullRequest(base, head), { fail: 'false' }).status).toBe(0);
    const baselined = spawnSync(node, [join(import.meta.dirname, '..', '..', 'bin', 'leakgate.js'), 'baseline', '--history'], { cwd: repo.dir, encoding: 'utf8' });
    expect(baselined.status).toBe(0);
    const run = runAction(repo.dir, 'pull_request', pullRequest(base, head));
    expect(run.status).toBe(0);
    expect(run.outputs['findings']).toBe('0');
    expect(run.summary).toContain('1 by baseline');
  });

  it('push: scans before..after; a new branch scans only what is not on the default branch', () => {
    const origin = makeRepo();
    const old = fakeGithubToken();
    origin.commit('old secret on main', { 'old.env': `K=${old}\n` });
    const before = origin.commit('main', { 'm.txt': 'm\n' });
    const fresh = fakeGithubToken();
    const after = origin.commit('pushed', { 'new.env': `K=${fresh}\n` });
    const pushed = runAction(origin.dir, 'push', { before, after, repository: { default_branch: 'main' } });
    expect(pushed.status).toBe(1);
    expect(pushed.summary).toContain('new.env:1');
    expect(pushed.summary).not.toContain('old.env');

    const clone = join(tempDir(), 'clone');
    gitIn(origin.dir, ['clone', '-q', `file://${origin.dir}`, clone]);
    gitIn(clone, ['checkout', '-q', '-b', 'topic']);
    const repo = openRepo(clone);
    const topic = repo.commit('topic leak', { 'topic.env': `T=${fakeGithubToken()}\n` });
    const created = runAction(clone, 'push', { before: '0'.repeat(40), after: topic, created: true, repository: { default_branch: 'main' } });
    expect(created.status).toBe(1);
    expect(created.summary).toContain('topic.env:1');
    expect(created.summary).not.toContain('new.env');
    expect(created.summary).not.toContain('old.env');
  });

  it('a shallow checkout is deepened to scan every commit of the pull request', () => {
    const origin = makeRepo();
    const { base, head, token } = withSecretPr(origin);
    const clone = join(tempDir(), 'shallow');
    gitIn(origin.dir, ['clone', '-q', '--depth', '1', '--branch', 'feature', `file://${origin.dir}`, clone]);
    expect(gitIn(clone, ['rev-parse', '--is-shallow-repository']).trim()).toBe('true');
    const run = runAction(clone, 'pull_request', pullRequest(base, head));
    expect(run.stdout).toContain('the checkout was shallow: fetched the full history');
    expect(run.status).toBe(1);
    expect(run.summary).toContain('deploy/config.yml:2');
    expect(run.all).not.toContain(token);
  });

  it('a failed scan\'s annotation names its real cause (a missing config file), never "see the message above"', () => {
    const repo = makeRepo();
    const { base, head } = withSecretPr(repo);
    const run = runAction(repo.dir, 'pull_request', pullRequest(base, head), { config: 'no-such.toml' });
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/::error title=leakgate::the scan did not complete: .*no-such\.toml/);
    expect(run.summary).toMatch(/no-such\.toml/);
  });

  it('a shallow checkout that cannot be deepened fails the step with the exact fix, never a pass', () => {
    const origin = makeRepo();
    const { base, head } = withSecretPr(origin);
    const clone = join(tempDir(), 'orphan');
    gitIn(origin.dir, ['clone', '-q', '--depth', '1', '--branch', 'feature', `file://${origin.dir}`, clone]);
    gitIn(clone, ['remote', 'remove', 'origin']);
    const run = runAction(clone, 'pull_request', pullRequest(base, head));
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/::error title=leakgate::.*fetch-depth: 0/);
  });

  it('scans every commit of a 100-commit pull request', () => {
    const repo = makeRepo();
    const base = repo.commit('base', { 'README.md': '# app\n' });
    repo.git('checkout', '-q', '-b', 'big');
    const tokens: string[] = [];
    for (let i = 1; i <= 100; i++) {
      const files: Record<string, string> = { [`f/${i}.txt`]: `${i}\n` };
      if (i === 1 || i === 50 || i === 100) {
        const token = fakeGithubToken();
        tokens.push(token);
        files[`f/${i}.env`] = `K=${token}\n`;
      }
      repo.commit(`c${i}`, files);
    }
    const head = repo.git('rev-parse', 'HEAD').trim();
    const run = runAction(repo.dir, 'pull_request', pullRequest(base, head));
    expect(run.outputs['findings']).toBe('3');
    expect(run.summary).toContain('100 commits');
    for (const token of tokens) expect(run.all).not.toContain(token);
  });

  it('workflow_dispatch scans the full history', () => {
    const repo = makeRepo();
    repo.commit('leak', { 'x.env': `K=${fakeGithubToken()}\n` });
    repo.commit('fix', { 'x.env': 'K=\n' });
    const run = runAction(repo.dir, 'workflow_dispatch', {});
    expect(run.status).toBe(1);
    expect(run.summary).toContain('full history');
  });
});
