import { describe, expect, it } from 'vitest';
import { fakeGithubToken } from '../helpers/fake-secrets.js';
import { gitIn, makeRepo } from '../helpers/git-repo.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

interface JsonFinding { file: string; line: number; ruleId: string; secret: string }

const staged = async (dir: string, ...extra: string[]) => {
  const result = await runCli(['staged', '-f', 'json', '--no-redact', ...extra], { cwd: dir });
  const findings: JsonFinding[] = result.stdout ? JSON.parse(result.stdout).findings : [];
  return { ...result, findings };
};

describe('leakgate staged', () => {
  it('scans the first commit of a repository (no HEAD yet)', async () => {
    const repo = makeRepo();
    const token = fakeGithubToken();
    repo.write({ 'app.env': `A=1\nGITHUB_TOKEN=${token}\n` });
    repo.git('add', '-A');
    const result = await staged(repo.dir);
    expect(result.code).toBe(1);
    expect(result.findings).toEqual([expect.objectContaining({ file: 'app.env', line: 2, secret: token })]);
  });

  it('reports nothing when nothing is staged, and ignores unstaged secrets', async () => {
    const repo = makeRepo();
    repo.commit('init', { 'a.txt': 'hello\n' });
    repo.write({ 'a.txt': `hello\n${fakeGithubToken()}\n`, 'new.txt': fakeGithubToken() });
    const result = await staged(repo.dir);
    expect(result.code).toBe(0);
    expect(result.findings).toEqual([]);
  });

  it('scans a partially staged file as staged, with staged line numbers', async () => {
    const repo = makeRepo();
    repo.commit('init', { 'conf.txt': 'one\ntwo\nthree\n' });
    const stagedToken = fakeGithubToken();
    const unstagedToken = fakeGithubToken();
    repo.write({ 'conf.txt': `one\ntwo\nthree\ntoken=${stagedToken}\n` });
    repo.git('add', 'conf.txt');
    // Now change the working tree: insert lines above and another secret, unstaged.
    repo.write({ 'conf.txt': `zero\nzero\none\ntwo\nthree\ntoken=${stagedToken}\nother=${unstagedToken}\n` });
    const result = await staged(repo.dir);
    expect(result.findings).toEqual([expect.objectContaining({ line: 4, secret: stagedToken })]);
  });

  it('scans only what is new in a renamed file', async () => {
    const repo = makeRepo();
    const old = fakeGithubToken();
    repo.commit('init', { 'old/name.txt': `${'line\n'.repeat(20)}token=${old}\n` });
    repo.git('mv', 'old/name.txt', 'new name.txt');
    const fresh = fakeGithubToken();
    repo.write({ 'new name.txt': `${'line\n'.repeat(20)}token=${old}\nnext=${fresh}\n` });
    repo.git('add', '-A');
    const result = await staged(repo.dir);
    expect(result.findings).toEqual([expect.objectContaining({ file: 'new name.txt', line: 22, secret: fresh })]);
  });

  it('reads text that .gitattributes marks binary from the blob, and skips real binaries', async () => {
    const repo = makeRepo();
    repo.commit('init', { '.gitattributes': '*.cfg -diff\n' });
    const token = fakeGithubToken();
    repo.write({ 'app.cfg': `token=${token}\n`, 'blob.bin': Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(fakeGithubToken())]) });
    repo.git('add', '-A');
    const result = await staged(repo.dir);
    expect(result.findings).toEqual([expect.objectContaining({ file: 'app.cfg', secret: token })]);
  });

  it('skips submodule gitlinks and symlinks without failing', async () => {
    const sub = makeRepo();
    sub.commit('sub', { 'x.txt': 'x\n' });
    const repo = makeRepo();
    repo.commit('init', { 'a.txt': 'a\n' });
    repo.git('-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub.dir, 'vendor/sub');
    // A symlink whose target looks like a token: its "content" is a path, not a secret.
    const target = gitIn(repo.dir, ['hash-object', '-w', '--stdin'], fakeGithubToken()).trim();
    repo.git('update-index', '--add', '--cacheinfo', `120000,${target},link`);
    const result = await staged(repo.dir);
    expect(repo.git('diff', '--cached', '--name-only').split('\n').sort()).toEqual(['', '.gitmodules', 'link', 'vendor/sub']);
    expect(result.code).toBe(0);
    expect(result.findings).toEqual([]);
  });

  it('handles file names with spaces, quotes, non-ASCII characters and newlines', async () => {
    const repo = makeRepo();
    repo.commit('init');
    const names = ['with space.txt', 'quote"d.txt', 'ünï cödé.txt', 'new\nline.txt', '-leading-dash.txt'];
    const tokens = names.map(() => fakeGithubToken());
    repo.write(Object.fromEntries(names.map((name, i) => [name, `t=${tokens[i]}\r\n`])));
    repo.git('add', '-A');
    const result = await staged(repo.dir);
    expect(result.findings.map((f) => f.file).sort()).toEqual([...names].sort());
    expect(result.findings.every((f) => tokens.includes(f.secret))).toBe(true);
  });

  it('works during a merge in progress and from a linked worktree', async () => {
    const repo = makeRepo();
    repo.commit('init', { 'a.txt': 'base\n' });
    repo.git('checkout', '-q', '-b', 'topic');
    repo.commit('topic', { 'a.txt': 'topic\n' });
    repo.git('checkout', '-q', 'main');
    repo.commit('main', { 'a.txt': 'main\n' });
    try {
      repo.git('merge', '-q', 'topic');
    } catch {
      // conflict expected
    }
    const token = fakeGithubToken();
    repo.write({ 'a.txt': `resolved ${token}\n` });
    repo.git('add', 'a.txt');
    expect((await staged(repo.dir)).findings).toEqual([expect.objectContaining({ secret: token })]);

    const worktree = `${tempDir()}/wt`;
    repo.git('worktree', 'add', '-q', worktree, 'topic');
    const other = fakeGithubToken();
    repo.write({});
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${worktree}/w.txt`, `k=${other}\n`);
    repo.git('-C', worktree, 'add', 'w.txt');
    expect((await staged(worktree)).findings).toEqual([expect.objectContaining({ file: 'w.txt', secret: other })]);
  });

  it('is an error (exit 2) outside a repository', async () => {
    const result = await runCli(['staged'], { cwd: tempDir() });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/not a git repository.*leakgate scan/);
  });

  it('prints the three ways out when it blocks', async () => {
    const repo = makeRepo();
    repo.write({ 'a.txt': `t=${fakeGithubToken()}\n` });
    repo.git('add', '-A');
    const result = await runCli(['staged'], { cwd: repo.dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('leakgate:allow');
    expect(result.stderr).toContain('leakgate baseline');
    expect(result.stderr).toContain('--no-verify');
  });
});
