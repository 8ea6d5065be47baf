// Large blobs through the git routes: read in linear time (a 100 MB file once cost `staged` 45 s,
// each chunk from git copied onto all before it), and the secret at the end still found.
// No wall-clock assertion: each test's timeout is only a hang guard, ~10x the time a linear read
// takes here (100 MB -diff: ~3 s; it took ~70 s when quadratic); the figures are in the commit.
import { describe, expect, it } from 'vitest';
import { fakeGithubToken } from '../helpers/fake-secrets.js';
import { makeRepo, type Repo } from '../helpers/git-repo.js';
import { runCli } from '../helpers/run-cli.js';

const MB = 1024 * 1024;

interface JsonReport {
  readonly findings: ReadonlyArray<{ readonly file: string; readonly line: number; readonly secret: string }>;
}

/** Lines of harmless text up to `bytes`, then a line with the token. */
const bigText = (bytes: number, token: string): Buffer => {
  const line = 'const harmless = "just some ordinary text in a large file";\n';
  return Buffer.concat([Buffer.from(line.repeat(Math.ceil(bytes / line.length))), Buffer.from(`token = ${token}\n`)]);
};

/** One line of `bytes` (minified code), the token at its end. */
const oneLongLine = (bytes: number, token: string): Buffer =>
  Buffer.concat([Buffer.from('var a=['), Buffer.alloc(bytes, '1,'), Buffer.from(`0];token = ${token}\n`)]);

const stagedFinds = async (repo: Repo, token: string, path: string): Promise<void> => {
  const result = await runCli(['staged', '--format', 'json', '--no-baseline', '--no-redact', '--max-file-size', String(512 * MB)], { cwd: repo.dir });
  expect(result.stderr).not.toMatch(/error/i);
  expect(result.code).toBe(1);
  const found = (JSON.parse(result.stdout) as JsonReport).findings.filter((f) => f.secret === token);
  expect(found.map((f) => f.file)).toEqual([path]);
};

describe('large staged files are read in linear time', () => {
  it('a 100 MB file marked -diff (read from its blob) is scanned to its end', async () => {
    const repo = makeRepo();
    repo.commit('attributes', { '.gitattributes': 'big.dat -diff\n' });
    const token = fakeGithubToken();
    repo.write({ 'big.dat': bigText(100 * MB, token) });
    repo.git('add', 'big.dat');
    await stagedFinds(repo, token, 'big.dat');
  }, 30_000);

  it('a 64 MB text file (read from the diff) is scanned to its end', async () => {
    const repo = makeRepo();
    repo.commit('base', { 'README.md': 'hi\n' });
    const token = fakeGithubToken();
    repo.write({ 'big.txt': bigText(64 * MB, token) });
    repo.git('add', 'big.txt');
    await stagedFinds(repo, token, 'big.txt');
  }, 120_000);

  it('a 64 MB single line (read from the diff) is scanned to its end', async () => {
    const repo = makeRepo();
    repo.commit('base', { 'README.md': 'hi\n' });
    const token = fakeGithubToken();
    repo.write({ 'bundle.min.js': oneLongLine(64 * MB, token) });
    repo.git('add', 'bundle.min.js');
    await stagedFinds(repo, token, 'bundle.min.js');
  }, 20_000);
});
